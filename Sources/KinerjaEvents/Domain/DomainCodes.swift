import KinerjaStore

extension Polarity {
    /// The words the stored form uses.
    package static let codes = ["higher-is-better", "lower-is-better"]

    /// Reads the stored word.
    package init?(code: String) {
        switch code {
        case "higher-is-better": self = .higherIsBetter
        case "lower-is-better": self = .lowerIsBetter
        default: return nil
        }
    }

    /// The stored word.
    package var code: String { self == .higherIsBetter ? "higher-is-better" : "lower-is-better" }
}

extension CapaianFormula {
    /// The words the stored form uses.
    package static let codes = ["ratio", "variant-a", "variant-b"]

    /// Reads the stored word.
    package init?(code: String) {
        switch code {
        case "ratio": self = .ratio
        case "variant-a": self = .variantA
        case "variant-b": self = .variantB
        default: return nil
        }
    }

    /// The stored word.
    package var code: String {
        switch self {
        case .ratio: "ratio"
        case .variantA: "variant-a"
        case .variantB: "variant-b"
        }
    }
}

extension Aggregation {
    /// The words the stored form uses.
    package static let codes = ["sum", "last", "average"]

    /// Reads the stored word; an average keeps `decimals` places.
    package init?(code: String, decimals: Int) {
        switch code {
        case "sum": self = .sum
        case "last": self = .last
        case "average": self = .average(scale: decimals)
        default: return nil
        }
    }
}
