/// Strict UTF-8 validation (no overlong forms, no surrogates, nothing above U+10FFFF).
package enum UTF8Validation {
    /// The offset of the first byte that does not begin a valid UTF-8 sequence, or nil if all are valid.
    package static func firstInvalidOffset(in bytes: UnsafeRawBufferPointer) -> Int? {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int
            var lower: UInt8 = 0x80
            var upper: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; upper = 0x9F
            case 0xF0: length = 4; lower = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; upper = 0x8F
            default: return index
            }
            guard count - index >= length else { return index }
            let second = bytes[index + 1]
            guard second >= lower && second <= upper else { return index }
            for offset in 2..<max(length, 2) where bytes[index + offset] & 0xC0 != 0x80 {
                return index
            }
            index += length
        }
        return nil
    }

    /// The offset of the first invalid byte in an array, or nil.
    package static func firstInvalidOffset(in bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBytes { firstInvalidOffset(in: $0) }
    }
}

extension UTF8Validation {
    /// Where the first byte from `start` on that a JSON string's plain ASCII text cannot hold is: a quote, a
    /// backslash, a control character (below 0x20) or a byte of a longer UTF-8 sequence (0x80 and above);
    /// `bytes.count` if there is none. Eight bytes are tested at a time: most of a stream's strings (ids,
    /// codes, periods, names) are plain ASCII, which the readers of stored lines then skip without a test per
    /// byte.
    @inline(__always)
    package static func endOfPlainASCII(_ bytes: UnsafeRawBufferPointer, from start: Int) -> Int {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        var index = max(start, 0)
        while index + 8 <= bytes.count {
            let word = bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self).littleEndian
            // A byte's high bit is set in `below(b)` if the byte is below `b` (for bytes below 0x80; a borrow
            // can mark bytes above a marked one too, so only the lowest mark is read).
            func below(_ bound: UInt64) -> UInt64 { (word &- bound &* ones) & ~word & high }
            let quote = word ^ (0x22 &* ones)
            let backslash = word ^ (0x5C &* ones)
            let stops =
                ((quote &- ones) & ~quote & high) | ((backslash &- ones) & ~backslash & high) | below(0x20)
                | (word & high)
            if stops != 0 { return index + stops.trailingZeroBitCount >> 3 }
            index += 8
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x22 || byte == 0x5C || byte < 0x20 || byte >= 0x80 { return index }
            index += 1
        }
        return bytes.count
    }
}
