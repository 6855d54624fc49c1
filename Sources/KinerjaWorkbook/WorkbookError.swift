/// Why a workbook could not be read: one sentence naming the part, the line or the cells at fault.
package enum WorkbookError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file is an Excel 97-2003 workbook (.xls), not the .xlsx format read here.
    case legacyExcel
    /// The file is an OpenDocument spreadsheet (.ods), not .xlsx.
    case openDocument
    /// The ZIP container is unreadable or unsafe.
    case archive(ZipError)
    /// A part the workbook needs is not in the package.
    case missingPart(String)
    /// A part is not well-formed XML (`line` is 1-based).
    case xml(part: String, line: Int, reason: String)
    /// A part is well-formed but does not say what a workbook must (a sheet without a relationship, say).
    case invalidPart(String, reason: String)
    /// The workbook has no worksheet.
    case noWorksheet
    /// No sheet has the name asked for.
    case sheetNotFound(String, available: [String])
    /// The sheet asked for is a chart sheet or dialog sheet, without cells.
    case notAWorksheet(String)
    /// The sheet's cells would be more than are read (counting the empty cells before each value in its row).
    case tooManyCells(sheet: String, limit: Int)
    /// Cells whose values cannot be read, in sheet order (at most ``maximumProblems``; `omitted` more).
    case cells(sheet: String, problems: [WorkbookCellProblem], omitted: Int)

    /// The most cell problems kept.
    package static let maximumProblems = 100

    /// The problem, in one sentence (cell problems one per line).
    package var description: String {
        switch self {
        case .legacyExcel:
            "the file is an Excel 97-2003 workbook (.xls); save it as \"Excel Workbook (.xlsx)\""
        case .openDocument:
            "the file is an OpenDocument spreadsheet (.ods); save it as \"Excel 2007-365 (.xlsx)\""
        case .archive(let error):
            "the workbook cannot be read: \(error)"
        case .missingPart(let part):
            "the workbook has no \(part); it is not an .xlsx workbook or it is damaged"
        case .xml(let part, let line, let reason):
            "the workbook's \(part) is not valid XML at line \(line): \(reason)"
        case .invalidPart(let part, let reason):
            "the workbook's \(part) \(reason)"
        case .noWorksheet:
            "the workbook has no worksheet"
        case .sheetNotFound(let name, let available):
            "the workbook has no sheet named \"\(name)\"; its sheets are "
                + available.map { "\"\($0)\"" }.joined(separator: ", ")
        case .notAWorksheet(let name):
            "the sheet \"\(name)\" is a chart or dialog sheet, not a worksheet with cells"
        case .tooManyCells(let sheet, let limit):
            "the sheet \"\(sheet)\" has more than \(limit) cells"
        case .cells(let sheet, let problems, let omitted):
            (problems.map { "sheet \"\(sheet)\", \($0)" } + (omitted > 0 ? ["and \(omitted) more cells"] : []))
                .joined(separator: "\n")
        }
    }
}

/// A cell whose value cannot be read.
package enum WorkbookCellProblem: Equatable, Sendable, CustomStringConvertible {
    /// The cell has a formula but the workbook holds no computed value for it (a program wrote the formula
    /// without calculating it).
    case formulaWithoutValue(CellReference)
    /// The cell holds an error value such as `#DIV/0!` or `#N/A`.
    case errorValue(CellReference, String)
    /// The cell refers to a shared string that does not exist.
    case missingSharedString(CellReference, index: String, count: Int)
    /// The cell's number is not a number.
    case invalidNumber(CellReference, String)
    /// The cell's logical value is neither 0 nor 1.
    case invalidBoolean(CellReference, String)
    /// The cell has a type this reader does not know (`d`, an ISO 8601 date, which Excel does not write).
    case unsupportedType(CellReference, String)
    /// The cell's `r` attribute is not a cell reference, or not in its row (`row` is the row it is in).
    case invalidReference(String, row: Int)
    /// Two values for the same cell.
    case duplicateCell(CellReference)

    /// The cell, when it is known.
    package var reference: CellReference? {
        switch self {
        case .formulaWithoutValue(let cell), .errorValue(let cell, _), .missingSharedString(let cell, _, _),
            .invalidNumber(let cell, _), .invalidBoolean(let cell, _), .unsupportedType(let cell, _),
            .duplicateCell(let cell):
            cell
        case .invalidReference: nil
        }
    }

    /// `cell B7 (row 7, column B): reason`.
    package var description: String {
        switch self {
        case .formulaWithoutValue(let cell):
            "\(Self.name(cell)): has a formula but no calculated value; open the workbook in Excel or LibreOffice"
                + " and save it again"
        case .errorValue(let cell, let value):
            "\(Self.name(cell)): holds the error \(value); correct the formula or clear the cell"
        case .missingSharedString(let cell, let index, let count):
            "\(Self.name(cell)): refers to shared string \(index) but the workbook has \(count)"
        case .invalidNumber(let cell, let text):
            "\(Self.name(cell)): the number \"\(text)\" is not a number"
        case .invalidBoolean(let cell, let text):
            "\(Self.name(cell)): the logical value \"\(text)\" is neither 0 nor 1"
        case .unsupportedType(let cell, let type):
            "\(Self.name(cell)): has the cell type \"\(type)\", which is not read; save it as a number or text"
        case .invalidReference(let text, let row):
            "row \(row): the cell reference \"\(text)\" is not a cell of that row"
        case .duplicateCell(let cell):
            "\(Self.name(cell)): has two values"
        }
    }

    private static func name(_ cell: CellReference) -> String {
        "cell \(cell) (row \(cell.row), column \(CellReference.columnName(cell.column)))"
    }
}
