import KinerjaStore

/// The components of an indicator an amendment changes; every one optional, nil meaning unchanged.
package struct IndicatorChanges: Sendable, Equatable {
    /// The new name.
    package var name: String?
    /// The new sasaran code.
    package var sasaran: String?
    /// The new formula as printed.
    package var formula: String?
    /// What the numerator counts now.
    package var numerator: String?
    /// What the denominator counts now.
    package var denominator: String?
    /// The new unit.
    package var unit: String?
    /// The new sumber data.
    package var dataSource: String?
    /// The units responsible now.
    package var penanggungJawab: [String]?
    /// Why the indicator was chosen, restated.
    package var alasan: String?
    /// The new polarity.
    package var polarity: Polarity?
    /// The new capaian formula.
    package var capaianFormula: CapaianFormula?
    /// The new aggregation rule.
    package var aggregation: Aggregation.Kind?
    /// The new number of decimal places.
    package var decimals: Int?

    /// Makes a set of changes.
    package init(
        name: String? = nil, sasaran: String? = nil, formula: String? = nil, numerator: String? = nil,
        denominator: String? = nil, unit: String? = nil, dataSource: String? = nil,
        penanggungJawab: [String]? = nil, alasan: String? = nil, polarity: Polarity? = nil,
        capaianFormula: CapaianFormula? = nil, aggregation: Aggregation.Kind? = nil, decimals: Int? = nil
    ) {
        self.name = name
        self.sasaran = sasaran
        self.formula = formula
        self.numerator = numerator
        self.denominator = denominator
        self.unit = unit
        self.dataSource = dataSource
        self.penanggungJawab = penanggungJawab
        self.alasan = alasan
        self.polarity = polarity
        self.capaianFormula = capaianFormula
        self.aggregation = aggregation
        self.decimals = decimals
    }
}
