/// The 32-bit fingerprint of an event id that indexes of ids are keyed by: FNV-1a (64-bit) of its UTF-8
/// bytes, the two halves folded together. Snapshots keep ids sorted by it, so it never changes. A scan works
/// it out for each line on the decoding threads, so that the thread that checks and folds the lines in order
/// does not, and can have the index's slot for an id fetched a few events before it looks it up.
package enum EventIDFingerprint {
    /// The fingerprint of the id whose UTF-8 bytes are `utf8`.
    package static func of(_ utf8: UnsafeRawBufferPointer) -> UInt32 {
        let hash = wide(utf8)
        return UInt32(truncatingIfNeeded: hash ^ (hash >> 32))
    }

    /// The whole 64-bit FNV-1a of the id whose UTF-8 bytes are `utf8`, for an index that wants fewer ids
    /// sharing a fingerprint than 32 bits give.
    package static func wide(_ utf8: UnsafeRawBufferPointer) -> UInt64 {
        var hash = FNV1a()
        hash.update(utf8)
        return hash.value
    }

    /// ``wide(_:)-(UnsafeRawBufferPointer)`` of `id`.
    package static func wide(_ id: String) -> UInt64 {
        var utf8Source = id
        return utf8Source.withUTF8 { wide(UnsafeRawBufferPointer($0)) }
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
