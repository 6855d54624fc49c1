import Foundation
import Testing

@testable import KinerjaCLI
@testable import KinerjaEvents
@testable import KinerjaInterchange
@testable import KinerjaProjections
@testable import KinerjaReports
@testable import KinerjaStore

@Suite struct LedgerAppendTests {
    @Test func appendsBatchesWithContiguousSeqAndAChain() throws {
        let directory = TemporaryDirectory()
        let ledger = try Fixtures.ledger(in: directory)
        let outcomes = try Fixtures.appendNotes(ledger, batches: [2, 3])
        #expect(outcomes.map { $0.written.map(\.seq) } == [[1, 2], [3, 4, 5]])
        let events = try ledger.events(in: .ledger)
        #expect(events.map(\.seq) == [1, 2, 3, 4, 5])
        #expect(events[0].prev == StoredEvent.zeroHash)
        for (earlier, later) in zip(events, events.dropFirst()) { #expect(later.prev == earlier.hash) }
        #expect(
            events.map(\.batch) == [.init(first: 1, last: 2), .init(first: 1, last: 2)]
                + Array(repeating: .init(first: 3, last: 5), count: 3))
        #expect(outcomes[1].head == LedgerDigest(stream: .ledger, seq: 5, hash: events[4].hash))
    }

    @Test func refusesAnEventLongerThanAnInputLineMayBeHoweverItCameIn() throws {
        let directory = TemporaryDirectory()
        let ledger = try Fixtures.ledger(in: directory)
        try Fixtures.appendNotes(ledger, batches: [1])
        let before = directory.bytes("ledger/ledger.jsonl")
        let long = Fixtures.note(String(repeating: "x", count: EventLine.maximumLineLength), id: "long")
        #expect(throws: StoreError.self) {
            try ledger.append([long], to: .ledger, actor: "rina", environment: .fixed(at: Fixtures.start))
        }
        #expect(directory.bytes("ledger/ledger.jsonl") == before)
    }

    @Test func repeatingAnEventWithTheSameIDAndContentIsANoOp() throws {
        let directory = TemporaryDirectory()
        let ledger = try Fixtures.ledger(in: directory)
        try Fixtures.appendNotes(ledger, batches: [2])
        let before = directory.bytes("ledger/ledger.jsonl")
        let outcome = try ledger.append(
            [Fixtures.note("note 0-1", id: "n0-1")], to: .ledger, actor: "rina", environment: .fixed(at: Fixtures.start)
        )
        #expect(outcome.written.isEmpty)
        #expect(outcome.alreadyPresent.map(\.id) == ["n0-1"])
        #expect(outcome.alreadyPresent.map(\.seq) == [1])
        #expect(directory.bytes("ledger/ledger.jsonl") == before)
    }

    @Test func refusesTheSameIDWithDifferentContent() throws {
        let directory = TemporaryDirectory()
        let ledger = try Fixtures.ledger(in: directory)
        try Fixtures.appendNotes(ledger, batches: [2])
        let before = directory.bytes("ledger/ledger.jsonl")
        #expect(throws: StoreError.idConflict(stream: .ledger, id: "n0-1", existingSeq: 1)) {
            try ledger.append(
                [Fixtures.note("new", id: "fresh"), Fixtures.note("changed", id: "n0-1")], to: .ledger, actor: "rina",
                environment: .fixed(at: Fixtures.start))
        }
        #expect(throws: StoreError.idConflict(stream: .ledger, id: "n0-1", existingSeq: 1)) {
            try ledger.append(
                [Fixtures.note("note 0-1", id: "n0-1")], to: .ledger, actor: "someone-else",
                environment: .fixed(at: Fixtures.start))
        }
        #expect(directory.bytes("ledger/ledger.jsonl") == before)
    }

    @Test func refusesAnIDGivenTwiceInOneBatchWithDifferentContent() throws {
        let directory = TemporaryDirectory()
        let ledger = try Fixtures.ledger(in: directory)
        #expect(throws: StoreError.idConflict(stream: .ledger, id: "x", existingSeq: nil)) {
            try ledger.append(
                [Fixtures.note("a", id: "x"), Fixtures.note("b", id: "x")], to: .ledger, actor: "rina",
                environment: .fixed(at: Fixtures.start))
        }
        #expect(!fileExists(directory.path + "/ledger/ledger.jsonl"))
    }

    @Test func refusesAClockThatWouldMakeRecordedAtGoBackwards() throws {
        let directory = TemporaryDirectory()
        let ledger = try Fixtures.ledger(in: directory)
        try Fixtures.appendNotes(ledger, batches: [1, 1])  // the second batch is recorded at 08:01
        let before = directory.bytes("ledger/ledger.jsonl")
        let earlier = Timestamp(parsing: "2024-05-01T08:00:30Z") ?? Fixtures.start
        #expect(
            throws: StoreError.clockBehind(
                stream: .ledger, clock: earlier, last: Timestamp(parsing: "2024-05-01T08:01:00Z") ?? earlier)
        ) {
            try ledger.append([Fixtures.note("late")], to: .ledger, actor: "rina", environment: .fixed(at: earlier))
        }
        #expect(directory.bytes("ledger/ledger.jsonl") == before)
        let same = Timestamp(parsing: "2024-05-01T08:01:00Z") ?? earlier
        #expect(throws: Never.self) {
            try ledger.append([Fixtures.note("same time")], to: .ledger, actor: "rina", environment: .fixed(at: same))
        }
    }

    @Test func generatesIDsFromTheInjectedSource() throws {
        let directory = TemporaryDirectory()
        let ledger = try Fixtures.ledger(in: directory)
        let outcome = try ledger.append(
            [Fixtures.note("a"), Fixtures.note("b")], to: .ledger, actor: "rina",
            environment: .fixed(at: Fixtures.start, idPrefix: "t"))
        #expect(outcome.written.map(\.id) == ["t-1", "t-2"])
    }

    @Test func keepsStreamsIndependent() throws {
        let directory = TemporaryDirectory()
        let ledger = try Fixtures.ledger(in: directory)
        let other = try #require(StreamName("luwu-timur"))
        try Fixtures.appendNotes(ledger, batches: [2])
        try Fixtures.appendNotes(ledger, batches: [1], firstBatch: 5, stream: other)
        #expect(try ledger.streams() == [.ledger, other])
        #expect(try ledger.events(in: other).map(\.seq) == [1])
        #expect(try ledger.events(in: other)[0].prev == StoredEvent.zeroHash)
    }

    @Test func refusesToCreateALedgerTwiceAndToOpenADirectoryThatIsNotOne() throws {
        let directory = TemporaryDirectory()
        _ = try Fixtures.ledger(in: directory)
        #expect(throws: StoreError.alreadyALedger(directory: directory.path + "/ledger")) {
            try Fixtures.ledger(in: directory)
        }
        #expect(throws: StoreError.notALedger(directory: directory.path)) { try Ledger.open(at: directory.path) }
    }

    /// The lock is on the directory; a directory moved away and replaced by a copy while a writer holds
    /// the lock is a new directory that a second writer could lock. The first writer refuses to write into
    /// either, so no seq is given twice.
    @Test func refusesToWriteIntoADirectoryReplacedWhileItHeldTheLock() throws {
        let directory = TemporaryDirectory()
        let ledger = try Fixtures.ledger(in: directory)
        try Fixtures.appendNotes(ledger, batches: [1])
        let path = directory.path + "/ledger"
        let before = directory.bytes("ledger/ledger.jsonl")
        #expect {
            try ledger.withExclusiveLock { () throws(StoreError) in
                let writer = try StreamWriter(ledger: ledger, stream: .ledger)
                try? FileManager.default.moveItem(atPath: path, toPath: path + ".old")
                try? FileManager.default.copyItem(atPath: path + ".old", toPath: path)
                _ = try writer.append(
                    [Fixtures.note("late")], actor: "rina", recordedAt: Fixtures.start, makeID: { "late-\($0)" })
            }
        } throws: { error in
            (error as? StoreError)?.description.contains("it was replaced while this writer held its lock") == true
        }
        #expect(directory.bytes("ledger/ledger.jsonl") == before)
        #expect(directory.bytes("ledger.old/ledger.jsonl") == before)
    }

    @Test func refusesAnUnknownFormatVersion() throws {
        let directory = TemporaryDirectory()
        _ = try Fixtures.ledger(in: directory)
        directory.write("ledger/kinerja-ledger.json", Array(#"{"format":"kinerja-ledger","version":3}"#.utf8))
        #expect(throws: StoreError.unsupportedFormat(directory: directory.path + "/ledger", found: "format version 3"))
        {
            try Ledger.open(at: directory.path + "/ledger")
        }
    }

    @Test func treatsARetryAsAlreadyPresentWhateverTheClockSays() throws {
        let directory = TemporaryDirectory()
        let ledger = try Fixtures.ledger(in: directory)
        try Fixtures.appendNotes(ledger, batches: [1, 1])  // the second batch is recorded at 08:01
        let outcome = try ledger.append(
            [Fixtures.note("note 0-1", id: "n0-1")], to: .ledger, actor: "rina", environment: .fixed(at: Fixtures.start)
        )
        #expect(outcome.written.isEmpty)
        #expect(outcome.alreadyPresent.map(\.seq) == [1])
    }
}
