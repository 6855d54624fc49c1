import KinerjaEvents
import KinerjaProjections
import KinerjaStore

extension ReportDocument {
    /// Every table of the document (``tables``, in order) as one CSV file that Excel opens correctly with
    /// Indonesian settings: UTF-8 with a byte-order mark, `;` between fields, CRLF line ends, numbers with a
    /// decimal comma and no thousands separator (so Excel reads them as numbers), quoting per RFC 4180.
    ///
    /// Several tables go into the one file one after another, so a single `kinerja report … --format csv`
    /// gives the whole report: each table starts with a line holding only its caption, then its heading row and
    /// rows, then one line per note; a blank line separates one table from the next. Use
    /// ``csv(tableNamed:)`` for one table alone, with nothing but its heading row and rows, ready to import.
    /// No `sep=;` line is written: Excel ignores the byte-order mark when one is present, which garbles the
    /// Indonesian text. Charts are not written: their data is the document's tables'.
    package var csv: String {
        let blocks = tables.map { table in
            ([[CSVText.guarded(table.caption)]] + table.csvRecords + table.notes.map { [CSVText.guarded($0)] }).map(
                CSVText.record
            ).joined()
        }
        return CSVText.byteOrderMark + blocks.joined(separator: CSVText.lineEnd)
    }

    /// The table named `name` (``ReportTable/name``) alone as a CSV file, formatted like ``csv``: its heading
    /// row then its rows, without caption or notes; nil when the document has no table of that name.
    package func csv(tableNamed name: String) -> String? {
        guard let table = tables.first(where: { $0.name == name }) else { return nil }
        return CSVText.byteOrderMark + table.csvRecords.map(CSVText.record).joined()
    }
}

extension ReportTable {
    /// The heading row and the rows as CSV fields, unquoted.
    ///
    /// A number is written with a decimal comma and no grouping or unit (`208,59`, not `208,59 %`;
    /// `13821027400`, not `Rp13.821.027.400`) so that a spreadsheet computes with it. A text field that
    /// starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading apostrophe, so a spreadsheet
    /// shows it instead of running it as a formula. When any cell has a remark, a last column `Keterangan`
    /// gives the row's remarks (`Capaian: dokumen mencetak 125,00`); when any cell names events, a column
    /// `Peristiwa` gives them per column (`Realisasi: e-12 e-13; Capaian: e-12`), so every figure stays
    /// traceable. A ``csvKey`` column (the indicators' codes) goes where it says, so the table imports back.
    var csvRecords: [[String]] {
        let width = max(columns.count, rows.map(\.count).max() ?? 0)
        let hasRemarks = rows.contains { $0.contains { $0.remark != nil } }
        let hasSources = rows.contains { $0.contains { !$0.sources.isEmpty } }
        func heading(_ index: Int) -> String { columns.indices.contains(index) ? columns[index].heading : "" }
        var headings = (0..<width).map { CSVText.guarded(heading($0)) }
        let key = csvKey.map { min(max($0.position, 0), width) }
        if let key, let csvKey { headings.insert(CSVText.guarded(csvKey.heading), at: key) }
        if hasRemarks { headings.append("Keterangan") }
        if hasSources { headings.append("Peristiwa") }
        return [headings]
            + rows.enumerated().map { number, row in
                let cells = (0..<width).map { row.indices.contains($0) ? row[$0] : .empty }
                var fields = cells.map { cell in
                    switch cell.value {
                    case .text(let text): CSVText.guarded(text)
                    case .number(let number): number.indonesian(grouping: false)
                    case .empty: ""
                    }
                }
                if let key, let csvKey {
                    let value = csvKey.values.indices.contains(number) ? csvKey.values[number] : ""
                    fields.insert(CSVText.guarded(value), at: key)
                }
                if hasRemarks {
                    let remarks = cells.indices.compactMap { index in
                        cells[index].remark.map { heading(index).isEmpty ? $0 : "\(heading(index)): \($0)" }
                    }
                    fields.append(CSVText.guarded(remarks.joined(separator: "; ")))
                }
                if hasSources {
                    let sources = cells.indices.compactMap { index -> String? in
                        let ids = cells[index].sources.joined(separator: " ")
                        guard !ids.isEmpty else { return nil }
                        return heading(index).isEmpty ? ids : "\(heading(index)): \(ids)"
                    }
                    fields.append(CSVText.guarded(sources.joined(separator: "; ")))
                }
                return fields
            }
    }
}

/// Writing CSV for Excel with Indonesian settings.
enum CSVText {
    /// The UTF-8 byte-order mark that tells Excel the file is UTF-8.
    static let byteOrderMark = "\u{FEFF}"
    /// The field separator: Indonesian settings use the comma for decimals, so lists use `;`.
    static let separator = ";"
    /// The line end RFC 4180 asks for.
    static let lineEnd = "\r\n"

    /// The fields as one record: quoted where needed, separated by `;`, ended by CRLF.
    static func record(_ fields: [String]) -> String {
        fields.map(quoted).joined(separator: separator) + lineEnd
    }

    /// `field` quoted per RFC 4180 when it holds a `;`, a `"` or a line break (a `"` inside doubled),
    /// otherwise as it is.
    static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == ";" || $0 == "\"" || $0.isNewline }) else { return field }
        return "\"" + field.replacing("\"", with: "\"\"") + "\""
    }

    /// Text that a spreadsheet would take for a formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage
    /// return) with an apostrophe in front; other text, and a lone `-` (no value), as it is.
    static func guarded(_ text: String) -> String {
        guard text != "-" else { return text }  // "no value": Excel keeps a lone minus as text
        guard let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return text }
        return "'" + text
    }
}
