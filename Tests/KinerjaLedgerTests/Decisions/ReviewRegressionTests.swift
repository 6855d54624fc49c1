import Testing

@testable import KinerjaCLI
@testable import KinerjaEvents
@testable import KinerjaInterchange
@testable import KinerjaProjections
@testable import KinerjaReports
@testable import KinerjaStore

/// Cases found in review: each would have let a figure change, or a proposal count, when it should not.
@Suite struct ReviewRegressionTests {
    @Test func refusesApprovingAProposalTheStateNoLongerAllows() {
        var history = History()
        history.given(Events.organisation)
        history.given(Events.iku(id: "a", effective: "2022-01-01", added: ["ppks"]))
        history.given(Events.iku(id: "b", effective: "2022-01-01", added: ["ppks"]))
        history.given(Events.approval(of: "a"), by: "kepala")
        #expect(throws: DecisionError.self) { try history.when(Events.approval(of: "b"), by: "kepala") }
        do {
            try history.when(Events.approval(of: "b"), by: "kepala")
        } catch {
            #expect(
                error.description.hasPrefix(
                    "proposal b no longer holds and cannot be approved: indicator ppks is already"))
        }
    }

    @Test func refusesApprovingARealisasiWhoseIndicatorWasRetiredMeanwhile() {
        var history = History.withIKU
        history.given(Events.realisasi("ppks", "2024", id: "r"))
        history.given(Events.iku(id: "iku-2", effective: "2024-01-01", retired: ["ppks"]))
        history.given(Events.approval(of: "iku-2"), by: "kepala")
        #expect(throws: DecisionError.self) { try history.when(Events.approval(of: "r"), by: "kepala") }
    }

    @Test func ignoresRejectedAmendmentsWhenComputingValues() throws {
        var history = History.withIKU
        var realisasi = Events.realisasi("ppks", "2024", value: nil, id: "r")
        realisasi.data["numerator"] = .string("1")
        realisasi.data["denominator"] = .string("3")
        history.given(realisasi)
        history.given(Events.approval(of: "r"), by: "kepala")
        var amendment = Events.iku(id: "iku-2", effective: "2025-01-01", amended: ["ppks"])
        amendment.data["amended"] = .array([
            .object(["code": .string("ppks"), "changes": .object(["decimals": .integer(0), "unit": .string("orang")])])
        ])
        history.given(amendment)
        history.given(
            NewEvent(type: "ProposalRejected", data: ["proposal": .string("iku-2"), "reason": .string("x")]),
            by: "kepala")
        let report = history.state.report(year: 2024, head: LedgerDigest(stream: History.stream, seq: 0, hash: .zero))
        #expect(report.rows.first { $0.indicator.code == "ppks" }?.year.value?.plainDescription == "33.33")
    }

    @Test func historyNeverUsesARejectedFigureAsTheOneBefore() throws {
        var history = History.withIKU
        history.given(Events.realisasi("ppks", "2024", value: "50", id: "r"))
        history.given(Events.approval(of: "r"), by: "kepala")
        for (id, value, approve) in [("c1", "60", false), ("c2", "70", true)] {
            history.given(
                NewEvent(
                    type: "RealisasiCorrected", id: id,
                    data: [
                        "corrects": .string("r"), "value": .string(value), "reason": .string("x"),
                        "basis": Events.basis,
                    ]))
            history.given(
                approve
                    ? Events.approval(of: id)
                    : NewEvent(type: "ProposalRejected", data: ["proposal": .string(id), "reason": .string("salah")]),
                by: "kepala")
        }
        let changes = history.state.history(of: .realisasi("ppks", period: try #require(Period(parsing: "2024"))))
            .compactMap { $0.change.map { "\($0.before?.plainDescription ?? "-") → \($0.after.plainDescription)" } }
        #expect(changes == ["- → 50", "50 → 60", "50 → 70"])
    }
}
