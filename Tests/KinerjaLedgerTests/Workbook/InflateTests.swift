import Foundation
import Testing

@testable import KinerjaInterchange
@testable import KinerjaWorkbook

@Suite struct InflateTests {
    private func bytes(_ stream: InflateFixtures.Stream) throws -> [UInt8] {
        try #require(Data(base64Encoded: stream.base64).map { [UInt8]($0) })
    }

    @Test func computesTheCheckValueOfCRC32() {
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(CRC32.checksum([]) == 0)
        #expect(CRC32.checksum(Array("The quick brown fox jumps over the lazy dog".utf8)) == 0x414F_A339)
    }

    @Test(arguments: InflateFixtures.streams)
    func inflatesWhatZlibDeflatedExactly(_ stream: InflateFixtures.Stream) throws {
        let inflated = try Inflate.inflate(try bytes(stream))
        #expect(inflated == InflateFixtures.data(stream))
    }

    @Test func theFixturesCoverStoredFixedAndDynamicBlocks() throws {
        let blockTypes = try Set(InflateFixtures.streams.map { try (bytes($0)[0] >> 1) & 3 })
        #expect(blockTypes == [0, 1, 2])
    }

    @Test func inflatesHandMadeBlocks() throws {
        // A last stored block holding "abc".
        #expect(try Inflate.inflate([0x01, 0x03, 0x00, 0xFC, 0xFF, 0x61, 0x62, 0x63]) == Array("abc".utf8))
        // An empty last stored block, and an empty last fixed block (just the end-of-block code).
        #expect(try Inflate.inflate([0x01, 0x00, 0x00, 0xFF, 0xFF]) == [])
        #expect(try Inflate.inflate([0x03, 0x00]) == [])
        // zlib's level 6 of "a" repeated 20 times: a literal, then a back-reference overlapping its own output.
        #expect(try Inflate.inflate([0x4B, 0x4C, 0xC4, 0x04, 0x00]) == Array(repeating: UInt8(ascii: "a"), count: 20))
    }

    @Test func refusesEveryTruncationOfAStream() throws {
        for stream in InflateFixtures.streams where stream.count <= 4000 && stream.level != 0 {
            let compressed = try bytes(stream)
            for length in 0..<compressed.count {
                #expect(throws: InflateError.truncated(offset: length)) {
                    try Inflate.inflate(Array(compressed.prefix(length)))
                }
            }
        }
    }

    @Test func refusesAStoredBlockCutShort() {
        #expect(throws: InflateError.truncated(offset: 7)) {
            try Inflate.inflate([0x01, 0x03, 0x00, 0xFC, 0xFF, 0x61, 0x62])
        }
    }

    @Test func refusesBlockTypeThree() {
        #expect(throws: InflateError.invalidBlockType(offset: 0)) { try Inflate.inflate([0x07, 0x00]) }
    }

    @Test func refusesAStoredBlockWhoseLengthAndComplementDisagree() {
        #expect(throws: InflateError.storedLengthMismatch(offset: 1)) {
            try Inflate.inflate([0x01, 0x03, 0x00, 0x00, 0x00, 0x61, 0x62, 0x63])
        }
    }

    @Test func refusesABackReferenceBeforeTheStart() {
        // Fixed block: length 3 (symbol 257), distance 1, with nothing written yet.
        #expect(throws: InflateError.distanceTooFar(distance: 1, available: 0, offset: 1)) {
            try Inflate.inflate([0x03, 0x02, 0x00, 0x00])
        }
    }

    @Test func refusesAnOverSubscribedCodeLengthCode() {
        // Dynamic block, 257 literal and 1 distance lengths, 19 code-length lengths all 1: too many 1-bit codes.
        var bits = BitWriter()
        bits.write(1, count: 1)
        bits.write(2, count: 2)
        bits.write(0, count: 5)
        bits.write(0, count: 5)
        bits.write(15, count: 4)
        for _ in 0..<19 { bits.write(1, count: 3) }
        #expect(throws: InflateError.invalidCode(table: "code length", offset: 0)) { try Inflate.inflate(bits.bytes) }
    }

    @Test func refusesADynamicBlockWithoutAnEndOfBlockCode() {
        // Code-length code: symbols 0 and 18 of length 1; then 18 (138 zeros) twice puts 0 at symbol 256.
        var bits = BitWriter()
        bits.write(1, count: 1)
        bits.write(2, count: 2)
        bits.write(0, count: 5)  // 257 literal/length codes
        bits.write(0, count: 5)  // 1 distance code
        bits.write(0, count: 4)  // 4 code-length lengths: for 16, 17, 18, 0
        for length in [0, 0, 1, 1] { bits.write(length, count: 3) }
        bits.write(1, count: 1)  // 18: 11 + 127 = 138 zeros
        bits.write(127, count: 7)
        bits.write(1, count: 1)  // 18: 11 + 109 = 120 zeros, 258 in all
        bits.write(109, count: 7)
        #expect(throws: InflateError.invalidCode(table: "literal/length", offset: 5)) {
            try Inflate.inflate(bits.bytes)
        }
    }

    @Test func stopsAtTheOutputLimit() throws {
        let stream = try #require(InflateFixtures.streams.first { $0.level == 6 && $0.kind == .text })
        #expect(throws: InflateError.outputTooLarge(limit: 1000)) {
            try Inflate.inflate(try bytes(stream), limit: 1000)
        }
        #expect(try Inflate.inflate(try bytes(stream), limit: stream.count).count == stream.count)
    }

    @Test func neverTrapsOnRandomOrCorruptedInput() throws {
        var generator = InflateFixtures.Generator(state: 42)
        for _ in 0..<2000 {
            let count = Int(generator.next() % 300)
            let input = (0..<count).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            _ = try? Inflate.inflate(input, limit: 1 << 20)
        }
        let stream = try #require(InflateFixtures.streams.first { $0.level == 9 && $0.count == 4000 })
        let original = try bytes(stream)
        var refused = 0
        for _ in 0..<500 {
            var corrupted = original
            let index = Int(generator.next() % UInt64(corrupted.count))
            corrupted[index] ^= UInt8(truncatingIfNeeded: generator.next() | 1)
            // A flipped bit may still decode (a literal changed, or a padding bit after the end); most do not.
            if (try? Inflate.inflate(corrupted, limit: 1 << 20)) == nil { refused += 1 }
        }
        #expect(refused > 250)
    }
}

/// Packs bits as deflate reads them, least significant first, to hand-make streams.
struct BitWriter {
    private(set) var bytes: [UInt8] = []
    private var count = 0

    mutating func write(_ value: Int, count bitCount: Int) {
        for bit in 0..<bitCount {
            if count % 8 == 0 { bytes.append(0) }
            if value & (1 << bit) != 0 { bytes[bytes.count - 1] |= UInt8(1 << (count % 8)) }
            count += 1
        }
    }
}
