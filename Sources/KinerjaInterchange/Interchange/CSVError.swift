import KinerjaEvents
import KinerjaProjections
import KinerjaStore

/// Why a CSV file could not be read: every problem found, each naming its row.
struct CSVError: Error, Equatable, Sendable, CustomStringConvertible {
    /// One problem in the file.
    enum Problem: Equatable, Sendable, CustomStringConvertible {
        /// The file is UTF-16 (a byte order mark FF FE or FE FF), as Excel's "Unicode Text" writes.
        case utf16
        /// The header line holds as many commas as semicolons, so the delimiter cannot be told.
        case ambiguousDelimiter(count: Int)
        /// A field holds bytes that are not UTF-8 (`field` is 1-based; `byte` is the first bad one).
        case invalidUTF8(row: Int, field: Int, byte: UInt8)
        /// A quoted field opened on `row` is never closed.
        case unclosedQuote(row: Int, field: Int)
        /// Text follows the closing quote of a quoted field.
        case textAfterQuote(row: Int, field: Int)

        /// The row the problem is on (the header is row 1).
        var row: Int {
            switch self {
            case .utf16, .ambiguousDelimiter: 1
            case .invalidUTF8(let row, _, _), .unclosedQuote(let row, _), .textAfterQuote(let row, _): row
            }
        }

        /// What is wrong, as a phrase (without the row).
        var reason: String {
            switch self {
            case .utf16:
                "the file is UTF-16 text; save it as \"CSV UTF-8\""
            case .ambiguousDelimiter(let count):
                "the header holds as many commas as semicolons (\(count)), so the delimiter cannot be told;"
                    + " quote the header names that contain one"
            case .invalidUTF8(_, let field, let byte):
                "field \(field) is not UTF-8 text (byte 0x\(String(byte, radix: 16, uppercase: true)));"
                    + " save the file as \"CSV UTF-8\""
            case .unclosedQuote(_, let field):
                "field \(field) opens a quote (\") that is never closed"
            case .textAfterQuote(_, let field):
                "field \(field) has text after its closing quote; a quote inside a quoted field is written \"\""
            }
        }

        /// `row N: reason`.
        var description: String { "row \(row): \(reason)" }
    }

    /// The problems, in the order found.
    var problems: [Problem]

    /// Makes an error.
    init(problems: [Problem]) {
        self.problems = problems
    }

    /// One problem per line.
    var description: String { problems.map(\.description).joined(separator: "\n") }
}
