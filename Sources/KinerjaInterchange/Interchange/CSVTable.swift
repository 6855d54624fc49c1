import KinerjaEvents
import KinerjaProjections
import KinerjaStore
import KinerjaWorkbook

/// The rows of a CSV file as a spreadsheet shows them: the header first, every field as text.
struct CSVTable: Sendable, Equatable {
    /// One row: its number as the spreadsheet shows it (the header is row 1) and its fields.
    struct Row: Sendable, Equatable {
        /// The 1-based row number; a quoted field spanning lines does not add rows.
        var number: Int
        /// The fields, in order, as written (quotes removed, `""` read as `"`).
        var fields: [String]
        /// The positions of fields that are numbers a workbook stored, written in plain digits (`56.7`): read
        /// as they are, never as a locale writes them.
        var numbers: Set<Int>

        /// Makes a row.
        init(number: Int, fields: [String], numbers: Set<Int> = []) {
            self.number = number
            self.fields = fields
            self.numbers = numbers
        }

        /// Whether every field is empty or white space (a blank line, or `;;;` from a spreadsheet).
        var isBlank: Bool { fields.allSatisfy { $0.allSatisfy(\.isWhitespace) } }
    }

    /// The delimiter the header line showed: `,` or `;`; nil when the header is one column.
    var delimiter: Character?
    /// Every row, the header first.
    var rows: [Row]

    /// Makes a table.
    init(delimiter: Character?, rows: [Row]) {
        self.delimiter = delimiter
        self.rows = rows
    }

    /// The first worksheet of an Excel workbook (`.xlsx`) as a table: text as text, a number as its plain
    /// digits (rounded to the 15 digits Excel keeps, as Excel shows them), marked so it is read as a number
    /// whatever the locale; no delimiter.
    init(workbook bytes: [UInt8]) throws(WorkbookError) {
        let sheet = try Workbook.read(bytes)
        delimiter = nil
        var rows: [Row] = sheet.enumerated().map { index, cells in
            var numbers: Set<Int> = []
            let fields = cells.enumerated().map { position, cell -> String in
                switch cell {
                case .text(let text): return text
                case .empty: return ""
                case .number(let digits):
                    numbers.insert(position)
                    return WorkbookNumber.roundedToExcelPrecision(digits)
                }
            }
            return Row(number: index + 1, fields: fields, numbers: numbers)
        }
        // A workbook leaves out the empty cells at the end of a row: every row is as wide as the widest.
        let width = rows.map(\.fields.count).max() ?? 0
        rows = rows.map { row in
            var row = row
            row.fields += Array(repeating: "", count: width - row.fields.count)
            return row
        }
        self.rows = rows
    }

    /// Whether `bytes` are a ZIP archive, as every `.xlsx` workbook is.
    static func isWorkbook(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: [0x50, 0x4B, 0x03, 0x04])
    }
}
