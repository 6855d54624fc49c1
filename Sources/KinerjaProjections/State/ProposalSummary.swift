import KinerjaEvents
import KinerjaStore

/// One proposal as the review queue shows it: the event, its short id, where it stands and what it changes.
package struct ProposalSummary: Sendable, Equatable {
    /// The stream it is in.
    package var stream: StreamName
    /// The proposal.
    package var event: RecordedEvent
    /// Its id as shown: see ``EventIDIndex/shortForm(of:)``.
    package var shortID: String
    /// Where it stands; nil when the event is not a proposal.
    package var status: ProposalStatus?
    /// What it changes.
    package var change: ProposalChange
}

/// What a proposal changes, in the terms the review queue describes it.
package enum ProposalChange: Sendable, Equatable {
    /// A realisation of `indicator` for `period`, with its value (given, or computed from its parts).
    case realisasi(indicator: String, period: Period, value: DecimalNumber?)
    /// A correction of the realisation `corrects` (shown as `correctsShortID`): the value before (the one
    /// that counted, else the corrected realisation's own) and the new one.
    case correction(corrects: String, correctsShortID: String, before: DecimalNumber?, after: DecimalNumber?)
    /// Yearly targets of `indicator` (a target change, or Renstra targets), each year's before and after.
    case targets(indicator: String, changes: [TargetChange])
    /// An IKU decision of `kind` (penetapan, reviu, ikup): how many indicators it adds, amends and retires.
    case ikuDecision(kind: String, added: Int, amended: Int, retired: Int)
    /// A PK amendment for `year`, with its permitted reason and what changed.
    case perjanjianKinerjaAmendment(year: Int, reason: String, explanation: String)
    /// An event that proposes nothing.
    case none

    /// One year's target before (the one that counted, if any) and after the proposal.
    package struct TargetChange: Sendable, Equatable {
        /// The year.
        package var year: Int
        /// The target that counted before, if any.
        package var before: DecimalNumber?
        /// The target proposed.
        package var after: DecimalNumber
    }
}

extension OrganisationState {
    /// Every proposal still waiting for a decision, in seq order, summarised.
    package func pendingSummaries() -> [ProposalSummary] {
        summaries(of: pendingProposals)
    }

    /// The proposals still waiting for a decision that came in the same batch as the event `id`, in seq order.
    package func pendingProposals(inBatchOf id: String) -> [RecordedEvent] {
        guard let batch = event(id)?.batch else { return [] }
        return pendingProposals.filter { $0.batch == batch }
    }

    /// `events` summarised as the review queue shows them, in the order given.
    package func summaries(of events: [RecordedEvent]) -> [ProposalSummary] {
        // Short forms are only made for generated ids: without one to show, no index of every id is needed.
        let shown = events.flatMap { event -> [String] in
            if case .realisasiCorrected(let correction) = event.event { return [event.id, correction.corrects] }
            return [event.id]
        }
        let index = shortFormIndex(showing: shown)
        let changes = figureChanges(of: events)
        return events.map { event in
            ProposalSummary(
                stream: stream, event: event, shortID: index.shortForm(of: event.id),
                status: status(of: event),
                change: change(of: event, figures: changes[event.id] ?? [], index: index))
        }
    }

    private func change(
        of event: RecordedEvent, figures: [(subject: HistorySubject, before: DecimalNumber?, after: DecimalNumber)],
        index: EventIDIndex
    ) -> ProposalChange {
        switch event.event {
        case .realisasiRecorded(let realisasi):
            return .realisasi(
                indicator: realisasi.indicator, period: realisasi.period,
                value: Self.value(of: event, definition: knownIndicator(realisasi.indicator)))
        case .realisasiCorrected(let correction):
            let corrected = self.event(correction.corrects)
            let definition = corrected?.realisasi.flatMap { knownIndicator($0.indicator) }
            let after = Self.value(of: event, definition: definition)
            let before = figures.first?.before ?? corrected.flatMap { Self.value(of: $0, definition: definition) }
            return .correction(
                corrects: correction.corrects, correctsShortID: index.shortForm(of: correction.corrects),
                before: before, after: after)
        case .targetChangeProposed(let change):
            let before = figures.first?.before
            return .targets(
                indicator: change.indicator,
                changes: [ProposalChange.TargetChange(year: change.year, before: before, after: change.value)])
        case .renstraTargetsProposed(let targets):
            return .targets(
                indicator: targets.indicator,
                changes: targets.targets.map { target in
                    let before = figures.first { $0.subject == .target(targets.indicator, year: target.year) }?.before
                    return ProposalChange.TargetChange(year: target.year, before: before, after: target.value)
                })
        case .ikuDecisionProposed(let decision):
            return .ikuDecision(
                kind: decision.kind.rawValue, added: decision.added?.count ?? 0,
                amended: decision.amended?.count ?? 0, retired: decision.retired?.count ?? 0)
        case .perjanjianKinerjaAmendmentProposed(let amendment):
            return .perjanjianKinerjaAmendment(
                year: amendment.content.year, reason: amendment.reason.rawValue, explanation: amendment.explanation)
        default:
            return .none
        }
    }
}
