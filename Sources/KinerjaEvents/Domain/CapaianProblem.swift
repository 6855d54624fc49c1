import KinerjaStore

/// Why capaian cannot be computed for a realisasi and target.
package enum CapaianProblem: Error, Equatable, Sendable, CustomStringConvertible {
    /// Realisasi below 0; capaian formulas are defined for values of 0 or more.
    case negativeRealisasi(DecimalNumber)
    /// A target value or range bound below 0.
    case negativeTarget(DecimalNumber)
    /// A range whose lower bound is above its upper bound.
    case invertedRange(lower: DecimalNumber, upper: DecimalNumber)
    /// The target compared with is 0, and the formula divides by it (ratio, variant A).
    case targetIsZero(CapaianFormula)
    /// Realisasi is 0 and the formula divides by it (variant B).
    case realisasiIsZero(CapaianFormula)
    /// A figure so large that the computation leaves the 30-digit limit.
    case outOfRange(DecimalNumberError)

    /// One sentence naming the value and why no capaian follows from it.
    package var description: String {
        switch self {
        case .negativeRealisasi(let value):
            "realisasi \(value.indonesian()) is negative; capaian is computed from values of 0 or more"
        case .negativeTarget(let value):
            "target \(value.indonesian()) is negative; capaian is computed from values of 0 or more"
        case .invertedRange(let lower, let upper):
            "target range \(lower.indonesian())–\(upper.indonesian()) has its lower bound above its upper bound"
        case .targetIsZero(let formula): "target is 0, so \(formula.expression) is undefined"
        case .realisasiIsZero(let formula): "realisasi is 0, so \(formula.expression) is undefined"
        case .outOfRange(let error): "capaian cannot be computed: \(error)"
        }
    }
}
