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
        var words: [UInt32] = []
        words.reserveCapacity(8)
        for word in 0..<8 {
            var value: UInt32 = 0
            for index in (word * 8)..<(word * 8 + 8) {
                let byte = hex[index]
                let nibble: UInt8
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): nibble = byte &- UInt8(ascii: "0")
                case UInt8(ascii: "a")...UInt8(ascii: "f"): nibble = byte &- UInt8(ascii: "a") &+ 10
                default: return nil
                }
                value = value &<< 4 | UInt32(nibble)
            }
            words.append(value)
        }
        self.init(hashWords: words)
    }

    /// Reads a digest from exactly 64 lowercase hex digits, or returns nil.
    package init?(hex: String) {
        var text = hex
        guard let digest = text.withUTF8({ SHA256Digest(hex: UnsafeRawBufferPointer($0)) }) else { return nil }
        self = digest
    }
}
