import KinerjaEvents
import KinerjaProjections
import KinerjaStore

/// A Renstra's tujuan, sasaran and indicators read from a CSV laid out as a Renstra's table prints them: one
/// row per indicator (or per tujuan or sasaran without one), tujuan and sasaran in the first columns.
///
/// A blank Tujuan or Sasaran cell continues the one above, as merged cells export; the same text as the row
/// above does too. A new tujuan starts with no sasaran, so an indicator on a tujuan's rows before its first
/// sasaran is a tujuan indicator; one on a sasaran's rows measures that sasaran. Codes not given are numbered
/// in order: t1, t2… and s1, s2…. Every problem in the file is reported, by row and column.
package enum RenstraTable {
    /// Every column the header may name, in the order the help lists them.
    package static let columns: [ImportKind.Column] = [
        .init(name: "kode tujuan", isRequired: false, meaning: "the tujuan's code (default: t1, t2... in order)"),
        .init(name: "tujuan", isRequired: true, meaning: "the tujuan as printed; blank: the one above"),
        .init(name: "kode sasaran", isRequired: false, meaning: "the sasaran's code (default: s1, s2... in order)"),
        .init(name: "sasaran", isRequired: true, meaning: "the sasaran as printed; blank: the one above"),
        .init(name: "kode", isRequired: false, meaning: "the indicator's code (ppks), required with indikator"),
        .init(name: "indikator", isRequired: false, meaning: "the indicator's name as printed"),
        .init(name: "satuan", isRequired: false, meaning: "its unit: persen, poin, indeks, jiwa... (required)"),
        .init(
            name: "polaritas", isRequired: false, meaning: "higher-is-better or lower-is-better (required)"),
        .init(
            name: "rumus capaian", isRequired: false,
            meaning: "ratio, variant-a or variant-b (default: ratio, or variant-a when lower is better)"),
        .init(name: "agregasi", isRequired: false, meaning: "how periods make the year: sum, last or average"),
        .init(name: "desimal", isRequired: false, meaning: "decimal places figures are reported with, 0 to 6"),
        .init(name: "formula", isRequired: false, meaning: "the formula as printed"),
        .init(name: "sumber data", isRequired: false, meaning: "where the figures come from"),
    ]

    /// The columns that describe an indicator: given only on a row with one.
    private static let indicatorColumns = [
        "kode", "satuan", "polaritas", "rumus capaian", "agregasi", "desimal", "formula", "sumber data",
    ]

    /// The tujuan (with their indicators) and sasaran the rows of `bytes` give, or every problem found.
    package static func read(_ bytes: [UInt8], source: String) throws(ImportError) -> (
        tujuan: [RenstraAdopted.Tujuan], sasaran: [RenstraAdopted.Sasaran]
    ) {
        var problems: [ImportError.Problem] = []
        guard
            let table = ImportTable(
                bytes, header: .exact(columns, described: "a Renstra table"), emptyFileNames: [],
                namesDelimiter: false, problems: &problems)
        else { throw ImportError(source: source, problems: problems) }
        var reader = Reader()
        if problems.isEmpty {
            problems += table.readRows { row, _ in reader.take(&row) }
            if table.rowCount == 0 {
                problems.append(.init(row: nil, reason: "there are no rows below the header"))
            }
        }
        guard problems.isEmpty else { throw ImportError(source: source, problems: problems) }
        return (reader.tujuan, reader.sasaran)
    }

    /// Reads the rows in order, keeping the tujuan and sasaran the blank cells continue.
    private struct Reader {
        var tujuan: [RenstraAdopted.Tujuan] = []
        var sasaran: [RenstraAdopted.Sasaran] = []
        /// The row where each code (of a tujuan, sasaran or indicator) was given.
        var codeRows: [String: Int] = [:]
        /// The rows of each tujuan's and sasaran's text.
        var tujuanRows: [String: Int] = [:]
        var sasaranRows: [String: Int] = [:]
        /// The sasaran the rows below continue, within the current tujuan.
        var currentSasaran: RenstraAdopted.Sasaran?

        /// Reads one row, noting its problems in it.
        mutating func take(_ row: inout ImportRow) {
            guard let tujuanIndex = currentTujuan(&row) else { return }
            guard readSasaran(&row, tujuan: tujuan[tujuanIndex].code) else { return }
            guard row.text("indikator") != nil else {
                for column in Self.indicatorColumnsGiven(in: row) {
                    row.fail(column, "the row has no indikator for it to describe")
                }
                return
            }
            if let indicator = readIndicator(&row), row.problems.isEmpty {
                tujuan[tujuanIndex].indicators = (tujuan[tujuanIndex].indicators ?? []) + [indicator]
            }
        }

        private static func indicatorColumnsGiven(in row: ImportRow) -> [String] {
            RenstraTable.indicatorColumns.filter { row.text($0) != nil }
        }

        /// The index of the tujuan the row belongs to: a new one when its cell names another, else the one above.
        private mutating func currentTujuan(_ row: inout ImportRow) -> Int? {
            let text = row.text("tujuan")
            let code = row.code("kode tujuan", required: false)
            if let last = tujuan.indices.last, text == nil || text == tujuan[last].text,
                code == nil || code == tujuan[last].code
            {
                return last
            }
            guard let text else {
                row.fail("tujuan", tujuan.isEmpty ? "the first row needs its tujuan" : "the cell is empty")
                return nil
            }
            if let earlier = tujuanRows[text] {
                row.fail(
                    "tujuan", "\(text.quotedForMessage) is already on row \(earlier); keep a tujuan's rows together")
                return nil
            }
            let chosen = code ?? "t\(tujuan.count + 1)"
            guard claim(chosen, row: &row, column: code == nil ? "tujuan" : "kode tujuan") else { return nil }
            tujuanRows[text] = row.number
            tujuan.append(RenstraAdopted.Tujuan(code: chosen, text: text))
            currentSasaran = nil
            return tujuan.count - 1
        }

        /// Reads the row's sasaran: a new one when its cell names another; false when the row has a problem.
        private mutating func readSasaran(_ row: inout ImportRow, tujuan code: String) -> Bool {
            let text = row.text("sasaran")
            let given = row.code("kode sasaran", required: false)
            if let current = currentSasaran, text == nil || text == current.text, given == nil || given == current.code
            {
                return true
            }
            guard let text else {
                if given != nil { row.fail("sasaran", "the cell is empty, but kode sasaran is given") }
                return given == nil
            }
            if let earlier = sasaranRows[text] {
                row.fail(
                    "sasaran", "\(text.quotedForMessage) is already on row \(earlier); keep a sasaran's rows together")
                return false
            }
            let chosen = given ?? "s\(sasaran.count + 1)"
            guard claim(chosen, row: &row, column: given == nil ? "sasaran" : "kode sasaran") else { return false }
            sasaranRows[text] = row.number
            let new = RenstraAdopted.Sasaran(code: chosen, tujuan: code, text: text)
            sasaran.append(new)
            currentSasaran = new
            return true
        }

        /// The row's indicator, measuring the current sasaran, or nil after noting what is wrong.
        private mutating func readIndicator(_ row: inout ImportRow) -> Indicator? {
            guard let name = row.text("indikator") else { return nil }
            let code = row.code("kode")
            let unit = row.requiredText("satuan")
            var polarity: Polarity?
            if let text = row.requiredText("polaritas") {
                polarity = Polarity(code: text)
                if polarity == nil { row.fail("polaritas", Self.notOneOf(text, Polarity.codes)) }
            }
            var formula: CapaianFormula?
            if let text = row.text("rumus capaian") {
                formula = CapaianFormula(code: text)
                if formula == nil { row.fail("rumus capaian", Self.notOneOf(text, CapaianFormula.codes)) }
            }
            var aggregation: Aggregation.Kind?
            if let text = row.text("agregasi") {
                aggregation = Aggregation.Kind(rawValue: text)
                if aggregation == nil { row.fail("agregasi", Self.notOneOf(text, Aggregation.codes)) }
            }
            var decimals: Int?
            if let text = row.text("desimal") {
                decimals = Int(text).flatMap { (0...6).contains($0) ? $0 : nil }
                if decimals == nil { row.fail("desimal", "\(text.quotedForMessage) is not a whole number from 0 to 6") }
            }
            guard let code, let unit, let polarity, row.problems.isEmpty, claim(code, row: &row, column: "kode")
            else { return nil }
            return Indicator(
                code: code, name: name, sasaran: currentSasaran?.code, formula: row.text("formula"), unit: unit,
                dataSource: row.text("sumber data"), polarity: polarity,
                capaianFormula: formula ?? (polarity == .lowerIsBetter ? .variantA : .ratio),
                aggregation: aggregation, decimals: decimals)
        }

        /// Takes `code` for the row, refusing one an earlier row took.
        private mutating func claim(_ code: String, row: inout ImportRow, column: String) -> Bool {
            if let earlier = codeRows[code] {
                row.fail(column, "the code \(code) is already given on row \(earlier)")
                return false
            }
            codeRows[code] = row.number
            return true
        }

        private static func notOneOf(_ text: String, _ words: [String]) -> String {
            "\(text.quotedForMessage) is not one of \(words.joined(separator: ", "))"
        }
    }
}
