import KinerjaEvents
import KinerjaProjections
import KinerjaStore

/// Turns the annex of a Perjanjian Kinerja, saved as CSV, into what the PK says: its sasaran with their
/// indicators and the year's targets, and its programs with their anggaran.
///
/// A row gives an indicator (Indikator and Target), a program (Program and Anggaran), or both side by side. The
/// Indikator cell holds the indicator's code or its name, matched to the IKU in force in any case. A Sasaran
/// cell left empty continues the sasaran above it (a merged cell), and rows with the same sasaran make one
/// sasaran; a sasaran given by its code or by the text of a Renstra sasaran takes the Renstra's code. A program
/// named Jumlah or Total gives the total anggaran as printed. Every problem in the file is found, each by row
/// and column.
package struct PerjanjianKinerjaTableImport: Sendable {
    /// The file as named in messages.
    var source: String
    /// The year the PK is for (a `Target <year>` header names the Target column).
    var year: Int

    /// What the annex says, and the problems found.
    package struct Mapping: Sendable, Equatable {
        /// The sasaran, in the order first given, with their indicators and targets.
        package var sasaran: [PerjanjianKinerjaContent.Sasaran] = []
        /// The programs and their anggaran, in file order.
        package var programs: [PerjanjianKinerjaContent.Program] = []
        /// The total anggaran the annex prints (a program row named Jumlah or Total).
        package var totalAnggaran: DecimalNumber?
        /// Every problem found.
        package var problems: [ImportError.Problem] = []
    }

    /// The columns of a PK annex, with the names documents give them.
    package static let columns: [DocumentColumn] = [
        .column("No", ["nomor"], ignored: true, "the row's number as printed (not read)"),
        .column(
            "Sasaran", ["sasaran strategis", "sasaran program"],
            "the sasaran as printed, or a Renstra sasaran's code; empty: the sasaran above"),
        .column(
            "Indikator", ["indikator kinerja", "indikator kinerja utama", "iku", "kode indikator"],
            "the indicator's code or name, as in the IKU in force"),
        .column("Target", ["target kinerja"], "the year's target (56,70)"),
        .column("Satuan", ["unit"], "the unit as printed (%)"),
        .column("Kode Program", [], "the program's code"),
        .column("Program", ["nama program", "program kegiatan"], "the program as printed; Jumlah or Total: the total"),
        .column("Anggaran", ["pagu", "pagu anggaran", "anggaran rp", "jumlah anggaran"], "its budget in rupiah"),
    ]

    /// Makes an import of the annex in `source` of the PK for `year`.
    package init(source: String, year: Int) {
        self.source = source
        self.year = year
    }

    /// Reads `bytes`; `inForce` is the IKU the indicators are matched to, `sasaran` the Renstra's.
    package func map(
        _ bytes: [UInt8], inForce: [IndicatorDefinition], sasaran renstra: [IkuTableImport.Sasaran]
    ) -> Mapping {
        var mapping = Mapping()
        guard
            let table = ImportTable(
                bytes, header: .document(Self.columns, extra: ["target \(year)": "Target"]),
                emptyFileNames: ["Sasaran", "Indikator", "Target"], problems: &mapping.problems)
        else { return mapping }
        let has = Set(table.names)
        if !has.contains("Indikator") && !has.contains("Program") {
            mapping.problems.append(
                .init(row: table.headerRow, reason: "the header names neither Indikator nor Program: nothing to read"))
        }
        for (one, other) in [("Indikator", "Target"), ("Target", "Indikator"), ("Program", "Anggaran")]
        where has.contains(one) && !has.contains(other) {
            mapping.problems.append(
                .init(row: table.headerRow, column: other, reason: "missing from the header, beside \(one)"))
        }
        if has.contains("Indikator") && !has.contains("Sasaran") {
            mapping.problems.append(.init(row: table.headerRow, column: "Sasaran", reason: "missing from the header"))
        }
        guard mapping.problems.isEmpty else { return mapping }
        var reader = Reader(inForce: inForce, renstra: renstra)
        let problems = table.readRows { row, _ in reader.read(&row, into: &mapping) }
        mapping.problems += problems
        guard mapping.problems.isEmpty else { return mapping }
        if mapping.sasaran.isEmpty {
            mapping.problems.append(.init(row: nil, reason: "no row gives an indicator and its target"))
        }
        for sasaran in mapping.sasaran where sasaran.indicators.isEmpty {
            mapping.problems.append(
                .init(row: nil, reason: "the sasaran \(sasaran.text.quotedForMessage) has no indicator below it"))
        }
        return mapping
    }

    /// The reading state: the sasaran rows continue, and where each indicator and program was first given.
    private struct Reader {
        let inForce: [IndicatorDefinition]
        let renstra: [IkuTableImport.Sasaran]
        var currentSasaran: Int?
        var rowOfIndicator: [String: Int] = [:]
        var rowOfProgram: [String: Int] = [:]
        var totalRow: Int?

        init(inForce: [IndicatorDefinition], renstra: [IkuTableImport.Sasaran]) {
            self.inForce = inForce
            self.renstra = renstra
        }

        mutating func read(_ row: inout ImportRow, into mapping: inout Mapping) {
            if let text = row.text("Sasaran") {
                currentSasaran = sasaranIndex(text, in: &mapping.sasaran)
            }
            if row.text("Indikator") != nil || row.text("Target") != nil || row.text("Satuan") != nil {
                readIndicator(&row, into: &mapping)
            }
            if row.text("Program") != nil || row.text("Anggaran") != nil || row.text("Kode Program") != nil {
                readProgram(&row, into: &mapping)
            }
        }

        /// The index of the sasaran `text` names, added when new.
        private func sasaranIndex(_ text: String, in list: inout [PerjanjianKinerjaContent.Sasaran]) -> Int {
            let key = DocumentColumn.normalized(text)
            let isCode = { (code: String) in code.lowercased() == text.lowercased() }
            let match = renstra.first { isCode($0.code) || DocumentColumn.normalized($0.text) == key }
            let code = match?.code
            let printed = match.map { isCode($0.code) ? $0.text : text } ?? text
            if let index = list.firstIndex(where: {
                (code != nil && $0.code == code) || DocumentColumn.normalized($0.text) == key
            }) {
                return index
            }
            list.append(.init(code: code, text: printed, indicators: []))
            return list.count - 1
        }

        private mutating func readIndicator(_ row: inout ImportRow, into mapping: inout Mapping) {
            let definition = indicator(&row)
            let target = row.number("Target", required: true)
            if let target, let definition, let mismatch = definition.unitMismatch(of: target) {
                row.fail("Target", "\(row.text("Target")?.quotedForMessage ?? ""): \(mismatch)")
            }
            if currentSasaran == nil {
                row.fail("Sasaran", "the cell is empty, and no row above names a sasaran")
            }
            if let definition {
                if let earlier = rowOfIndicator[definition.code] {
                    row.fail("Indikator", "\(definition.code) is already on row \(earlier)")
                } else {
                    rowOfIndicator[definition.code] = row.number
                }
            }
            guard let definition, let target, let currentSasaran, row.problems.isEmpty else { return }
            mapping.sasaran[currentSasaran].indicators.append(
                .init(indicator: definition.code, target: target.value, unit: row.text("Satuan")))
        }

        /// The indicator in force the cell names by code or name, or nil (noted).
        private func indicator(_ row: inout ImportRow) -> IndicatorDefinition? {
            guard let text = row.requiredText("Indikator") else { return nil }
            let key = DocumentColumn.normalized(text)
            if let match = inForce.first(where: { $0.code.lowercased() == text.lowercased() }) { return match }
            let named = inForce.filter { DocumentColumn.normalized($0.name) == key }
            if named.count == 1 { return named[0] }
            if named.count > 1 {
                row.fail(
                    "Indikator",
                    "\(text.quotedForMessage) is the name of \(named.map(\.code).joined(separator: ", ")); give the code"
                )
                return nil
            }
            let codes = inForce.map(\.code)
            let hint = Suggestion.closest(to: text.lowercased(), among: codes).map { " (did you mean \($0)?)" } ?? ""
            row.fail(
                "Indikator",
                "\(text.quotedForMessage) is neither the code nor the name of an indicator of the IKU in force\(hint);"
                    + (codes.isEmpty ? " no IKU is in force" : " its codes are \(codes.joined(separator: ", "))"))
            return nil
        }

        private mutating func readProgram(_ row: inout ImportRow, into mapping: inout Mapping) {
            let name = row.requiredText("Program")
            let code = row.code("Kode Program", required: false)
            var anggaran: DecimalNumber?
            if let number = row.number("Anggaran", required: true) {
                if number.hasPercentSign {
                    row.fail("Anggaran", "\(row.text("Anggaran")?.quotedForMessage ?? "") is a percentage, not rupiah")
                } else {
                    anggaran = number.value
                }
            }
            guard let name, let anggaran else { return }
            if ["jumlah", "total", "jumlah anggaran", "total anggaran"].contains(DocumentColumn.normalized(name)) {
                if let totalRow {
                    row.fail("Program", "the total is already on row \(totalRow)")
                } else {
                    totalRow = row.number
                    mapping.totalAnggaran = anggaran
                }
                return
            }
            let key = DocumentColumn.normalized(name)
            if let earlier = rowOfProgram[key] {
                row.fail("Program", "\(name.quotedForMessage) is already on row \(earlier)")
                return
            }
            rowOfProgram[key] = row.number
            guard row.problems.isEmpty else { return }
            mapping.programs.append(.init(code: code, name: name, anggaran: anggaran))
        }
    }
}
