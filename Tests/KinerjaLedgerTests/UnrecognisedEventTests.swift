import Foundation
import Testing

@testable import KinerjaEvents
@testable import KinerjaProjections
@testable import KinerjaStore

/// A stream written by a newer kinerja may hold event types (or versions) this build does not know: they
/// stay readable and verifiable, are reported, and are not dropped; writers refuse the stream, since they
/// cannot judge a decision against events they do not understand.
@Suite struct UnrecognisedEventTests {
    /// A ledger whose stream holds a note, then `type` at `version` (a well-formed, chained line).
    private func ledgerWithUnknownEvent(
        _ directory: TemporaryDirectory, type: String, version: Int
    ) throws -> (Ledger, StoredEvent) {
        let ledger = try Fixtures.ledger(in: directory)
        try Fixtures.appendNotes(ledger, batches: [1])
        let first = try #require(try ledger.events(in: .ledger).last)
        let draft = EventEnvelope(
            seq: 2, id: "from-the-future", type: type, version: version, recordedAt: first.recordedAt,
            actor: "newer", effective: nil, batch: BatchRange(first: 2, last: 2),
            data: ["proposal": .string("x"), "why": .string("a member this build has no schema for")],
            prev: first.hash)
        let (line, stored) = EventLine.encode(draft)
        directory.write("ledger/ledger.jsonl", directory.bytes("ledger/ledger.jsonl") + line)
        return (ledger, stored)
    }

    @Test(arguments: [("ProposalWithdrawn", 1), ("NoteRecorded", 7)])
    func anUnknownTypeOrVersionIsReadVerifiedAndReportedNotDropped(type: String, version: Int) throws {
        let directory = TemporaryDirectory()
        let (ledger, stored) = try ledgerWithUnknownEvent(directory, type: type, version: version)
        let scan = try ledger.scan(.ledger)
        #expect(scan.damage == nil)
        #expect(scan.eventCount == 2)
        #expect(scan.unrecognised == [UnrecognisedEvent(seq: 2, type: type, version: version)])
        #expect(try ledger.events(in: .ledger).last == stored, "kept as stored")

        let report = try Verifier.verify(ledger)
        #expect(report.isSuccessful)
        #expect(
            report.lines.contains {
                $0.contains("1 event is of types this kinerja does not know (the first: seq 2, \(type) v\(version))")
            })

        var state = OrganisationState(stream: .ledger)
        state.evolve(stored)
        #expect(state.keptEvents.last?.event == .unknown(type: type, version: version, data: stored.data))

        let before = directory.bytes("ledger/ledger.jsonl")
        #expect {
            try ledger.append(
                [Fixtures.note("later")], to: .ledger, actor: "rina", environment: .fixed(at: Fixtures.start))
        } throws: { error in
            (error as? StoreError)?.description.hasPrefix(
                "stream ledger holds 1 event of types this kinerja does not know (the first: seq 2, \(type) v\(version))"
            )
                == true
        }
        #expect(directory.bytes("ledger/ledger.jsonl") == before)
    }
}
