import KinerjaStore

// The per-event columns of a snapshot, read in place from its bytes (the file mapped into memory) instead of
// being copied into arrays: a state restored from a snapshot of a million events then costs a few pages,
// not tens of megabytes. Each holds the bytes' owner; none reads outside its bytes, whatever they hold.

/// The flag byte of each event.
struct SnapshotFlags: SharedColumn, @unchecked Sendable {
    private let owner: ReadOnlyBytes
    private let bytes: UnsafeBufferPointer<UInt8>

    init?(reading reader: inout SnapshotReader, count: Int, owner: ReadOnlyBytes) {
        guard let bytes = reader.take(bytes: count) else { return nil }
        (self.owner, self.bytes) = (owner, bytes)
    }

    static func write(_ flags: LayeredArray<OrganisationState.EventFlags>, to writer: inout SnapshotWriter) {
        writer.bytes += flags.map(\.rawValue)
    }

    var count: Int { bytes.count }

    subscript(position: Int) -> OrganisationState.EventFlags {
        OrganisationState.EventFlags(rawValue: bytes[position])
    }
}

/// Numbers that mostly grow by small steps (where each event's line starts): the differences between
/// successive ones as LEB128 numbers, and every ``markSpacing``th number whole with where its differences
/// start, so that any one is read by decoding at most ``markSpacing`` - 1 differences.
struct SnapshotDeltas: SharedColumn, @unchecked Sendable {
    static let markSpacing = 64

    private let owner: ReadOnlyBytes
    let count: Int
    private let coded: UnsafeBufferPointer<UInt8>
    /// For each mark: the number, then where the differences after it start in `coded`.
    private let marks: FixedWidthNumbers

    init?(reading reader: inout SnapshotReader, count: Int, owner: ReadOnlyBytes) {
        let markCount = (count + Self.markSpacing - 1) / Self.markSpacing
        guard let length = reader.read(), let coded = reader.take(bytes: length),
            let marks = reader.fixedNumbers(markCount * 2, width: 8)
        else { return nil }
        var previous = 0
        for mark in 0..<markCount {
            guard marks[mark * 2 + 1] >= previous, marks[mark * 2 + 1] <= length else { return nil }
            previous = marks[mark * 2 + 1]
        }
        (self.owner, self.count, self.coded, self.marks) = (owner, count, coded, marks)
    }

    static func write(_ numbers: LayeredArray<Int>, to writer: inout SnapshotWriter) {
        var coded = SnapshotWriter()
        var marks: [Int] = []
        var previous = 0
        for (index, number) in numbers.enumerated() {
            if index % markSpacing == 0 {
                marks += [number, coded.bytes.count]
            } else {
                coded.write(number &- previous)
            }
            previous = number
        }
        writer.write(coded.bytes.count)
        writer.bytes += coded.bytes
        for mark in marks { writer.fixed(UInt64(truncatingIfNeeded: mark)) }
    }

    subscript(position: Int) -> Int {
        let mark = position / Self.markSpacing
        var number = marks[mark * 2]
        var index = marks[mark * 2 + 1]
        for _ in 0..<(position % Self.markSpacing) {
            number &+= Int(truncatingIfNeeded: leb128(coded, &index) ?? 0)
        }
        return number
    }
}

/// The latest decision on each event, 0 for most: only the events that have one, as (position, decision)
/// pairs sorted by position, found by a binary search.
struct SnapshotDecisions: SharedColumn, @unchecked Sendable {
    private let owner: ReadOnlyBytes
    let count: Int
    private let pairs: FixedWidthNumbers

    init?(reading reader: inout SnapshotReader, count: Int, owner: ReadOnlyBytes) {
        guard let decided = reader.read(), let width = reader.read(), width == 4 || width == 8,
            let pairs = reader.fixedNumbers(decided * 2, width: width)
        else { return nil }
        (self.owner, self.count, self.pairs) = (owner, count, pairs)
    }

    static func write(_ decisions: LayeredArray<Int>, to writer: inout SnapshotWriter) {
        let decided = decisions.indices.filter { decisions[$0] != 0 }
        let width = decisions.count < Int(UInt32.max) ? 4 : 8
        writer.write(decided.count)
        writer.write(width)
        for index in decided {
            for number in [index, decisions[index]] {
                if width == 4 { writer.fixed(UInt32(number)) } else { writer.fixed(UInt64(number)) }
            }
        }
    }

    subscript(position: Int) -> Int {
        var low = 0
        var high = pairs.count / 2
        while low < high {
            let middle = (low + high) / 2
            if pairs[middle * 2] < position { low = middle + 1 } else { high = middle }
        }
        return low < pairs.count / 2 && pairs[low * 2] == position ? pairs[low * 2 + 1] : 0
    }
}
