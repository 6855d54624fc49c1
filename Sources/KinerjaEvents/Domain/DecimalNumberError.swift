import KinerjaStore

/// Why a decimal number could not be made: a result beyond the limits, or a division by zero.
package enum DecimalNumberError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The value of `expression` would need more than 30 significant digits.
    case tooManyDigits(expression: String)
    /// The value of `expression` would need `scale` digits after the point, outside `0...18`.
    case scaleOutOfRange(Int, expression: String)
    /// `dividend` was divided by zero.
    case divisionByZero(dividend: String)

    /// One sentence naming the value and the limit.
    package var description: String {
        switch self {
        case .tooManyDigits(let expression):
            "\(expression) needs more than \(DecimalNumber.maximumDigits) significant digits"
        case .scaleOutOfRange(let scale, let expression):
            "\(expression) needs \(scale) decimal places; a number keeps 0 to \(DecimalNumber.maximumScale)"
        case .divisionByZero(let dividend):
            "\(dividend) cannot be divided by 0"
        }
    }
}
