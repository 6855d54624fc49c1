import KinerjaStore

/// The target an indicator's realisasi is measured against: one value, or a range of acceptable values.
package enum CapaianTarget: Sendable, Hashable {
    /// A single target value.
    case value(DecimalNumber)
    /// Every value from `lower` to `upper`, both included, meets the target.
    case range(lower: DecimalNumber, upper: DecimalNumber)

    /// `56,70`, or `80–100` for a range, as Indonesian documents write figures.
    package func indonesian() -> String {
        switch self {
        case .value(let value): value.indonesian()
        case .range(let lower, let upper): "\(lower.indonesian())–\(upper.indonesian())"
        }
    }
}
