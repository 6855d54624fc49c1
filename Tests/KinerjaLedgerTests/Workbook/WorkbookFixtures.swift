import Foundation
import Testing

@testable import KinerjaInterchange
@testable import KinerjaWorkbook

/// The workbooks in `Fixtures/`, and packages made by hand for what no program writes on request.
///
/// `realisasi.xlsx`, `errors.xlsx` (from the CSV files beside them) and `workbook.xlsx` (from `workbook.fods`)
/// were written by LibreOffice 7.4:
///
///     soffice --headless --infilter="CSV:44,34,76,1" --convert-to xlsx realisasi.csv errors.csv
///     soffice --headless --convert-to xlsx workbook.fods
///
/// `written.xlsx` is the golden of ``WorkbookWriterTests``; `written.csv` and `written-id.csv` are LibreOffice's
/// reading of it, saved as shown in English (United States) and in Indonesian:
///
///     soffice --headless --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,false,true' \
///         written.xlsx
///     LANG=id_ID.UTF-8 LC_ALL=id_ID.UTF-8 soffice -env:UserInstallation=file:///tmp/lo-id --headless \
///         --convert-to 'csv:Text - txt - csv (StarCalc):59,34,76,1,,1057,false,false,true' written.xlsx
///
/// and `written-resaved.xlsx` is the golden opened and saved again by LibreOffice
/// (`soffice --headless --convert-to xlsx --outdir resaved written.xlsx`).
enum WorkbookFixtures {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Fixtures")

    /// The bytes of `Fixtures/<name>`.
    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: directory.appendingPathComponent(name)))
    }

    /// A package of stored parts: a workbook whose sheets are `sheets` (name and worksheet XML), with `shared`
    /// as its shared strings if given, and `extra` parts added or replacing those made here.
    static func package(
        sheets: [(String, String)], shared: String? = nil, extra: [String: String] = [:]
    ) -> [UInt8] {
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"
        var parts: [String: String] = [
            "[Content_Types].xml": "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>",
            "_rels/.rels":
                "<Relationships xmlns=\"\(packageRelationships)\"><Relationship Id=\"rId1\""
                + " Type=\"\(relationships)/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>",
        ]
        var sheetList = ""
        var sheetRelationships = ""
        for (index, (name, xml)) in sheets.enumerated() {
            sheetList += "<sheet name=\"\(name)\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
            sheetRelationships +=
                "<Relationship Id=\"rId\(index + 1)\" Type=\"\(relationships)/worksheet\""
                + " Target=\"worksheets/sheet\(index + 1).xml\"/>"
            parts["xl/worksheets/sheet\(index + 1).xml"] = xml
        }
        if let shared {
            sheetRelationships +=
                "<Relationship Id=\"rId99\" Type=\"\(relationships)/sharedStrings\" Target=\"sharedStrings.xml\"/>"
            parts["xl/sharedStrings.xml"] = shared
        }
        parts["xl/workbook.xml"] =
            "<workbook xmlns=\"\(main)\" xmlns:r=\"\(relationships)\"><sheets>\(sheetList)</sheets></workbook>"
        parts["xl/_rels/workbook.xml.rels"] =
            "<Relationships xmlns=\"\(packageRelationships)\">\(sheetRelationships)</Relationships>"
        parts.merge(extra) { $1 }
        return ZipWriter.archive(
            parts.sorted { $0.key < $1.key }.map { .init(name: $0.key, bytes: Array($0.value.utf8)) })
    }

    /// A worksheet part whose `<sheetData>` holds `rows`.
    static func worksheet(_ rows: String) -> String {
        "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>\(rows)</sheetData>"
            + "</worksheet>"
    }
}
