extension SHA256Digest {
    /// The digest of nothing in particular: 32 zero bytes, written as 64 zeros; the `prev` of a stream's
    /// first event.
    package static let zero: SHA256Digest = {
        guard let zero = SHA256Digest(hex: String(repeating: "0", count: 64)) else { preconditionFailure("64 zeros") }
        return zero
    }()

    /// Reads a digest from exactly 64 lowercase hex digits, or returns nil.
    package init?(hex: UnsafeRawBufferPointer) {
        guard hex.count == 64 else { return nil }
        var valid = true
        func word(_ at: Int) -> UInt32 {
            let (value, isHex) = Self.hexWord(hex.loadUnaligned(fromByteOffset: at, as: UInt64.self).littleEndian)
            valid = valid && isHex
            return value
        }
        let words = (word(0), word(8), word(16), word(24), word(32), word(40), word(48), word(56))
        guard valid else { return nil }
        self.init(hashWords: words)
    }

    /// The value of eight lowercase hex digits, the first in the lowest byte of `digits`, and whether all
    /// eight are such digits: worked on all eight at once (each step below acts on every byte).
    @inline(__always)
    static func hexWord(_ digits: UInt64) -> (value: UInt32, isHex: Bool) {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        // For bytes below 0x80, the high bit of `byte + 0x80 - bound` says whether byte >= bound, and no
        // byte carries into the next.
        func atLeast(_ bound: UInt64) -> UInt64 { (digits &+ (0x80 &- bound) &* ones) & high }
        let isDigit = atLeast(0x30) & ~atLeast(0x3A)
        let isLetter = atLeast(0x61) & ~atLeast(0x67)
        let isHex = digits & high == 0 && isDigit | isLetter == high
        // '0'...'9' are 0x30...0x39 and 'a'...'f' 0x61...0x66: the low four bits, plus 9 for a letter.
        let nibbles = (digits & 0x0F0F_0F0F_0F0F_0F0F) &+ ((digits &>> 6) & ones) &* 9
        // Pairs of nibbles into bytes (the first of each pair is the high one), then the bytes together.
        let pairs = ((nibbles & 0x000F_000F_000F_000F) &<< 4) | ((nibbles &>> 8) & 0x000F_000F_000F_000F)
        let quads = (pairs | pairs &>> 8) & 0x0000_FFFF_0000_FFFF
        let bytes = UInt32(truncatingIfNeeded: quads | quads &>> 16)
        return (bytes.byteSwapped, isHex)
    }

    /// Reads a digest from exactly 64 lowercase hex digits, or returns nil.
    package init?(hex: String) {
        var text = hex
        guard let digest = text.withUTF8({ SHA256Digest(hex: UnsafeRawBufferPointer($0)) }) else { return nil }
        self = digest
    }
}
