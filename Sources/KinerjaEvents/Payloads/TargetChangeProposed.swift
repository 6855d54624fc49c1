import KinerjaStore

/// `TargetChangeProposed`: one year's Renstra target changed, with its reason; a proposal, counting once
/// approved.
package struct TargetChangeProposed: Sendable, Equatable {
    /// The indicator's code.
    package var indicator: String
    /// The year whose target changes.
    package var year: Int
    /// The new target.
    package var value: DecimalNumber
    /// Why it changes.
    package var reason: String
    /// The document this event records.
    package var basis: Basis

    /// Makes a proposed change of target.
    package init(indicator: String, year: Int, value: DecimalNumber, reason: String, basis: Basis) {
        self.indicator = indicator
        self.year = year
        self.value = value
        self.reason = reason
        self.basis = basis
    }
}
