import KinerjaStore

/// One period's realisasi: its order within the year (quarter 1...4, semester 1...2) and its value.
package struct PeriodValue: Sendable, Hashable {
    /// The period's position within the year; only the order matters.
    package var period: Int
    /// The realisasi for that period.
    package var value: DecimalNumber

    /// Makes a period value.
    package init(period: Int, value: DecimalNumber) {
        self.period = period
        self.value = value
    }
}
