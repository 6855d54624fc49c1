/// One cell of a sheet as read: text, a number, or nothing.
///
/// A number keeps the decimal digits the workbook stored (`56.7`, `1250000000`, `-0.0015`), never passing
/// through floating point; exponent notation (`1.5E-3`) is written out in full (`0.0015`). Dates and times are
/// numbers too (Excel's serial days), since only the caller knows a column holds dates.
package enum WorkbookCell: Hashable, Sendable, CustomStringConvertible {
    /// Text: a shared, inline or formula string, or `TRUE`/`FALSE` for a logical value.
    case text(String)
    /// A number as its decimal digits: an optional `-`, digits, and optionally `.` and digits.
    case number(String)
    /// No value (or empty text).
    case empty

    /// The text or the digits; empty for an empty cell.
    package var description: String {
        switch self {
        case .text(let text): text
        case .number(let digits): digits
        case .empty: ""
        }
    }
}
