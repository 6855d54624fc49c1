import KinerjaStore

/// A figure for one year: a Renstra baseline (kondisi awal) or a year's target.
package struct YearValue: Sendable, Equatable {
    /// The year.
    package var year: Int
    /// The figure, keeping the scale it was written with.
    package var value: DecimalNumber

    /// Makes a year's figure.
    package init(year: Int, value: DecimalNumber) {
        self.year = year
        self.value = value
    }
}
