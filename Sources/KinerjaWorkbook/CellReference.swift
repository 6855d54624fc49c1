/// A cell's place in a sheet, as `A1` notation names it: row 1 and column 1 are `A1`; `AA10` is row 10,
/// column 27. Rows run to 1,048,576 and columns to 16,384 (`XFD`), as in Excel.
package struct CellReference: Hashable, Sendable, CustomStringConvertible {
    /// The most rows a sheet has.
    package static let maximumRow = 1_048_576
    /// The most columns a sheet has (`XFD`).
    package static let maximumColumn = 16_384

    /// 1-based row.
    package let row: Int
    /// 1-based column.
    package let column: Int

    /// The cell at `row` and `column` (1-based, within the sheet's limits).
    package init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    /// Reads `A1` notation (capital letters, then digits without leading zeros), or nil if it is not a cell
    /// within the sheet's limits.
    package init?(_ text: String) {
        var column = 0
        var row = 0
        var letters = 0
        var digits = 0
        for byte in text.utf8 {
            if byte >= UInt8(ascii: "A"), byte <= UInt8(ascii: "Z"), digits == 0 {
                column = column * 26 + Int(byte - UInt8(ascii: "A")) + 1
                letters += 1
                guard letters <= 3 else { return nil }
            } else if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9"), letters > 0 {
                guard !(digits == 0 && byte == UInt8(ascii: "0")) else { return nil }
                row = row * 10 + Int(byte - UInt8(ascii: "0"))
                digits += 1
                guard digits <= 7 else { return nil }
            } else {
                return nil
            }
        }
        guard digits > 0, (1...Self.maximumRow).contains(row), (1...Self.maximumColumn).contains(column) else {
            return nil
        }
        self.init(row: row, column: column)
    }

    /// The letters of a 1-based column: 1 is `A`, 27 is `AA`.
    package static func columnName(_ column: Int) -> String {
        var letters: [Character] = []
        var rest = column
        while rest > 0 {
            rest -= 1
            letters.append(Character(Unicode.Scalar(UInt8(ascii: "A") + UInt8(rest % 26))))
            rest /= 26
        }
        return String(letters.reversed())
    }

    /// `B7`.
    package var description: String { Self.columnName(column) + String(row) }
}
