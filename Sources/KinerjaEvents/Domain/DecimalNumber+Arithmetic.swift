import KinerjaStore

extension DecimalNumber {
    /// How a result that falls between two numbers of the wanted scale is settled.
    package enum Rounding: Sendable, Equatable, CaseIterable {
        /// To the nearer; a tie goes away from zero (2.345 → 2.35, -2.345 → -2.35). What reports use.
        case halfAwayFromZero
        /// To the nearer; a tie goes to the even neighbour (2.345 → 2.34, 2.355 → 2.36).
        case halfToEven
        /// Drops the extra digits (2.349 → 2.34, -2.349 → -2.34).
        case towardZero
    }

    /// The exact sum; its scale is the larger of the two. Throws when it needs more than 30 digits.
    package static func + (lhs: DecimalNumber, rhs: DecimalNumber) throws(DecimalNumberError) -> DecimalNumber {
        let scale = max(lhs.scale, rhs.scale)
        let expression = "\(lhs) + \(rhs)"
        // Scaling by at most 10^18 overflows only a magnitude far beyond the limit, so the sum would too.
        let left = lhs.significand.multipliedReportingOverflow(by: powerOfTen(scale - lhs.scale) ?? 1)
        let right = rhs.significand.multipliedReportingOverflow(by: powerOfTen(scale - rhs.scale) ?? 1)
        guard !left.overflow, !right.overflow else { throw .tooManyDigits(expression: expression) }
        let sum = left.partialValue.addingReportingOverflow(right.partialValue)
        guard !sum.overflow, sum.partialValue.magnitude < significandLimit.magnitude else {
            throw .tooManyDigits(expression: expression)
        }
        return DecimalNumber(unchecked: sum.partialValue, scale: scale)
    }

    /// The exact difference; its scale is the larger of the two. Throws when it needs more than 30 digits.
    package static func - (lhs: DecimalNumber, rhs: DecimalNumber) throws(DecimalNumberError) -> DecimalNumber {
        do {
            return try lhs + rhs.negated
        } catch {
            throw .tooManyDigits(expression: "\(lhs) - \(rhs)")
        }
    }

    /// The exact product; its scale is the sum of the two scales (1.5 × 0.20 = 0.300).
    ///
    /// Throws when the product needs more than 30 digits or more than 18 decimal places.
    package static func * (lhs: DecimalNumber, rhs: DecimalNumber) throws(DecimalNumberError) -> DecimalNumber {
        let expression = "\(lhs) × \(rhs)"
        let scale = lhs.scale + rhs.scale
        guard scale <= maximumScale else { throw .scaleOutOfRange(scale, expression: expression) }
        let product = lhs.significand.multipliedReportingOverflow(by: rhs.significand)
        guard !product.overflow, product.partialValue.magnitude < significandLimit.magnitude else {
            throw .tooManyDigits(expression: expression)
        }
        return DecimalNumber(unchecked: product.partialValue, scale: scale)
    }

    /// The quotient rounded once, from the exact value, to `scale` decimal places.
    ///
    /// Throws when `divisor` is zero, `scale` is outside `0...18`, or the quotient needs more than 30 digits.
    package func dividing(
        by divisor: DecimalNumber, scale: Int, rounding: Rounding = .halfAwayFromZero
    ) throws(DecimalNumberError) -> DecimalNumber {
        let expression = "\(self) / \(divisor)"
        guard !divisor.isZero else { throw .divisionByZero(dividend: description) }
        guard (0...Self.maximumScale).contains(scale) else { throw .scaleOutOfRange(scale, expression: expression) }
        // self / divisor = (a / 10^sa) / (b / 10^sb); the result significand is a × 10^(scale + sb - sa) / b.
        let exponent = scale + divisor.scale - self.scale
        guard
            let quotient = Self.roundedQuotient(
                significand, divisor.significand, timesPowerOfTen: exponent, rounding: rounding)
        else { throw .tooManyDigits(expression: expression) }
        return DecimalNumber(unchecked: quotient, scale: scale)
    }

    /// The number at `scale` decimal places: rounded when that drops digits, padded with zeros when it adds them.
    ///
    /// Throws when `scale` is outside `0...18` or padding would need more than 30 digits.
    package func rounded(
        toScale scale: Int, rounding: Rounding = .halfAwayFromZero
    ) throws(DecimalNumberError) -> DecimalNumber {
        let expression = "\(self) rounded to scale \(scale)"
        guard (0...Self.maximumScale).contains(scale) else { throw .scaleOutOfRange(scale, expression: expression) }
        guard let value = Self.roundedQuotient(significand, 1, timesPowerOfTen: scale - self.scale, rounding: rounding)
        else { throw .tooManyDigits(expression: expression) }
        return DecimalNumber(unchecked: value, scale: scale)
    }

    /// `numerator × 10^exponent / denominator` rounded to an integer, or nil when it reaches 10^30.
    ///
    /// Long division keeps every intermediate below 10^31, so no operand size can overflow.
    private static func roundedQuotient(
        _ numerator: Int128, _ denominator: Int128, timesPowerOfTen exponent: Int, rounding: Rounding
    ) -> Int128? {
        let isNegative = (numerator < 0) != (denominator < 0)
        let dividend = numerator.magnitude
        let divisor = denominator.magnitude
        let limit = significandLimit.magnitude
        var quotient = dividend / divisor
        var remainder = dividend % divisor
        // How the dropped part compares with one half of the last kept unit: -1 below, 0 exactly, 1 above.
        let half: Int
        if exponent >= 0 {
            for _ in 0..<exponent {
                guard quotient < limit else { return nil }
                let shifted = remainder * 10
                quotient = quotient * 10 + shifted / divisor
                remainder = shifted % divisor
            }
            let twice = remainder * 2
            half = twice < divisor ? -1 : (twice == divisor ? 0 : 1)
        } else {
            guard let unit = powerOfTen(-exponent)?.magnitude else { return nil }
            let dropped = quotient % unit
            quotient /= unit
            half = dropped < unit / 2 ? -1 : (dropped > unit / 2 || remainder > 0 ? 1 : 0)
        }
        let roundsUp: Bool
        switch rounding {
        case .halfAwayFromZero: roundsUp = half >= 0
        case .halfToEven: roundsUp = half > 0 || (half == 0 && quotient % 2 == 1)
        case .towardZero: roundsUp = false
        }
        if roundsUp { quotient += 1 }
        guard quotient < limit else { return nil }
        let value = Int128(quotient)
        return isNegative ? -value : value
    }
}
