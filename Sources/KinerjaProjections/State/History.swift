import KinerjaEvents
import KinerjaStore

/// What an audit history is about: an indicator, one year's target, a PK, a realisation period, or the IKU.
package enum HistorySubject: Sendable, Hashable, CustomStringConvertible {
    case indicator(String)
    case target(String, year: Int)
    case perjanjianKinerja(year: Int)
    case realisasi(String, period: Period)
    case iku

    /// Parses `indicator:CODE`, `target:CODE:YEAR`, `pk:YEAR`, `realisasi:CODE:PERIOD` or `iku`.
    package init?(parsing text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        switch (parts.first, parts.count) {
        case ("iku", 1): self = .iku
        case ("indicator", 2): self = .indicator(parts[1])
        case ("target", 3):
            guard let year = Int(parts[2]) else { return nil }
            self = .target(parts[1], year: year)
        case ("pk", 2):
            guard let year = Int(parts[1]) else { return nil }
            self = .perjanjianKinerja(year: year)
        case ("realisasi", 3):
            guard let period = Period(parsing: parts[2]) else { return nil }
            self = .realisasi(parts[1], period: period)
        default: return nil
        }
    }

    /// The written form.
    package var description: String {
        switch self {
        case .indicator(let code): "indicator:\(code)"
        case .target(let code, let year): "target:\(code):\(year)"
        case .perjanjianKinerja(let year): "pk:\(year)"
        case .realisasi(let code, let period): "realisasi:\(code):\(period)"
        case .iku: "iku"
        }
    }
}

/// One line of an audit history: an event that touched the subject, and what it did to it.
package struct HistoryEntry: Sendable, Equatable {
    /// The event.
    package var event: RecordedEvent
    /// The figure before and after, for targets and realisations.
    package var change: (before: DecimalNumber?, after: DecimalNumber)?
    /// Where the event stands if it is a proposal.
    package var status: ProposalStatus?

    /// Makes an entry.
    package init(
        event: RecordedEvent, change: (before: DecimalNumber?, after: DecimalNumber)?, status: ProposalStatus?
    ) {
        self.event = event
        self.change = change
        self.status = status
    }

    /// Compares entries by event, change and status.
    package static func == (lhs: HistoryEntry, rhs: HistoryEntry) -> Bool {
        lhs.event == rhs.event && lhs.change?.before == rhs.change?.before && lhs.change?.after == rhs.change?.after
            && lhs.status == rhs.status
    }
}

extension OrganisationState {
    /// Every event that touched `subject`, in seq order, with the figure it set and its approval.
    package func history(of subject: HistorySubject) -> [HistoryEntry] {
        var entries: [HistoryEntry] = []
        var current: DecimalNumber?
        var touched = Set<String>()
        for event in events {
            let touch = self.touch(event, subject, touched: touched)
            guard touch != .untouched else { continue }
            touched.insert(event.id)
            var change: (before: DecimalNumber?, after: DecimalNumber)?
            if case .sets(let after) = touch {
                change = (current, after)
                if counts(event) { current = after }  // a pending or rejected figure never becomes "before"
            }
            entries.append(HistoryEntry(event: event, change: change, status: statusByProposal[event.id]))
        }
        return entries
    }

    private enum Touch: Equatable {
        case untouched
        case touched
        case sets(DecimalNumber)

        init(_ value: DecimalNumber?) {
            self = value.map(Touch.sets) ?? .touched
        }
    }

    private func touch(_ event: RecordedEvent, _ subject: HistorySubject, touched: Set<String>) -> Touch {
        let data = event.data
        if event.type == "ProposalApproved" || event.type == "ProposalRejected" {
            return touched.contains(data["proposal"]?.stringValue ?? "") ? .touched : .untouched
        }
        switch subject {
        case .iku:
            return event.type == "IkuDecisionProposed" ? .touched : .untouched
        case .indicator(let code):
            if mentions(event, code) { return .touched }
            let correctsTouched =
                event.type == "RealisasiCorrected" && touched.contains(data["corrects"]?.stringValue ?? "")
            return correctsTouched ? .touched : .untouched
        case .perjanjianKinerja(let year):
            let isPK = event.type == "PerjanjianKinerjaSigned" || event.type == "PerjanjianKinerjaAmendmentProposed"
            return isPK && data["year"]?.intValue == year ? .touched : .untouched
        case .target, .realisasi:
            return figures(setBy: event, only: subject).first.map { Touch($0.value) } ?? .untouched
        }
    }

    /// The yearly targets and realisation periods `event` sets, each with the value it gives (nil when it gives
    /// none); with `only`, just that subject, so values are read only where they are wanted. A correction sets
    /// the period of the realisation it corrects.
    func figures(setBy event: RecordedEvent, only: HistorySubject? = nil) -> [(
        subject: HistorySubject, value: DecimalNumber?
    )] {
        let data = event.data
        func number(_ value: JSONValue?) -> DecimalNumber? { value?.stringValue.flatMap(DecimalNumber.init(plain:)) }
        func wanted(_ subject: HistorySubject) -> Bool { only == nil || only == subject }
        switch event.type {
        case "RenstraTargetsProposed":
            guard let code = data["indicator"]?.stringValue else { return [] }
            var years = Set<Int>()
            return (data["targets"]?.arrayValue ?? []).compactMap { target in
                guard let object = target.objectValue, let year = object["year"]?.intValue,
                    years.insert(year).inserted, wanted(.target(code, year: year))
                else { return nil }
                return (.target(code, year: year), number(object["value"]))
            }
        case "TargetChangeProposed":
            guard let code = data["indicator"]?.stringValue, let year = data["year"]?.intValue,
                wanted(.target(code, year: year))
            else { return [] }
            return [(.target(code, year: year), number(data["value"]))]
        case "RealisasiRecorded", "RealisasiCorrected":
            let recording =
                event.type == "RealisasiRecorded" ? event : data["corrects"]?.stringValue.flatMap(self.event)
            guard let recording, recording.type == "RealisasiRecorded",
                let code = recording.data["indicator"]?.stringValue,
                let period = recording.data["period"]?.stringValue.flatMap(Period.init(parsing:)),
                wanted(.realisasi(code, period: period))
            else { return [] }
            return [(.realisasi(code, period: period), Self.value(of: event, definition: knownIndicator(code)))]
        default:
            return []
        }
    }

    /// What every event did to the figures it set, in one pass: per event id, each yearly target or
    /// realisation period it set, with the value before (the last one that counted) and after, as
    /// ``history(of:)`` shows them subject by subject.
    package func figureChanges() -> [String: [(subject: HistorySubject, before: DecimalNumber?, after: DecimalNumber)]]
    {
        var changes: [String: [(subject: HistorySubject, before: DecimalNumber?, after: DecimalNumber)]] = [:]
        var current: [HistorySubject: DecimalNumber] = [:]
        let types: [EventType] = [.renstraTargetsProposed, .targetChangeProposed, .realisasiRecorded, .realisasiCorrected]
        for event in events(ofTypes: types) {
            for figure in figures(setBy: event) {
                guard let after = figure.value else { continue }
                changes[event.id, default: []].append((figure.subject, current[figure.subject], after))
                if counts(event) { current[figure.subject] = after }  // as in history(of:)
            }
        }
        return changes
    }

    private func mentions(_ event: RecordedEvent, _ code: String) -> Bool {
        let data = event.data
        if data["indicator"]?.stringValue == code { return true }
        switch event.type {
        case "IkuDecisionProposed", "RenstraAdopted", "PerjanjianKinerjaSigned", "PerjanjianKinerjaAmendmentProposed":
            return JSONValue.object(data).mentionsCode(code)
        default:
            return false
        }
    }
}

extension JSONValue {
    /// Whether a member `code` or `indicator` anywhere inside equals `code`.
    func mentionsCode(_ code: String) -> Bool {
        switch self {
        case .object(let object):
            for member in object.members {
                if (member.key == "code" || member.key == "indicator"), member.value == .string(code) { return true }
                if member.value.mentionsCode(code) { return true }
            }
            return false
        case .array(let elements): return elements.contains { $0.mentionsCode(code) }
        default: return false
        }
    }
}
