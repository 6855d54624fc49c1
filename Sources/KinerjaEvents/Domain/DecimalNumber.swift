import KinerjaStore

/// An exact decimal number that keeps the scale it was given: `56,70` stays 56.70 and `0,003` stays 0.003.
///
/// The value is `significand / 10^scale`, with at most ``maximumDigits`` significant digits in the significand
/// and a scale in `0...maximumScale`. No figure ever passes through binary floating point.
///
/// Equality, hashing and ordering are numeric: `56.70 == 56.7`, and both hash alike, so a set or a dictionary
/// key treats them as one number. Whether two numbers are also written alike (same scale) is
/// ``hasSameRepresentation(as:)``; the written form is ``plainDescription``.
///
/// Nothing here traps: arithmetic whose result would leave the limits throws a ``DecimalNumberError``.
package struct DecimalNumber: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The most significant digits a number may have (leading zeros do not count, trailing zeros do).
    package static let maximumDigits = 30
    /// The most digits after the decimal point a number may have.
    package static let maximumScale = 18
    /// The first magnitude a significand may not reach: 10^30.
    static let significandLimit: Int128 = 1_000_000_000_000_000_000_000_000_000_000

    /// The digits as an integer, with the sign: 56.70 has significand 5670.
    package let significand: Int128
    /// How many digits follow the decimal point: 56.70 has scale 2.
    package let scale: Int

    /// Makes `significand / 10^scale`, refusing a scale outside `0...18` or more than 30 significant digits.
    package init(significand: Int128, scale: Int) throws(DecimalNumberError) {
        guard (0...Self.maximumScale).contains(scale) else {
            throw .scaleOutOfRange(scale, expression: "significand \(significand) with scale \(scale)")
        }
        guard significand.magnitude < Self.significandLimit.magnitude else {
            throw .tooManyDigits(expression: "significand \(significand)")
        }
        self.init(unchecked: significand, scale: scale)
    }

    /// Makes an integer with scale 0; every `Int` fits.
    package init(_ value: Int) {
        self.init(unchecked: Int128(value), scale: 0)
    }

    /// Makes a number from ASCII digits (the significand, without sign), or nil if a character is not a digit,
    /// the scale is outside `0...18` or there are more than 30 significant digits.
    init?(digits: some StringProtocol, scale: Int, isNegative: Bool) {
        guard (0...Self.maximumScale).contains(scale) else { return nil }
        var value: Int128 = 0
        for byte in digits.utf8 {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int128(byte - UInt8(ascii: "0"))
            guard value < Self.significandLimit else { return nil }
        }
        self.init(unchecked: isNegative ? -value : value, scale: scale)
    }

    /// Makes a number whose limits the caller has checked.
    init(unchecked significand: Int128, scale: Int) {
        self.significand = significand
        self.scale = scale
    }

    /// Zero, with scale 0.
    package static let zero = DecimalNumber(0)

    /// Whether the number is zero (at any scale).
    package var isZero: Bool { significand == 0 }

    /// Whether the number is below zero.
    package var isNegative: Bool { significand < 0 }

    /// The number with the opposite sign and the same scale.
    package var negated: DecimalNumber { DecimalNumber(unchecked: -significand, scale: scale) }

    /// The number without its sign, same scale.
    package var magnitude: DecimalNumber { isNegative ? negated : self }

    /// Whether the two numbers are written alike: the same value and the same scale (56.70 is not 56.7).
    func hasSameRepresentation(as other: DecimalNumber) -> Bool {
        significand == other.significand && scale == other.scale
    }

    /// The plain canonical form, `56.70`.
    package var description: String { plainDescription }

    /// Numeric equality, whatever the scales: 56.70 equals 56.7.
    /// The same number with no trailing zeros after the decimal point (`12.50` → `12.5`, `100.00` → `100`):
    /// the form by which equal numbers written differently are told to be one.
    package var normalized: DecimalNumber {
        var (significand, scale) = (significand, scale)
        while scale > 0 && significand % 10 == 0 {
            significand /= 10
            scale -= 1
        }
        return DecimalNumber(unchecked: significand, scale: scale)
    }

    package static func == (lhs: DecimalNumber, rhs: DecimalNumber) -> Bool {
        compare(lhs, rhs) == 0
    }

    /// Numeric order, whatever the scales.
    package static func < (lhs: DecimalNumber, rhs: DecimalNumber) -> Bool {
        compare(lhs, rhs) < 0
    }

    /// Hashes the value with trailing zeros removed, so numerically equal numbers hash alike.
    package func hash(into hasher: inout Hasher) {
        var trimmed = significand
        var trimmedScale = scale
        while trimmedScale > 0, trimmed % 10 == 0 {
            trimmed /= 10
            trimmedScale -= 1
        }
        hasher.combine(trimmed)
        hasher.combine(trimmedScale)
    }

    /// 10^exponent for `0...38`, or nil beyond what `Int128` holds.
    package static func powerOfTen(_ exponent: Int) -> Int128? {
        guard (0...38).contains(exponent) else { return nil }
        var result: Int128 = 1
        for _ in 0..<exponent { result *= 10 }
        return result
    }

    /// -1, 0 or 1 as `lhs` is below, equal to or above `rhs`.
    private static func compare(_ lhs: DecimalNumber, _ rhs: DecimalNumber) -> Int {
        let lhsSign = Int(lhs.significand.signum())
        let rhsSign = Int(rhs.significand.signum())
        guard lhsSign == rhsSign else { return lhsSign < rhsSign ? -1 : 1 }
        let scale = max(lhs.scale, rhs.scale)
        // Scaling by at most 10^18 overflows only a magnitude already far beyond the other's 10^30 limit.
        let left = lhs.significand.multipliedReportingOverflow(by: powerOfTen(scale - lhs.scale) ?? 1)
        let right = rhs.significand.multipliedReportingOverflow(by: powerOfTen(scale - rhs.scale) ?? 1)
        if left.overflow { return lhsSign }
        if right.overflow { return -rhsSign }
        return left.partialValue < right.partialValue ? -1 : (left.partialValue == right.partialValue ? 0 : 1)
    }
}
