/// Excel workbooks (.xlsx, SpreadsheetML), read and written with no dependency: the package, the ZIP container
/// and the XML are all read here.
///
/// Reading gives one sheet's values as rows of ``WorkbookCell``: `rows[0]` is row 1, `rows[i][j]` the cell in
/// row `i + 1`, column `j + 1`. Rows hold cells up to their last value (empty cells before it are ``WorkbookCell/empty``),
/// empty rows are empty arrays, and nothing follows the last row with a value. Formulas read as the values the
/// workbook stored for them; a formula without one is refused, naming the cell.
package enum Workbook {
    /// The most cells read from one sheet, counting the empty ones before each value in its row.
    package static let maximumCells = 4_000_000

    /// A sheet as `xl/workbook.xml` lists it.
    struct SheetEntry {
        /// The tab's name.
        let name: String
        /// The relationship id of its part.
        let relationshipID: String
    }

    /// The names of the workbook's sheets, in tab order (chart sheets included).
    package static func sheetNames(_ bytes: [UInt8]) throws(WorkbookError) -> [String] {
        let package = try WorkbookPackage(bytes)
        return try sheets(package, workbookPath: try workbookPath(package)).map(\.name)
    }

    /// The values of the sheet named `sheet` (matched ignoring case, as Excel does), or of the first worksheet.
    package static func read(_ bytes: [UInt8], sheet name: String? = nil) throws(WorkbookError) -> [[WorkbookCell]] {
        let package = try WorkbookPackage(bytes)
        let workbookPath = try workbookPath(package)
        let sheets = try sheets(package, workbookPath: workbookPath)
        let relationships = try package.relationships(of: workbookPath)
        func relationship(_ sheet: SheetEntry) throws(WorkbookError) -> WorkbookPackage.Relationship {
            guard let relationship = relationships.first(where: { $0.id == sheet.relationshipID }) else {
                throw .invalidPart(
                    workbookPath,
                    reason: "lists the sheet \"\(sheet.name)\" with no relationship \(sheet.relationshipID)")
            }
            return relationship
        }
        let chosen: (sheet: SheetEntry, part: WorkbookPackage.Relationship)
        if let name {
            guard
                let sheet = sheets.first(where: { $0.name == name })
                    ?? sheets.first(where: { $0.name.lowercased() == name.lowercased() })
            else { throw .sheetNotFound(name, available: sheets.map(\.name)) }
            let part = try relationship(sheet)
            guard part.isOfType("worksheet") else { throw .notAWorksheet(sheet.name) }
            chosen = (sheet, part)
        } else {
            var first: (sheet: SheetEntry, part: WorkbookPackage.Relationship)?
            for sheet in sheets {
                let part = try relationship(sheet)
                if part.isOfType("worksheet") {
                    first = (sheet, part)
                    break
                }
            }
            guard let first else { throw .noWorksheet }
            chosen = first
        }
        let sharedStrings = try relationships.first { $0.isOfType("sharedStrings") }.map {
            (part) throws(WorkbookError) in try SharedStrings.read(package, path: part.target)
        }
        return try WorksheetReader.read(
            package, path: chosen.part.target, sheet: chosen.sheet.name, sharedStrings: sharedStrings ?? [])
    }

    /// The workbook part: the package's office-document relationship, or `xl/workbook.xml`.
    private static func workbookPath(_ package: WorkbookPackage) throws(WorkbookError) -> String {
        try package.relationships(of: "").first { $0.isOfType("officeDocument") }?.target ?? "xl/workbook.xml"
    }

    /// The `<sheet>` elements of the workbook part, in order.
    private static func sheets(_ package: WorkbookPackage, workbookPath: String) throws(WorkbookError)
        -> [SheetEntry]
    {
        var sheets: [SheetEntry] = []
        try package.scan(workbookPath) { event throws(WorkbookError) in
            guard case .start(let element, let attributes) = event, element.localXMLName == "sheet" else { return }
            guard let name = attributes.value("name"), let id = attributes.prefixedValue("id") else {
                throw .invalidPart(workbookPath, reason: "lists a sheet without a name or a relationship id")
            }
            sheets.append(SheetEntry(name: name, relationshipID: id))
        }
        guard !sheets.isEmpty else { throw .noWorksheet }
        return sheets
    }
}
