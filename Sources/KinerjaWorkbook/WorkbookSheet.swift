import KinerjaEvents

/// A sheet to write with ``Workbook/write(_:)``: rows of cells, the first `headerRows` of them bold and frozen.
package struct WorkbookSheet: Hashable, Sendable {
    /// One cell to write.
    package enum Cell: Hashable, Sendable {
        /// Text, codes included (a code such as `1.01` stays text, never a number).
        case text(String)
        /// A number, shown with `format`.
        case number(DecimalNumber, WorkbookNumberFormat)
        /// Nothing.
        case empty
    }

    /// The tab's name (characters Excel forbids become `-`; at most 31 characters are kept).
    package var name: String
    /// The rows, from row 1.
    package var rows: [[Cell]]
    /// How many rows at the top are headings: bold, and frozen so they stay in view.
    package var headerRows: Int

    /// Makes a sheet.
    package init(name: String, rows: [[Cell]], headerRows: Int = 1) {
        self.name = name
        self.rows = rows
        self.headerRows = headerRows
    }
}

/// How a number is shown. The format codes use `,` for grouping and `.` for the decimal point; Excel and
/// LibreOffice show them with the reader's own separators (`1.250.000,50` where the locale is Indonesian).
package enum WorkbookNumberFormat: Hashable, Sendable {
    /// Excel's General: as many digits as the number has, no grouping.
    case general
    /// Grouped thousands and exactly `places` decimals: `#,##0.00` for 2.
    case decimal(places: Int)
    /// A figure already in percent (56.70 means 56.70 %), grouped, `places` decimals and a `%` sign:
    /// `#,##0.00"%"` (not Excel's `0.00%`, which would multiply by 100).
    case percent(places: Int)

    /// The format code, or nil for General.
    var code: String? {
        switch self {
        case .general: nil
        case .decimal(let places): "#,##0" + Self.decimals(places)
        case .percent(let places): "#,##0" + Self.decimals(places) + "\"%\""
        }
    }

    /// How many characters the number shows as (for column widths).
    func displayWidth(of number: DecimalNumber) -> Int {
        let digits = number.magnitude.plainDescription
        let integerDigits = digits.prefix { $0 != "." }.count
        let sign = number.isNegative ? 1 : 0
        switch self {
        case .general: return digits.count + sign
        case .decimal(let places): return sign + integerDigits + (integerDigits - 1) / 3 + Self.decimals(places).count
        case .percent(let places):
            return sign + integerDigits + (integerDigits - 1) / 3 + Self.decimals(places).count + 1
        }
    }

    /// `.00` for 2 places, nothing for 0 (places are kept within 0...15).
    private static func decimals(_ places: Int) -> String {
        let count = min(max(places, 0), 15)
        return count == 0 ? "" : "." + String(repeating: "0", count: count)
    }
}
