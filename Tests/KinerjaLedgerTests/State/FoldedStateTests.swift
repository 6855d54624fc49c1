import Foundation
import Testing

@testable import KinerjaProjections
@testable import KinerjaStore

/// A process that folded a stream to its end (a command checking its options) starts its next fold of that
/// stream there (the append under the lock), reading only what was written since, by itself or by another
/// process: the state is the one a fold from the snapshot gives.
@Suite struct FoldedStateTests {
    static let org = StreamName("luwu-timur-dinsos-p3a") ?? .ledger
    static let later = Timestamp(millisecondsSinceEpoch: 1_800_000_000_000)

    private func copy(in directory: TemporaryDirectory) throws -> String {
        let copy = directory.path + "/ledger"
        try FileManager.default.copyItem(atPath: EventCodecLedgerTests.defaultLedger, toPath: copy)
        return copy
    }

    @Test func theNextFoldStartsWhereTheLastEndedAndReadsWhatOthersWroteSince() throws {
        let directory = TemporaryDirectory()
        let path = try copy(in: directory)
        var ledger = try Ledger.open(at: path)
        ledger.cache = LedgerCache()
        let snapshot = try #require(try ledger.writeCheckpoints(Self.org).last)
        _ = try Recorder.record(
            [Fixtures.note("sesudah snapshot", id: "catatan-1")], to: Self.org, actor: "admin.ledger", in: ledger,
            environment: .fixed(at: Self.later))
        let (_, head) = try ledger.organisationState(Self.org)
        let folded = try #require(try ledger.latestState(Self.org))
        #expect(folded.position.eventCount == head.seq && head.seq == snapshot.seq + 1, "past the snapshot")

        // Another process (no cache) appends meanwhile.
        let other = try Ledger.open(at: path)
        _ = try Recorder.record(
            [Fixtures.note("dari proses lain", id: "lain-1")], to: Self.org, actor: "admin.ledger", in: other,
            environment: .fixed(at: Self.later))
        // The next fold starts from the state folded before and reads the other process's event: its id is
        // known (a repeat is skipped, not written twice), and the append lands after it.
        let repeated = try Recorder.record(
            [Fixtures.note("dari proses lain", id: "lain-1"), Fixtures.note("sesudahnya", id: "sesudah-1")],
            to: Self.org, actor: "admin.ledger", in: ledger, environment: .fixed(at: Self.later))
        #expect(repeated.written.map(\.id) == ["sesudah-1"])
        #expect(repeated.head.seq == head.seq + 2)
        let cached = try ledger.organisationState(Self.org)
        let fresh = try Ledger.open(at: path).organisationState(Self.org, usingCheckpoints: false)
        #expect(cached.head == fresh.head)
        #expect(cached.state == fresh.state)
    }
}
