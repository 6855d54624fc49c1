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
        var invalid: UInt32 = 0
        func word(_ at: Int) -> UInt32 {
            var value: UInt32 = 0
            for index in at..<(at + 8) {
                let byte = hex[index]
                let digit = byte &- UInt8(ascii: "0")
                let letter = byte &- UInt8(ascii: "a")
                let nibble: UInt8 = digit < 10 ? digit : letter &+ 10
                invalid |= UInt32(digit >= 10 && letter >= 6 ? 1 : 0)
                value = value &<< 4 | UInt32(nibble & 0x0F)
            }
            return value
        }
        let words = (word(0), word(8), word(16), word(24), word(32), word(40), word(48), word(56))
        guard invalid == 0 else { return nil }
        self.init(hashWords: words)
    }

    /// Reads a digest from exactly 64 lowercase hex digits, or returns nil.
    package init?(hex: String) {
        var text = hex
        guard let digest = text.withUTF8({ SHA256Digest(hex: UnsafeRawBufferPointer($0)) }) else { return nil }
        self = digest
    }
}
