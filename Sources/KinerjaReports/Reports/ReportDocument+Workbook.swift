import KinerjaEvents
import KinerjaWorkbook

extension ReportDocument {
    /// Every table of the document as one Excel workbook: the tables one after another on one sheet, as in
    /// ``csv`` (a caption row, the heading row, the rows with `Keterangan` and `Peristiwa` columns where any
    /// cell has a remark or names events, a row per note, a blank row between tables). In a workbook a number
    /// is a number: figures are written as numbers with their own decimals shown, percentages with a `%`,
    /// rupiah grouped in thousands, so nothing depends on the reader's locale; codes stay text.
    package var workbook: [UInt8] {
        var rows: [[WorkbookSheet.Cell]] = [[.text(title)]]
        for table in tables {
            rows.append([])
            rows.append([.text(table.caption)])
            rows += table.workbookRows
            rows += table.notes.map { [.text($0)] }
        }
        return Workbook.write(WorkbookSheet(name: "Laporan", rows: rows, headerRows: 1))
    }
}

extension ReportTable {
    /// The heading row and the rows as workbook cells: the fields of ``csvRecords``, with every number a
    /// number shown in its column's format.
    var workbookRows: [[WorkbookSheet.Cell]] {
        let records = csvRecords
        guard let headings = records.first else { return [] }
        // The CSV's key column (codes) sits before `key.position`: the cells after it are one field further on.
        let key = csvKey.map { min(max($0.position, 0), max(columns.count, rows.map(\.count).max() ?? 0)) }
        let body = zip(rows, records.dropFirst()).map { row, fields in
            fields.indices.map { field -> WorkbookSheet.Cell in
                let index = key.map { field > $0 ? field - 1 : field } ?? field
                guard field != key, row.indices.contains(index) else {
                    return fields[field].isEmpty ? .empty : .text(fields[field])
                }
                let number: DecimalNumber
                switch row[index].value {
                case .text(let text): return .text(text)  // a workbook holds text as text: no formula guard
                case .empty: return .empty
                case .number(let value): number = value
                }
                let kind = columns.indices.contains(index) ? columns[index].kind : .number
                let format: WorkbookNumberFormat =
                    switch kind {
                    case .percent: .percent(places: number.scale)
                    case .rupiah, .number, .text: .decimal(places: number.scale)
                    }
                return .number(number, format)
            }
        }
        return [headings.map { .text($0) }] + body
    }
}
