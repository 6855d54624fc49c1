import KinerjaEvents
import KinerjaProjections
import KinerjaStore

/// One data row of a spreadsheet being imported: its cells by column, and every problem found in them.
struct ImportRow {
    /// The row's number as the spreadsheet shows it.
    let number: Int
    /// The cells, trimmed, by lowercase column name; empty cells are left out.
    private let cells: [String: String]
    /// What is wrong with the row, in the order found.
    private(set) var problems: [ImportError.Problem] = []
    /// The separators its numbers are written with (`1.580` is 1580 in Indonesian, 1,58 in English); nil when
    /// not known, so a number whose reading depends on it is refused with both readings.
    let locale: NumberLocale?
    /// The columns whose cell a workbook stored as a number (plain digits, read as they are).
    private let numberColumns: Set<String>

    /// Makes a row from its fields and the header's column names (empty names are skipped).
    init(number: Int, fields: [String], names: [String], locale: NumberLocale? = nil, numbers: Set<Int> = []) {
        self.number = number
        self.locale = locale
        var cells: [String: String] = [:]
        var numberColumns: Set<String> = []
        for (position, (name, field)) in zip(names, fields).enumerated() where !name.isEmpty {
            let text = field.trimmed
            if !text.isEmpty { cells[name] = text }
            if numbers.contains(position) { numberColumns.insert(name) }
        }
        self.cells = cells
        self.numberColumns = numberColumns
    }

    /// The cell's text, trimmed, or nil when the column is absent or the cell empty.
    func text(_ column: String) -> String? { cells[column] }

    /// Notes a problem with `column` (nil: the whole row).
    mutating func fail(_ column: String?, _ reason: String) {
        problems.append(ImportError.Problem(row: number, column: column, reason: reason))
    }

    /// The cell's text, or nil after noting that it is empty.
    mutating func requiredText(_ column: String, _ hint: String = "") -> String? {
        guard let text = text(column) else {
            fail(column, "the cell is empty" + hint)
            return nil
        }
        return text
    }

    /// The cell as a code (`ppks`, `p1.k1`), or nil: empty (noted when required) or not a code (noted).
    mutating func code(_ column: String, required: Bool = true) -> String? {
        guard let text = required ? requiredText(column) : text(column) else { return nil }
        guard Field.Kind.isCode(text) else {
            fail(
                column,
                "\(text.quotedForMessage) is not a code: use letters, digits, '.' and '-', as in ppks, K1 or IKU-1"
            )
            return nil
        }
        return text
    }

    /// The cell as a year, else `fallback`, or nil after noting why.
    mutating func year(_ column: String, fallback: Int? = nil, hint: String = "") -> Int? {
        guard let text = text(column) else {
            if fallback == nil { fail(column, "the cell is empty" + hint) }
            return fallback
        }
        guard let year = Period.year(written: text) else {
            fail(column, "\(text.quotedForMessage) is not a year: write four digits, 1900 to 2999")
            return nil
        }
        return year
    }

    /// The cell as a number read by ``NumberParser`` in the row's ``locale``, or nil: empty (noted when
    /// required) or refused (noted).
    mutating func number(_ column: String, required: Bool = false) -> ParsedNumber? {
        guard let text = required ? requiredText(column) : text(column) else { return nil }
        if numberColumns.contains(column), let value = DecimalNumber(plain: text) {
            return ParsedNumber(value: value)  // a workbook's number: no separators to read
        }
        do {
            return try NumberParser.parse(text, locale: locale)
        } catch {
            fail(column, error.description)
            return nil
        }
    }

    /// The cell as an event id, or nil: empty, or not an id (noted).
    mutating func eventID(_ column: String) -> String? {
        guard let text = text(column) else { return nil }
        guard InputEvent.isValidID(text) else {
            fail(
                column,
                "\(text.quotedForMessage) is not an event id: use 1 to 128 letters, digits, '.', '_', ':' or '-'")
            return nil
        }
        return text
    }
}

extension String {
    /// The text in double quotes, for naming a value in a message.
    var quotedForMessage: String { "\"\(self)\"" }

    /// The text without white space (spaces, tabs, non-breaking spaces, line breaks) at either end.
    var trimmed: String {
        let start = firstIndex { !$0.isWhitespace } ?? endIndex
        let end = lastIndex { !$0.isWhitespace }.map { index(after: $0) } ?? start
        return String(self[start..<end])
    }
}
