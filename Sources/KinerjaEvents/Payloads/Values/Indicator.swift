import KinerjaStore

/// An indicator as an IKU decision or a Renstra defines it: every component, as printed.
package struct Indicator: Sendable, Equatable {
    /// The indicator's code, unique within the organisation.
    package var code: String
    /// The indicator's name as printed.
    package var name: String
    /// The code of the sasaran it measures.
    package var sasaran: String?
    /// The formula as printed.
    package var formula: String?
    /// What the numerator counts.
    package var numerator: String?
    /// What the denominator counts.
    package var denominator: String?
    /// The unit: persen, poin, indeks, jiwa, kasus…
    package var unit: String
    /// Sumber data.
    package var dataSource: String?
    /// The units responsible.
    package var penanggungJawab: [String]?
    /// Why the indicator was chosen.
    package var alasan: String?
    /// Whether higher or lower is better.
    package var polarity: Polarity
    /// How realisasi and target make capaian.
    package var capaianFormula: CapaianFormula
    /// How period realisations make the year, when the indicator says.
    package var aggregation: Aggregation.Kind?
    /// The decimal places figures are reported with, 0 to 6, when the indicator says.
    package var decimals: Int?

    /// Makes an indicator.
    package init(
        code: String, name: String, sasaran: String? = nil, formula: String? = nil, numerator: String? = nil,
        denominator: String? = nil, unit: String, dataSource: String? = nil, penanggungJawab: [String]? = nil,
        alasan: String? = nil, polarity: Polarity, capaianFormula: CapaianFormula,
        aggregation: Aggregation.Kind? = nil, decimals: Int? = nil
    ) {
        self.code = code
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
