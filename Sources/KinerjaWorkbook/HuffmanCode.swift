/// A canonical prefix code of deflate (RFC 1951 §3.2.2), built from each symbol's code length and decoded with
/// one table lookup: the next `maximumLength` bits of the stream index `entries` directly.
struct HuffmanCode {
    /// Whether a set of code lengths can be used.
    enum Shape {
        /// Every bit sequence is some symbol's code.
        case complete
        /// Some sequences are nobody's code.
        case incomplete
        /// More codes than the lengths have room for: no prefix code can be built.
        case overSubscribed
    }

    /// Indexed by the next `maximumLength` bits: `symbol << 4 | length`, or 0 where no code starts so.
    private let entries: [UInt16]
    /// The longest code length (0 for a code with no symbols).
    private let maximumLength: Int
    /// Whether the lengths make a complete, incomplete or impossible code.
    let shape: Shape
    /// How many symbols have a code.
    let symbolCount: Int

    /// Builds the code in which symbol `i` has a code of `lengths[i]` bits (0: no code); lengths are at most 15.
    init(lengths: [Int]) {
        var counts = [Int](repeating: 0, count: 16)
        for length in lengths { counts[length] += 1 }
        symbolCount = lengths.count - counts[0]
        var left = 1
        var shape = Shape.complete
        for length in 1...15 {
            left = left * 2 - counts[length]
            if left < 0 {
                shape = .overSubscribed
                break
            }
        }
        if shape == .complete, left > 0 { shape = .incomplete }
        self.shape = shape
        let maximumLength = (1...15).last { counts[$0] > 0 } ?? 0
        self.maximumLength = maximumLength
        guard shape != .overSubscribed, maximumLength > 0 else {
            entries = [0]
            return
        }
        // The first code of each length (RFC 1951 §3.2.2, step 2).
        var nextCode = [Int](repeating: 0, count: 16)
        var code = 0
        for length in 1...15 {
            nextCode[length] = code
            code = (code + counts[length]) << 1
        }
        var entries = [UInt16](repeating: 0, count: 1 << maximumLength)
        for (symbol, length) in lengths.enumerated() where length > 0 {
            let code = nextCode[length]
            nextCode[length] += 1
            var reversed = 0
            for bit in 0..<length where code & (1 << bit) != 0 {
                reversed |= 1 << (length - 1 - bit)
            }
            let entry = UInt16(symbol << 4 | length)
            for index in stride(from: reversed, to: entries.count, by: 1 << length) {
                entries[index] = entry
            }
        }
        self.entries = entries
    }

    /// Reads one symbol from `reader`.
    func decode(_ reader: inout BitReader) throws(InflateError) -> Int {
        let entry = Int(entries[reader.peek(maximumLength)])
        let length = entry & 15
        guard length > 0 else {
            if !reader.hasBits(maximumLength) { throw .truncated(offset: reader.bytes.count) }
            throw .invalidSymbol(offset: reader.byteOffset)
        }
        try reader.skip(length)
        return entry >> 4
    }
}
