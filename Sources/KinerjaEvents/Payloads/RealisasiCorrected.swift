import KinerjaStore

/// `RealisasiCorrected`: a corrected figure for a realisation, naming it and why; a proposal, counting once
/// verified by another actor.
package struct RealisasiCorrected: Sendable, Equatable {
    /// The id of the `RealisasiRecorded` it corrects.
    package var corrects: String
    /// The corrected realisation.
    package var value: DecimalNumber?
    /// The corrected numerator, when given.
    package var numerator: DecimalNumber?
    /// The corrected denominator, when given.
    package var denominator: DecimalNumber?
    /// Why the figure was wrong.
    package var reason: String
    /// The document this event records.
    package var basis: Basis

    /// Makes a correction.
    package init(
        corrects: String, value: DecimalNumber? = nil, numerator: DecimalNumber? = nil,
        denominator: DecimalNumber? = nil, reason: String, basis: Basis
    ) {
        self.corrects = corrects
        self.value = value
        self.numerator = numerator
        self.denominator = denominator
        self.reason = reason
        self.basis = basis
    }
}
