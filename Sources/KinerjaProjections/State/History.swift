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
            guard let period = Period(written: parts[2]) else { return nil }
            self = .realisasi(parts[1], period: period)
        default: return nil
        }
    }

    /// The indicator code the subject is about, if it is about one.
    package var indicator: String? {
        switch self {
        case .indicator(let code), .target(let code, _), .realisasi(let code, _): code
        case .perjanjianKinerja, .iku: nil
        }
    }

    /// The same subject with its indicator code as `state`'s IKU spells it (codes match whatever their case).
    package func matchingCodes(of state: OrganisationState) -> HistorySubject {
        func code(_ written: String) -> String { state.indicatorCode(matching: written) ?? written }
        switch self {
        case .indicator(let written): return .indicator(code(written))
        case .target(let written, let year): return .target(code(written), year: year)
        case .realisasi(let written, let period): return .realisasi(code(written), period: period)
        case .perjanjianKinerja, .iku: return self
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
        history(of: subject, among: candidates(for: subject))
    }

    /// The history of `subject` read from the events at `seqs` only: ``history(of:)`` reads those the keyed
    /// model names; a test checks it against all of them.
    package func history(of subject: HistorySubject, among seqs: some Sequence<Int>) -> [HistoryEntry] {
        var entries: [HistoryEntry] = []
        forEachHistoryEntry(of: subject, among: seqs) { entries.append($0) }
        return entries
    }

    /// Calls `body` with each entry of ``history(of:)`` in turn, holding none: a view of a long history keeps
    /// what it prints of each, not its events.
    package func forEachHistoryEntry(of subject: HistorySubject, _ body: (HistoryEntry) -> Void) {
        forEachHistoryEntry(of: subject, among: candidates(for: subject), body)
    }

    private func forEachHistoryEntry(
        of subject: HistorySubject, among seqs: some Sequence<Int>, _ body: (HistoryEntry) -> Void
    ) {
        var current: DecimalNumber?
        var touched = Set<String>()
        for seq in seqs.sorted() {
            guard let event = event(at: seq) else { continue }
            let touch = self.touch(event, subject, touched: touched)
            guard touch != .untouched else { continue }
            touched.insert(event.id)
            var change: (before: DecimalNumber?, after: DecimalNumber)?
            if case .sets(let after) = touch {
                change = (current, after)
                if counts(event) { current = after }  // a pending or rejected figure never becomes "before"
            }
            body(HistoryEntry(event: event, change: change, status: status(of: event)))
        }
    }

    /// The events that may touch `subject`, read from the keyed model: those that name or set it, the
    /// corrections of the realisations among them, and the decisions on every one of these.
    private func candidates(for subject: HistorySubject) -> Set<Int> {
        var seqs: [Int]
        switch subject {
        case .iku: seqs = Array(ikuDecisions)
        case .indicator(let code): seqs = Array(mentionsByIndicator[code] ?? [])
        case .perjanjianKinerja(let year): seqs = Array(perjanjianKinerjaByYear[year] ?? [])
        case .target(let code, let year):
            seqs = Array(targetProposals[IndicatorYear(indicator: code, year: year)] ?? [])
        case .realisasi(let code, let period): seqs = realisasiSeqs(code, period: period)
        }
        seqs += seqs.flatMap { correctionsByRealisasi[$0] ?? [] }
        seqs += seqs.flatMap(decisions(on:))
        return Set(seqs)
    }

    /// The events that may record what `event` records, read from the keys: the realisations of the same
    /// indicator and period, the target proposals of the same indicator and year, or the budget lines of the
    /// same year; nil for a type not keyed so. An import compares its rows with these, not with the stream.
    package func seqsRecordingTheSame(as event: DomainEvent) -> [Int]? {
        switch event {
        case .realisasiRecorded(let realisasi):
            return realisasiSeqs(realisasi.indicator, period: realisasi.period)
        case .targetChangeProposed(let change):
            return Array(targetProposals[IndicatorYear(indicator: change.indicator, year: change.year)] ?? [])
        case .budgetLineRecorded(let line):
            return Array(budgetByYear[line.year] ?? [])
        default:
            return nil
        }
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
        switch event.event {
        case .proposalApproved(let approval): return touched.contains(approval.proposal) ? .touched : .untouched
        case .proposalRejected(let rejection): return touched.contains(rejection.proposal) ? .touched : .untouched
        default: break
        }
        switch subject {
        case .iku:
            return event.ikuDecision != nil ? .touched : .untouched
        case .indicator(let code):
            if mentions(event, code) { return .touched }
            guard case .realisasiCorrected(let correction) = event.event else { return .untouched }
            return touched.contains(correction.corrects) ? .touched : .untouched
        case .perjanjianKinerja(let year):
            return event.perjanjianKinerjaContent?.year == year ? .touched : .untouched
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
        func wanted(_ subject: HistorySubject) -> Bool { only == nil || only == subject }
        func setting(_ recording: RealisasiRecorded) -> [(subject: HistorySubject, value: DecimalNumber?)] {
            let subject = HistorySubject.realisasi(recording.indicator, period: recording.period)
            guard wanted(subject) else { return [] }
            return [(subject, Self.value(of: event, definition: knownIndicator(recording.indicator)))]
        }
        switch event.event {
        case .renstraTargetsProposed(let proposal):
            var years = Set<Int>()
            return proposal.targets.compactMap { target in
                let subject = HistorySubject.target(proposal.indicator, year: target.year)
                guard years.insert(target.year).inserted, wanted(subject) else { return nil }
                return (subject, target.value)
            }
        case .targetChangeProposed(let change):
            let subject = HistorySubject.target(change.indicator, year: change.year)
            return wanted(subject) ? [(subject, change.value)] : []
        case .realisasiRecorded(let realisasi):
            return setting(realisasi)
        case .realisasiCorrected(let correction):
            return self.event(correction.corrects)?.realisasi.map(setting) ?? []
        default:
            return []
        }
    }

    /// What each of `events` did to the figures it set, as ``history(of:)`` shows it: for each figure, the
    /// value before is that of the latest approved event setting it before the event (a pending or rejected
    /// one never becomes "before"), found by walking back from the event through the approved events the
    /// keyed model names for the figure, by their flags, reading bodies until one gives a value (usually
    /// one), not the figure's whole history.
    package func figureChanges(of events: [RecordedEvent]) -> [String: [(
        subject: HistorySubject, before: DecimalNumber?, after: DecimalNumber
    )]] {
        var changes: [String: [(subject: HistorySubject, before: DecimalNumber?, after: DecimalNumber)]] = [:]
        // Only proposals set figures, and one counts once approved.
        var approvedSetters: [HistorySubject: [Int]] = [:]
        for event in events {
            for figure in figures(setBy: event) {
                guard let after = figure.value else { continue }
                let setters =
                    approvedSetters[figure.subject]
                    ?? candidates(for: figure.subject).filter { flags[$0 - 1].contains(.approved) }.sorted()
                approvedSetters[figure.subject] = setters
                var before: DecimalNumber?
                // The first setter at or after the event, found by halving.
                var (index, high) = (0, setters.count)
                while index < high {
                    let middle = (index + high) / 2
                    if setters[middle] < event.seq { index = middle + 1 } else { high = middle }
                }
                while before == nil, index > 0 {
                    index -= 1
                    before = self.event(at: setters[index]).flatMap {
                        figures(setBy: $0, only: figure.subject).first?.value
                    }
                }
                changes[event.id, default: []].append((figure.subject, before, after))
            }
        }
        return changes
    }

    /// Whether `event` names indicator `code`: as the indicator it is about, or among the codes an IKU decision,
    /// the Renstra or a PK lists (of indicators, tujuan, sasaran and programs alike, as the history always read
    /// them). A budget line names it when its output indicator is printed as the code itself.
    private func mentions(_ event: RecordedEvent, _ code: String) -> Bool {
        switch event.event {
        case .renstraTargetsProposed(let proposal): return proposal.indicator == code
        case .targetChangeProposed(let change): return change.indicator == code
        case .realisasiRecorded(let realisasi): return realisasi.indicator == code
        case .budgetLineRecorded(let line): return line.indicator == code
        case .ikuDecisionProposed(let decision):
            return (decision.added ?? []).contains { $0.code == code }
                || (decision.amended ?? []).contains { $0.code == code }
                || (decision.retired ?? []).contains { $0.code == code }
        case .renstraAdopted(let renstra):
            return renstra.sasaran.contains { $0.code == code }
                || (renstra.tujuan ?? []).contains { tujuan in
                    tujuan.code == code || (tujuan.indicators ?? []).contains { $0.code == code }
                }
        case .perjanjianKinerjaSigned, .perjanjianKinerjaAmendmentProposed:
            guard let content = event.perjanjianKinerjaContent else { return false }
            return content.sasaran.contains { sasaran in
                sasaran.code == code || sasaran.indicators.contains { $0.indicator == code }
            } || (content.programs ?? []).contains { $0.code == code }
        default:
            return false
        }
    }
}
