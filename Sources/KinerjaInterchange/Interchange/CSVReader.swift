import KinerjaEvents
import KinerjaProjections
import KinerjaStore

/// Reads CSV as spreadsheet programs write it (Excel's "CSV UTF-8", and the semicolon-separated CSV it writes
/// where the decimal separator is a comma, as in Indonesia).
///
/// - The delimiter is `,` or `;`: whichever the header line (the first row) holds more of outside quotes.
///   A header with neither is one column, and no row is split (`56,70` stays one field); a header with as
///   many of each is refused.
/// - A field that starts with `"` is quoted: it may hold delimiters and line breaks, and `""` stands for one
///   `"`; after the closing quote comes the delimiter or the end of the row. A `"` inside an unquoted field is
///   kept as it is.
/// - Rows end with CR LF, LF or CR; a line break inside a quoted field is read as LF. A line break at the end
///   of the file ends the last row (it does not start an empty one).
/// - A UTF-8 byte order mark at the start is dropped; bytes that are not UTF-8 are refused, naming the row and
///   field; UTF-16 is refused as such.
/// - Rows are numbered as the spreadsheet shows them: the header is row 1, and a quoted field that spans lines
///   does not add rows. Rows keep as many fields as they hold (a ragged row is the caller's to judge); blank
///   rows are kept too.
///
/// Every problem in the file is reported, not just the first.
enum CSVReader {
    private static let quote = UInt8(ascii: "\"")
    private static let comma = UInt8(ascii: ",")
    private static let semicolon = UInt8(ascii: ";")
    private static let carriageReturn = UInt8(ascii: "\r")
    private static let lineFeed = UInt8(ascii: "\n")
    private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Reads `bytes` into rows; throws every problem found.
    static func read(_ bytes: [UInt8]) throws(CSVError) -> CSVTable {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            throw CSVError(problems: [.utf16])
        }
        let start = bytes.starts(with: byteOrderMark) ? byteOrderMark.count : 0
        let delimiter = try detectDelimiter(bytes, from: start)
        var parser = Parser(delimiter: delimiter)
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            let next: UInt8? = index + 1 < bytes.count ? bytes[index + 1] : nil
            index += parser.take(byte, next: next)
        }
        parser.finish()
        if !parser.problems.isEmpty { throw CSVError(problems: parser.problems) }
        return CSVTable(delimiter: delimiter.map { Character(Unicode.Scalar($0)) }, rows: parser.rows)
    }

    /// The delimiter of the header line: `;` or `,`, whichever it holds more of outside quotes; nil for neither.
    private static func detectDelimiter(_ bytes: [UInt8], from start: Int) throws(CSVError) -> UInt8? {
        var commas = 0
        var semicolons = 0
        var isQuoted = false
        for byte in bytes[start...] {
            if byte == quote {
                isQuoted.toggle()
            } else if !isQuoted {
                if byte == carriageReturn || byte == lineFeed { break }
                if byte == comma { commas += 1 }
                if byte == semicolon { semicolons += 1 }
            }
        }
        if commas == semicolons {
            guard commas == 0 else { throw CSVError(problems: [.ambiguousDelimiter(count: commas)]) }
            return nil
        }
        return semicolons > commas ? semicolon : comma
    }

    /// The reading state: the rows so far, the row and field being read, and the problems found.
    private struct Parser {
        let delimiter: UInt8?
        var rows: [CSVTable.Row] = []
        var problems: [CSVError.Problem] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var rowNumber = 1
        var isInQuotes = false
        var wasQuoted = false
        var hasTextAfterQuote = false

        init(delimiter: UInt8?) {
            self.delimiter = delimiter
        }

        /// Reads `byte` (with the one after it, if any); returns how many bytes it used.
        mutating func take(_ byte: UInt8, next: UInt8?) -> Int {
            if isInQuotes {
                switch byte {
                case CSVReader.quote where next == CSVReader.quote:
                    field.append(CSVReader.quote)
                    return 2
                case CSVReader.quote:
                    isInQuotes = false
                case CSVReader.carriageReturn:
                    field.append(CSVReader.lineFeed)
                    return next == CSVReader.lineFeed ? 2 : 1
                default:
                    field.append(byte)
                }
                return 1
            }
            switch byte {
            case _ where byte == delimiter:
                endField()
            case CSVReader.carriageReturn, CSVReader.lineFeed:
                endField()
                endRow()
                return byte == CSVReader.carriageReturn && next == CSVReader.lineFeed ? 2 : 1
            case CSVReader.quote where field.isEmpty && !wasQuoted:
                isInQuotes = true
                wasQuoted = true
            default:
                if wasQuoted {
                    hasTextAfterQuote = true
                } else {
                    field.append(byte)
                }
            }
            return 1
        }

        /// Ends the input: the last row may lack its line break; a quote still open is a problem.
        mutating func finish() {
            if isInQuotes {
                problems.append(.unclosedQuote(row: rowNumber, field: fields.count + 1))
                return
            }
            if !fields.isEmpty || !field.isEmpty || wasQuoted {
                endField()
                endRow()
            }
        }

        private mutating func endField() {
            if hasTextAfterQuote {
                problems.append(.textAfterQuote(row: rowNumber, field: fields.count + 1))
            }
            if let bad = UTF8Validation.firstInvalidOffset(in: field) {
                problems.append(.invalidUTF8(row: rowNumber, field: fields.count + 1, byte: field[bad]))
            }
            fields.append(String(decoding: field, as: UTF8.self))
            field = []
            wasQuoted = false
            hasTextAfterQuote = false
        }

        private mutating func endRow() {
            rows.append(CSVTable.Row(number: rowNumber, fields: fields))
            fields = []
            rowNumber += 1
        }
    }
}
