import KinerjaEvents
import KinerjaStore

/// One IKU decision (penetapan, reviu, IKUP) and when it takes effect.
package struct IkuVersion: Sendable, Equatable {
    /// The proposal event.
    package var event: RecordedEvent
    /// penetapan, reviu or ikup.
    package var kind: String
    /// The date it is in force from: its effective date, else 1 January of `inForceFromYear`, else the day
    /// it was recorded.
    package var inForceFrom: CalendarDate
    /// Whether `inForceFrom` is the decision's own effective date (false: derived, see the event's dateNote).
    package var hasStatedDate: Bool
    /// Where the proposal stands.
    package var status: ProposalStatus

    /// The one rule for when an IKU decision is in force from: its effective date, else 1 January of
    /// `inForceFromYear`, else the day it was recorded.
    package static func inForceFrom(effective: CalendarDate?, inForceFromYear: Int?, recordedAt: Timestamp)
        -> CalendarDate
    {
        effective ?? inForceFromYear.flatMap { CalendarDate(year: $0, month: 1, day: 1) } ?? recordedAt.date
    }
}

extension OrganisationState {
    /// Every IKU decision, in the order they take effect (then by seq).
    package var ikuVersions: [IkuVersion] {
        ikuDecisions.compactMap { seq -> IkuVersion? in
            guard let event = event(at: seq), let decision = event.ikuDecision else { return nil }
            return IkuVersion(
                event: event, kind: decision.kind.rawValue,
                inForceFrom: IkuVersion.inForceFrom(
                    effective: event.effective, inForceFromYear: decision.inForceFromYear,
                    recordedAt: event.recordedAt),
                hasStatedDate: event.effective != nil,
                status: status(at: seq) ?? .pending)
        }
        .sorted { ($0.inForceFrom, $0.event.seq) < ($1.inForceFrom, $1.event.seq) }
    }

    /// The IKU in force on `date`: approved decisions in force by then, applied in order. Each indicator comes
    /// with the id of the decision that last defined or amended it.
    package func ikuInForce(on date: CalendarDate) -> [(definition: IndicatorDefinition, decision: String)] {
        var set: [(definition: IndicatorDefinition, decision: String)] = []
        for version in ikuVersions where version.status.isApproved && version.inForceFrom <= date {
            apply(version.event, to: &set)
        }
        return set
    }

    /// The IKU set right after decision `id` applies: the approved decisions before it in force order, then
    /// it (approved or not, so a pending proposal can be reviewed). Nil when there is no such decision.
    func ikuSet(after id: String) -> [(definition: IndicatorDefinition, decision: String)]? {
        let versions = ikuVersions
        guard let position = versions.firstIndex(where: { $0.event.id == id }) else { return nil }
        var set: [(definition: IndicatorDefinition, decision: String)] = []
        for version in versions[..<position] where version.status.isApproved { apply(version.event, to: &set) }
        apply(versions[position].event, to: &set)
        return set
    }

    /// Every indicator any decision or the Renstra defined, latest definition first found by seq order.
    /// Only approved decisions count, unless `includingPending` (a proposal may refer to an indicator another
    /// proposal defines); rejected ones never do.
    package func knownIndicator(_ code: String, includingPending: Bool = false) -> IndicatorDefinition? {
        var found: IndicatorDefinition?
        for event in events(definitionsByIndicator[code] ?? []) {
            switch status(of: event) {
            case .rejected: continue
            case .pending where !includingPending: continue
            default: break
            }
            for definition in definitions(in: event) where definition.code == code { found = definition }
            for amendment in event.ikuDecision?.amended ?? [] where amendment.code == code {
                found = found?.applying(amendment.changes)
            }
        }
        return found
    }

    /// The code of the indicator `written` names, as the Renstra or the IKU spells it: `written` itself when an
    /// indicator has exactly that code, else the one code equal to it but for case (`PPKS`, `ppks`, `Ppks` name
    /// one indicator). Nil when no indicator, or more than one, matches.
    package func indicatorCode(matching written: String) -> String? {
        if definitionsByIndicator[written] != nil { return written }
        let folded = written.lowercased()
        let matches = definitionsByIndicator.keys.filter { $0.lowercased() == folded }
        return matches.count == 1 ? matches.first : nil
    }

    /// Every code the Renstra or an IKU decision ever defined, sorted.
    package var knownIndicatorCodes: [String] {
        definitionsByIndicator.keys.sorted()
    }

    /// The Renstra's tujuan-level indicators and its period.
    package var renstraIndicators: (definitions: [IndicatorDefinition], period: ClosedRange<Int>)? {
        guard let renstra = renstraAdoptions.last.flatMap(event(at:)),
            case .renstraAdopted(let adopted) = renstra.event,
            adopted.period.firstYear <= adopted.period.lastYear
        else { return nil }
        return (definitions(in: renstra), adopted.period.firstYear...adopted.period.lastYear)
    }

    /// The Renstra's sasaran in the order it lists them (code and text as printed), with the Renstra's event.
    package var renstraSasaran: (sasaran: [(code: String, text: String)], eventID: String)? {
        guard let renstra = renstraAdoptions.last.flatMap(event(at:)), case .renstraAdopted(let adopted) = renstra.event
        else { return nil }
        return (adopted.sasaran.map { ($0.code, $0.text) }, renstra.id)
    }

    /// The definition of `code` in force at the end of `period` (IKU), or a Renstra indicator of that year.
    func indicatorInForce(_ code: String, for period: Period) -> IndicatorDefinition? {
        let end = period.lastDay
        if let entry = ikuInForce(on: end).first(where: { $0.definition.code == code }) { return entry.definition }
        if let renstra = renstraIndicators, renstra.period.contains(period.year) {
            return renstra.definitions.first { $0.code == code }
        }
        return nil
    }

    /// Answers ``indicatorInForce(_:for:)`` (whether it finds a definition) for many periods, working out
    /// the IKU in force once per period end and the Renstra once: `check` asks it of every realisation.
    struct InForceCodes {
        let state: OrganisationState
        private var codesByDay: [CalendarDate: Set<String>] = [:]
        private var renstra: (codes: Set<String>, period: ClosedRange<Int>)??

        init(_ state: OrganisationState) {
            self.state = state
        }

        /// Whether `code` is in force for `period`: in the IKU in force on its last day, or else a Renstra
        /// indicator of its year.
        mutating func contains(_ code: String, for period: Period) -> Bool {
            let end = period.lastDay
            let codes =
                codesByDay[end]
                ?? {
                    let codes = Set(state.ikuInForce(on: end).map(\.definition.code))
                    codesByDay[end] = codes
                    return codes
                }()
            if codes.contains(code) { return true }
            if renstra == nil {
                renstra = .some(state.renstraIndicators.map { (Set($0.definitions.map(\.code)), $0.period) })
            }
            guard let renstra = renstra ?? nil, renstra.period.contains(period.year) else { return false }
            return renstra.codes.contains(code)
        }
    }

    func apply(_ decision: RecordedEvent, to set: inout [(definition: IndicatorDefinition, decision: String)]) {
        for retired in decision.ikuDecision?.retired ?? [] {
            set.removeAll { $0.definition.code == retired.code }
        }
        for amendment in decision.ikuDecision?.amended ?? [] {
            guard let index = set.firstIndex(where: { $0.definition.code == amendment.code }) else { continue }
            set[index] = (set[index].definition.applying(amendment.changes), decision.id)
        }
        for definition in definitions(in: decision) {
            set.removeAll { $0.definition.code == definition.code }
            set.append((definition, decision.id))
        }
    }

    /// The indicator definitions an event adds: an IKU decision's `added`, a Renstra's tujuan indicators.
    private func definitions(in event: RecordedEvent) -> [IndicatorDefinition] {
        switch event.event {
        case .ikuDecisionProposed(let decision):
            (decision.added ?? []).map(IndicatorDefinition.init)
        case .renstraAdopted(let renstra):
            (renstra.tujuan ?? []).flatMap { ($0.indicators ?? []).map(IndicatorDefinition.init) }
        default:
            []
        }
    }
}

extension Period {
    /// The first day of the period.
    package var firstDay: CalendarDate? {
        CalendarDate(year: year, month: endMonth - 12 / kind.countPerYear + 1, day: 1)
    }

    /// The last day of the period.
    package var lastDay: CalendarDate {
        let month = endMonth
        let next =
            month == 12
            ? CalendarDate(year: year + 1, month: 1, day: 1) : CalendarDate(year: year, month: month + 1, day: 1)
        return CalendarDate(daysSinceEpoch: (next?.daysSinceEpoch ?? 0) - 1)
    }
}
