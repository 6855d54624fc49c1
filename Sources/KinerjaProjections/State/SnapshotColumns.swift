import KinerjaStore

// The per-event columns of a snapshot, read in place from its bytes (the file mapped into memory) instead of
// being copied into arrays: a state restored from a snapshot of a million events then costs a few pages,
// not tens of megabytes. Each holds the bytes' owner, and checks the pieces it reads (``ReadOnlyBytes/ensure``)
// as it reads them; none reads outside its bytes, whatever they hold.

/// The flags of each event (``OrganisationState/EventFlags``), two bytes each.
struct SnapshotFlags: SharedColumn, @unchecked Sendable {
    private let owner: ReadOnlyBytes?
    /// Two bytes an event, the low byte first.
    private let bytes: UnsafeBufferPointer<UInt8>

    init() {
        (owner, bytes) = (nil, UnsafeBufferPointer(start: nil, count: 0))
    }

    init?(reading reader: inout SnapshotReader, count: Int, owner: ReadOnlyBytes) {
        guard let bytes = reader.take(bytes: count * 2) else { return nil }
        (self.owner, self.bytes) = (owner, bytes)
    }

    static func write(_ flags: LayeredArray<SnapshotFlags>, to writer: inout SnapshotWriter) {
        writer.bytes.reserveCapacity(writer.bytes.count + flags.count * 2)
        for flag in flags {
            writer.bytes.append(UInt8(truncatingIfNeeded: flag.rawValue))
            writer.bytes.append(UInt8(truncatingIfNeeded: flag.rawValue >> 8))
        }
    }

    var count: Int { bytes.count / 2 }

    func checkAll() {
        owner?.ensure(bytes)
    }

    /// Every event's flags in order, their pieces checked at once.
    func forEachInOrder(_ body: (OrganisationState.EventFlags) -> Void) {
        checkAll()
        for position in 0..<count { body(flags(at: position)) }
    }

    subscript(position: Int) -> OrganisationState.EventFlags {
        owner?.pieces?.ensureQuickly(bytes.baseAddress.map { $0 + position * 2 }, count: 2)
        return flags(at: position)
    }

    private func flags(at position: Int) -> OrganisationState.EventFlags {
        OrganisationState.EventFlags(rawValue: UInt16(bytes[position * 2]) | UInt16(bytes[position * 2 + 1]) << 8)
    }
}

/// Numbers that mostly grow by small steps (where each event's line starts): the differences between
/// successive ones as LEB128 numbers, and every ``markSpacing``th number whole with where its differences
/// start, so that any one is read by decoding at most ``markSpacing`` - 1 differences.
struct SnapshotDeltas: SharedColumn, @unchecked Sendable {
    static let markSpacing = 64

    private let owner: ReadOnlyBytes?
    let count: Int
    private let coded: UnsafeBufferPointer<UInt8>
    /// For each mark: the number, then where the differences after it start in `coded`.
    private let marks: FixedWidthNumbers

    init() {
        (owner, count, coded) = (nil, 0, UnsafeBufferPointer(start: nil, count: 0))
        marks = FixedWidthNumbers(bytes: UnsafeRawBufferPointer(start: nil, count: 0), width: 8)
    }

    init?(reading reader: inout SnapshotReader, count: Int, owner: ReadOnlyBytes) {
        let markCount = groups(of: Self.markSpacing, holding: count)
        guard let length = reader.read(), let coded = reader.take(bytes: length),
            let marks = reader.fixedNumbers(markCount * 2, width: 8)
        else { return nil }
        // The marks are not read here (a snapshot of a million events has 15,625): a mark outside the
        // differences reads as differences of 0, never outside them.
        (self.owner, self.count, self.coded, self.marks) = (owner, count, coded, marks)
    }

    static func write(_ numbers: LayeredArray<SnapshotDeltas>, to writer: inout SnapshotWriter) {
        var coded = SnapshotWriter()
        var marks: [Int] = []
        var previous = 0
        var index = 0
        numbers.forEachInOrder { number in
            if index % markSpacing == 0 {
                marks += [number, coded.bytes.count]
            } else {
                coded.write(number &- previous)
            }
            (previous, index) = (number, index + 1)
        }
        writer.write(coded.bytes.count)
        writer.bytes += coded.bytes
        for mark in marks { writer.fixed(UInt64(truncatingIfNeeded: mark)) }
    }

    func checkAll() {
        owner?.ensure(coded)
        marks.checkAll()
    }

    func forEachInOrder(_ body: (Int) -> Void) {
        checkAll()
        var number = 0
        var index = 0
        for position in 0..<count {
            if position % Self.markSpacing == 0 {
                (number, index) = (marks[position / Self.markSpacing * 2], marks[position / Self.markSpacing * 2 + 1])
            } else {
                number &+= Int(truncatingIfNeeded: leb128(coded, &index) ?? 0)
            }
            body(number)
        }
    }

    subscript(position: Int) -> Int {
        let mark = position / Self.markSpacing
        var number = marks[mark * 2]
        var index = marks[mark * 2 + 1]
        if index >= 0, index < coded.count {
            // At most markSpacing - 1 differences of at most 10 bytes each.
            owner?.pieces?.ensureQuickly(
                coded.baseAddress.map { $0 + index }, count: min(coded.count - index, Self.markSpacing * 10))
        }
        for _ in 0..<(position % Self.markSpacing) {
            number &+= Int(truncatingIfNeeded: leb128(coded, &index) ?? 0)
        }
        return number
    }
}

/// The latest decision on each event, 0 for most: a bit per event saying whether it has one, and the
/// decisions of those that do, in order; an event's is found by counting the bits before its own (counts per
/// 64 bits are made on reading).
struct SnapshotDecisions: SharedColumn, @unchecked Sendable {
    private let owner: ReadOnlyBytes?
    let count: Int
    /// The bits, 64 to a number.
    private let bits: FixedWidthNumbers
    /// How many bits are set before each number of `bits`.
    private let before: [Int]
    private let decisions: FixedWidthNumbers

    init() {
        (owner, count, before) = (nil, 0, [])
        bits = FixedWidthNumbers(bytes: UnsafeRawBufferPointer(start: nil, count: 0), width: 8)
        decisions = bits
    }

    init?(reading reader: inout SnapshotReader, count: Int, owner: ReadOnlyBytes) {
        guard let decided = reader.read(), let width = reader.read(), width == 4 || width == 8,
            let bits = reader.fixedNumbers(groups(of: 64, holding: count), width: 8),
            let decisions = reader.fixedNumbers(decided, width: width)
        else { return nil }
        var before = [Int](repeating: 0, count: bits.count)
        var set = 0
        for index in 0..<bits.count {
            before[index] = set
            set += bits[index].nonzeroBitCount
        }
        guard set == decided else { return nil }
        (self.owner, self.count, self.bits, self.before, self.decisions) = (owner, count, bits, before, decisions)
    }

    static func write(_ latest: LayeredArray<SnapshotDecisions>, to writer: inout SnapshotWriter) {
        var bits = [UInt64](repeating: 0, count: groups(of: 64, holding: latest.count))
        var decided: [Int] = []
        for (index, decision) in latest.enumerated() where decision != 0 {
            bits[index / 64] |= 1 << UInt64(index % 64)
            decided.append(decision)
        }
        let width = decided.allSatisfy { $0 <= Int(UInt32.max) } ? 4 : 8
        writer.write(decided.count)
        writer.write(width)
        for word in bits { writer.fixed(word) }
        for decision in decided {
            if width == 4 { writer.fixed(UInt32(decision)) } else { writer.fixed(UInt64(decision)) }
        }
    }

    func checkAll() {
        bits.checkAll()
        decisions.checkAll()
    }

    /// Every decision in order (0 where an event has none), reading the bits a word at a time.
    func forEachInOrder(_ body: (Int) -> Void) {
        checkAll()
        var next = 0
        for word in 0..<bits.count {
            let set = UInt64(truncatingIfNeeded: bits.number(at: word))
            for bit in 0..<min(64, count - word * 64) {
                if set & (1 << UInt64(bit)) == 0 {
                    body(0)
                } else {
                    body(decisions.number(at: next))
                    next += 1
                }
            }
        }
    }

    subscript(position: Int) -> Int {
        guard position < count else { return 0 }
        let word = UInt64(truncatingIfNeeded: bits[position / 64])
        let bit: UInt64 = 1 << UInt64(position % 64)
        guard word & bit != 0 else { return 0 }
        return decisions[before[position / 64] + (word & (bit &- 1)).nonzeroBitCount]
    }
}
