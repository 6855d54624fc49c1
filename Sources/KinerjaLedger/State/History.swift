/// What an audit history is about: an indicator, one year's target, a PK, a realisation period, or the IKU.
package enum HistorySubject: Sendable, Equatable, CustomStringConvertible {
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
    package var event: StoredEvent
    /// The figure before and after, for targets and realisations.
    package var change: (before: DecimalNumber?, after: DecimalNumber)?
    /// Where the event stands if it is a proposal.
    package var status: ProposalStatus?

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

    private func touch(_ event: StoredEvent, _ subject: HistorySubject, touched: Set<String>) -> Touch {
        let data = event.data
        if event.type == "ProposalApproved" || event.type == "ProposalRejected" {
            return touched.contains(data["proposal"]?.stringValue ?? "") ? .touched : .untouched
        }
        func number(_ value: JSONValue?) -> DecimalNumber? { value?.stringValue.flatMap(DecimalNumber.init(plain:)) }
        switch subject {
        case .iku:
            return event.type == "IkuDecisionProposed" ? .touched : .untouched
        case .indicator(let code):
            if mentions(event, code) { return .touched }
            let correctsTouched =
                event.type == "RealisasiCorrected" && touched.contains(data["corrects"]?.stringValue ?? "")
            return correctsTouched ? .touched : .untouched
        case .target(let code, let year):
            switch event.type {
            case "RenstraTargetsProposed" where data["indicator"]?.stringValue == code:
                let target = data["targets"]?.arrayValue?.compactMap(\.objectValue).first {
                    $0["year"]?.intValue == year
                }
                return target.map { Touch(number($0["value"])) } ?? .untouched
            case "TargetChangeProposed" where data["indicator"]?.stringValue == code && data["year"]?.intValue == year:
                return Touch(number(data["value"]))
            default: return .untouched
            }
        case .perjanjianKinerja(let year):
            let isPK = event.type == "PerjanjianKinerjaSigned" || event.type == "PerjanjianKinerjaAmendmentProposed"
            return isPK && data["year"]?.intValue == year ? .touched : .untouched
        case .realisasi(let code, let period):
            let isRecording =
                event.type == "RealisasiRecorded" && data["indicator"]?.stringValue == code
                && data["period"]?.stringValue == period.description
            let isCorrection =
                event.type == "RealisasiCorrected" && touched.contains(data["corrects"]?.stringValue ?? "")
            guard isRecording || isCorrection else { return .untouched }
            return Touch(Self.value(of: data, definition: knownIndicator(code)))
        }
    }

    private func mentions(_ event: StoredEvent, _ code: String) -> Bool {
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
