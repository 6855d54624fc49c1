import KinerjaEvents
import KinerjaProjections
import KinerjaStore

/// Reads one row of an IKU table into the components it gives (an empty cell gives none), noting every cell
/// that cannot be read.
struct IkuRowReader {
    /// The sasaran a text in the Sasaran column is matched to.
    let sasaran: [IkuTableImport.Sasaran]

    /// The components one row gives: each nil where its cell is empty (or its column absent).
    struct Components: Equatable {
        var code: String?
        var name: String?
        var sasaran: String?
        var formula: String?
        var numerator: String?
        var denominator: String?
        var unit: String?
        var dataSource: String?
        var penanggungJawab: [String]?
        var alasan: String?
        var polarity: Polarity?
        var capaianFormula: CapaianFormula?
        var aggregation: Aggregation.Kind?
        var decimals: Int?
    }

    /// The words a Polaritas cell may hold, normalized, for each polarity.
    static let polarityWords: [(Polarity, [String])] = [
        (
            .higherIsBetter,
            [
                "maksimal", "maksimum", "maximal", "maximum", "maximize", "max", "positif", "naik", "meningkat",
                "higher is better", "semakin tinggi semakin baik",
            ]
        ),
        (
            .lowerIsBetter,
            [
                "minimal", "minimum", "minimize", "min", "negatif", "turun", "menurun", "lower is better",
                "semakin rendah semakin baik",
            ]
        ),
    ]

    /// The words an Agregasi cell may hold, normalized, for each rule.
    static let aggregationWords: [(Aggregation.Kind, [String])] = [
        (.sum, ["sum", "jumlah", "kumulatif", "akumulasi"]),
        (.last, ["last", "terakhir", "nilai terakhir", "posisi akhir"]),
        (.average, ["average", "rata rata", "rerata"]),
    ]

    /// Reads every component of `row`, noting the cells that cannot be read.
    func read(_ row: inout ImportRow) -> Components {
        var components = Components()
        components.code = row.code("Kode")
        components.name = row.text("Indikator Kinerja Utama")
        components.sasaran = sasaranCode(&row)
        components.formula = row.text("Formula")
        components.numerator = row.text("Pembilang")
        components.denominator = row.text("Penyebut")
        components.unit = row.text("Satuan")
        components.dataSource = row.text("Sumber Data")
        components.penanggungJawab = row.text("Penanggung Jawab").map { text in
            text.split { $0 == "\n" || $0 == ";" }.map { String($0).trimmed }.filter { !$0.isEmpty }
        }
        components.alasan = row.text("Alasan")
        components.polarity = word(&row, "Polaritas", Self.polarityWords) { text in
            "\(text.quotedForMessage) is not a polarity: write maksimal (higher is better) or minimal (lower is better)"
        }
        if let text = row.text("Rumus Capaian") {
            let written = DocumentColumn.normalized(text).replacing(" ", with: "-")
            components.capaianFormula = CapaianFormula(code: written)
            if components.capaianFormula == nil {
                row.fail(
                    "Rumus Capaian",
                    "\(text.quotedForMessage) is not a capaian formula: write ratio (R/T), variant-a ((2T-R)/T) or"
                        + " variant-b (T/R)")
            }
        }
        components.aggregation = word(&row, "Agregasi", Self.aggregationWords) { text in
            "\(text.quotedForMessage) is not an aggregation: write jumlah (sum), terakhir (last) or rata-rata"
                + " (average)"
        }
        if let text = row.text("Desimal") {
            if let decimals = Int(text), (0...6).contains(decimals), text.allSatisfy(\.isNumber) {
                components.decimals = decimals
            } else {
                row.fail("Desimal", "\(text.quotedForMessage) is not a number of decimal places: write 0 to 6")
            }
        }
        if let polarity = components.polarity, let formula = components.capaianFormula, formula.polarity != polarity {
            row.fail("Rumus Capaian", Self.mismatch(formula, polarity))
        }
        return components
    }

    /// The sasaran's code: a code as written, or the code of the sasaran whose text the cell holds.
    private func sasaranCode(_ row: inout ImportRow) -> String? {
        guard let text = row.text("Sasaran") else { return nil }
        let key = DocumentColumn.normalized(text)
        if let match = sasaran.first(where: {
            $0.code.lowercased() == text.lowercased() || DocumentColumn.normalized($0.text) == key
        }) {
            return match.code
        }
        if Field.Kind.isCode(text) { return text }
        let known = sasaran.map { "\($0.code) (\($0.text))" }
        row.fail(
            "Sasaran",
            "\(text.quotedForMessage) is neither a sasaran code nor the text of a sasaran of the Renstra"
                + (known.isEmpty ? " (the stream has no Renstra sasaran)" : ": \(known.joined(separator: "; "))"))
        return nil
    }

    /// The value a cell's word stands for, or nil: empty, or not one of the words (noted).
    private func word<Value>(
        _ row: inout ImportRow, _ column: String, _ words: [(Value, [String])], refusal: (String) -> String
    ) -> Value? {
        guard let text = row.text(column) else { return nil }
        let key = DocumentColumn.normalized(text)
        if let match = words.first(where: { $0.1.contains(key) || $0.1.contains(key.replacing("-", with: " ")) }) {
            return match.0
        }
        row.fail(column, refusal(text))
        return nil
    }

    /// Why `formula` does not fit `polarity`.
    static func mismatch(_ formula: CapaianFormula, _ polarity: Polarity) -> String {
        "\(formula.code) is a capaian formula for \(formula.polarity.code) indicators, and the indicator is"
            + " \(polarity.code)"
    }
}

extension IkuRowReader.Components {
    /// The indicator a row whose code is not in force adds, or nil after noting the cells it needs.
    func newIndicator(code: String, row: inout ImportRow) -> Indicator? {
        if name == nil { row.fail("Indikator Kinerja Utama", "the cell is empty; a new indicator needs its name") }
        if unit == nil { row.fail("Satuan", "the cell is empty; a new indicator needs its unit") }
        if polarity == nil {
            row.fail("Polaritas", "the cell is empty; a new indicator needs maksimal or minimal")
        }
        guard let name, let unit, let polarity, row.problems.isEmpty else { return nil }
        return Indicator(
            code: code, name: name, sasaran: sasaran, formula: formula, numerator: numerator,
            denominator: denominator, unit: unit, dataSource: dataSource, penanggungJawab: penanggungJawab,
            alasan: alasan, polarity: polarity,
            capaianFormula: capaianFormula ?? (polarity == .higherIsBetter ? .ratio : .variantA),
            aggregation: aggregation, decimals: decimals)
    }

    /// The components given that differ from `current`. A new polarity without a capaian formula brings the
    /// default formula for it when the one in force does not fit.
    func changes(from current: Indicator, row: inout ImportRow) -> IndicatorChanges {
        func changed<Value: Equatable>(_ value: Value?, _ now: Value?) -> Value? {
            value.flatMap { $0 == now ? nil : $0 }
        }
        var changes = IndicatorChanges(
            name: changed(name, current.name), sasaran: changed(sasaran, current.sasaran),
            formula: changed(formula, current.formula), numerator: changed(numerator, current.numerator),
            denominator: changed(denominator, current.denominator), unit: changed(unit, current.unit),
            dataSource: changed(dataSource, current.dataSource),
            penanggungJawab: changed(penanggungJawab, current.penanggungJawab),
            alasan: changed(alasan, current.alasan), polarity: changed(polarity, current.polarity),
            capaianFormula: changed(capaianFormula, current.capaianFormula),
            aggregation: changed(aggregation, current.aggregation), decimals: changed(decimals, current.decimals))
        let polarity = self.polarity ?? current.polarity
        let formula = capaianFormula ?? current.capaianFormula
        if formula.polarity != polarity {
            if capaianFormula == nil {
                changes.capaianFormula = polarity == .higherIsBetter ? .ratio : .variantA
            } else {
                row.fail("Rumus Capaian", IkuRowReader.mismatch(formula, polarity))
            }
        }
        return changes
    }
}
