import KinerjaEvents

/// Writes `xl/worksheets/sheet1.xml`: the frozen header, column widths and the cells.
enum WorksheetWriter {
    /// The narrowest and widest columns written, in characters.
    private static let widths = 8...60

    /// The worksheet part of `sheet`, its cells styled from `styles`.
    static func xml(_ sheet: WorkbookSheet, styles: WorkbookStyles) -> String {
        let columnCount = sheet.rows.map(\.count).max() ?? 0
        let lastRow = sheet.rows.lastIndex { row in row.contains { $0 != .empty } }.map { $0 + 1 } ?? 1
        var xml = WorkbookParts.declaration
        xml += "<worksheet xmlns=\"\(WorkbookParts.mainNamespace)\""
        xml += " xmlns:r=\"\(WorkbookParts.relationshipNamespace)\">"
        let last = CellReference(row: lastRow, column: max(columnCount, 1))
        xml += "<dimension ref=\"A1" + (last.description == "A1" ? "" : ":\(last)") + "\"/>"
        if sheet.headerRows > 0 {
            let topLeft = CellReference(row: sheet.headerRows + 1, column: 1)
            xml += "<sheetViews><sheetView workbookViewId=\"0\">"
            xml += "<pane ySplit=\"\(sheet.headerRows)\" topLeftCell=\"\(topLeft)\" activePane=\"bottomLeft\""
            xml += " state=\"frozen\"/><selection pane=\"bottomLeft\" activeCell=\"\(topLeft)\" sqref=\"\(topLeft)\"/>"
            xml += "</sheetView></sheetViews>"
        } else {
            xml += "<sheetViews><sheetView workbookViewId=\"0\"/></sheetViews>"
        }
        xml += "<sheetFormatPr defaultRowHeight=\"15\"/>"
        if columnCount > 0 {
            xml += "<cols>"
            for (index, width) in columnWidths(sheet, count: columnCount).enumerated() {
                xml += "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(width)\" customWidth=\"1\"/>"
            }
            xml += "</cols>"
        }
        xml += "<sheetData>"
        for (rowIndex, row) in sheet.rows.enumerated() where row.contains(where: { $0 != .empty }) {
            let isBold = rowIndex < sheet.headerRows
            xml += "<row r=\"\(rowIndex + 1)\">"
            for (columnIndex, cell) in row.enumerated() {
                let reference = CellReference(row: rowIndex + 1, column: columnIndex + 1)
                xml += self.cell(cell, at: reference, style: styles, isBold: isBold)
            }
            xml += "</row>"
        }
        return xml + "</sheetData></worksheet>"
    }

    private static func cell(
        _ cell: WorkbookSheet.Cell, at reference: CellReference, style styles: WorkbookStyles, isBold: Bool
    ) -> String {
        switch cell {
        case .empty:
            return ""
        case .text(let text):
            let escaped = WorkbookParts.escape(ExcelText.escape(text))
            let style = isBold ? " s=\"1\"" : ""
            let space = text.first?.isWhitespace == true || text.last?.isWhitespace == true
            let open = space ? "<t xml:space=\"preserve\">" : "<t>"
            return "<c r=\"\(reference)\"\(style) t=\"inlineStr\"><is>\(open)\(escaped)</t></is></c>"
        case .number(let number, let format):
            let index = styles.index(of: format, isBold: isBold)
            let style = index == 0 ? "" : " s=\"\(index)\""
            return "<c r=\"\(reference)\"\(style)><v>\(number.plainDescription)</v></c>"
        }
    }

    /// Each column's width in characters: its widest value (its longest line, for text), plus a margin.
    private static func columnWidths(_ sheet: WorkbookSheet, count: Int) -> [Int] {
        var widths = [Int](repeating: 0, count: count)
        for (rowIndex, row) in sheet.rows.enumerated() {
            for (column, cell) in row.enumerated() {
                var width: Int
                switch cell {
                case .empty: width = 0
                case .text(let text): width = text.split(whereSeparator: \.isNewline).map(\.count).max() ?? 0
                case .number(let number, let format): width = format.displayWidth(of: number)
                }
                if rowIndex < sheet.headerRows { width += (width + 9) / 10 }
                widths[column] = max(widths[column], width)
            }
        }
        return widths.map { min(max($0 + 2, Self.widths.lowerBound), Self.widths.upperBound) }
    }
}
