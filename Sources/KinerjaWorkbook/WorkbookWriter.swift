import KinerjaEvents

extension Workbook {
    /// An .xlsx workbook of one sheet: text as inline strings, numbers with their display formats, the header rows
    /// bold and frozen, columns roughly as wide as their content. The same sheet always gives the same bytes.
    package static func write(_ sheet: WorkbookSheet) -> [UInt8] {
        let styles = WorkbookStyles(sheet)
        let files: [(String, String)] = [
            ("[Content_Types].xml", WorkbookParts.contentTypes),
            ("_rels/.rels", WorkbookParts.packageRelationships),
            ("xl/workbook.xml", WorkbookParts.workbook(sheetName: WorkbookParts.sheetName(sheet.name))),
            ("xl/_rels/workbook.xml.rels", WorkbookParts.workbookRelationships),
            ("xl/styles.xml", styles.xml),
            ("xl/worksheets/sheet1.xml", WorksheetWriter.xml(sheet, styles: styles)),
        ]
        return ZipWriter.archive(files.map { ZipWriter.File(name: $0.0, bytes: Array($0.1.utf8)) })
    }
}

/// The fixed parts of a written workbook.
enum WorkbookParts {
    /// The XML declaration every part starts with.
    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    /// The SpreadsheetML namespace.
    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    /// The namespace of relationship ids and types.
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    private static let spreadsheetType = "application/vnd.openxmlformats-officedocument.spreadsheetml"

    /// `[Content_Types].xml`: the content type of each part.
    static let contentTypes =
        declaration + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"\(spreadsheetType).sheet.main+xml\"/>"
        + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"\(spreadsheetType).worksheet+xml\"/>"
        + "<Override PartName=\"/xl/styles.xml\" ContentType=\"\(spreadsheetType).styles+xml\"/>"
        + "</Types>"

    /// `_rels/.rels`: the package's workbook.
    static let packageRelationships =
        declaration + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"\(relationshipNamespace)/officeDocument\" Target=\"xl/workbook.xml\"/>"
        + "</Relationships>"

    /// `xl/_rels/workbook.xml.rels`: the workbook's sheet and styles.
    static let workbookRelationships =
        declaration + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"\(relationshipNamespace)/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
        + "<Relationship Id=\"rId2\" Type=\"\(relationshipNamespace)/styles\" Target=\"styles.xml\"/>"
        + "</Relationships>"

    /// `xl/workbook.xml`: one sheet named `sheetName`.
    static func workbook(sheetName: String) -> String {
        declaration + "<workbook xmlns=\"\(mainNamespace)\" xmlns:r=\"\(relationshipNamespace)\">"
            + "<bookViews><workbookView/></bookViews>"
            + "<sheets><sheet name=\"\(escape(sheetName))\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"
    }

    /// A name Excel accepts for a tab: `[]:*?/\` replaced by `-`, no apostrophe at either end, 1 to 31 characters.
    static func sheetName(_ name: String) -> String {
        let forbidden: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]
        var cleaned = String(name.map { forbidden.contains($0) || $0.isNewline ? "-" : $0 })
        cleaned = String(cleaned.drop { $0 == "'" || $0 == " " }.prefix(31))
        while cleaned.last == "'" || cleaned.last == " " { cleaned.removeLast() }
        return cleaned.isEmpty ? "Sheet1" : cleaned
    }

    /// `text` safe in XML content and attribute values.
    static func escape(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            default: output.append(character)
            }
        }
        return output
    }
}

/// The styles a sheet needs: a bold font for headers, and one cell format for each number format and boldness
/// used, numbered in the order first used.
struct WorkbookStyles {
    /// A cell's look: its number format and whether it is bold.
    struct Look: Hashable {
        /// How the number is shown.
        let format: WorkbookNumberFormat
        /// Whether the cell is in a header row.
        let isBold: Bool
    }

    /// The custom number format codes, in order (ids from 164).
    private(set) var codes: [String] = []
    /// The looks after the two fixed ones (0 plain, 1 bold), in order.
    private(set) var looks: [Look] = []

    /// The styles `sheet` uses.
    init(_ sheet: WorkbookSheet) {
        for (index, row) in sheet.rows.enumerated() {
            for cell in row {
                guard case .number(_, let format) = cell else { continue }
                let look = Look(format: format, isBold: index < sheet.headerRows)
                if let code = format.code, !codes.contains(code) { codes.append(code) }
                if format != .general, !looks.contains(look) { looks.append(look) }
            }
        }
    }

    /// The `s` attribute of a cell of `format` (nil for a number) in a header row or not.
    func index(of format: WorkbookNumberFormat?, isBold: Bool) -> Int {
        guard let format, format != .general else { return isBold ? 1 : 0 }
        return 2 + (looks.firstIndex(of: Look(format: format, isBold: isBold)) ?? 0)
    }

    /// `xl/styles.xml`.
    var xml: String {
        var xml = WorkbookParts.declaration + "<styleSheet xmlns=\"\(WorkbookParts.mainNamespace)\">"
        if !codes.isEmpty {
            xml += "<numFmts count=\"\(codes.count)\">"
            for (index, code) in codes.enumerated() {
                xml += "<numFmt numFmtId=\"\(164 + index)\" formatCode=\"\(WorkbookParts.escape(code))\"/>"
            }
            xml += "</numFmts>"
        }
        let font = "<sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
        xml += "<fonts count=\"2\"><font>" + font + "<font><b/>" + font + "</fonts>"
        xml += "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
        xml += "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
        xml += "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
        xml += "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        xml += "<cellXfs count=\"\(2 + looks.count)\">"
        xml += "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
        xml += "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
        for look in looks {
            let id = look.format.code.flatMap { codes.firstIndex(of: $0) }.map { 164 + $0 } ?? 0
            xml += "<xf numFmtId=\"\(id)\" fontId=\"\(look.isBold ? 1 : 0)\" fillId=\"0\" borderId=\"0\" xfId=\"0\""
            xml += (look.isBold ? " applyFont=\"1\"" : "") + " applyNumberFormat=\"1\"/>"
        }
        xml += "</cellXfs>"
        xml += "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
        return xml + "</styleSheet>"
    }
}
