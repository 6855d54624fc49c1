import KinerjaStore

/// A number read from typed or imported text, with the unit decorations the text carried.
///
/// Callers check the decorations against the indicator's unit: a `%` on a figure counted in jiwa, or an `Rp`
/// on a percentage, is worth a question.
package struct ParsedNumber: Sendable, Equatable {
    /// The exact value, with the scale written (`56,70` gives 56.70).
    package var value: DecimalNumber
    /// Whether the text ended with `%`.
    package var hasPercentSign: Bool
    /// Whether the text began with `Rp` or `Rp.`.
    package var hasRupiahPrefix: Bool

    /// Makes a parsed number.
    package init(value: DecimalNumber, hasPercentSign: Bool = false, hasRupiahPrefix: Bool = false) {
        self.value = value
        self.hasPercentSign = hasPercentSign
        self.hasRupiahPrefix = hasRupiahPrefix
    }
}

extension DecimalNumber {
    /// Reads what a clerk types or a spreadsheet holds (see ``NumberParser``), dropping the decorations.
    package init(parsing text: String) throws(NumberFormatError) {
        self = try NumberParser.parse(text).value
    }
}
