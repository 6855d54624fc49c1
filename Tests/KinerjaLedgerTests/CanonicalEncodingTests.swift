import Testing

@testable import KinerjaCLI
@testable import KinerjaEvents
@testable import KinerjaInterchange
@testable import KinerjaProjections
@testable import KinerjaReports
@testable import KinerjaStore

@Suite struct CanonicalEncodingTests {
    @Test func sortsKeysAndKeepsNumberLiterals() {
        let value: JSONValue = .object(["b": .number("56.70"), "a": .array([.null, .bool(true)]), "Z": .string("x")])
        #expect(value.canonicalString == #"{"Z":"x","a":[null,true],"b":56.70}"#)
    }

    @Test func escapesOnlyWhatJSONRequires() {
        let value: JSONValue = .string("quote\" back\\ nl\n tab\t bell\u{07} é / 😀")
        #expect(value.canonicalString == #""quote\" back\\ nl\n tab\t bell\u0007 é / 😀""#)
    }

    @Test func parsingTheCanonicalFormGivesTheSameValue() throws {
        let value: JSONValue = .object([
            "text": .string("Prosentase kekerasan terhadap perempuan/anak \"0,003\""),
            "n": .number("-13821027400.5e-2"),
            "list": .array([.object(["k": .null])]),
        ])
        #expect(try JSONParser.parse(value.canonicalBytes) == value)
    }

    @Test func objectEqualityIgnoresMemberOrder() throws {
        #expect(try JSONParser.parse(#"{"a":1,"b":2}"#) == JSONParser.parse(#"{"b":2,"a":1}"#))
        #expect(try JSONParser.parse(#"{"a":1}"#) != JSONParser.parse(#"{"a":1.0}"#))
    }
}
