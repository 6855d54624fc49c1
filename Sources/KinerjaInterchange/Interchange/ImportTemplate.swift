import KinerjaEvents
import KinerjaProjections
import KinerjaStore
import KinerjaWorkbook

/// The sheet a clerk fills for `kinerja import`: the columns of one ``ImportKind`` as offices name them, one
/// row per thing to fill, and the value columns empty; it imports back as it is once filled.
///
/// - realisasi: one row per indicator of the IKU in force at the end of the period (else the Renstra's, for a
///   year it covers): `Kode`, `Indikator Kinerja`, `Satuan`, `Periode` (`2025-TW2`, the year in it, so no
///   `Tahun` column), then `Realisasi`, `Pembilang`, `Penyebut`, `Sumber Data`, `Keterangan` empty;
/// - targets: one row per indicator of the IKU in force at the end of the year, with `Tahun` and its current
///   Renstra target (`Target Saat Ini`, not read back) beside an empty `Target` and `Keterangan`;
/// - budget: the year's budget lines as recorded (`Tahun`, `Kode`, `Level`, `Induk`, `Uraian`, `Anggaran`,
///   `Realisasi`), else the header alone.
///
/// The columns the import does not read (`Indikator Kinerja`, `Satuan`, `Target Saat Ini`) are there for the
/// clerk, and are named as ignored when it is imported.
package enum ImportTemplate {
    /// The template's rows, the header first, for `kind` in `period` (its year for targets and budget).
    package static func rows(_ kind: ImportKind, state: OrganisationState, period: Period) -> [[String]] {
        let year = period.year
        switch kind {
        case .realisasi:
            let header = [
                "Kode", "Indikator Kinerja", "Satuan", "Periode", "Realisasi", "Pembilang", "Penyebut", "Sumber Data",
                "Keterangan",
            ]
            return [header]
                + indicators(state, on: period).map { indicator in
                    [indicator.code, indicator.name, indicator.unit, written(period), "", "", "", "", ""]
                }
        case .targets:
            let header = ["Kode", "Indikator Kinerja", "Satuan", "Tahun", "Target Saat Ini", "Target", "Keterangan"]
            let yearPeriod = Period(year: year, kind: .year) ?? period
            return [header]
                + indicators(state, on: yearPeriod).map { indicator in
                    let current = state.renstraTarget(indicator.code, year: year)?.value.indonesian(grouping: false)
                    return [indicator.code, indicator.name, indicator.unit, String(year), current ?? "", "", ""]
                }
        case .budget:
            let header = ["Tahun", "Kode", "Level", "Induk", "Uraian", "Anggaran", "Realisasi", "Keterangan"]
            return [header]
                + state.budgetLines(year: year).map { line in
                    [
                        String(year), line.code, line.level, line.parent ?? "", line.name,
                        line.pagu.indonesian(grouping: false),
                        line.realisasi?.indonesian(grouping: false) ?? "", "",
                    ]
                }
        }
    }

    /// `rows` as an Excel workbook: the header bold and frozen, codes and names as text, the figures already
    /// there (a current target, a pagu) as numbers, the cells to fill empty. It imports back as it is.
    package static func workbook(_ rows: [[String]]) -> [UInt8] {
        let numeric: Set<String> = ["Target Saat Ini", "Anggaran", "Realisasi"]
        let header = rows.first ?? []
        let cells = rows.enumerated().map { index, row in
            row.enumerated().map { position, field -> WorkbookSheet.Cell in
                if field.isEmpty { return .empty }
                guard index > 0, header.indices.contains(position), numeric.contains(header[position]),
                    let number = try? NumberParser.parse(field, locale: .indonesian).value
                else { return .text(field) }
                return .number(number, .decimal(places: number.scale))
            }
        }
        return Workbook.write(WorkbookSheet(name: "Isian", rows: cells, headerRows: 1))
    }

    /// `rows` as a CSV file that Excel and LibreOffice open directly with Indonesian settings: UTF-8 with a
    /// byte order mark, `;` between fields, CRLF line ends, quoted where a field needs it; text a spreadsheet
    /// would take for a formula (`=`, `+`, `-`, `@` first) gets a leading apostrophe.
    package static func csv(_ rows: [[String]]) -> [UInt8] {
        let text = rows.map { row in row.map(field).joined(separator: ";") + "\r\n" }.joined()
        return [0xEF, 0xBB, 0xBF] + Array(text.utf8)
    }

    /// The indicators in force at the end of `period`: the IKU's, else the Renstra's for a year it covers.
    private static func indicators(_ state: OrganisationState, on period: Period) -> [IndicatorDefinition] {
        let inForce = state.ikuInForce(on: period.lastDay).map(\.definition)
        guard inForce.isEmpty, let renstra = state.renstraIndicators, renstra.period.contains(period.year) else {
            return inForce
        }
        return renstra.definitions
    }

    /// A period as clerks write it, which the import reads back: `2025`, `2025-S1`, `2025-TW2`, `2025-M07`.
    private static func written(_ period: Period) -> String {
        period.kind == .quarter ? "\(period.year)-TW\(period.number)" : period.description
    }

    /// One field: guarded against being read as a formula, then quoted when it holds `;`, `"` or a line break.
    private static func field(_ text: String) -> String {
        var text = text
        if let first = text.unicodeScalars.first, "=+-@".unicodeScalars.contains(first) { text = "'" + text }
        guard text.contains(where: { $0 == ";" || $0 == "\"" || $0.isNewline }) else { return text }
        return "\"" + text.replacing("\"", with: "\"\"") + "\""
    }
}
