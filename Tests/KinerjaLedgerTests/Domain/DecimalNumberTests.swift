import Testing

@testable import KinerjaCLI
@testable import KinerjaEvents
@testable import KinerjaInterchange
@testable import KinerjaProjections
@testable import KinerjaReports
@testable import KinerjaStore

@Suite struct DecimalNumberTests {
    @Test(arguments: [
        ("56.70", "56,70", "5670", 2),
        ("0.003", "0,003", "3", 3),
        ("13821027400", "13.821.027.400", "13821027400", 0),
        ("-0.003", "-0,003", "-3", 3),
        ("1234.5", "1.234,5", "12345", 1),
        ("0", "0", "0", 0),
        ("0.00", "0,00", "0", 2),
        ("1000", "1.000", "1000", 0),
        ("999", "999", "999", 0),
        ("-1234567.891", "-1.234.567,891", "-1234567891", 3),
        (
            "123456789012345678901234567890", "123.456.789.012.345.678.901.234.567.890",
            "123456789012345678901234567890", 0
        ),
        ("0.000000000000000001", "0,000000000000000001", "1", 18),
    ])
    func keepsTheScaleItWasGivenInBothWrittenForms(plain: String, indonesian: String, significand: String, scale: Int)
        throws
    {
        let number = try #require(DecimalNumber(plain: plain))
        #expect(number.plainDescription == plain)
        #expect(number.description == plain)
        #expect(number.indonesian() == indonesian)
        #expect(String(number.significand) == significand)
        #expect(number.scale == scale)
    }

    @Test(arguments: [("13821027400", "13821027400"), ("1234.5", "1234,5"), ("-0.003", "-0,003")])
    func writesIndonesianWithoutGroupingWhenAsked(plain: String, ungrouped: String) throws {
        #expect(try #require(DecimalNumber(plain: plain)).indonesian(grouping: false) == ungrouped)
    }

    @Test(arguments: [
        "", "-", "+1", "056", "00", ".5", "5.", "-0", "-0.00", "1,5", "1e3", " 1", "1 ", "1.2.3", "0x10", "١",
        "1234567890123456789012345678901", "0.0000000000000000001", "56.70%",
    ])
    func plainFormRefusesAnythingButTheCanonicalForm(text: String) {
        #expect(DecimalNumber(plain: text) == nil)
    }

    @Test func equalityIsNumericAndRepresentationIsSeparate() throws {
        let written = try #require(DecimalNumber(plain: "56.70"))
        let short = try #require(DecimalNumber(plain: "56.7"))
        #expect(written == short)
        #expect(!written.hasSameRepresentation(as: short))
        #expect(written.hasSameRepresentation(as: try #require(DecimalNumber(plain: "56.70"))))
        #expect(Set([written, short, try #require(DecimalNumber(plain: "56.700"))]).count == 1)
        #expect(written.hashValue == short.hashValue)
        #expect(try #require(DecimalNumber(plain: "0.00")) == DecimalNumber.zero)
    }

    @Test(arguments: [
        ("-1", "0.5", -1), ("0.003", "0.01", -1), ("56.70", "56.7", 0), ("-0.5", "-0.25", -1), ("0", "-0.001", 1),
        ("123456789012345678901234567890", "0.000000000000000001", 1),
        ("0.000000000000000001", "123456789012345678901234567890", -1),
        ("-123456789012345678901234567890", "-0.000000000000000001", -1),
        ("-0.000000000000000001", "-123456789012345678901234567890", 1),
    ])
    func ordersNumericallyWhateverTheScales(left: String, right: String, order: Int) throws {
        let lhs = try #require(DecimalNumber(plain: left))
        let rhs = try #require(DecimalNumber(plain: right))
        #expect((lhs < rhs) == (order < 0))
        #expect((lhs == rhs) == (order == 0))
        #expect((lhs > rhs) == (order > 0))
    }

    @Test func refusesASignificandOrScaleBeyondTheLimits() {
        #expect(throws: DecimalNumberError.scaleOutOfRange(19, expression: "significand 5 with scale 19")) {
            try DecimalNumber(significand: 5, scale: 19)
        }
        #expect(throws: DecimalNumberError.scaleOutOfRange(-1, expression: "significand 5 with scale -1")) {
            try DecimalNumber(significand: 5, scale: -1)
        }
        let limit: Int128 = 1_000_000_000_000_000_000_000_000_000_000
        #expect(throws: DecimalNumberError.tooManyDigits(expression: "significand -\(limit)")) {
            try DecimalNumber(significand: -limit, scale: 0)
        }
        let largest = try? DecimalNumber(significand: limit - 1, scale: 18)
        #expect(largest?.plainDescription == "999999999999.999999999999999999")
        #expect(
            DecimalNumberError.scaleOutOfRange(19, expression: "significand 5 with scale 19").description
                == "significand 5 with scale 19 needs 19 decimal places; a number keeps 0 to 18")
    }

    @Test func holdsEveryInt() {
        #expect(DecimalNumber(Int.max).plainDescription == "9223372036854775807")
        #expect(DecimalNumber(Int.min).plainDescription == "-9223372036854775808")
        #expect(DecimalNumber(Int.min).negated.plainDescription == "9223372036854775808")
    }

    @Test func reportsSignAndZeroAtAnyScale() throws {
        let zero = try #require(DecimalNumber(plain: "0.00"))
        #expect(zero.isZero && !zero.isNegative)
        #expect(zero.negated.plainDescription == "0.00")
        let negative = try #require(DecimalNumber(plain: "-0.003"))
        #expect(negative.isNegative && !negative.isZero)
        #expect(negative.negated.plainDescription == "0.003")
        #expect(negative.magnitude.plainDescription == "0.003")
    }

    @Test func theNormalizedFormDropsTrailingZerosAndKeepsTheNumber() throws {
        for (written, normalized) in [
            ("12.50", "12.5"), ("100.00", "100"), ("0.0030", "0.003"), ("-1.10", "-1.1"), ("7", "7"),
        ] {
            let number = try #require(DecimalNumber(plain: written))
            #expect(number.normalized.plainDescription == normalized)
            #expect(number.normalized == number)
        }
    }
}
