import Testing

@testable import KinerjaStore

/// A UUID's text as the ids kinerja makes are written, and the 16 bytes a snapshot keeps of it.
@Suite struct UUIDTextTests {
    @Test func writesEightFourFourFourTwelveLowercaseDigitsAndReadsThemBack() throws {
        let bytes = (0..<16).map { UInt8($0 * 17) }
        let text = UUIDText.text(of: bytes)
        #expect(text == "00112233-4455-6677-8899-aabbccddeeff")
        var utf8 = text
        #expect(utf8.withUTF8 { UUIDText.bytes(of: $0) } == bytes)
        var random = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let bytes = (0..<16).map { _ in UInt8.random(in: 0...255, using: &random) }
            var text = UUIDText.text(of: bytes)
            #expect(text.utf8.count == UUIDText.length)
            #expect(text.withUTF8 { UUIDText.bytes(of: $0) } == bytes)
        }
    }

    @Test func refusesTextThatWouldNotBeWrittenBackTheSame() {
        for text in [
            "00112233-4455-6677-8899-AABBCCDDEEFF", "001122334-455-6677-8899-aabbccddeeff",
            "00112233-4455-6677-8899-aabbccddeefg", "00112233-4455-6677-8899-aabbccddeeff0",
            "00112233_4455_6677_8899_aabbccddeeff", "",
        ] {
            var utf8 = text
            #expect(utf8.withUTF8 { UUIDText.bytes(of: $0) } == nil, "\(text)")
        }
    }

    @Test func fewerBytesWriteTheShorterTextTheyMake() {
        let text = [UInt8](unsafeUninitializedCapacity: UUIDText.length) { buffer, count in
            count = UUIDText.write([0xab, 0xcd, 0xef, 0x01, 0x23], into: buffer)
        }
        #expect(String(decoding: text, as: UTF8.self) == "abcdef01-23")
    }
}
