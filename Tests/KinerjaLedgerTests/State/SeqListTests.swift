import KinerjaStore
import Testing

@testable import KinerjaProjections

/// A key's list of seqs restored from a snapshot is read in place, and says the same as the list it was
/// written from, before and after seqs are added; a list decoded without the snapshot's mapping is the same.
@Suite struct SeqListTests {
    /// `lists` written, then read back in place from a copy of the bytes (as from a mapped snapshot), and
    /// decoded without the mapping.
    private func readBack(_ lists: [[Int]]) throws -> (inPlace: [SeqList], decoded: [SeqList]) {
        var writer = SnapshotWriter()
        for list in lists { writer.list(SeqList(list)) }
        let bytes = ReadOnlyBytes(copying: writer.bytes)
        func read(owner: ReadOnlyBytes?) throws -> [SeqList] {
            var reader = SnapshotReader(bytes: bytes.buffer, owner: owner, index: 0)
            var read: [SeqList] = []
            for _ in lists {
                let list = reader.list()
                read.append(try #require(list))
            }
            #expect(reader.isAtEnd)
            return read
        }
        return (try read(owner: bytes), try read(owner: nil))
    }

    static let lists: [[Int]] = [
        [], [1], [3, 4, 200, 201, 70_000, 70_001, 9_000_000_000], Array(stride(from: 5, to: 5000, by: 7)),
    ]

    @Test func aRestoredListReadsAsWritten() throws {
        let (inPlace, decoded) = try readBack(Self.lists)
        for (index, list) in Self.lists.enumerated() {
            #expect(Array(inPlace[index]) == list)
            #expect(inPlace[index].count == list.count)
            #expect(inPlace[index].isEmpty == list.isEmpty)
            #expect(inPlace[index].last == list.last)
            #expect(inPlace[index] == SeqList(list))
            #expect(decoded[index] == inPlace[index])
        }
    }

    @Test func seqsAddedAfterARestoredListFollowIt() throws {
        let (inPlace, _) = try readBack(Self.lists)
        for (index, list) in Self.lists.enumerated() {
            var grown = inPlace[index]
            let more = [(list.last ?? 0) + 1, (list.last ?? 0) + 10]
            for seq in more { grown.append(seq) }
            #expect(Array(grown) == list + more)
            #expect(grown.count == list.count + 2)
            #expect(grown.last == more.last)
            #expect(grown == SeqList(list + more))
            #expect(grown != inPlace[index])
            // The restored list it grew from is unchanged.
            #expect(Array(inPlace[index]) == list)
        }
    }

    @Test func listsThatDifferAreNotEqual() {
        #expect(SeqList([1, 2]) != SeqList([1, 3]))
        #expect(SeqList([1, 2]) != SeqList([1, 2, 3]))
        #expect(SeqList([]) == [])
    }

    @Test func aListWhoseCountOrLengthDoesNotFitIsRefused() {
        // A count above the bytes' length (every difference takes a byte at least), and a length past the end.
        for bytes: [UInt8] in [[3, 2, 1, 1], [1, 5, 1]] {
            let owner = ReadOnlyBytes(copying: bytes)
            var reader = SnapshotReader(bytes: owner.buffer, owner: owner, index: 0)
            #expect(reader.list() == nil)
        }
    }

    @Test func changedBytesAreReadWithoutGoingOutsideThem() throws {
        var writer = SnapshotWriter()
        writer.list(SeqList(Array(1...300)))
        // Every difference byte made a continuation byte: the list runs short instead of reading past its end.
        var bytes = writer.bytes
        for index in 4..<bytes.count { bytes[index] |= 0x80 }  // after the count and the length (two bytes each)
        let owner = ReadOnlyBytes(copying: bytes)
        var reader = SnapshotReader(bytes: owner.buffer, owner: owner, index: 0)
        let list = try #require(reader.list() as SeqList?)
        #expect(Array(list).count < 300)
    }
}
