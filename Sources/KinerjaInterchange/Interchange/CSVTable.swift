import KinerjaEvents
import KinerjaProjections
import KinerjaStore

/// The rows of a CSV file as a spreadsheet shows them: the header first, every field as text.
struct CSVTable: Sendable, Equatable {
    /// One row: its number as the spreadsheet shows it (the header is row 1) and its fields.
    struct Row: Sendable, Equatable {
        /// The 1-based row number; a quoted field spanning lines does not add rows.
        var number: Int
        /// The fields, in order, as written (quotes removed, `""` read as `"`).
        var fields: [String]

        /// Makes a row.
        init(number: Int, fields: [String]) {
            self.number = number
            self.fields = fields
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
}
