import Testing

@testable import KinerjaEvents
@testable import KinerjaProjections
@testable import KinerjaReports
@testable import KinerjaStore

/// The review queue: every proposal awaiting a decision, with what it changes in words.
@Suite struct ProposalSummaryTests {
    static let uuid = "9f3c2a4e-1b7d-4c1e-9a0b-5d6e7f8a9b0c"

    static func targetChange(_ indicator: String, year: Int, value: String, id: String) -> NewEvent {
        NewEvent(
            type: "TargetChangeProposed", id: id,
            data: [
                "indicator": .string(indicator), "year": .integer(year), "value": .string(value),
                "reason": .string("reviu Renstra"), "basis": Events.basis,
            ], effective: CalendarDate(parsing: "\(year)-01-01"))
    }

    static func correction(of realisasi: String, value: String, id: String) -> NewEvent {
        NewEvent(
            type: "RealisasiCorrected", id: id,
            data: [
                "corrects": .string(realisasi), "value": .string(value), "reason": .string("salah ketik"),
                "basis": Events.basis,
            ])
    }

    /// A history with a target approved, then one of each kind of proposal waiting.
    var history: History {
        var history = History.withIKU
        history.given(Self.targetChange("ppks", year: 2025, value: "40.00", id: "t-2025"))
        history.given(Events.approval(of: "t-2025"), by: "kepala")
        history.given(Events.realisasi("ppks", "2024", value: "118.27", id: Self.uuid))
        history.given(Events.approval(of: Self.uuid), by: "kepala")
        history.given(Self.correction(of: Self.uuid, value: "117.00", id: "c-ppks"))
        history.given(Events.realisasi("idg", "2024-S1", value: "53.38", id: "r-idg"))
        history.given(Self.targetChange("ppks", year: 2025, value: "45.00", id: "t-2025b"))
        history.given(Events.iku(id: "iku-2", effective: "2025-01-01", added: ["baru"], amended: ["ppks", "idg"]))
        history.given(Events.pk(year: 2024))
        history.given(Events.pk(year: 2024, amendment: "pergantian-pejabat"))
        return history
    }

    @Test func describesEveryPendingProposalInWordsOldestFirst() {
        let summaries = history.state.pendingSummaries()
        #expect(summaries.map(\.event.id) == ["c-ppks", "r-idg", "t-2025b", "iku-2", "e13"])
        #expect(
            summaries.map { $0.change.text() } == [
                "corrects 9f3c2a4e: 118,27 → 117,00", "idg 2024-S1: 53,38", "ppks 2025: 40,00 → 45,00",
                "penetapan: +1 added, 2 amended", "PK 2024, reason pergantian-pejabat: pergantian Kepala Dinas",
            ])
        #expect(summaries[0].change.text(fullIDs: true) == "corrects \(Self.uuid): 118,27 → 117,00")
        #expect(summaries.allSatisfy { $0.status == .pending })
    }

    @Test func aTargetWithoutAnEarlierOneShowsOnlyTheNewFigure() {
        var history = History.withIKU
        history.given(Self.targetChange("idg", year: 2026, value: "56.5", id: "t-idg"))
        #expect(history.state.pendingSummaries().map { $0.change.text() } == ["idg 2026: 56,5"])
    }

    @Test func findsThePendingProposalsOfTheBatchThatRecordedAnEvent() {
        var history = History.withIKU
        for (seq, id) in zip(4..., ["r-1", "r-2", "r-3"]) {
            let stored = StoredEvent(
                envelope: EventEnvelope(
                    seq: seq, id: id, type: "RealisasiRecorded", version: 1, recordedAt: Fixtures.start,
                    actor: "clerk", effective: nil, batch: BatchRange(first: 4, last: 6),
                    data: Events.realisasi("ppks", "2024-Q\(seq - 3)", id: id).data, prev: .zero),
                hash: .zero)
            history.state.evolve(stored)
        }
        history.given(Events.approval(of: "r-2"), by: "kepala")
        history.given(Events.realisasi("idg", "2024", id: "r-other"))
        #expect(history.state.pendingProposals(inBatchOf: "r-2").map(\.id) == ["r-1", "r-3"])
        #expect(history.state.pendingProposals(inBatchOf: "r-other").map(\.id) == ["r-other"])
        #expect(history.state.pendingProposals(inBatchOf: "ghost").isEmpty)
    }
}
