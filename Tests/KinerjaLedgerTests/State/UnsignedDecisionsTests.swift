import Foundation
import Testing

@testable import KinerjaEvents
@testable import KinerjaProjections
@testable import KinerjaStore

/// `check`'s unsigned-decision findings, which read no decision's body (a flag per event says whether its
/// batch is signed; the seqs where a day starts are found by halving the stream), name the decisions that
/// reading every decision's body and its batch's first line names: before and under the signing policy, in
/// every year, with batches signed and not on both sides of the policy's first day.
@Suite struct UnsignedDecisionsTests {
    static let org = StreamName("luwu-timur-dinsos-p3a") ?? .ledger

    /// A copy of the default ledger (signing policy from 2027-01-01), with approvals written past the
    /// recorder around that day, some batches carrying a signature (the store keeps it; `check` asks only
    /// whether there is one).
    private func ledger(in directory: TemporaryDirectory) throws -> Ledger {
        let copy = directory.path + "/ledger"
        try FileManager.default.copyItem(atPath: EventCodecLedgerTests.defaultLedger, toPath: copy)
        try? FileManager.default.removeItem(atPath: copy + "/checkpoints")
        let ledger = try Ledger.open(at: copy)
        let batches: [(time: String, signed: Bool, approvals: [String])] = [
            ("2026-12-10T01:00:00Z", false, ["ltim-iku-2021", "ltim-iku-revisi"]),
            ("2026-12-20T01:00:00Z", true, ["ltim-iku-2021", "ltim-pk-2024", "ltim-iku-revisi"]),
            ("2026-12-31T16:30:00Z", false, ["ltim-pk-2024"]),  // 2027-01-01 00.30 WITA: under the policy
            ("2027-01-05T01:00:00Z", false, ["ltim-iku-2021"]),
            ("2027-02-01T01:00:00Z", true, ["ltim-iku-revisi", "ltim-iku-2021"]),
            ("2028-03-01T01:00:00Z", false, ["ltim-pk-2024"]),
        ]
        for (index, batch) in batches.enumerated() {
            let time = try #require(Timestamp(parsing: batch.time))
            let events =
                batch.approvals.map { EventCodec.standard.newEvent(.proposalApproved(.init(proposal: $0))) }
                + [Fixtures.note("batch \(index)")]
            try ledger.withExclusiveLock { () throws(StoreError) in
                let writer = try StreamWriter(ledger: ledger, stream: Self.org)
                _ = try writer.append(
                    events, actor: "admin.ledger", recordedAt: time, makeID: { "t\(index)-\($0)" },
                    signature: batch.signed ? "c2lnbmF0dXJl" : nil)
            }
        }
        return ledger
    }

    /// The unsigned decisions (before the policy's first day, and from it) as reading every body finds them.
    private func expected(_ state: OrganisationState, year: Int?) throws -> (before: [String], after: [String]) {
        let from = try #require(state.signingRequiredFrom)
        let zone = state.timeZone
        let approvals = state.latestDecision.filter { $0 != 0 } + state.earlierDecisions.values.joined()
        let decisions = Set(state.ikuDecisions).union(state.perjanjianKinerjaByYear.values.joined()).union(approvals)
        var found: (before: [String], after: [String]) = ([], [])
        for event in state.events(decisions) where event.event.isDecision {
            let day = zone.local(event.recordedAt).date
            guard year == nil || day.year == year else { continue }
            let first = try #require(state.event(at: event.batch.first))
            guard first.stored.signature == nil else { continue }
            if day < from { found.before.append(event.id) } else { found.after.append(event.id) }
        }
        return found
    }

    @Test func nameWhatReadingEveryBodyNames() throws {
        let directory = TemporaryDirectory()
        let ledger = try self.ledger(in: directory)
        let state = try ledger.organisationState(Self.org, usingCheckpoints: false).state
        var seen: (before: Int, after: Int) = (0, 0)
        for year in [nil] + Array(2019...2029) {
            let findings = state.findings(year: year)
            let before = findings.first { $0.kind == "unsigned-decision" }?.events ?? []
            let after = findings.first { $0.kind == "unsigned-decision-under-policy" }?.events ?? []
            let expected = try self.expected(state, year: year)
            #expect(before == expected.before, "year \(year.map(String.init) ?? "all")")
            #expect(after == expected.after, "year \(year.map(String.init) ?? "all")")
            seen = (seen.before + before.count, seen.after + after.count)
        }
        // Both findings come up, and the signed batches are left out of them.
        #expect(seen.before > 0)
        #expect(seen.after > 0)
        // The batches written here, by the prefix of their ids (`t<batch>-<seq>`).
        let batches = Set(
            state.findings().flatMap { $0.kind.hasPrefix("unsigned-decision") ? $0.events : [] }
                .filter { $0.hasPrefix("t") }.map { $0.prefix { $0 != "-" } })
        #expect(batches == ["t0", "t2", "t3", "t5"])
    }
}
