import Testing

@testable import KinerjaStore

/// The fast skip over a JSON string's plain ASCII text (eight bytes at a time) stops exactly where a test of
/// each byte stops: at the first quote, backslash, control character or byte of 0x80 and above.
@Suite struct PlainASCIITests {
    static func reference(_ bytes: [UInt8], from start: Int) -> Int {
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x22 || byte == 0x5C || byte < 0x20 || byte >= 0x80 { return index }
            index += 1
        }
        return bytes.count
    }

    @Test func stopsWhereAByteByByteTestStops() {
        let plain = Array("abcdefghijklmnopqrstuvwxyz0123456789-_ .:/".utf8)
        // Every byte value: the stops, and the plain bytes next to them (0x20, 0x21, 0x23, 0x5B, 0x5D, 0x7F).
        for byte in UInt8.min...UInt8.max {
            for length in 0...26 {
                for position in 0..<max(length, 1) {
                    var bytes = (0..<length).map { plain[$0 % plain.count] }
                    if position < length { bytes[position] = byte }
                    // A second stop further on: the first is the one found.
                    if length > 3, position + 2 < length { bytes[position + 2] = 0x22 }
                    for start in [0, 1, 7, 8, 9] where start <= length {
                        let found = bytes.withUnsafeBytes { UTF8Validation.endOfPlainASCII($0, from: start) }
                        #expect(
                            found == Self.reference(bytes, from: start),
                            "byte \(byte) at \(position) of \(length), from \(start)")
                    }
                }
            }
        }
    }

    @Test func aBorrowFromAStopDoesNotHideAnEarlierOne() {
        // A control byte right after a byte just above the bound, and the stops in every order.
        for pair in [
            [0x21, 0x1F], [0x1F, 0x21], [0x23, 0x22], [0x22, 0x00], [0x5D, 0x5C], [0x80, 0x22], [0x7F, 0x80],
        ] {
            for offset in 0..<8 {
                let bytes =
                    Array(repeating: UInt8(ascii: "a"), count: offset) + pair.map(UInt8.init)
                    + Array(repeating: UInt8(ascii: "b"), count: 9)
                let found = bytes.withUnsafeBytes { UTF8Validation.endOfPlainASCII($0, from: 0) }
                #expect(found == Self.reference(bytes, from: 0), "\(pair) at \(offset)")
            }
        }
    }
}
