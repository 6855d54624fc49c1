import KinerjaStore

extension Aggregation {
    /// Which rule an indicator names, without the scale of an average (that is the indicator's `decimals`).
    package enum Kind: String, Sendable, Hashable, CaseIterable {
        /// The exact sum of the periods present.
        case sum
        /// The value of the latest period present.
        case last
        /// The mean of the periods present.
        case average
    }

    /// The rule of `kind`; an average keeps `decimals` places.
    package init(_ kind: Kind, decimals: Int) {
        switch kind {
        case .sum: self = .sum
        case .last: self = .last
        case .average: self = .average(scale: decimals)
        }
    }

    /// Which rule this is.
    package var kind: Kind {
        switch self {
        case .sum: .sum
        case .last: .last
        case .average: .average
        }
    }
}
