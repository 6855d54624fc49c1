import KinerjaStore

/// `RealisasiRecorded`: an indicator's realisation for a period (a value, or numerator and denominator); a
/// proposal, counting once verified by another actor.
package struct RealisasiRecorded: Sendable, Equatable {
    /// The indicator's code.
    package var indicator: String
    /// The period: 2024, 2024-S1, 2024-Q3, 2024-M07.
    package var period: Period
    /// The realisation.
    package var value: DecimalNumber?
    /// The numerator, when given.
    package var numerator: DecimalNumber?
    /// The denominator, when given.
    package var denominator: DecimalNumber?
    /// The capaian the source printed beside it, kept to compare.
    package var printedCapaian: DecimalNumber?
    /// Sumber data: where the figure comes from.
    package var source: String?
    /// The document this event records.
    package var basis: Basis

    /// Makes a realisation.
    package init(
        indicator: String, period: Period, value: DecimalNumber? = nil, numerator: DecimalNumber? = nil,
        denominator: DecimalNumber? = nil, printedCapaian: DecimalNumber? = nil, source: String? = nil,
        basis: Basis
    ) {
        self.indicator = indicator
        self.period = period
        self.value = value
        self.numerator = numerator
        self.denominator = denominator
        self.printedCapaian = printedCapaian
        self.source = source
        self.basis = basis
    }
}
