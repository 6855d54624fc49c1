import KinerjaStore

/// Which direction of an indicator's realisasi is an improvement.
package enum Polarity: String, Sendable, Hashable, CaseIterable {
    /// More is better: coverage, an index, people helped.
    case higherIsBetter
    /// Less is better: violence cases, mortality, poverty rates.
    case lowerIsBetter
}
