/// Numbers (seqs, or places in a list) by the 32-bit ``EventIDFingerprint`` of their ids, the first number
/// stored for each fingerprint: an open-addressing table probed linearly (a fingerprint is already a hash, so
/// it is not hashed again), kept at most half full. Ids that share a fingerprint with an earlier one are
/// kept apart by its user. Used by a state's ids added since its snapshot and by a scan's own ids.
package struct FingerprintTable: Sendable {
    /// Each slot: the fingerprint in the high 32 bits, the number in the low (0: empty; numbers start at 1
    /// and stay below 2^32).
    private var slots = [UInt64](repeating: 0, count: 1024)
    private var count = 0

    /// An empty table.
    package init() {}

    /// The number stored for `fingerprint`, or nil; setting stores one for a fingerprint not yet stored.
    package subscript(fingerprint: UInt32) -> Int? {
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
            guard let number = newValue else { return }
            _ = add(number, for: fingerprint)
        }
    }

    /// Stores `number` for `fingerprint` unless a number is stored for it: that number, or nil when this one
    /// was stored (one probe finds and stores).
    package mutating func add(_ number: Int, for fingerprint: UInt32) -> Int? {
        if (count + 1) * 2 > slots.count { grow() }
        let mask = slots.count - 1
        var index = Self.home(fingerprint) & mask
        while slots[index] != 0 {
            let slot = slots[index]
            if UInt32(truncatingIfNeeded: slot >> 32) == fingerprint { return Int(slot & 0xFFFF_FFFF) }
            index = (index + 1) & mask
        }
        slots[index] = UInt64(fingerprint) << 32 | UInt64(number)
        count += 1
        return nil
    }

    /// Fetches the first slot a lookup of `fingerprint` reads into the cache, without waiting for it.
    package func prefetch(_ fingerprint: UInt32) {
        slots.withUnsafeBufferPointer { slots in
            guard let base = slots.baseAddress else { return }
            KinerjaStore.prefetch(base + (Self.home(fingerprint) & (slots.count - 1)))
        }
    }

    /// Places an entry of the table being grown (each fingerprint once).
    private mutating func place(_ entry: UInt64) {
        let mask = slots.count - 1
        var index = Self.home(UInt32(truncatingIfNeeded: entry >> 32)) & mask
        while slots[index] != 0 { index = (index + 1) & mask }
        slots[index] = entry
    }

    /// Where a fingerprint's probe starts: its bits mixed (Fibonacci hashing), so that fingerprints alike
    /// in their low bits spread over the table.
    private static func home(_ fingerprint: UInt32) -> Int {
        Int(truncatingIfNeeded: (UInt64(fingerprint) &* 0x9E37_79B9_7F4A_7C15) >> 32)
    }

    private mutating func grow() {
        let old = slots
        slots = [UInt64](repeating: 0, count: old.count * 2)
        for entry in old where entry != 0 { place(entry) }
    }
}
