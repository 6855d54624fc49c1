import KinerjaStore

// The numbers, strings and lists of a snapshot body (``OrganisationState/snapshotBody``).

/// Writes the numbers of a snapshot body: whole numbers as unsigned LEB128 of their 64-bit pattern (a negative
/// one, such as the −1 of an event held whole, takes ten bytes).
struct SnapshotWriter {
    var bytes: [UInt8] = []

    mutating func write(_ number: Int) {
        var value = UInt64(bitPattern: Int64(number))
        while value >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    mutating func fixed(_ number: UInt32) {
        withUnsafeBytes(of: number.littleEndian) { bytes += $0 }
    }

    mutating func fixed(_ number: UInt64) {
        withUnsafeBytes(of: number.littleEndian) { bytes += $0 }
    }

    mutating func string(_ text: String) {
        write(text.utf8.count)
        bytes += text.utf8
    }

    /// Ascending seqs, as their count, the length in bytes of what follows, and the differences between them
    /// (so that a reader finds the next list without decoding this one).
    mutating func list(_ seqs: some Sequence<Int>) {
        var differences = SnapshotWriter()
        var count = 0
        var previous = 0
        for seq in seqs {
            differences.write(seq - previous)
            (previous, count) = (seq, count + 1)
        }
        write(count)
        write(differences.bytes.count)
        bytes += differences.bytes
    }

    mutating func keyed(_ lists: SeqLists) {
        RestoredSeqLists.write(lists, to: &self)
    }

    mutating func keyed(_ lists: [String: SeqList]) {
        write(lists.count)
        for key in lists.keys.sorted() {
            string(key)
            list(lists[key] ?? [])
        }
    }
}

/// Reads what ``SnapshotWriter`` wrote; every read is nil past the end or on a malformed number.
struct SnapshotReader {
    /// The file's bytes, valid while the reader is used (see ``OrganisationState/init(stream:lines:snapshot:from:)``).
    let bytes: UnsafeBufferPointer<UInt8>
    /// The mapping that holds `bytes`, which the lists read (kept by them, read in place); nil: lists are
    /// decoded as they are read.
    var owner: ReadOnlyBytes? = nil
    var index: Int

    var isAtEnd: Bool { index == bytes.count }

    mutating func read() -> Int? {
        if index >= 0, index < bytes.count {
            owner?.pieces?.ensureQuickly(bytes.baseAddress.map { $0 + index }, count: min(10, bytes.count - index))
        }
        guard let value = leb128(bytes, &index) else { return nil }
        let number = Int(Int64(bitPattern: value))
        return number >= 0 ? number : nil
    }

    /// The next `count` bytes, in place, not checked (``ReadOnlyBytes/ensure(_:)`` before reading them); nil
    /// past the end.
    mutating func take(bytes count: Int) -> UnsafeBufferPointer<UInt8>? {
        guard count >= 0, bytes.count - index >= count else { return nil }
        defer { index += count }
        return UnsafeBufferPointer(rebasing: bytes[index..<(index + count)])
    }

    /// `count` numbers of `width` bytes each, in place (read them with ``FixedWidthNumbers``); nil past the end.
    mutating func fixedNumbers(_ count: Int, width: Int) -> FixedWidthNumbers? {
        guard count >= 0, count <= (bytes.count - index) / width else { return nil }
        defer { index += count * width }
        return FixedWidthNumbers(
            bytes: UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(bytes)[index..<(index + count * width)]),
            width: width, check: owner?.pieces)
    }

    mutating func string() -> String? {
        guard let length = read(), let utf8 = take(bytes: length) else { return nil }
        owner?.ensure(utf8)
        return String(decoding: utf8, as: UTF8.self)
    }

    /// A list ``SnapshotWriter/list(_:)`` wrote: with an `owner`, read in place (its seqs decoded when
    /// read); without, decoded now.
    mutating func list() -> SeqList? {
        guard let count = read(), let length = read(), count <= length, let differences = take(bytes: length) else {
            return nil
        }
        if let owner { return SeqList(restored: CodedSeqs(count: count, bytes: differences, owner: owner)) }
        var seqs: [Int] = []
        seqs.reserveCapacity(count)
        var seq = 0
        var index = 0
        for _ in 0..<count {
            guard let step = leb128(differences, &index) else { return nil }
            seq &+= Int(truncatingIfNeeded: step)
            seqs.append(seq)
        }
        return index == length ? SeqList(seqs) : nil
    }

    /// Lists of seqs by number (years, seqs), found in place.
    mutating func keyed() -> SeqLists? {
        RestoredSeqLists(reading: &self).map(SeqLists.init(restored:))
    }

    /// Lists of seqs by code (indicators).
    mutating func keyedByCode() -> [String: SeqList]? {
        guard let count = read(), count <= bytes.count - index else { return nil }
        var lists: [String: SeqList] = [:]
        lists.reserveCapacity(count)
        for _ in 0..<count {
            guard let key = string(), let seqs = list() else { return nil }
            lists[key] = seqs
        }
        return lists
    }
}

/// Little-endian whole numbers of one width (4 or 8 bytes) read in place from a snapshot's bytes, at any
/// alignment, each checked (the piece that holds it) when read. An index must be within 0..<count.
struct FixedWidthNumbers: @unchecked Sendable {
    let bytes: UnsafeRawBufferPointer
    let width: Int
    /// The check of the snapshot's pieces, if the bytes are a snapshot's.
    var check: PieceCheck? = nil

    var count: Int { bytes.count / width }

    /// Checks the pieces that hold every number, at once.
    func checkAll() {
        check?.ensure(bytes)
    }

    /// Whether `body` holds for every number, in order (stopping at the first it does not hold for), with the
    /// pieces of all checked at once rather than number by number.
    func allSatisfy(_ body: (Int) -> Bool) -> Bool {
        checkAll()
        for index in 0..<count {
            guard body(number(at: index)) else { return false }
        }
        return true
    }

    subscript(index: Int) -> Int {
        check?.ensureQuickly(bytes.baseAddress.map { $0 + index * width }, count: width)
        return number(at: index)
    }

    /// The number at `index`, its piece not checked: for a reader that called ``checkAll()`` first.
    func number(at index: Int) -> Int {
        width == 4
            ? Int(UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: index * 4, as: UInt32.self)))
            : Int(
                truncatingIfNeeded: UInt64(
                    littleEndian: bytes.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self)))
    }
}

/// How many groups of `size` hold `count` things (0 for a count below 1), worked out without adding to
/// `count`, which a snapshot's bytes set and could put anywhere.
func groups(of size: Int, holding count: Int) -> Int {
    count < 1 ? 0 : (count - 1) / size + 1
}

/// The LEB128 number at `index` in `bytes`, moving `index` past it; nil when it runs past the end or past 64
/// bits (`index` then stops where reading stopped, never outside the bytes).
@inline(__always)
func leb128(_ bytes: UnsafeBufferPointer<UInt8>, _ index: inout Int) -> UInt64? {
    // Most numbers (the differences between seqs and between line offsets) take one byte.
    if index >= 0, index < bytes.count, bytes[index] < 0x80 {
        index += 1
        return UInt64(bytes[index - 1])
    }
    var value: UInt64 = 0
    var shift: UInt64 = 0
    while index >= 0, index < bytes.count, shift < 64 {
        let byte = bytes[index]
        index += 1
        value |= UInt64(byte & 0x7F) << shift
        if byte < 0x80 { return value }
        shift += 7
    }
    return nil
}
