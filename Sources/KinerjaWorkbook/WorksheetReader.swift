/// Reads a worksheet part's `<sheetData>`: rows of `<c>` cells with their `t` type and `<v>`, `<f>` and `<is>`
/// children, into rows of ``WorkbookCell``.
///
/// Cell types: `s` (shared string), `str` (a formula's text), `inlineStr` (text in `<is>`), `b` (logical, read
/// as `TRUE`/`FALSE`), `n` or none (number), `e` (an error value: refused). A cell without `r` follows the one
/// before it in its row; a row without `r` follows the row before it.
enum WorksheetReader {
    /// The cells of the worksheet at `path`; every cell problem in it is thrown together.
    static func read(
        _ package: WorkbookPackage, path: String, sheet: String, sharedStrings: [String]
    ) throws(WorkbookError) -> [[WorkbookCell]] {
        var reader = SheetState(path: path, sheet: sheet, sharedStrings: sharedStrings)
        try package.scan(path) { event throws(WorkbookError) in try reader.take(event) }
        guard reader.problems.isEmpty else {
            throw .cells(sheet: sheet, problems: reader.problems, omitted: reader.omittedProblems)
        }
        return reader.rows
    }
}

/// The reading state: the rows so far, where the reader is, and the cell being read.
private struct SheetState {
    /// A `<c>` element being read.
    struct PendingCell {
        let reference: CellReference
        let type: String
        var value: String?
        var hasFormula = false
        var inlineText: InlineTextCollector?
    }

    let path: String
    let sheet: String
    let sharedStrings: [String]
    var rows: [[WorkbookCell]] = []
    var problems: [WorkbookCellProblem] = []
    var omittedProblems = 0
    private var cellCount = 0
    private var isInSheetData = false
    private var row = 0
    private var column = 0
    private var cell: PendingCell?
    /// Whether a cell is ignored for a bad reference (its children are skipped).
    private var isSkippingCell = false
    private var isInValue = false
    private var isInInlineString = false

    init(path: String, sheet: String, sharedStrings: [String]) {
        self.path = path
        self.sheet = sheet
        self.sharedStrings = sharedStrings
    }

    mutating func take(_ event: XMLEvent) throws(WorkbookError) {
        if isInInlineString {
            if case .end(let name) = event, name.localXMLName == "is" {
                isInInlineString = false
            } else {
                cell?.inlineText?.take(event)
            }
            return
        }
        switch event {
        case .start(let name, let attributes):
            switch name.localXMLName {
            case "sheetData": isInSheetData = true
            case "row" where isInSheetData: try startRow(attributes)
            case "c" where isInSheetData: startCell(attributes)
            case "v" where cell != nil:
                isInValue = true
                if cell?.value == nil { cell?.value = "" }
            case "f" where cell != nil: cell?.hasFormula = true
            case "is" where cell != nil:
                isInInlineString = true
                cell?.inlineText = InlineTextCollector()
            default: break
            }
        case .end(let name):
            switch name.localXMLName {
            case "sheetData": isInSheetData = false
            case "v": isInValue = false
            case "c" where isInSheetData: try finishCell()
            default: break
            }
        case .text(let text):
            if isInValue { cell?.value? += text }
        }
    }

    private mutating func startRow(_ attributes: [XMLAttribute]) throws(WorkbookError) {
        if let text = attributes.value("r") {
            guard let number = Int(text), (1...CellReference.maximumRow).contains(number) else {
                throw .invalidPart(path, reason: "has a row numbered \"\(text)\"")
            }
            row = number
        } else {
            row += 1
            guard row <= CellReference.maximumRow else {
                throw .invalidPart(path, reason: "has more than \(CellReference.maximumRow) rows")
            }
        }
        column = 0
    }

    private mutating func startCell(_ attributes: [XMLAttribute]) {
        let reference: CellReference
        if let text = attributes.value("r") {
            guard let parsed = CellReference(text), parsed.row == row || row == 0 else {
                report(.invalidReference(text, row: row))
                isSkippingCell = true
                return
            }
            reference = parsed
        } else {
            guard row > 0, column < CellReference.maximumColumn else {
                report(.invalidReference("", row: row))
                isSkippingCell = true
                return
            }
            reference = CellReference(row: row, column: column + 1)
        }
        column = reference.column
        cell = PendingCell(reference: reference, type: attributes.value("t") ?? "n")
    }

    private mutating func finishCell() throws(WorkbookError) {
        defer {
            cell = nil
            isSkippingCell = false
        }
        guard let cell, !isSkippingCell else { return }
        let reference = cell.reference
        let value: WorkbookCell
        switch cell.type {
        case "inlineStr":
            value = text(cell.inlineText?.text ?? cell.value.map(ExcelText.unescape))
        case "s":
            guard let index = cell.value else {
                value = .empty
                break
            }
            guard let position = Int(index), sharedStrings.indices.contains(position) else {
                report(.missingSharedString(reference, index: index, count: sharedStrings.count))
                return
            }
            value = text(sharedStrings[position])
        case "str":
            value = text(cell.value.map(ExcelText.unescape))
        case "b":
            switch cell.value {
            case nil, "": value = .empty
            case "0": value = .text("FALSE")
            case "1": value = .text("TRUE")
            case let other?:
                report(.invalidBoolean(reference, other))
                return
            }
        case "e":
            report(.errorValue(reference, cell.value ?? ""))
            return
        case "n":
            guard let stored = cell.value, !stored.isEmpty else {
                value = .empty
                break
            }
            guard let digits = WorkbookNumber.plainDigits(stored) else {
                report(.invalidNumber(reference, stored))
                return
            }
            value = .number(digits)
        default:
            report(.unsupportedType(reference, cell.type))
            return
        }
        if value == .empty {
            if cell.hasFormula, cell.value == nil || cell.type != "str" {
                report(.formulaWithoutValue(reference))
            }
            return
        }
        try place(value, at: reference)
    }

    /// `.text`, or `.empty` for nil or empty text.
    private func text(_ text: String?) -> WorkbookCell {
        guard let text, !text.isEmpty else { return .empty }
        return .text(text)
    }

    private mutating func place(_ value: WorkbookCell, at reference: CellReference) throws(WorkbookError) {
        while rows.count < reference.row { rows.append([]) }
        let index = reference.row - 1
        let count = rows[index].count
        if count >= reference.column {
            guard rows[index][reference.column - 1] == .empty else {
                report(.duplicateCell(reference))
                return
            }
            rows[index][reference.column - 1] = value
            return
        }
        cellCount += reference.column - count
        guard cellCount <= Workbook.maximumCells else {
            throw .tooManyCells(sheet: sheet, limit: Workbook.maximumCells)
        }
        rows[index].append(contentsOf: repeatElement(.empty, count: reference.column - 1 - count))
        rows[index].append(value)
    }

    private mutating func report(_ problem: WorkbookCellProblem) {
        if problems.count < WorkbookError.maximumProblems {
            problems.append(problem)
        } else {
            omittedProblems += 1
        }
    }
}
