/// Reads a byte array as deflate packs it: bits from the least significant of each byte up, every read
/// bounds-checked (reading past the end throws ``InflateError/truncated(offset:)``, never traps).
struct BitReader {
    /// The stream.
    let bytes: [UInt8]
    /// The next bit to read, counted from the first bit of the stream.
    private(set) var bitPosition = 0

    /// Makes a reader at the first bit of `bytes`.
    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The byte the next bit is in (for messages).
    var byteOffset: Int { bitPosition >> 3 }

    /// Whether `count` more bits are in the stream.
    func hasBits(_ count: Int) -> Bool {
        bitPosition + count <= bytes.count * 8
    }

    /// The next `count` bits (at most 16) without consuming them; bits past the end read as zero.
    func peek(_ count: Int) -> Int {
        let index = bitPosition >> 3
        var word = 0
        for step in 0..<3 where index + step < bytes.count {
            word |= Int(bytes[index + step]) << (8 * step)
        }
        return (word >> (bitPosition & 7)) & ((1 << count) - 1)
    }

    /// Consumes `count` bits, which must be in the stream.
    mutating func skip(_ count: Int) throws(InflateError) {
        guard hasBits(count) else { throw .truncated(offset: bytes.count) }
        bitPosition += count
    }

    /// Reads `count` bits (at most 16) as a number, the first bit read the least significant.
    mutating func bits(_ count: Int) throws(InflateError) -> Int {
        let value = peek(count)
        try skip(count)
        return value
    }

    /// Skips to the start of the next byte (a stored block starts there).
    mutating func alignToByte() {
        bitPosition = (bitPosition + 7) & ~7
    }

    /// Reads `count` whole bytes from a byte boundary.
    mutating func bytes(_ count: Int) throws(InflateError) -> ArraySlice<UInt8> {
        let start = byteOffset
        guard count <= bytes.count - start else { throw .truncated(offset: bytes.count) }
        bitPosition += count * 8
        return bytes[start..<start + count]
    }
}
