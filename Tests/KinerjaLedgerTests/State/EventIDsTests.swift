import KinerjaStore
import Testing

@testable import KinerjaProjections

/// Ids are found by a 32-bit fingerprint that only narrows the search: ids that share one are both found,
/// before and after a snapshot restores the table.
@Suite struct EventIDsTests {
    /// `r-2040` and `r-66248` have the same fingerprint.
    private let colliding = ["r-2040", "r-66248"]

    @Test func idsThatShareAFingerprintAreBothFound() {
        #expect(EventIDFingerprint.of(colliding[0]) == EventIDFingerprint.of(colliding[1]))
        var ids = EventIDs()
        for id in ["a", colliding[0], "b"] { ids.append(id) }
        #expect(ids.seq(of: colliding[1]) == nil, "its fingerprint is another id's")
        for id in [colliding[1], "c"] { ids.append(id) }
        #expect(ids.seq(of: colliding[0]) == 2)
        #expect(ids.seq(of: colliding[1]) == 4)
        #expect(ids.seq(of: "c") == 5)
        #expect(ids.seq(of: "r-1") == nil)
    }

    /// Snapshots keep ids sorted by their fingerprints, so the fingerprint is part of the format: these are
    /// FNV-1a (64-bit) of the bytes with its halves folded, worked out apart from the code.
    @Test func theFingerprintIsFNV1aFolded() {
        let expected: [(String, UInt32)] = [
            ("", 1_339_080_641), ("a", 694_300_864), ("r-11522", 1_977_294_121),
            ("21ef10fd-b9bd-4897-82b7-f5d6a6785ae7", 3_707_246_186),
        ]
        for (id, fingerprint) in expected {
            #expect(EventIDFingerprint.of(id) == fingerprint, "\(id)")
            #expect(EventIDFingerprint.of(Array(id.utf8)) == fingerprint, "\(id)")
            #expect(id.utf8.withContiguousStorageIfAvailable { EventIDFingerprint.of($0) } == fingerprint, "\(id)")
        }
    }

    /// The scan works out each id's fingerprint on its decoding threads and hands it over with the event:
    /// each is that event's own (in blocks of a few lines and in blocks split over the cores), and a state
    /// folded with them finds and holds what a state folded from the ids alone does.
    @Test func theScanHandsEachEventItsOwnFingerprint() throws {
        struct Recorder: StreamVisitor {
            var fingerprints: [(id: String, fingerprint: UInt32)] = []
            var folded: OrganisationState

            func seq(of id: String, fingerprint: UInt32) -> Int? {
                folded.seq(of: id, fingerprint: fingerprint)
            }

            mutating func visit(_ event: StoredEvent, offset: Int, idFingerprint: UInt32) {
                fingerprints.append((event.id, idFingerprint))
                folded.visit(event, offset: offset, idFingerprint: idFingerprint)
            }
        }
        let directory = TemporaryDirectory()
        let ledger = try Fixtures.ledger(in: directory)
        try Fixtures.appendNotes(ledger, batches: [3, 400, 1, 40])
        var recorder = Recorder(folded: OrganisationState(stream: .ledger, lines: ledger.lines(of: .ledger)))
        let scan = try ledger.scan(.ledger, into: &recorder)
        #expect(scan.damage == nil && scan.eventCount > 400 && recorder.fingerprints.count == scan.eventCount)
        for (id, fingerprint) in recorder.fingerprints {
            #expect(fingerprint == EventIDFingerprint.of(id), "\(id)")
        }
        var plain = OrganisationState(stream: .ledger, lines: ledger.lines(of: .ledger))
        _ = try ledger.scan(.ledger) { event, offset in plain.evolve(event, offset: offset) }
        #expect(recorder.folded == plain)
        for id in recorder.fingerprints.map(\.id) + ["absent"] {
            #expect(recorder.folded.seq(of: id, fingerprint: EventIDFingerprint.of(id)) == plain.seq(of: id), "\(id)")
        }
    }

    @Test func aRestoredTableFindsWhatTheDictionaryFound() throws {
        var ids = EventIDs()
        let all = (0..<500).map { "r-\($0 * 131 + 7)" } + colliding + ["", "é-ü", String(repeating: "x", count: 300)]
        for id in all { ids.append(id) }
        let restored = try restored(ids)
        var grown = restored
        grown.append("late")
        grown.append(colliding[0])  // a repeat: the first one is the one found
        for (index, id) in all.enumerated() {
            #expect(ids.seq(of: id) == index + 1)
            #expect(restored.seq(of: id) == index + 1)
            #expect(grown.seq(of: id) == index + 1)
            #expect(restored.id(at: index + 1) == id)
        }
        #expect(grown.seq(of: "late") == all.count + 1)
        #expect(restored.seq(of: "late") == nil)
        // The grown ids written again (the restored ones and those added since) read back the same.
        let again = try self.restored(grown)
        #expect(again == grown)
        #expect(again.seq(of: "late") == all.count + 1)
        #expect(again.seq(of: colliding[1]) == all.firstIndex(of: colliding[1]).map { $0 + 1 })
    }

    /// Ids by their first eight bytes, restored from a snapshot and grown since: what one comparison of each
    /// id's prefix finds.
    @Test func idsAreFoundByTheirFirstEightBytesBeforeAndAfterASnapshot() throws {
        var ids = EventIDs()
        let before =
            (0..<300).map { "9f3c\($0 % 7)abc-\($0)" } + ["short", "", "9f3c0abc"]
            + ["9f3c1abc-0000-4000-8000-00000000000a", "9f3c1abd-0000-4000-8000-00000000000b", "9f3c1abc-x"]
        for id in before { ids.append(id) }
        var grown = try restored(ids)
        let after = (0..<50).map { "9f3c\($0 % 3)abc-late-\($0)" } + ["zzzzzzzz-1"]
        for id in after { grown.append(id) }
        let all = before + after
        let prefixes = try Set(
            ["9f3c1abc", "9f3c5abc", "zzzzzzzz", "nothere!"].map { try #require(EventIDs.prefixKey($0)) })
        let expected = all.indices.filter { index in
            EventIDs.prefixKey(all[index]).map(prefixes.contains) ?? false
        }.map { $0 + 1 }
        #expect(grown.seqs(withPrefixIn: prefixes) == expected)
        #expect(expected.count > 50)
        #expect(grown.seqs(withPrefixIn: []) == [])
    }

    /// Restored ids read back whole at every count around a block's length (16), and an empty stream.
    @Test(arguments: [0, 1, 15, 16, 17, 32, 33, 250])
    func restoredIDsAreReadInPlaceAtEveryBlockBoundary(count: Int) throws {
        var ids = EventIDs()
        // UUIDs in lowercase text (kept as 16 bytes), ids that only look like one (kept as text), and text that
        // shares a UUID's start.
        let odd = [
            "8AD2670F-60B9-49A9-ABB9-2020DDDB0001", "8ad2670f-60b9-49a9-abb9-2020dddb0002", "8ad2670f-60b9-x",
            "8ad2670f-60b9-49a9-abb9-2020dddb000g", "8ad2670f60b9-49a9-abb9-2020dddb00001",
            "8ad2670f-60b9-49a9-abb9-2020dddb00011",
        ]
        let all = (0..<count).map { index in
            index < odd.count
                ? odd[index] : index % 5 == 0 ? "x\(index)" : "8ad2670f-60b9-49a9-abb9-2020dddb\(1000 + index)"
        }
        for id in all { ids.append(id) }
        let restored = try restored(ids)
        #expect(restored.count == count)
        #expect(restored == ids)
        var seen: [String] = []
        restored.forEach { _, id in seen.append(String(decoding: id, as: UTF8.self)) }
        #expect(seen == all)
        for (index, id) in all.enumerated() {
            #expect(restored.id(at: index + 1) == id)
            #expect(restored.seq(of: id) == index + 1)
        }
        #expect(restored.seq(of: "8ad2670f") == nil)
    }

    /// A section whose bytes were changed is either refused or read without going outside its bytes (the
    /// SHA-256 recorded for a snapshot keeps such bytes from being used; this is what a forged record would
    /// meet).
    @Test func changedBytesOfTheSectionAreReadWithinThem() throws {
        var ids = EventIDs()
        let all = (0..<100).map { "r-\($0 * 7919)" }
        for id in all { ids.append(id) }
        var writer = SnapshotWriter()
        RestoredIDs.write(ids, to: &writer)
        var generator = ReplayPropertyTests.Generator(state: 7)
        var refused = 0
        for _ in 0..<400 {
            let owner = ReadOnlyBytes(copying: generator.changed(writer.bytes))
            var reader = SnapshotReader(bytes: owner.buffer, index: 0)
            guard let section = RestoredIDs(reading: &reader, count: all.count, owner: owner) else {
                refused += 1
                continue
            }
            let changed = EventIDs(restored: section)
            for seq in 1...all.count { _ = changed.id(at: seq) }
            for id in all.prefix(10) { _ = changed.seq(of: id) }
            _ = changed == ids
            _ = section.findsEach(byFingerprints: all.map(EventIDFingerprint.of))
            _ = try changed.seqs(withPrefixIn: [#require(EventIDs.prefixKey("r-791900"))])
        }
        #expect(refused > 0 && refused < 400)
    }

    /// `verify` compares a snapshot's ids with those folded from the stream in place (``RestoredIDs/holds``):
    /// equal ids are found so from either side, and so is any one id changed, lengthened, cut, or swapped with
    /// another, in text and in UUID form, at the start of a block and inside one.
    @Test func theIDsOfASnapshotAreComparedInPlaceWithTheFoldedOnes() throws {
        let all = (0..<40).map { index in
            index % 3 == 0 ? "8ad2670f-60b9-49a9-abb9-2020dddb\(1000 + index)" : "r-\(index / 4)-\(index)"
        }
        let snapshot = try restored(ids(all))
        // Compared apart from the expectations, which would print both sides whole.
        func same(_ other: [String]) -> (Bool, Bool) { (snapshot == ids(other), ids(other) == snapshot) }
        #expect(same(all) == (true, true))
        #expect(same(Array(all.dropLast())) == (false, false))
        for index in [0, 1, 15, 16, 17, 21, 39] {
            let id = all[index]
            let first = id.first == "8" ? "9" : "s"
            for changed in [
                id + "x", String(id.dropLast()), first + id.dropFirst(), id.dropLast() + (id.last == "9" ? "8" : "9"),
            ] {
                var other = all
                other[index] = changed
                #expect(same(other) == (false, false), "\(changed) at \(index)")
            }
            var swapped = all
            swapped.swapAt(index, (index + 1) % all.count)
            #expect(same(swapped) == (false, false))
        }
    }

    /// `verify` checks that a snapshot's index finds each id (``RestoredIDs/findsEach(byFingerprints:)``): the
    /// index as written passes; two seqs swapped in the sorted seqs, a seq out of range, or a range of
    /// fingerprints that starts elsewhere do not, though every id reads back the same.
    @Test func aSnapshotsIndexOfIDsIsCheckedToFindEachID() throws {
        let all = (0..<200).map { "r-\($0 * 7919)" }
        let prints = all.map(EventIDFingerprint.of)
        var writer = SnapshotWriter()
        RestoredIDs.write(ids(all), to: &writer)
        // Where the seqs sorted by fingerprint start: after the coded ids and where each block starts.
        let (afterLength, codedLength) = writer.bytes.withUnsafeBufferPointer { bytes in
            var reader = SnapshotReader(bytes: bytes, index: 0)
            let codedLength = reader.read()
            return (reader.index, codedLength)
        }
        let blocks = (all.count + RestoredIDs.blockLength - 1) / RestoredIDs.blockLength
        let sortedStart = try afterLength + #require(codedLength) + 8 * blocks
        let rangeStartsStart = sortedStart + 4 * all.count + 1
        func section(_ bytes: [UInt8]) throws -> RestoredIDs {
            let owner = ReadOnlyBytes(copying: bytes)
            var reader = SnapshotReader(bytes: owner.buffer, index: 0)
            return try #require(RestoredIDs(reading: &reader, count: all.count, owner: owner))
        }
        #expect(try section(writer.bytes).findsEach(byFingerprints: prints))
        #expect(try !section(writer.bytes).findsEach(byFingerprints: prints.reversed()))
        var swapped = writer.bytes
        for byte in 0..<4 { swapped.swapAt(sortedStart + 40 + byte, sortedStart + 44 + byte) }
        #expect(try EventIDs(restored: section(swapped)) == ids(all), "the ids read back the same")
        #expect(try !section(swapped).findsEach(byFingerprints: prints))
        var outside = writer.bytes
        outside[sortedStart + 4 * 7] = 201
        #expect(try !section(outside).findsEach(byFingerprints: prints))
        var ranges = writer.bytes
        ranges[rangeStartsStart + 4 * 3] &+= 1
        #expect(try !section(ranges).findsEach(byFingerprints: prints))
    }

    private func ids(_ all: [String]) -> EventIDs {
        var ids = EventIDs()
        for id in all { ids.append(id) }
        return ids
    }

    /// `ids` written as a snapshot's ids section and read back in place.
    private func restored(_ ids: EventIDs) throws -> EventIDs {
        // Written, then read from a copy of the bytes, as a snapshot is read from its mapped file.
        var writer = SnapshotWriter()
        RestoredIDs.write(ids, to: &writer)
        let bytes = ReadOnlyBytes(copying: writer.bytes)
        var reader = SnapshotReader(bytes: bytes.buffer, index: 0)
        let restored = try #require(RestoredIDs(reading: &reader, count: ids.count, owner: bytes))
        #expect(reader.isAtEnd)
        return EventIDs(restored: restored)
    }
}

extension ReplayPropertyTests.Generator {
    /// `bytes` with one to five of them changed at random.
    mutating func changed(_ bytes: [UInt8]) -> [UInt8] {
        var changed = bytes
        for _ in 0...next(4) { changed[next(changed.count)] = UInt8(next(256)) }
        return changed
    }
}
