import Testing

@testable import KinerjaEvents
@testable import KinerjaProjections
@testable import KinerjaReports
@testable import KinerjaStore
@testable import KinerjaWorkbook

/// A report as an Excel workbook: the same tables as the CSV, with every figure a number.
@Suite struct ReportWorkbookTests {
    @Test func everyTableIsOnTheSheetWithItsFiguresAsNumbers() throws {
        let document = ReportDocument.makeLKj(
            state: BuilderFixtures.lkj.state, year: 2024, head: BuilderFixtures.head, asOf: nil)
        let rows = try Workbook.read(document.workbook)
        func text(_ cell: WorkbookCell) -> String? {
            if case .text(let text) = cell { return text }
            return nil
        }
        #expect(rows.first.flatMap { $0.first }.flatMap(text) == document.title)
        // Each table: its caption, then its heading row, then one row per table row.
        for table in document.tables {
            let caption = try #require(rows.firstIndex { $0.first.flatMap(text) == table.caption }, "\(table.name)")
            var expected = table.columns.map(\.heading)
            if let key = table.csvKey { expected.insert(key.heading, at: key.position) }
            let headings = rows[caption + 1].compactMap(text)
            #expect(Array(headings.prefix(expected.count)) == expected)
            for (offset, row) in table.rows.enumerated() {
                let cells = rows[caption + 2 + offset]
                if let key = table.csvKey {
                    #expect(text(cells[key.position]) == key.values[offset], "the code of row \(offset + 1)")
                }
                for (index, cell) in row.enumerated() {
                    let field = table.csvKey.map { index >= $0.position ? index + 1 : index } ?? index
                    let written = cells.indices.contains(field) ? cells[field] : .empty
                    switch cell.value {
                    case .number(let number):
                        guard case .number(let digits) = written else {
                            Issue.record("\(table.name) row \(offset + 1) column \(index + 1) is not a number")
                            continue
                        }
                        #expect(DecimalNumber(plain: digits) == number)
                    case .text(let value): #expect(text(written) ?? "" == value)
                    case .empty: #expect(written == .empty)
                    }
                }
            }
        }
    }
}
