import KinerjaStore

/// How period realisations make the yearly figure: a property of the indicator, stored with it, never guessed.
///
/// Only the periods present count: a missing quarter is neither zero nor interpolated. Every rule gives nil
/// for no periods at all, and refuses two values for one period.
package enum Aggregation: Sendable, Hashable {
    /// The exact sum, for cumulative counts (people helped, cases handled); scale is the largest given.
    case sum
    /// The value of the latest period present, for a position, a stock or a published index such as IDG.
    case last
    /// The exact mean of the periods present, rounded half away from zero to `scale` decimal places.
    case average(scale: Int)

    /// The yearly figure from `values` in any order, or nil when there are none.
    package func aggregate(_ values: [PeriodValue]) throws(AggregationError) -> DecimalNumber? {
        var seen = Set<Int>()
        for value in values where !seen.insert(value.period).inserted {
            throw .duplicatePeriod(value.period)
        }
        guard let latest = values.max(by: { $0.period < $1.period }) else { return nil }
        do {
            switch self {
            case .last:
                return latest.value
            case .sum:
                return try total(values)
            case .average(let scale):
                return try total(values).dividing(by: DecimalNumber(values.count), scale: scale)
            }
        } catch {
            throw .outOfRange(error)
        }
    }

    /// The exact sum of the values.
    private func total(_ values: [PeriodValue]) throws(DecimalNumberError) -> DecimalNumber {
        var sum = DecimalNumber.zero
        for value in values { sum = try sum + value.value }
        return sum
    }
}
