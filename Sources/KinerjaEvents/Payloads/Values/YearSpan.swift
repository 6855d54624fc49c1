import KinerjaStore

/// A span of whole years, such as a Renstra period: `{"from": 2021, "to": 2026}`.
package struct YearSpan: Sendable, Hashable {
    /// The first year.
    package var firstYear: Int
    /// The last year.
    package var lastYear: Int

    /// Makes a span from `firstYear` to `lastYear`.
    package init(firstYear: Int, lastYear: Int) {
        self.firstYear = firstYear
        self.lastYear = lastYear
    }
}
