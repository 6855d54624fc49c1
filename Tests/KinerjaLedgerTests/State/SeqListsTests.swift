import KinerjaStore
import Testing

@testable import KinerjaProjections

/// Lists of seqs by number restored from a snapshot are found in place, in the table's bytes, and say the
/// same as a dictionary of the same lists: before and after keys are added and lists grown, read with the
/// mapping or decoded without it, and whatever the table's bytes hold, never outside them.
@Suite struct SeqListsTests {
    /// A model: the lists by key, as a plain dictionary.
    typealias Model = [Int: [Int]]

    static func lists(_ model: Model) -> SeqLists {
        var lists = SeqLists()
        for key in model.keys.shuffled() {
            for seq in model[key] ?? [] { lists.append(seq, to: key) }
        }
        return lists
    }

    /// `lists` written as a table, then read back from a copy of the bytes (as from a mapped snapshot), with
    /// the mapping (which the lists keep), or without it while `body` runs.
    static func readBack(_ lists: SeqLists) throws -> SeqLists {
        try readBack(lists, owned: true) { $0 }
    }

    static func readBack<Result>(_ lists: SeqLists, owned: Bool, _ body: (SeqLists) -> Result) throws -> Result {
        var writer = SnapshotWriter()
        writer.keyed(lists)
        let bytes = ReadOnlyBytes(copying: writer.bytes)
        return try withExtendedLifetime(bytes) {
            var reader = SnapshotReader(bytes: bytes.buffer, owner: owned ? bytes : nil, index: 0)
            let read = reader.keyed()
            #expect(reader.isAtEnd)
            return body(try #require(read))
        }
    }

    /// Whether `lists` says what `model` says, through every way of reading it.
    static func expect(_ lists: SeqLists, matches model: Model, _ comment: Comment? = nil) {
        #expect(lists.count == model.count, comment)
        #expect(lists.isEmpty == model.isEmpty, comment)
        #expect(lists.keys == model.keys.sorted(), comment)
        #expect(lists.values.map(Array.init) == model.keys.sorted().map { model[$0] ?? [] }, comment)
        for (key, seqs) in model { #expect(lists[key].map(Array.init) == seqs, comment) }
        for absent in [Int.min, -1, 0, 7, 1 << 40] where model[absent] == nil { #expect(lists[absent] == nil, comment) }
        #expect(lists == Self.lists(model), comment)
    }

    static let models: [Model] = [
        [:], [3: [1]], [2024: [5, 9, 12], 2025: [13], 1: [2, 3, 4]],
        Dictionary(uniqueKeysWithValues: (1...3000).map { ($0 * 3, Array(stride(from: $0, to: $0 + 40, by: 9))) }),
        [9_000_000_000: [9_000_000_001], 4: [5]],  // a key past 32 bits: the table is written in 8-byte numbers
        [-2: [1], 5: [6]],  // a negative key, which no state makes, still reads back
    ]

    @Test func aTableReadsBackAsWritten() throws {
        for model in Self.models {
            Self.expect(try Self.readBack(Self.lists(model)), matches: model, "\(model.count) keys")
            try Self.readBack(Self.lists(model), owned: false) { Self.expect($0, matches: model, "decoded") }
        }
    }

    @Test func keysAddedAndListsGrownAfterRestoringFollowTheTable() throws {
        for model in Self.models {
            var grown = try Self.readBack(Self.lists(model))
            var expected = model
            let top = (model.values.compactMap(\.last).max() ?? 0) + 1
            // Every third key grows, and new keys come before, between and after the table's.
            for (index, key) in model.keys.sorted().enumerated() where index % 3 == 0 {
                grown.append(top + index, to: key)
                expected[key, default: []].append(top + index)
            }
            for key in [Int.min + 1, 0, 2, 2026, 3001 * 3, Int.max - 1] where model[key] == nil {
                grown.append(top, to: key)
                grown.append(top + 1, to: key)
                expected[key] = [top, top + 1]
            }
            Self.expect(grown, matches: expected, "grown from \(model.count) keys")
            Self.expect(try Self.readBack(grown), matches: expected, "grown, written and read again")
            // The table it grew from is unchanged.
            Self.expect(try Self.readBack(Self.lists(model)), matches: model)
        }
    }

    @Test func tablesThatDifferAreNotEqual() throws {
        let model: Model = [1: [2, 3], 4: [5]]
        let restored = try Self.readBack(Self.lists(model))
        #expect(restored != Self.lists([1: [2, 3]]))
        #expect(restored != Self.lists([1: [2, 3], 4: [6]]))
        #expect(restored != Self.lists([1: [2, 3], 5: [5]]))
        #expect(restored != Self.lists([1: [2, 3], 4: [5], 6: [7]]))
    }

    /// A table cut short anywhere, or with any byte changed, reads as no table or as some lists without a
    /// trap (an overflow, or a list shorter than it says, stops the test); that no read goes outside the bytes
    /// shows only under the address sanitizer.
    @Test func damagedTablesReadWithoutATrap() throws {
        let model = Dictionary(
            uniqueKeysWithValues: (1...40).map { ($0 * 5, Array(stride(from: $0, to: $0 + 30, by: 4))) })
        var writer = SnapshotWriter()
        writer.keyed(Self.lists(model))
        let written = writer.bytes
        for cut in 0..<written.count {
            let bytes = ReadOnlyBytes(copying: Array(written[..<cut]))
            var reader = SnapshotReader(bytes: bytes.buffer, owner: bytes, index: 0)
            if let lists = reader.keyed() { _ = lists.keys.map { lists[$0].map(Array.init) } }
        }
        for position in stride(from: 0, to: written.count, by: 3) {
            var changed = written
            changed[position] ^= 0xA5
            let bytes = ReadOnlyBytes(copying: changed)
            var reader = SnapshotReader(bytes: bytes.buffer, owner: bytes, index: 0)
            guard let lists = reader.keyed() else { continue }
            for key in lists.keys { _ = lists[key].map(Array.init) }
            _ = lists.values.map(Array.init)
        }
    }
}
