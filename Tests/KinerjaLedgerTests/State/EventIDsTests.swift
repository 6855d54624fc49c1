import Testing

@testable import KinerjaProjections

/// Ids are found by a 32-bit fingerprint that only narrows the search: ids that share one are both found,
/// before and after a snapshot restores the table.
@Suite struct EventIDsTests {
    /// `r-2040` and `r-66248` have the same fingerprint.
    private let colliding = ["r-2040", "r-66248"]

    @Test func idsThatShareAFingerprintAreBothFound() {
        #expect(EventIDs.fingerprint(Array(colliding[0].utf8)) == EventIDs.fingerprint(Array(colliding[1].utf8)))
        var ids = EventIDs()
        for id in ["a", colliding[0], "b", colliding[1], "c"] { ids.append(id) }
        #expect(ids.seq(of: colliding[0]) == 2)
        #expect(ids.seq(of: colliding[1]) == 4)
        #expect(ids.seq(of: "c") == 5)
        #expect(ids.seq(of: "r-1") == nil)
    }

    @Test func aRestoredTableFindsWhatTheDictionaryFound() {
        var ids = EventIDs()
        let all = (0..<500).map { "r-\($0 * 131 + 7)" } + colliding + ["", "é-ü", String(repeating: "x", count: 300)]
        for id in all { ids.append(id) }
        let restored = EventIDs(bytes: Array(ids.bytes), ends: Array(ids.ends), sorted: ids.fingerprintTable)
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
        #expect(grown.fingerprintTable.count == all.count + 2)
    }

    /// Ids by their first eight bytes, restored from a snapshot and grown since: what one comparison of each
    /// id's prefix finds.
    @Test func idsAreFoundByTheirFirstEightBytesBeforeAndAfterASnapshot() throws {
        var ids = EventIDs()
        let before = (0..<300).map { "9f3c\($0 % 7)abc-\($0)" } + ["short", "", "9f3c0abc"]
        for id in before { ids.append(id) }
        var grown = EventIDs(bytes: Array(ids.bytes), ends: Array(ids.ends), sorted: ids.fingerprintTable)
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
}
