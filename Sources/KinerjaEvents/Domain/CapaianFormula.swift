import KinerjaStore

/// How realisasi R and target T make capaian, in percent; a property of the indicator, named on every result.
package enum CapaianFormula: String, Sendable, Hashable, CaseIterable {
    /// R / T × 100, for higher-is-better indicators.
    case ratio
    /// (2T − R) / T × 100, for lower-is-better indicators: the usual one in LKjIP and the PermenPAN-RB rules.
    case variantA
    /// T / R × 100, for lower-is-better indicators, as some reports use.
    case variantB

    /// The polarity the formula is meant for: a result is better the higher the formula rates it.
    package var polarity: Polarity {
        switch self {
        case .ratio: .higherIsBetter
        case .variantA, .variantB: .lowerIsBetter
        }
    }

    /// The formula as written in reports and findings, in short: `R/T×100`.
    package var formulaText: String {
        switch self {
        case .ratio: "R/T×100"
        case .variantA: "(2T−R)/T×100"
        case .variantB: "T/R×100"
        }
    }

    /// The formula as a reader sees it: `R / T × 100`.
    package var expression: String {
        switch self {
        case .ratio: "R / T × 100"
        case .variantA: "(2T − R) / T × 100"
        case .variantB: "T / R × 100"
        }
    }
}
