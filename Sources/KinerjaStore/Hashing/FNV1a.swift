/// The 64-bit FNV-1a checksum: fast, not cryptographic. It catches accidental damage to a cache file (a
/// flipped byte, a torn write); deliberate changes are caught by comparing with the hash-chained stream.
struct FNV1a: Sendable, Equatable {
    /// The checksum so far.
    package private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    /// A checksum of nothing yet.
    package init() {}

    /// Adds `bytes`.
    package mutating func update(_ bytes: UnsafeRawBufferPointer) {
        var hash = value
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        value = hash
    }

    /// Adds `bytes`.
    package mutating func update(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { update($0) }
    }

    /// The checksum as 16 lowercase hex digits.
    package var hexString: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
