import KinerjaEvents
import KinerjaStore

/// An indicator with every IKU component, as an IKU decision or the Renstra defines it and its amendments
/// change it.
package struct IndicatorDefinition: Sendable, Equatable {
    /// The indicator as defined, with the amendments applied so far.
    package var indicator: Indicator

    /// The definition of `indicator`, as an event adds it.
    package init(_ indicator: Indicator) {
        self.indicator = indicator
    }

    /// The components as an event's data stores them, by member name (the data members of
    /// ``Field/indicatorDefinition``).
    package var components: JSONObject { EventCodec.standard.components(of: indicator) }

    /// The code.
    package var code: String { indicator.code }
    /// The name.
    package var name: String { indicator.name }
    /// The unit.
    package var unit: String { indicator.unit }
    /// The sasaran code, if given.
    package var sasaran: String? { indicator.sasaran }
    /// Higher or lower is better.
    package var polarity: Polarity { indicator.polarity }
    /// The capaian formula.
    package var capaianFormula: CapaianFormula { indicator.capaianFormula }
    /// The decimal places figures are reported with (2 when not given).
    package var decimals: Int { indicator.decimals ?? 2 }
    /// Which rule periods aggregate to the year by, if the indicator says.
    var aggregationKind: Aggregation.Kind? { indicator.aggregation }
    /// How periods aggregate to the year, if the indicator says.
    package var aggregation: Aggregation? {
        indicator.aggregation.map { Aggregation($0, decimals: decimals) }
    }
    /// Whether values are percentages (a ratio of numerator and denominator is then multiplied by 100).
    var isPercentage: Bool {
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

    /// The definition with `changes` applied (an amendment): each component given replaces the one defined.
    package func applying(_ changes: IndicatorChanges) -> IndicatorDefinition {
        var indicator = indicator
        if let name = changes.name { indicator.name = name }
        if let sasaran = changes.sasaran { indicator.sasaran = sasaran }
        if let formula = changes.formula { indicator.formula = formula }
        if let numerator = changes.numerator { indicator.numerator = numerator }
        if let denominator = changes.denominator { indicator.denominator = denominator }
        if let unit = changes.unit { indicator.unit = unit }
        if let dataSource = changes.dataSource { indicator.dataSource = dataSource }
        if let penanggungJawab = changes.penanggungJawab { indicator.penanggungJawab = penanggungJawab }
        if let alasan = changes.alasan { indicator.alasan = alasan }
        if let polarity = changes.polarity { indicator.polarity = polarity }
        if let capaianFormula = changes.capaianFormula { indicator.capaianFormula = capaianFormula }
        if let aggregation = changes.aggregation { indicator.aggregation = aggregation }
        if let decimals = changes.decimals { indicator.decimals = decimals }
        return IndicatorDefinition(indicator)
    }
}
