import KinerjaStore

/// One band of a rating scale: a code and label for the capaian values between its bounds.
package struct RatingBand: Sendable, Hashable {
    /// One end of a band: a value, and whether the band holds that value itself.
    package struct Bound: Sendable, Hashable {
        /// Where the band ends.
        package var value: DecimalNumber
        /// Whether `value` itself is in the band.
        var isInclusive: Bool

        /// A bound the band holds: `x ≥ value` or `x ≤ value`.
        static func inclusive(_ value: DecimalNumber) -> Bound {
            Bound(value: value, isInclusive: true)
        }

        /// A bound the band stops short of: `x > value` or `x < value`.
        package static func exclusive(_ value: DecimalNumber) -> Bound {
            Bound(value: value, isInclusive: false)
        }
    }

    /// The short code printed in reports: `ST`.
    package var code: String
    /// The label: `Sangat Tinggi`.
    package var label: String
    /// Where the band starts; nil when it reaches down without end.
    package var lower: Bound?
    /// Where the band stops; nil when it reaches up without end.
    package var upper: Bound?

    /// Makes a band; ``RatingScale`` checks that the bands fit together.
    package init(code: String, label: String, lower: Bound?, upper: Bound?) {
        self.code = code
        self.label = label
        self.lower = lower
        self.upper = upper
    }

    /// Whether `value` lies in the band.
    package func contains(_ value: DecimalNumber) -> Bool {
        isAtOrAboveLower(value) && isAtOrBelowUpper(value)
    }

    /// The band as an interval over capaian `x`: `75 < x ≤ 90`, `x > 90`, `x ≤ 50`.
    package var interval: String {
        switch (lower, upper) {
        case (nil, nil): "every x"
        case (let lower?, nil): "x \(lower.isInclusive ? "≥" : ">") \(lower.value.indonesian())"
        case (nil, let upper?): "x \(upper.isInclusive ? "≤" : "<") \(upper.value.indonesian())"
        case (let lower?, let upper?):
            "\(lower.value.indonesian()) \(lower.isInclusive ? "≤" : "<") x"
                + " \(upper.isInclusive ? "≤" : "<") \(upper.value.indonesian())"
        }
    }

    /// Whether `value` is not below the band.
    func isAtOrAboveLower(_ value: DecimalNumber) -> Bool {
        guard let lower else { return true }
        return lower.isInclusive ? value >= lower.value : value > lower.value
    }

    /// Whether `value` is not above the band.
    func isAtOrBelowUpper(_ value: DecimalNumber) -> Bool {
        guard let upper else { return true }
        return upper.isInclusive ? value <= upper.value : value < upper.value
    }
}
