/// Inflates raw deflate data (RFC 1951: stored, fixed and dynamic Huffman blocks), as ZIP entries hold it.
///
/// Hostile input is refused, never trusted: every read is bounds-checked, every code checked before use, every
/// back-reference checked against what was written, and the output never grows past the caller's limit.
enum Inflate {
    /// The most any workbook part may inflate to: 256 MiB.
    static let maximumOutput = 256 << 20

    /// The bytes `compressed` inflates to, at most `limit` of them.
    static func inflate(_ compressed: [UInt8], limit: Int = maximumOutput) throws(InflateError) -> [UInt8] {
        var inflater = Inflater(reader: BitReader(compressed), limit: min(limit, maximumOutput))
        try inflater.run()
        return inflater.output
    }
}

/// The decoding state: the bits read so far and the bytes written.
private struct Inflater {
    var reader: BitReader
    let limit: Int
    var output: [UInt8] = []

    init(reader: BitReader, limit: Int) {
        self.reader = reader
        self.limit = limit
        output.reserveCapacity(min(limit, max(reader.bytes.count * 4, 1024)))
    }

    /// Reads blocks up to and including the one marked last.
    mutating func run() throws(InflateError) {
        var isLast = false
        while !isLast {
            isLast = try reader.bits(1) == 1
            switch try reader.bits(2) {
            case 0: try storedBlock()
            case 1: try codedBlock(literals: FixedCodes.literals, distances: FixedCodes.distances)
            case 2:
                let (literals, distances) = try dynamicCodes()
                try codedBlock(literals: literals, distances: distances)
            default: throw .invalidBlockType(offset: reader.byteOffset)
            }
        }
    }

    /// A block copied as it is: LEN, its complement NLEN, then LEN bytes.
    private mutating func storedBlock() throws(InflateError) {
        reader.alignToByte()
        let header = try reader.bytes(4)
        let length = Int(header[header.startIndex]) | Int(header[header.startIndex + 1]) << 8
        let complement = Int(header[header.startIndex + 2]) | Int(header[header.startIndex + 3]) << 8
        guard length ^ 0xFFFF == complement else { throw .storedLengthMismatch(offset: reader.byteOffset - 4) }
        guard output.count + length <= limit else { throw .outputTooLarge(limit: limit) }
        output.append(contentsOf: try reader.bytes(length))
    }

    /// Literals and back-references up to the end-of-block symbol (256).
    private mutating func codedBlock(literals: HuffmanCode, distances: HuffmanCode) throws(InflateError) {
        while true {
            let symbol = try literals.decode(&reader)
            if symbol < 256 {
                guard output.count < limit else { throw .outputTooLarge(limit: limit) }
                output.append(UInt8(symbol))
                continue
            }
            if symbol == 256 { return }
            let lengthIndex = symbol - 257
            guard lengthIndex < LengthTables.lengthBase.count else { throw .invalidSymbol(offset: reader.byteOffset) }
            let length =
                LengthTables.lengthBase[lengthIndex] + (try reader.bits(LengthTables.lengthExtraBits[lengthIndex]))
            let distanceSymbol = try distances.decode(&reader)
            guard distanceSymbol < LengthTables.distanceBase.count else {
                throw .invalidSymbol(offset: reader.byteOffset)
            }
            let distance =
                LengthTables.distanceBase[distanceSymbol]
                + (try reader.bits(LengthTables.distanceExtraBits[distanceSymbol]))
            guard distance <= output.count else {
                throw .distanceTooFar(distance: distance, available: output.count, offset: reader.byteOffset)
            }
            guard output.count + length <= limit else { throw .outputTooLarge(limit: limit) }
            let start = output.count - distance
            for index in 0..<length {
                output.append(output[start + index])
            }
        }
    }

    /// The order in which a dynamic block lists the code lengths of the code-length code.
    private static let codeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

    /// Reads a dynamic block's header: the literal/length and distance codes it uses.
    private mutating func dynamicCodes() throws(InflateError) -> (HuffmanCode, HuffmanCode) {
        let headerOffset = reader.byteOffset
        let literalCount = try reader.bits(5) + 257
        let distanceCount = try reader.bits(5) + 1
        let codeLengthCount = try reader.bits(4) + 4
        guard literalCount <= 286, distanceCount <= 30 else {
            throw .invalidCode(table: "block header", offset: headerOffset)
        }
        var codeLengthLengths = [Int](repeating: 0, count: 19)
        for index in 0..<codeLengthCount {
            codeLengthLengths[Self.codeLengthOrder[index]] = try reader.bits(3)
        }
        let codeLengthCode = HuffmanCode(lengths: codeLengthLengths)
        guard codeLengthCode.shape == .complete else {
            throw .invalidCode(table: "code length", offset: headerOffset)
        }
        var lengths: [Int] = []
        lengths.reserveCapacity(literalCount + distanceCount)
        while lengths.count < literalCount + distanceCount {
            let symbol = try codeLengthCode.decode(&reader)
            let value: Int
            let repeats: Int
            switch symbol {
            case 0...15:
                value = symbol
                repeats = 1
            case 16:
                guard let previous = lengths.last else {
                    throw .invalidCode(table: "code length", offset: reader.byteOffset)
                }
                value = previous
                repeats = 3 + (try reader.bits(2))
            case 17:
                value = 0
                repeats = 3 + (try reader.bits(3))
            default:
                value = 0
                repeats = 11 + (try reader.bits(7))
            }
            guard lengths.count + repeats <= literalCount + distanceCount else {
                throw .invalidCode(table: "code length", offset: reader.byteOffset)
            }
            lengths.append(contentsOf: repeatElement(value, count: repeats))
        }
        guard lengths[256] > 0 else { throw .invalidCode(table: "literal/length", offset: reader.byteOffset) }
        let literals = HuffmanCode(lengths: Array(lengths[..<literalCount]))
        let distances = HuffmanCode(lengths: Array(lengths[literalCount...]))
        guard Self.isUsable(literals) else { throw .invalidCode(table: "literal/length", offset: reader.byteOffset) }
        guard Self.isUsable(distances) else { throw .invalidCode(table: "distance", offset: reader.byteOffset) }
        return (literals, distances)
    }

    /// Whether a code read from a block may be used: complete, or (as zlib allows) a single code of one bit.
    private static func isUsable(_ code: HuffmanCode) -> Bool {
        switch code.shape {
        case .complete: true
        case .incomplete: code.symbolCount <= 1
        case .overSubscribed: false
        }
    }
}

/// The codes of a fixed-Huffman block (RFC 1951 §3.2.6), built once.
private enum FixedCodes {
    static let literals = HuffmanCode(
        lengths: Array(repeating: 8, count: 144) + Array(repeating: 9, count: 112) + Array(repeating: 7, count: 24)
            + Array(repeating: 8, count: 8))
    static let distances = HuffmanCode(lengths: Array(repeating: 5, count: 30))
}

/// The base values and extra bits of the length and distance symbols (RFC 1951 §3.2.5).
private enum LengthTables {
    static let lengthBase = [
        3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227,
        258,
    ]
    static let lengthExtraBits = [
        0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
    ]
    static let distanceBase = [
        1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097,
        6145, 8193, 12289, 16385, 24577,
    ]
    static let distanceExtraBits = [
        0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
    ]
}
