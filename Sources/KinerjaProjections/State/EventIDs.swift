import KinerjaStore

/// The id of every event of a stream (notes included), by seq, and the way back from an id to its seq.
///
/// The ids are kept as one byte array with each id's end, so that a snapshot stores and restores them as two
/// arrays. An id is found through a 32-bit fingerprint (of its FNV-1a hash): in the seqs sorted by their ids'
/// fingerprints (as a snapshot restores them, searched in O(log n) without being rebuilt, each step hashing
/// the id it lands on) or in a dictionary of the ids added since (O(1)). A fingerprint only narrows the
/// search: the id itself is compared, so two ids that share one are both found.
struct EventIDs: Sendable, Equatable {
    /// Every id's bytes, in seq order.
    private(set) var bytes = LayeredArray<UInt8>()
    /// Where each id ends in `bytes`: `ends[seq - 1]`.
    private(set) var ends = LayeredArray<Int>()
    /// The seqs of the ids restored from a snapshot, sorted by (fingerprint, seq).
    private(set) var sorted: [UInt32] = []
    /// The seq of each id added since `sorted` was made, by fingerprint (the first id with that fingerprint).
    private var recent = FingerprintTable()
    /// Ids added since whose fingerprint an earlier recent id already has (a few in a million).
    private var recentCollisions: [String: Int] = [:]

    /// No ids.
    init() {}

    /// Ids restored from a snapshot: the bytes, the ends and the seqs sorted by fingerprint it stored.
    init(bytes: [UInt8], ends: [Int], sorted: [UInt32]) {
        self.bytes = LayeredArray(base: bytes)
        self.ends = LayeredArray(base: ends)
        self.sorted = sorted
    }

    /// How many ids there are (the seq of the last one).
    var count: Int { ends.count }

    /// The id of the event at `seq`.
    func id(at seq: Int) -> String {
        let start = seq > 1 ? ends[seq - 2] : 0
        return String(decoding: bytes[start..<ends[seq - 1]], as: UTF8.self)
    }

    private func idBytes(_ seq: Int) -> Slice<LayeredArray<UInt8>> {
        bytes[(seq > 1 ? ends[seq - 2] : 0)..<ends[seq - 1]]
    }

    private func idEquals(_ seq: Int, _ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        idBytes(seq).elementsEqual(utf8)
    }

    /// The fingerprint of the id at `seq`.
    private func fingerprint(at seq: Int) -> UInt32 {
        Self.fingerprint(idBytes(seq))
    }

    static func fingerprint(_ utf8: some Collection<UInt8>) -> UInt32 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return UInt32(truncatingIfNeeded: hash ^ (hash >> 32))
    }

    /// Adds the id of the next event (seq `count + 1`).
    mutating func append(_ id: String) {
        var utf8Source = id
        utf8Source.withUTF8 { utf8 in
            bytes.append(contentsOf: utf8)
            ends.append(bytes.count)
            let seq = ends.count
            let fingerprint = Self.fingerprint(utf8)
            if let earlier = recent[fingerprint] {
                if !idEquals(earlier, utf8) && recentCollisions[id] == nil { recentCollisions[id] = seq }
            } else {
                recent[fingerprint] = seq
            }
        }
    }

    /// The seq of the event with `id`, if there is one (the first, should a stream hold an id twice).
    func seq(of id: String) -> Int? {
        var utf8Source = id
        return utf8Source.withUTF8 { utf8 in
            let fingerprint = Self.fingerprint(utf8)
            var low = 0
            var high = sorted.count
            while low < high {
                let middle = (low + high) / 2
                if self.fingerprint(at: Int(sorted[middle])) < fingerprint { low = middle + 1 } else { high = middle }
            }
            while low < sorted.count, self.fingerprint(at: Int(sorted[low])) == fingerprint {
                if idEquals(Int(sorted[low]), utf8) { return Int(sorted[low]) }
                low += 1
            }
            if let seq = recent[fingerprint], idEquals(seq, utf8) { return seq }
            return recentCollisions[id]
        }
    }

    /// The seqs of the ids whose first eight bytes are one of `prefixes` (eight bytes read as a little-endian
    /// number), found by one pass over the bytes without making a string of each id.
    func seqs(withPrefixIn prefixes: Set<UInt64>) -> [Int] {
        // The prefixes sorted, for a binary search that hashes nothing; the ids read in place.
        let sorted = prefixes.sorted()
        guard !sorted.isEmpty else { return [] }
        var found: [Int] = []
        bytes.withRuns { firstBytes, laterBytes in
            ends.withRuns { firstEnds, laterEnds in
                var start = 0
                func visit(_ index: Int, _ end: Int) {
                    defer { start = end }
                    guard end - start >= 8 else { return }
                    // An id lies wholly in one run of bytes.
                    let (run, at) =
                        start < firstBytes.count ? (firstBytes, start) : (laterBytes, start - firstBytes.count)
                    var key: UInt64 = 0
                    for byte in 0..<8 { key |= UInt64(run[at + byte]) << (8 * byte) }
                    var low = 0
                    var high = sorted.count
                    while low < high {
                        let middle = (low + high) / 2
                        if sorted[middle] < key { low = middle + 1 } else { high = middle }
                    }
                    if low < sorted.count && sorted[low] == key { found.append(index + 1) }
                }
                for (index, end) in firstEnds.enumerated() { visit(index, end) }
                for (index, end) in laterEnds.enumerated() { visit(firstEnds.count + index, end) }
            }
        }
        return found
    }

    /// The first eight bytes of `id` as ``seqs(withPrefixIn:)`` reads them, if it has eight.
    static func prefixKey(_ id: String) -> UInt64? {
        let utf8 = Array(id.utf8.prefix(8))
        guard utf8.count == 8 else { return nil }
        return utf8.enumerated().reduce(0) { $0 | UInt64($1.element) << (8 * $1.offset) }
    }

    /// Every seq, sorted by its id's fingerprint (then by seq): the table a snapshot stores. (The restored
    /// table covers seqs 1 to `sorted.count`; the ids after it are added and the whole sorted.)
    var fingerprintTable: [UInt32] {
        guard sorted.count < count else { return sorted }
        var table = (1...count).map { (fingerprint: fingerprint(at: $0), seq: UInt32($0)) }
        table.sort { ($0.fingerprint, $0.seq) < ($1.fingerprint, $1.seq) }
        return table.map(\.seq)
    }

    static func == (lhs: EventIDs, rhs: EventIDs) -> Bool {
        lhs.bytes == rhs.bytes && lhs.ends == rhs.ends
    }
}

/// Seqs by the 32-bit fingerprint of their ids, the first seq for each fingerprint: an open-addressing table
/// probed linearly (a fingerprint is already a hash, so it is not hashed again), kept at most half full.
struct FingerprintTable: Sendable {
    /// Each slot: the fingerprint in the high 32 bits, the seq in the low (0: empty; seqs start at 1).
    private var slots = [UInt64](repeating: 0, count: 1024)
    private var count = 0

    /// The seq stored for `fingerprint`, or nil; setting stores one for a fingerprint not yet stored.
    subscript(fingerprint: UInt32) -> Int? {
        get {
            let mask = slots.count - 1
            var index = Self.home(fingerprint) & mask
            while true {
                let slot = slots[index]
                if slot == 0 { return nil }
                if UInt32(truncatingIfNeeded: slot >> 32) == fingerprint { return Int(slot & 0xFFFF_FFFF) }
                index = (index + 1) & mask
            }
        }
        set {
            guard let seq = newValue else { return }
            if (count + 1) * 2 > slots.count { grow() }
            insert(UInt64(fingerprint) << 32 | UInt64(seq))
        }
    }

    private mutating func insert(_ entry: UInt64) {
        let mask = slots.count - 1
        var index = Self.home(UInt32(truncatingIfNeeded: entry >> 32)) & mask
        while slots[index] != 0 {
            if slots[index] >> 32 == entry >> 32 { return }
            index = (index + 1) & mask
        }
        slots[index] = entry
        count += 1
    }

    /// Where a fingerprint's probe starts: its bits mixed (Fibonacci hashing), so that fingerprints alike
    /// in their low bits spread over the table.
    private static func home(_ fingerprint: UInt32) -> Int {
        Int(truncatingIfNeeded: (UInt64(fingerprint) &* 0x9E37_79B9_7F4A_7C15) >> 32)
    }

    private mutating func grow() {
        let old = slots
        slots = [UInt64](repeating: 0, count: old.count * 2)
        count = 0
        for entry in old where entry != 0 { insert(entry) }
    }
}
