/// The 32-bit fingerprint of an event id that indexes of ids are keyed by: FNV-1a (64-bit) of its UTF-8
/// bytes, the two halves folded together. Snapshots keep ids sorted by it, so it never changes. A scan works
/// it out for each line on the decoding threads, so that the thread that checks and folds the lines in order
/// does not, and can bring the index's slots for a whole block into the cache at once.
package enum EventIDFingerprint {
    /// The fingerprint of the id whose UTF-8 bytes are `utf8`.
    package static func of(_ utf8: UnsafeRawBufferPointer) -> UInt32 {
        var hash = FNV1a()
        hash.update(utf8)
        return UInt32(truncatingIfNeeded: hash.value ^ (hash.value >> 32))
    }

    /// The fingerprint of the id whose UTF-8 bytes are `utf8`.
    package static func of(_ utf8: UnsafeBufferPointer<UInt8>) -> UInt32 {
        of(UnsafeRawBufferPointer(utf8))
    }

    /// The fingerprint of the id whose UTF-8 bytes are `utf8`.
    package static func of(_ utf8: [UInt8]) -> UInt32 {
        utf8.withUnsafeBytes { of($0) }
    }

    /// The fingerprint of `id`.
    package static func of(_ id: String) -> UInt32 {
        var utf8Source = id
        return utf8Source.withUTF8 { of($0) }
    }
}
