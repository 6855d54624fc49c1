import KinerjaStore

#if canImport(Glibc)
    import Glibc
#endif

/// Whether two ids' bytes are the same (compared as memory: this runs for every id a lookup or a comparison
/// of two snapshots reaches).
private func sameBytes(_ left: UnsafeBufferPointer<UInt8>, _ right: UnsafeBufferPointer<UInt8>) -> Bool {
    KinerjaStore.sameBytes(UnsafeRawBufferPointer(left), UnsafeRawBufferPointer(right))
}

/// The id of every event of a stream (notes included), by seq, and the way back from an id to its seq.
///
/// The ids a snapshot restored are read in place from its bytes (``RestoredIDs``); those added since are kept
/// as one byte array with each id's end. An id is found through a 32-bit fingerprint (of its FNV-1a hash): in
/// the snapshot's seqs sorted by their ids' fingerprints, or in a table of the ids added since (O(1)). A
/// fingerprint only narrows the search: the id itself is compared, so two ids that share one are both found.
struct EventIDs: Sendable, Equatable {
    /// The ids of seqs 1 to `restored.count`, from a snapshot.
    private var restored: RestoredIDs?
    /// The bytes of every id added since, in seq order.
    private var bytes: [UInt8] = []
    /// Where each id added since ends in `bytes`.
    private var ends: [Int] = []
    /// The seq of each id added since, by fingerprint (the first id with that fingerprint).
    private var recent = FingerprintTable()
    /// Ids added since whose fingerprint an earlier recent id already has (a few in a million).
    private var recentCollisions: [String: Int] = [:]

    /// No ids.
    init() {}

    /// The ids a snapshot restored.
    init(restored: RestoredIDs) {
        self.restored = restored
    }

    private var restoredCount: Int { restored?.count ?? 0 }

    /// How many ids there are (the seq of the last one).
    var count: Int { restoredCount + ends.count }

    /// Calls `body` with the bytes of the id at `seq`.
    private func withID<Result>(at seq: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let restored, seq <= restored.count { return restored.withID(at: seq, body) }
        let index = seq - restoredCount - 1
        let start = index > 0 ? ends[index - 1] : 0
        return bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start..<ends[index]])) }
    }

    /// The id of the event at `seq`.
    func id(at seq: Int) -> String {
        withID(at: seq) { String(decoding: $0, as: UTF8.self) }
    }

    private func idEquals(_ seq: Int, _ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        withID(at: seq) { sameBytes($0, utf8) }
    }

    /// Makes room for `count` more ids of up to a UUID's length.
    mutating func reserveCapacity(adding count: Int) {
        bytes.reserveCapacity(bytes.count + count * UUIDText.length)
        ends.reserveCapacity(ends.count + count)
    }

    /// Adds the id of the next event (seq `count + 1`).
    mutating func append(_ id: String) {
        append(id, fingerprint: EventIDFingerprint.of(id))
    }

    /// Adds the id of the next event, whose ``EventIDFingerprint`` is `fingerprint`.
    mutating func append(_ id: String, fingerprint: UInt32) {
        var utf8Source = id
        utf8Source.withUTF8 { utf8 in
            bytes.append(contentsOf: utf8)
            ends.append(bytes.count)
            let seq = count
            if let earlier = recent.add(seq, for: fingerprint), !idEquals(earlier, utf8), recentCollisions[id] == nil {
                recentCollisions[id] = seq
            }
        }
    }

    /// The seq of the event with `id`, if there is one (the first, should a stream hold an id twice).
    func seq(of id: String) -> Int? {
        seq(of: id, fingerprint: EventIDFingerprint.of(id))
    }

    /// The seq of the event with `id`, whose ``EventIDFingerprint`` is `fingerprint`.
    func seq(of id: String, fingerprint: UInt32) -> Int? {
        var utf8Source = id
        return utf8Source.withUTF8 { utf8 in
            if let seq = restored?.seq(of: utf8, fingerprint: fingerprint) { return seq }
            // A colliding id's fingerprint is an earlier id's: an id whose fingerprint no recent id has (a new
            // id, as nearly every one a scan looks up is) is not among them, and no string is hashed for it.
            guard let seq = recent[fingerprint] else { return nil }
            return idEquals(seq, utf8) ? seq : recentCollisions[id]
        }
    }

    /// Fetches the slot where an id with `fingerprint` would be among the ids added since, to have it in the
    /// cache when the id is looked up and added.
    func prefetch(_ fingerprint: UInt32) {
        recent.prefetch(fingerprint)
    }

    /// Calls `body` with each seq and its id's bytes, in seq order.
    func forEach(_ body: (Int, UnsafeBufferPointer<UInt8>) -> Void) {
        var cursor = Cursor(self)
        for seq in stride(from: 1, through: count, by: 1) { cursor.next { body(seq, $0) } }
    }

    /// Reads the ids one after another from seq 1, each in place.
    private struct Cursor {
        let ids: EventIDs
        private var seq = 0
        /// How many ids the snapshot restored (read through `decoder`).
        private let restoredCount: Int
        private var decoder: FrontCodedIDs

        init(_ ids: EventIDs) {
            self.ids = ids
            restoredCount = ids.restoredCount
            // Nothing to decode yet: the first restored id starts a block, which sets the decoder.
            decoder = FrontCodedIDs(coded: UnsafeBufferPointer(start: nil, count: 0), at: 0)
        }

        /// Calls `body` with the bytes of the next id (there must be one).
        mutating func next<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
            seq += 1
            if seq <= restoredCount {
                if (seq - 1) % RestoredIDs.blockLength == 0, let restored = ids.restored {
                    // A block's first id shares nothing with the one before, so the decoder (and the bytes it
                    // holds, with their memory) goes on from where the block starts.
                    if seq == 1 {
                        restored.ensureAll()
                        decoder = restored.decoder(forBlockOf: seq)
                    } else {
                        decoder.index = restored.blockStart(ofBlockOf: seq)
                    }
                }
                decoder.next()
                return decoder.current.withUnsafeBufferPointer(body)
            }
            return ids.withID(at: seq, body)
        }
    }

    /// The seqs of the ids whose first eight bytes are one of `prefixes` (eight bytes read as a little-endian
    /// number), found by one pass over the ids without making a string of each.
    func seqs(withPrefixIn prefixes: Set<UInt64>) -> [Int] {
        // The prefixes sorted, for a binary search that hashes nothing.
        let sorted = prefixes.sorted()
        guard !sorted.isEmpty else { return [] }
        var found: [Int] = []
        func visit(_ seq: Int, _ key: UInt64) {
            var low = 0
            var high = sorted.count
            while low < high {
                let middle = (low + high) / 2
                if sorted[middle] < key { low = middle + 1 } else { high = middle }
            }
            if low < sorted.count && sorted[low] == key { found.append(seq) }
        }
        restored?.forEachPrefix(visit)
        for seq in stride(from: restoredCount + 1, through: count, by: 1) {
            if let key = withID(at: seq, Self.prefixKey) { visit(seq, key) }
        }
        return found
    }

    /// The first eight bytes of `id` as ``seqs(withPrefixIn:)`` reads them, if it has eight.
    static func prefixKey(_ id: String) -> UInt64? {
        var utf8Source = id
        return utf8Source.withUTF8(prefixKey)
    }

    /// The first eight bytes of the id whose UTF-8 bytes are `utf8`, as a little-endian number, if it has eight.
    private static func prefixKey(_ utf8: UnsafeBufferPointer<UInt8>) -> UInt64? {
        guard utf8.count >= 8 else { return nil }
        return (0..<8).reduce(0) { $0 | UInt64(utf8[$1]) << (8 * $1) }
    }

    /// Whether a lookup of each id a snapshot restored finds its seq, given the fingerprint of each seq's id
    /// in `fingerprints` (by seq − 1): see ``RestoredIDs/findsEach(byFingerprints:)``. True when none was.
    func findsEachRestored(byFingerprints fingerprints: [UInt32]) -> Bool {
        restored?.findsEach(byFingerprints: fingerprints) ?? true
    }

    /// Whether both hold the same ids, read side by side. (A snapshot's ids against those folded from the
    /// stream, as `verify` compares them, are compared entry by entry in place: ``RestoredIDs/holds(_:ends:)``.)
    static func == (lhs: EventIDs, rhs: EventIDs) -> Bool {
        guard lhs.count == rhs.count else { return false }
        if let restored = lhs.restored, lhs.ends.isEmpty, rhs.restored == nil {
            return restored.holds(rhs.bytes, ends: rhs.ends)
        }
        if let restored = rhs.restored, rhs.ends.isEmpty, lhs.restored == nil {
            return restored.holds(lhs.bytes, ends: lhs.ends)
        }
        var (left, right) = (Cursor(lhs), Cursor(rhs))
        for _ in stride(from: 0, to: lhs.count, by: 1) {
            guard left.next({ id in right.next { sameBytes($0, id) } }) else { return false }
        }
        return true
    }
}

/// The ids of a snapshot, read in place from its bytes without being copied out: front-coded (each id as
/// the length it shares with the id before and the rest; an id in a UUID's lowercase text as its 16 bytes),
/// in blocks of ``blockLength`` whose first id shares nothing, with where each block starts; the seqs sorted
/// by their ids' fingerprints; and where each range of fingerprints (by their leading bits) starts among
/// them.
///
/// The bytes were checked against the SHA-256 recorded for the snapshot; reading them never goes outside
/// them even if they were not what a snapshot writes. Sendable: nothing here is written after it is made, and
/// the bytes live as long as `owner`.
final class RestoredIDs: @unchecked Sendable {
    /// How many ids a block holds.
    static let blockLength = 16

    /// What keeps the bytes below alive.
    private let owner: ReadOnlyBytes
    /// How many ids there are (those of seqs 1 to `count`).
    let count: Int
    /// The front-coded ids.
    private let coded: UnsafeBufferPointer<UInt8>
    /// Where each block starts in `coded`.
    private let blockStarts: FixedWidthNumbers
    /// The seqs sorted by (fingerprint, seq).
    private let sorted: FixedWidthNumbers
    /// How many leading bits of a fingerprint pick its range in `sorted`.
    private let rangeBits: Int
    /// Where each range starts in `sorted`, and the end of the last.
    private let rangeStarts: FixedWidthNumbers

    /// Reads the ids section a snapshot writer wrote (``write(_:to:)``) for `count` events; nil when the
    /// bytes are not such a section.
    init?(reading reader: inout SnapshotReader, count: Int, owner: ReadOnlyBytes) {
        let blocks = groups(of: Self.blockLength, holding: count)
        guard let codedLength = reader.read(), let coded = reader.take(bytes: codedLength),
            let blockStarts = reader.fixedNumbers(blocks, width: 8), let sorted = reader.fixedNumbers(count, width: 4),
            let rangeBits = reader.read(), rangeBits <= 24,
            let rangeStarts = reader.fixedNumbers((1 << rangeBits) + 1, width: 4)
        else { return nil }
        // Nothing is read here (a million ids, on every restore); what is read is kept inside the bytes: a
        // block starts within the coded ids, a range of fingerprints within `sorted`, and a lookup reads an id
        // only at a seq within 1...count.
        self.owner = owner
        self.count = count
        self.coded = coded
        self.blockStarts = blockStarts
        self.sorted = sorted
        self.rangeBits = rangeBits
        self.rangeStarts = rangeStarts
    }

    /// Writes the ids section of a snapshot: every id of `ids`, in order.
    static func write(_ ids: EventIDs, to writer: inout SnapshotWriter) {
        var coded = SnapshotWriter()
        var blockStarts: [Int] = []
        var before: [UInt8] = []
        // Each seq with its id's fingerprint above it, so that sorting the numbers sorts by (fingerprint, seq).
        var table: [UInt64] = []
        table.reserveCapacity(ids.count)
        ids.forEach { seq, id in
            var shared = 0
            if (seq - 1) % blockLength == 0 {
                blockStarts.append(coded.bytes.count)
            } else {
                while shared < min(before.count, id.count) && before[shared] == id[shared] { shared += 1 }
            }
            if let uuid = UUIDText.bytes(of: id) {
                coded.write(1)
                coded.bytes += uuid
            } else {
                coded.write(shared << 1)
                coded.write(id.count - shared)
                coded.bytes += id[shared...]
            }
            before.removeAll(keepingCapacity: true)
            before += id
            table.append(UInt64(EventIDFingerprint.of(id)) << 32 | UInt64(seq))
        }
        table.sort()
        writer.write(coded.bytes.count)
        writer.bytes += coded.bytes
        for start in blockStarts { writer.fixed(UInt64(start)) }
        for entry in table { writer.fixed(UInt32(truncatingIfNeeded: entry)) }
        let bits = rangeBits(for: ids.count)
        writer.write(bits)
        var next = 0
        for range in 0...(1 << bits) {
            while next < table.count && rangeOf(UInt32(table[next] >> 32), bits: bits) < range { next += 1 }
            writer.fixed(UInt32(next))
        }
    }

    /// About eight ids to a range of fingerprints.
    private static func rangeBits(for count: Int) -> Int {
        min(24, max(0, Int.bitWidth - count.leadingZeroBitCount - 3))
    }

    private static func rangeOf(_ fingerprint: UInt32, bits: Int) -> Int {
        bits == 0 ? 0 : Int(fingerprint >> (32 - bits))
    }

    /// Calls `body` with the bytes of the id at `seq` (1 to `count`; none, outside them).
    func withID<Result>(at seq: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        guard seq >= 1, seq <= count else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        let start = blockStart(ofBlockOf: seq)
        let end =
            seq + Self.blockLength <= count ? max(start, blockStart(ofBlockOf: seq + Self.blockLength)) : coded.count
        owner.ensure(UnsafeBufferPointer(rebasing: coded[start..<end]))
        var decoder = decoder(forBlockOf: seq)
        for _ in ((seq - 1) / Self.blockLength * Self.blockLength + 1)..<seq { decoder.next() }
        decoder.next()
        return decoder.current.withUnsafeBufferPointer(body)
    }

    /// A reader of the ids from the first of the block that holds `seq`'s on.
    fileprivate func decoder(forBlockOf seq: Int) -> FrontCodedIDs {
        FrontCodedIDs(coded: coded, at: blockStart(ofBlockOf: seq))
    }

    /// Where the block that holds `seq`'s id starts in the coded ids (within them, whatever the bytes hold).
    fileprivate func blockStart(ofBlockOf seq: Int) -> Int {
        min(max(blockStarts[(seq - 1) / Self.blockLength], 0), coded.count)
    }

    /// Whether the ids are those of `bytes`, each ending where `ends` says, and read back alike whether read
    /// one after another or each on its own: every block starts where its ids do and shares nothing with the
    /// block before. Each id is compared in place (what it shares with the id before, then the rest) with no
    /// id decoded: `verify` compares every snapshot's ids with those folded from the stream this way.
    func holds(_ bytes: [UInt8], ends: [Int]) -> Bool {
        guard ends.count == count else { return false }
        ensureAll()
        var decoder = FrontCodedIDs(coded: coded, at: 0)
        var uuidText = [UInt8](repeating: 0, count: UUIDText.length)
        return bytes.withUnsafeBufferPointer { bytes in
            uuidText.withUnsafeMutableBufferPointer { uuidText in
                var (previousStart, previousLength, start) = (0, 0, 0)
                for index in 0..<count {
                    let length = ends[index] - start
                    guard length >= 0, start + length <= bytes.count else { return false }
                    let startsBlock = index % Self.blockLength == 0
                    if startsBlock, blockStarts[index / Self.blockLength] != decoder.index { return false }
                    switch decoder.entry() {
                    case .text(let shared, let rest):
                        guard !startsBlock || shared == 0, shared <= previousLength, shared + rest.count == length,
                            sameBytes(
                                UnsafeBufferPointer(rebasing: bytes[start..<(start + shared)]),
                                UnsafeBufferPointer(rebasing: bytes[previousStart..<(previousStart + shared)])),
                            sameBytes(
                                UnsafeBufferPointer(rebasing: bytes[(start + shared)..<(start + length)]),
                                UnsafeBufferPointer(rebasing: coded[rest]))
                        else { return false }
                    case .uuid(let uuid):
                        guard uuid.count == 16, length == UUIDText.length,
                            UUIDText.write(coded[uuid], into: uuidText) == length,
                            sameBytes(
                                UnsafeBufferPointer(rebasing: bytes[start..<(start + length)]),
                                UnsafeBufferPointer(uuidText))
                        else { return false }
                    }
                    (previousStart, previousLength, start) = (start, length, start + length)
                }
                return decoder.index == coded.count
            }
        }
    }

    /// Whether looking an id up finds what it should: the seqs sorted by fingerprint are 1 to `count`, each
    /// once, in the order of (fingerprint, seq) given the fingerprint of each seq's id in `fingerprints` (by
    /// seq − 1; those past `count` are not read), and each range of fingerprints starts where its first
    /// fingerprint is. `verify` checks this of every snapshot once its ids are known to be the stream's
    /// (``holds(_:ends:)``).
    func findsEach(byFingerprints fingerprints: [UInt32]) -> Bool {
        guard fingerprints.count >= count, sorted.count == count,
            rangeBits == Self.rangeBits(for: count), rangeStarts.count == (1 << rangeBits) + 1
        else { return false }
        // The first index in `sorted` of each range of fingerprints.
        var firstOfRange = [Int](repeating: count, count: rangeStarts.count)
        var previous: UInt64 = 0
        var index = 0
        let sortedRight = sorted.allSatisfy { seq in
            guard seq >= 1, seq <= count else { return false }
            let fingerprint = fingerprints[seq - 1]
            let key = UInt64(fingerprint) << 32 | UInt64(seq)
            guard key > previous else { return false }
            previous = key
            let range = Self.rangeOf(fingerprint, bits: rangeBits)
            if firstOfRange[range] == count { firstOfRange[range] = index }
            index += 1
            return true
        }
        guard sortedRight else { return false }
        // A range with no fingerprint starts where the next one does.
        for range in stride(from: firstOfRange.count - 2, through: 0, by: -1) {
            firstOfRange[range] = min(firstOfRange[range], firstOfRange[range + 1])
        }
        index = 0
        return rangeStarts.allSatisfy { start in
            defer { index += 1 }
            return start == firstOfRange[index]
        }
    }

    /// Checks the pieces of every id, for a reader of all of them.
    fileprivate func ensureAll() {
        owner.ensure(coded)
    }

    /// Calls `body` with each seq whose id has at least eight bytes, and those eight (as
    /// ``EventIDs/prefixKey(_:)`` reads them), reading no more of each id than its start.
    func forEachPrefix(_ body: (Int, UInt64) -> Void) {
        ensureAll()
        var decoder = FrontCodedIDs(coded: coded, at: 0)
        var key: UInt64 = 0
        for seq in stride(from: 1, through: count, by: 1) {
            if (seq - 1) % Self.blockLength == 0 { decoder.index = blockStart(ofBlockOf: seq) }
            switch decoder.entry() {
            case .text(let shared, let rest):
                if shared < 8 {
                    key &= shared == 0 ? 0 : UInt64.max >> (64 - 8 * shared)
                    for byte in 0..<min(8 - shared, rest.count) {
                        key |= UInt64(coded[rest.lowerBound + byte]) << (8 * (shared + byte))
                    }
                }
                if shared >= 8 || rest.count >= 8 - shared { body(seq, key) }
            case .uuid(let bytes):
                // The first eight characters are the hex digits of the first four bytes.
                key = 0
                for (position, byte) in coded[bytes].prefix(4).enumerated() {
                    key |= UInt64(lowercaseHexDigit(byte >> 4)) << (16 * position)
                    key |= UInt64(lowercaseHexDigit(byte & 0x0F)) << (16 * position + 8)
                }
                if bytes.count == 16 { body(seq, key) }
            }
        }
    }

    /// The first seq whose id is `utf8` (with `fingerprint`), if any.
    func seq(of utf8: UnsafeBufferPointer<UInt8>, fingerprint: UInt32) -> Int? {
        let range = Self.rangeOf(fingerprint, bits: rangeBits)
        let end = min(max(rangeStarts[range + 1], 0), count)
        var low = min(max(rangeStarts[range], 0), end)
        var high = end
        func fingerprintAt(_ index: Int) -> UInt32 {
            withID(at: sorted[index]) { EventIDFingerprint.of($0) }
        }
        while low < high {
            let middle = (low + high) / 2
            if fingerprintAt(middle) < fingerprint { low = middle + 1 } else { high = middle }
        }
        // Each id from there on is decoded once: for its fingerprint, and to compare it.
        while low < end {
            let seq = sorted[low]
            let (sameFingerprint, same) = withID(at: seq) { id in
                EventIDFingerprint.of(id) == fingerprint ? (true, sameBytes(id, utf8)) : (false, false)
            }
            guard sameFingerprint else { return nil }
            if same { return seq }
            low += 1
        }
        return nil
    }
}

/// Reads front-coded ids one after another; past the end of the bytes, or on a length that does not fit, it
/// reads what there is rather than going outside them.
private struct FrontCodedIDs {
    let coded: UnsafeBufferPointer<UInt8>
    var index: Int
    /// The id read last.
    var current: [UInt8] = []

    /// One id as stored: the length it shares with the id before and where the rest lies, or the 16 bytes
    /// of an id written as a UUID's lowercase text.
    enum Entry {
        case text(shared: Int, rest: Range<Int>)
        case uuid(Range<Int>)
    }

    init(coded: UnsafeBufferPointer<UInt8>, at index: Int) {
        self.coded = coded
        self.index = index
        current.reserveCapacity(64)
    }

    /// Reads the next id's entry, moving past it.
    mutating func entry() -> Entry {
        let header = number()
        if header & 1 == 1 {
            let start = min(index, coded.count)
            index = min(start + 16, coded.count)
            return .uuid(start..<index)
        }
        let rest = min(number(), coded.count - index)
        defer { index += rest }
        return .text(shared: header >> 1, rest: index..<(index + rest))
    }

    /// Reads the next id into `current`.
    mutating func next() {
        switch entry() {
        case .text(let shared, let rest):
            if shared < current.count { current.removeLast(current.count - shared) }
            current.append(contentsOf: UnsafeBufferPointer(rebasing: coded[rest]))
        case .uuid(let bytes):
            // The UUID's text, written in place.
            if current.count != UUIDText.length {
                current.removeAll(keepingCapacity: true)
                current.append(contentsOf: repeatElement(0, count: UUIDText.length))
            }
            let written = current.withUnsafeMutableBufferPointer { UUIDText.write(coded[bytes], into: $0) }
            // Fewer than 16 bytes (only where the snapshot's bytes end early): the shorter id they make.
            if written < current.count { current.removeLast(current.count - written) }
        }
    }

    /// The next LEB128 number (0 past the end).
    private mutating func number() -> Int {
        Int(truncatingIfNeeded: leb128(coded, &index) ?? 0) & Int.max
    }
}
