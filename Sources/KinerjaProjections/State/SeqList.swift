import KinerjaStore

/// The seqs a key of the state lists, ascending: those a snapshot restored, read in place from its bytes (the
/// differences between successive seqs, as LEB128 numbers) each time the list is read, then those added since.
///
/// Restoring a state then reads a key's count and where its bytes are, not its seqs: the keys of a million
/// events (some 800,000 seqs) were most of the time a query or an append spent restoring a snapshot, and a
/// command reads the lists of a few keys.
struct SeqList: Sequence, ExpressibleByArrayLiteral, Equatable, Sendable {
    /// The restored part, in place.
    private let restored: CodedSeqs
    /// The seqs added since, ascending, each above the restored ones.
    private var added: [Int]

    /// A list of `seqs` (ascending).
    init(arrayLiteral seqs: Int...) {
        restored = CodedSeqs()
        added = seqs
    }

    /// A list of `seqs` (ascending).
    init(_ seqs: [Int]) {
        restored = CodedSeqs()
        added = seqs
    }

    /// The list a snapshot holds at `restored`.
    init(restored: CodedSeqs) {
        self.restored = restored
        added = []
    }

    var count: Int { restored.count + added.count }
    var isEmpty: Bool { count == 0 }
    /// Only the seqs added since: restored bytes not (yet) known to be the recorded ones may hold fewer seqs
    /// than their count says, and `Array(_:)` traps on a sequence shorter than this.
    var underestimatedCount: Int { added.count }

    /// The last (largest) seq: the restored ones are decoded only when none was added since.
    var last: Int? {
        if let seq = added.last { return seq }
        var last: Int?
        restored.forEach { last = $0 }
        return last
    }

    /// Adds `seq`, which must be above every seq of the list.
    mutating func append(_ seq: Int) {
        added.append(seq)
    }

    func makeIterator() -> Iterator {
        Iterator(restored: restored.makeIterator(), added: added.makeIterator())
    }

    /// The restored seqs, then the added ones.
    struct Iterator: IteratorProtocol {
        fileprivate var restored: CodedSeqs.Iterator
        fileprivate var added: IndexingIterator<[Int]>

        mutating func next() -> Int? {
            restored.next() ?? added.next()
        }
    }

    /// Whether the list ``SnapshotWriter/list(_:)`` wrote at the reader's position holds just these seqs
    /// (read past, whether it does or not).
    func isCoded(by reader: inout SnapshotReader) -> Bool {
        guard let coded = reader.read(), coded == count, let length = reader.read(),
            let differences = reader.take(bytes: length)
        else { return false }
        var (index, seq) = (0, 0)
        for element in self {
            guard let step = leb128(differences, &index) else { return false }
            seq &+= Int(truncatingIfNeeded: step)
            guard seq == element else { return false }
        }
        return index == length
    }

    static func == (lhs: SeqList, rhs: SeqList) -> Bool {
        lhs.count == rhs.count && lhs.elementsEqual(rhs)
    }
}

/// Ascending seqs as a snapshot stores them, read in place: how many, and the bytes of their differences
/// (LEB128 numbers). Reading never leaves the bytes: a number that would runs the list short instead (the
/// state of a snapshot whose bytes are not the recorded ones is not kept, see ``Ledger/loadCheckpoint``).
struct CodedSeqs: @unchecked Sendable {
    /// The snapshot file's mapping, kept while the bytes are read.
    private let owner: ReadOnlyBytes?
    /// The differences.
    private let bytes: UnsafeBufferPointer<UInt8>
    /// How many seqs.
    let count: Int

    /// No seqs.
    init() {
        (owner, bytes, count) = (nil, UnsafeBufferPointer(start: nil, count: 0), 0)
    }

    /// `count` seqs whose differences are `bytes`, in the snapshot mapped by `owner`.
    init(count: Int, bytes: UnsafeBufferPointer<UInt8>, owner: ReadOnlyBytes) {
        (self.owner, self.bytes, self.count) = (owner, bytes, count)
    }

    func forEach(_ body: (Int) -> Void) {
        var iterator = makeIterator()
        while let seq = iterator.next() { body(seq) }
    }

    func makeIterator() -> Iterator {
        owner?.ensure(bytes)
        return Iterator(bytes: bytes, remaining: count)
    }

    /// Decodes the seqs one after another.
    struct Iterator {
        let bytes: UnsafeBufferPointer<UInt8>
        var remaining: Int
        var index = 0
        var seq = 0

        init(bytes: UnsafeBufferPointer<UInt8>, remaining: Int) {
            (self.bytes, self.remaining) = (bytes, remaining)
        }

        mutating func next() -> Int? {
            guard remaining > 0, let step = leb128(bytes, &index) else { return nil }
            remaining -= 1
            seq &+= Int(truncatingIfNeeded: step)  // wrapping: bytes not yet hashed may hold anything
            return seq
        }
    }
}
