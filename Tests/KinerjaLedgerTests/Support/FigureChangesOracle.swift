import Testing

@testable import KinerjaEvents
@testable import KinerjaProjections
@testable import KinerjaStore

extension OrganisationState {
    /// What every event did to the figures it set, in one pass over every event that sets a figure: per event
    /// id, each yearly target or realisation period it set, with the value before (the last one that counted)
    /// and after. The oracle the tests hold ``figureChanges(of:)`` and ``history(of:)`` to.
    func figureChanges() -> [String: [(subject: HistorySubject, before: DecimalNumber?, after: DecimalNumber)]] {
        var changes: [String: [(subject: HistorySubject, before: DecimalNumber?, after: DecimalNumber)]] = [:]
        var current: [HistorySubject: DecimalNumber] = [:]
        let setting = Set(targetProposals.values.joined()).union(realisasiSeqs()).union(corrections)
        for event in events(setting) {
            for figure in figures(setBy: event) {
                guard let after = figure.value else { continue }
                changes[event.id, default: []].append((figure.subject, current[figure.subject], after))
                if counts(event) { current[figure.subject] = after }  // as in history(of:)
            }
        }
        return changes
    }
}
