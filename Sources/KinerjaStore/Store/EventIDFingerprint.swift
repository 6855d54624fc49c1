/// The 32-bit fingerprint of an event id that indexes of ids are keyed by: FNV-1a (64-bit) of its UTF-8
/// bytes, the two halves folded together. Snapshots keep ids sorted by it, so it never changes. A scan works
/// it out for each line on the decoding threads, so that the thread that checks and folds the lines in order
/// does not, and can bring the index's slots for a whole block into the cache at once.
package enum EventIDFingerprint {
    /// The fingerprint of the id whose UTF-8 bytes are `utf8`.
    package static func of(_ utf8: some Collection<UInt8>) -> UInt32 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return UInt32(truncatingIfNeeded: hash ^ (hash >> 32))
    }

    /// The fingerprint of `id`.
    package static func of(_ id: String) -> UInt32 {
        var utf8Source = id
        return utf8Source.withUTF8 { of($0) }
    }
}
