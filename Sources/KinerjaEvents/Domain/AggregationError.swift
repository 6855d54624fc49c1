import KinerjaStore

/// Why period values could not be aggregated into a yearly figure.
package enum AggregationError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Two values for the same period; the caller must pass the one in force.
    case duplicatePeriod(Int)
    /// The result leaves the limits of an exact decimal.
    case outOfRange(DecimalNumberError)

    /// One sentence naming the period or the value.
    package var description: String {
        switch self {
        case .duplicatePeriod(let period):
            "period \(period) has more than one value; pass only the value in force for each period"
        case .outOfRange(let error): "the yearly figure cannot be computed: \(error)"
        }
    }
}
