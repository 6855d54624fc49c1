import KinerjaEvents
import KinerjaProjections
import KinerjaStore

/// Turns the IKU table of a decree (penetapan, reviu or IKUP), saved as CSV, into the changes an
/// `IkuDecisionProposed` records against the IKU in force: rows whose code is not in force are added, rows whose
/// code is in force with a component that differs are amended (only the components that differ), and codes in
/// force that the table leaves out are retired (by a reviu or an IKUP; a penetapan retires nothing).
///
/// The header names the columns of ``columns`` by any of their names (``DocumentColumn``). A cell left empty
/// leaves its component as it is in force (an amendment cannot clear a component); on a new indicator it leaves
/// the component out. Every problem in the file is found, each by row and column.
package struct IkuTableImport: Sendable {
    /// The file as named in messages.
    var source: String
    /// What kind of decision the table belongs to.
    var kind: IkuDecisionProposed.Kind

    /// The decision's changes, what the table leaves as it is, and the problems found.
    package struct Mapping: Sendable, Equatable {
        /// How many data rows (not blank) the file has.
        package var rowCount = 0
        /// Indicators whose code is not in force, in file order.
        package var added: [Indicator] = []
        /// Indicators in force with components that differ, in file order.
        package var amended: [IkuDecisionProposed.Amendment] = []
        /// Indicators in force the table leaves out, retired (a reviu or an IKUP), in the order in force.
        package var retired: [IndicatorDefinition] = []
        /// Indicators in force the table leaves out, staying in force (a penetapan retires nothing).
        package var kept: [IndicatorDefinition] = []
        /// Codes in force the table gives as they are.
        package var unchanged: [String] = []
        /// Every problem found.
        package var problems: [ImportError.Problem] = []
    }

    /// A sasaran the table may name by code or by text.
    package typealias Sasaran = (code: String, text: String)

    /// The columns of an IKU table, with the names documents give them.
    package static let columns: [DocumentColumn] = [
        .column("No", ["nomor", "no urut"], ignored: true, "the row's number as printed (not read)"),
        .column(
            "Sasaran", ["sasaran strategis", "sasaran renstra", "kode sasaran"],
            "the sasaran it measures: its code (s1) or its text as the Renstra prints it"),
        .column(
            "Indikator Kinerja Utama", ["indikator kinerja", "indikator", "iku", "nama indikator"], required: true,
            "the indicator's name as printed"),
        .column("Kode", ["kode indikator", "kode iku", "code"], required: true, "the indicator's code (ppks)"),
        .column("Satuan", ["unit"], required: true, "the unit: persen, poin, indeks, jiwa, kasus…"),
        .column(
            "Formula", ["formulasi", "formulasi perhitungan", "cara perhitungan", "rumus", "definisi operasional"],
            "the formula or definition as printed"),
        .column("Pembilang", ["numerator"], "what the numerator counts"),
        .column("Penyebut", ["denominator"], "what the denominator counts"),
        .column("Sumber Data", ["sumber", "data source"], "where the figures come from"),
        .column(
            "Penanggung Jawab", ["penanggungjawab", "unit penanggung jawab"],
            "the units responsible; several on separate lines or separated by ;"),
        .column("Alasan", ["alasan memilih indikator", "alasan pemilihan indikator"], "why the indicator was chosen"),
        .column(
            "Polaritas", ["polarity", "arah"], required: true,
            "maksimal (higher is better) or minimal (lower is better)"),
        .column(
            "Rumus Capaian", ["capaian formula", "formula capaian"],
            "ratio (R/T), variant-a ((2T-R)/T) or variant-b (T/R); default ratio for maksimal, variant-a for minimal"),
        .column(
            "Agregasi", ["aggregation", "cara agregasi"],
            "how period realisations make the year: jumlah (sum), terakhir (last) or rata-rata (average)"),
        .column("Desimal", ["decimals", "jumlah desimal"], "decimal places figures are reported with, 0 to 6"),
    ]

    /// Makes an import of the table in `source` for a decision of `kind`.
    package init(source: String, kind: IkuDecisionProposed.Kind) {
        self.source = source
        self.kind = kind
    }

    /// Reads `bytes` and computes the changes against `inForce` (the IKU in force on the decision's date);
    /// `sasaran` are the sasaran a text in the Sasaran column is matched to (the Renstra's).
    /// A code not in force takes the spelling `spelling` gives it (the Renstra's or an earlier decision's), so
    /// one indicator is never recorded under two spellings.
    package func map(
        _ bytes: [UInt8], inForce: [IndicatorDefinition], sasaran: [Sasaran],
        spelling: (String) -> String? = { _ in nil }
    ) -> Mapping {
        var mapping = Mapping()
        guard
            let table = ImportTable(
                bytes, header: .document(Self.columns),
                emptyFileNames: Self.columns.filter(\.isRequired).map(\.name), problems: &mapping.problems)
        else { return mapping }
        guard mapping.problems.isEmpty else { return mapping }
        mapping.rowCount = table.rowCount
        var rowOfCode: [String: Int] = [:]
        var given: Set<String> = []
        let problems = table.readRows { row, _ in
            var components = IkuRowReader(sasaran: sasaran).read(&row)
            // A code is one code whatever its case: one in force keeps the spelling the IKU records.
            let current = components.code.flatMap { code in
                inForce.first { $0.code.lowercased() == code.lowercased() }
            }
            if let current {
                components.code = current.code
            } else if let code = components.code, let known = spelling(code) {
                components.code = known
            }
            if let code = components.code {
                if let earlier = rowOfCode[code.lowercased()] {
                    row.fail("Kode", "\(code) is already on row \(earlier)")
                } else {
                    rowOfCode[code.lowercased()] = row.number
                }
            }
            if let code = components.code, row.problems.isEmpty {
                given.insert(code.lowercased())
                if let current {
                    let changes = components.changes(from: current.indicator, row: &row)
                    if changes == IndicatorChanges() {
                        mapping.unchanged.append(code)
                    } else if row.problems.isEmpty {
                        mapping.amended.append(.init(code: code, changes: changes))
                    }
                } else if let indicator = components.newIndicator(code: code, row: &row) {
                    mapping.added.append(indicator)
                }
            }
        }
        mapping.problems += problems
        if mapping.rowCount == 0 {
            mapping.problems.append(
                .init(row: nil, reason: "there are no rows below the header; no indicator is given"))
        }
        guard mapping.problems.isEmpty else { return mapping }
        for definition in inForce where !given.contains(definition.code.lowercased()) {
            if kind == .penetapan {
                mapping.kept.append(definition)
            } else {
                mapping.retired.append(definition)
            }
        }
        return mapping
    }
}
