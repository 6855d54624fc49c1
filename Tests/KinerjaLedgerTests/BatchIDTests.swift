import Testing

@testable import KinerjaEvents
@testable import KinerjaStore

/// The scan refuses an id used twice, whether the first use is in the batch being read (found by looking
/// through a small batch, and through an index of a large one) or in a batch before it; a stream whose ids
/// are all new is read whole. The lines are written here with their hashes and chain right, so the repeated
/// id is the only thing wrong.
@Suite struct BatchIDTests {
    /// A stream of a batch of 3 notes, then one batch of `size` notes whose ids are `ids` (by position).
    private func stream(batchOf size: Int, ids: (Int) -> String, in directory: TemporaryDirectory) -> String {
        stream([(0..<3).map { "first-\($0)" }, (0..<size).map(ids)], in: directory)
    }

    /// A stream of notes in batches, with these ids.
    private func stream(_ batches: [[String]], in directory: TemporaryDirectory) -> String {
        var bytes: [UInt8] = []
        var prev = StoredEvent.zeroHash
        var seq = 0
        for ids in batches {
            let batch = BatchRange(first: seq + 1, last: seq + ids.count)
            for id in ids {
                seq += 1
                let (line, event) = EventLine.encode(
                    EventEnvelope(
                        seq: seq, id: id, type: "NoteRecorded", version: 1, recordedAt: Fixtures.start,
                        actor: "rina", effective: nil, batch: batch, data: ["text": .string("catatan \(seq)")],
                        prev: prev))
                bytes += line
                prev = event.hash
            }
        }
        directory.write("stream.jsonl", bytes)
        return directory.path + "/stream.jsonl"
    }

    private func scan(_ path: String) throws -> StreamScan {
        try StreamScanner.scan(stream: .ledger, path: path, schemas: EventCatalog.standard)
    }

    @Test(arguments: [2, 5, 33, 40, 100])
    func anIDRepeatedInsideABatchIsRefused(size: Int) throws {
        let directory = TemporaryDirectory()
        let whole = try scan(stream(batchOf: size, ids: { "n-\($0)" }, in: directory))
        #expect(whole.damage == nil && whole.eventCount == 3 + size)
        for (first, repeated) in [(0, size - 1), (size / 2, size - 1), (0, 1), (size - 2, size - 1)]
        where first < repeated {
            let path = stream(batchOf: size, ids: { $0 == repeated ? "n-\(first)" : "n-\($0)" }, in: directory)
            let damage = try #require(try scan(path).damage, "\(first), \(repeated) of \(size)")
            #expect(damage.problem == .duplicateID("n-\(first)", firstSeq: 4 + first))
            #expect(damage.line == 4 + repeated)
            #expect(try scan(path).eventCount == 3, "the batch is not committed")
        }
    }

    /// `r-2040` and `r-66248` share a fingerprint: both pass as the distinct ids they are, and each is still
    /// found when it comes again, in its batch or in a later one (the second past the first in the scan's
    /// table of the ids of earlier batches).
    @Test func idsThatShareAFingerprintAreToldApart() throws {
        #expect(EventIDFingerprint.of("r-2040") == EventIDFingerprint.of("r-66248"))
        let directory = TemporaryDirectory()
        let both = [["r-2040", "n-1"], ["r-66248", "n-3"]]
        let whole = try scan(stream(both, in: directory))
        #expect(whole.damage == nil && whole.eventCount == 4)
        for (batches, repeated, first) in [
            (both + [["n-4", "r-2040"]], "r-2040", 1), (both + [["r-66248"]], "r-66248", 3),
            ([["r-2040", "r-66248", "r-2040"]], "r-2040", 1), ([["r-2040", "r-66248", "r-66248"]], "r-66248", 2),
        ] {
            let damage = try #require(try scan(stream(batches, in: directory)).damage)
            #expect(damage.problem == .duplicateID(repeated, firstSeq: first))
        }
    }

    @Test(arguments: [1, 5, 40])
    func anIDFromAnEarlierBatchRepeatedInABatchIsRefused(size: Int) throws {
        let directory = TemporaryDirectory()
        let path = stream(batchOf: size, ids: { $0 == size - 1 ? "first-1" : "n-\($0)" }, in: directory)
        let damage = try #require(try scan(path).damage)
        #expect(damage.problem == .duplicateID("first-1", firstSeq: 2))
        #expect(damage.line == 3 + size)
    }
}
