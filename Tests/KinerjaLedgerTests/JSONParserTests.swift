import Testing

@testable import KinerjaCLI
@testable import KinerjaEvents
@testable import KinerjaInterchange
@testable import KinerjaProjections
@testable import KinerjaReports
@testable import KinerjaStore

@Suite struct JSONParserTests {
    @Test func parsesNestedValuesKeepingNumberLiterals() throws {
        let value = try JSONParser.parse(#" {"a": [1, -0.003, 56.70, 1e3, true, false, null], "b": {"c": "d"}} "#)
        let object = try #require(value.objectValue)
        #expect(object.keys == ["a", "b"])
        #expect(
            object["a"]
                == .array([
                    .number("1"), .number("-0.003"), .number("56.70"), .number("1e3"), .bool(true), .bool(false), .null,
                ]))
        #expect(object["b"] == .object(["c": .string("d")]))
    }

    @Test func decodesEscapesAndSurrogatePairs() throws {
        let value = try JSONParser.parse(#""a\"b\\c\/d\n\t\u00e9\ud83d\ude00""#)
        #expect(value == .string("a\"b\\c/d\n\té😀"))
    }

    @Test(arguments: [
        (#"{"a":1,"a":2}"#, "duplicate key \"a\" at column 8"),
        (#"{"a":1} x"#, "unexpected character 'x' after the JSON value at column 9"),
        (#"{"a":01}"#, "a number may not start with 0 followed by digits at column 6"),
        (#"{"a":1.}"#, "a decimal point needs digits after it at column 8"),
        (#"{"a":"\ud800"}"#, "lone surrogate escape at column 7"),
        (#"{"a":tru}"#, "unknown literal at column 6"),
        (#"{"a" 1}"#, "unexpected character '1', expected ':' after a key at column 6"),
        (#"["a",]"#, "unexpected character ']', expected a value at column 6"),
        (#"{"a":"b"#, "unterminated string at column 6"),
        ("", "unexpected end of input, expected a value at column 1"),
    ])
    func refusesMalformedInput(text: String, message: String) {
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(text) }
        do {
            _ = try JSONParser.parse(text)
        } catch {
            #expect(error.description == message)
        }
    }

    @Test func refusesInvalidUTF8InsideStrings() {
        let bytes: [UInt8] = Array(#"{"a":""#.utf8) + [0xC3, 0x28] + Array(#""}"#.utf8)
        #expect(throws: JSONSyntaxError(offset: 6, reason: "invalid UTF-8")) { try JSONParser.parse(bytes) }
    }

    @Test func refusesRawControlCharactersInStrings() {
        let bytes: [UInt8] = Array(#"{"a":""#.utf8) + [0x09] + Array(#""}"#.utf8)
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(bytes) }
    }

    @Test func limitsNestingDepth() {
        let deep = String(repeating: "[", count: 65) + String(repeating: "]", count: 65)
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(deep) }
        let allowed = String(repeating: "[", count: 64) + String(repeating: "]", count: 64)
        #expect(throws: Never.self) { try JSONParser.parse(allowed) }
    }

    @Test func detectsDuplicatesInLargeObjects() {
        let members = (0..<20).map { "\"k\($0)\":\($0)" }.joined(separator: ",")
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse("{\(members),\"k3\":0}") }
        #expect(throws: Never.self) { try JSONParser.parse("{\(members)}") }
    }

    @Test(
        arguments: [
            ([0x41], nil), ([0xC3, 0xA9], nil), ([0xE2, 0x82, 0xAC], nil), ([0xF0, 0x9F, 0x98, 0x80], nil),
            ([0xC0, 0x80], 0), ([0xED, 0xA0, 0x80], 0), ([0xF4, 0x90, 0x80, 0x80], 0), ([0x41, 0xE2, 0x82], 1),
            ([0x80], 0), ([0x41, 0xFF], 1),
        ] as [([UInt8], Int?)])
    func validatesUTF8Strictly(bytes: [UInt8], firstInvalid: Int?) {
        #expect(UTF8Validation.firstInvalidOffset(in: bytes) == firstInvalid)
    }
}
