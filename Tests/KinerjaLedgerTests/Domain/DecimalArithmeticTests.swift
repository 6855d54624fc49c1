import Testing

@testable import KinerjaCLI
@testable import KinerjaEvents
@testable import KinerjaInterchange
@testable import KinerjaProjections
@testable import KinerjaReports
@testable import KinerjaStore

@Suite struct DecimalArithmeticTests {
    private static let thirtyNines = String(repeating: "9", count: 30)

    @Test(arguments: [
        ("56.70", "0.3", "57.00"), ("1.5", "-1.5", "0.0"), ("0.003", "13821027400", "13821027400.003"),
        ("-0.5", "0.25", "-0.25"), ("118.27", "0", "118.27"),
    ])
    func addsExactlyAtTheLargerScale(left: String, right: String, sum: String) throws {
        let lhs = try #require(DecimalNumber(plain: left))
        let rhs = try #require(DecimalNumber(plain: right))
        #expect(try (lhs + rhs).plainDescription == sum)
        #expect(try (rhs + lhs).plainDescription == sum)
    }

    @Test(arguments: [("118.27", "56.70", "61.57"), ("0", "0.003", "-0.003"), ("0.1", "0.10", "0.00")])
    func subtractsExactly(left: String, right: String, difference: String) throws {
        let lhs = try #require(DecimalNumber(plain: left))
        let rhs = try #require(DecimalNumber(plain: right))
        #expect(try (lhs - rhs).plainDescription == difference)
    }

    @Test(arguments: [
        ("1.5", "0.20", "0.300"), ("-2", "0.003", "-0.006"), ("118.27", "100", "11827.00"), ("-1.1", "-1.1", "1.21"),
        ("0", "56.70", "0.00"),
    ])
    func multipliesExactlyAddingTheScales(left: String, right: String, product: String) throws {
        let lhs = try #require(DecimalNumber(plain: left))
        let rhs = try #require(DecimalNumber(plain: right))
        #expect(try (lhs * rhs).plainDescription == product)
    }

    @Test func arithmeticBeyondThirtyDigitsThrowsInsteadOfTrapping() throws {
        let big = try #require(DecimalNumber(plain: Self.thirtyNines))
        let tiny = try #require(DecimalNumber(plain: "0.000000000000000001"))
        #expect(throws: DecimalNumberError.tooManyDigits(expression: "\(Self.thirtyNines) + 1")) {
            try big + DecimalNumber(1)
        }
        #expect(throws: DecimalNumberError.tooManyDigits(expression: "-\(Self.thirtyNines) - 1")) {
            try big.negated - DecimalNumber(1)
        }
        #expect(throws: DecimalNumberError.tooManyDigits(expression: "\(Self.thirtyNines) + 0.000000000000000001")) {
            try big + tiny
        }
        #expect(throws: DecimalNumberError.tooManyDigits(expression: "\(Self.thirtyNines) × \(Self.thirtyNines)")) {
            try big * big
        }
        #expect(throws: DecimalNumberError.scaleOutOfRange(36, expression: "\(tiny) × \(tiny)")) { try tiny * tiny }
        #expect(
            DecimalNumberError.tooManyDigits(expression: "1 + 2").description
                == "1 + 2 needs more than 30 significant digits")
    }

    @Test(arguments: [
        ("1", "3", 2, DecimalNumber.Rounding.halfAwayFromZero, "0.33"),
        ("2", "3", 2, .halfAwayFromZero, "0.67"),
        ("-2", "3", 2, .halfAwayFromZero, "-0.67"),
        ("2", "-3", 2, .halfAwayFromZero, "-0.67"),
        ("-2", "-3", 2, .halfAwayFromZero, "0.67"),
        ("1", "8", 2, .halfAwayFromZero, "0.13"),
        ("-1", "8", 2, .halfAwayFromZero, "-0.13"),
        ("1", "8", 2, .halfToEven, "0.12"),
        ("3", "8", 2, .halfToEven, "0.38"),
        ("1", "8", 2, .towardZero, "0.12"),
        ("-2", "3", 2, .towardZero, "-0.66"),
        ("11827", "56.70", 2, .halfAwayFromZero, "208.59"),
        ("10", "4", 0, .halfAwayFromZero, "3"),
        ("10", "4", 0, .halfToEven, "2"),
        ("1", "1", 4, .halfAwayFromZero, "1.0000"),
        ("1.5", "3", 0, .halfAwayFromZero, "1"),
        ("1.5", "3", 0, .halfToEven, "0"),
        ("1.5000001", "3", 0, .halfToEven, "1"),
        ("0.000000000000000001", "1", 0, .halfAwayFromZero, "0"),
        ("0.000000000000000001", "0.000000000000000003", 18, .halfAwayFromZero, "0.333333333333333333"),
        ("0.000000000000000002", "0.000000000000000003", 18, .halfAwayFromZero, "0.666666666666666667"),
        ("0", "7", 2, .halfAwayFromZero, "0.00"),
    ])
    func dividesRoundingOnceFromTheExactQuotient(
        dividend: String, divisor: String, scale: Int, rounding: DecimalNumber.Rounding, quotient: String
    ) throws {
        let lhs = try #require(DecimalNumber(plain: dividend))
        let rhs = try #require(DecimalNumber(plain: divisor))
        #expect(try lhs.dividing(by: rhs, scale: scale, rounding: rounding).plainDescription == quotient)
    }

    @Test func divisionMatchesIntegerRoundingHalfAwayFromZero() throws {
        for numerator in -60...60 {
            for denominator in [1, 2, 3, 4, 7, 8, -3, -8] {
                let expected = (2 * abs(numerator) + abs(denominator)) / (2 * abs(denominator))
                let signed = (numerator < 0) != (denominator < 0) ? -expected : expected
                let quotient = try DecimalNumber(numerator).dividing(by: DecimalNumber(denominator), scale: 0)
                #expect(quotient == DecimalNumber(signed), "\(numerator) / \(denominator)")
            }
        }
    }

    @Test func divisionRefusesZeroAndResultsBeyondTheLimits() throws {
        let value = try #require(DecimalNumber(plain: "56.70"))
        #expect(throws: DecimalNumberError.divisionByZero(dividend: "56.70")) {
            try value.dividing(by: DecimalNumber.zero, scale: 2)
        }
        #expect(DecimalNumberError.divisionByZero(dividend: "56.70").description == "56.70 cannot be divided by 0")
        #expect(throws: DecimalNumberError.scaleOutOfRange(19, expression: "56.70 / 3")) {
            try value.dividing(by: DecimalNumber(3), scale: 19)
        }
        let tiny = try #require(DecimalNumber(plain: "0.000000000000000001"))
        #expect(throws: DecimalNumberError.tooManyDigits(expression: "1 / 0.000000000000000001")) {
            try DecimalNumber(1).dividing(by: tiny, scale: 18)
        }
    }

    @Test(arguments: [
        ("2.345", 2, DecimalNumber.Rounding.halfAwayFromZero, "2.35"),
        ("-2.345", 2, .halfAwayFromZero, "-2.35"),
        ("2.345", 2, .halfToEven, "2.34"),
        ("2.355", 2, .halfToEven, "2.36"),
        ("2.349", 2, .towardZero, "2.34"),
        ("-2.349", 2, .towardZero, "-2.34"),
        ("56.7", 2, .halfAwayFromZero, "56.70"),
        ("170", 2, .halfAwayFromZero, "170.00"),
        ("999.5", 0, .halfAwayFromZero, "1000"),
        ("0.004", 2, .halfAwayFromZero, "0.00"),
        ("-0.005", 2, .halfAwayFromZero, "-0.01"),
        ("184.75", 2, .halfAwayFromZero, "184.75"),
    ])
    func roundsOrPadsToTheWantedScale(
        value: String, scale: Int, rounding: DecimalNumber.Rounding, rounded: String
    ) throws {
        let number = try #require(DecimalNumber(plain: value))
        #expect(try number.rounded(toScale: scale, rounding: rounding).plainDescription == rounded)
    }

    @Test func roundingRefusesAScaleOrPaddingBeyondTheLimits() throws {
        let big = try #require(DecimalNumber(plain: Self.thirtyNines))
        #expect(throws: DecimalNumberError.tooManyDigits(expression: "\(Self.thirtyNines) rounded to scale 1")) {
            try big.rounded(toScale: 1)
        }
        #expect(throws: DecimalNumberError.scaleOutOfRange(-1, expression: "1 rounded to scale -1")) {
            try DecimalNumber(1).rounded(toScale: -1)
        }
        #expect(try big.rounded(toScale: 0).hasSameRepresentation(as: big))
    }
}
