import KinerjaEvents
import KinerjaStore

/// An indicator with every IKU component, read from an event's `data`.
package struct IndicatorDefinition: Sendable, Equatable {
    /// The components as recorded, by member name (the data members of ``Field/indicatorDefinition``).
    package var components: JSONObject

    /// The code.
    package var code: String { components["code"]?.stringValue ?? "" }
    /// The name.
    package var name: String { components["name"]?.stringValue ?? "" }
    /// The unit.
    package var unit: String { components["unit"]?.stringValue ?? "" }
    /// The sasaran code, if given.
    package var sasaran: String? { components["sasaran"]?.stringValue }
    /// Higher or lower is better.
    package var polarity: Polarity {
        components["polarity"]?.stringValue.flatMap(Polarity.init(code:)) ?? .higherIsBetter
    }
    /// The capaian formula.
    package var capaianFormula: CapaianFormula {
        components["capaianFormula"]?.stringValue.flatMap(CapaianFormula.init(code:)) ?? .ratio
    }
    /// The decimal places figures are reported with (2 when not given).
    package var decimals: Int { components["decimals"]?.intValue ?? 2 }
    /// How periods aggregate to the year, if the indicator says.
    package var aggregation: Aggregation? {
        components["aggregation"]?.stringValue.flatMap { Aggregation(code: $0, decimals: decimals) }
    }
    /// Whether values are percentages (a ratio of numerator and denominator is then multiplied by 100).
    package var isPercentage: Bool {
        let unit = unit.lowercased()
        return unit.contains("persen") || unit.contains("%") || unit.contains("prosen")
    }

    /// Whether values are amounts of money (the unit names rupiah).
    package var isRupiah: Bool {
        let unit = unit.lowercased()
        return unit.contains("rp") || unit.contains("rupiah")
    }

    /// Why `number` cannot be a figure of this indicator, or nil: a `%` on a figure not measured in percent,
    /// an `Rp` on one not measured in rupiah.
    package func unitMismatch(of number: ParsedNumber) -> String? {
        if number.hasPercentSign && !isPercentage { return "\(code) is measured in \(unit), not percent" }
        if number.hasRupiahPrefix && !isRupiah { return "\(code) is measured in \(unit), not rupiah" }
        return nil
    }

    /// The definition with `changes` applied (an amendment).
    package func applying(_ changes: JSONObject) -> IndicatorDefinition {
        var components = components
        for member in changes.members { components[member.key] = member.value }
        return IndicatorDefinition(components: components)
    }
}
