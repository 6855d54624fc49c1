import KinerjaStore

/// `RenstraTargetsProposed`: an indicator's Renstra targets per year and at the end of the period; a proposal,
/// counting once approved.
package struct RenstraTargetsProposed: Sendable, Equatable {
    /// The indicator's code.
    package var indicator: String
    /// The baseline (kondisi awal).
    package var baseline: YearValue?
    /// The target for each year.
    package var targets: [YearValue]
    /// The target at the end of the Renstra period.
    package var endOfPeriod: DecimalNumber?
    /// Why.
    package var reason: String?
    /// Why the event has no effective date: what the source says, or does not say, about the date.
    package var dateNote: String?
    /// The document this event records.
    package var basis: Basis

    /// Makes a proposal of Renstra targets.
    package init(
        indicator: String, baseline: YearValue? = nil, targets: [YearValue], endOfPeriod: DecimalNumber? = nil,
        reason: String? = nil, dateNote: String? = nil, basis: Basis
    ) {
        self.indicator = indicator
        self.baseline = baseline
        self.targets = targets
        self.endOfPeriod = endOfPeriod
        self.reason = reason
        self.dateNote = dateNote
        self.basis = basis
    }
}
