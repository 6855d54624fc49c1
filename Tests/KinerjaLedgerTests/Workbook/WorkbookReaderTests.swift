import Testing

@testable import KinerjaInterchange
@testable import KinerjaWorkbook

@Suite struct WorkbookReaderTests {
    /// The cell at `A1`-style `text` (tests name valid cells only).
    private func cell(_ text: String) -> CellReference {
        CellReference(text) ?? CellReference(row: 0, column: 0)
    }

    private func read(_ rows: String, shared: String? = nil) throws -> [[WorkbookCell]] {
        try Workbook.read(
            WorkbookFixtures.package(sheets: [("Data", WorkbookFixtures.worksheet(rows))], shared: shared))
    }

    // MARK: Workbooks LibreOffice wrote

    @Test func readsTheCellsLibreOfficeWroteFromACSVExactly() throws {
        let rows = try Workbook.read(try WorkbookFixtures.bytes("realisasi.xlsx"))
        #expect(
            rows == [
                [
                    .text("kode"), .text("indikator"), .text("target"), .text("realisasi"), .text("tanggal"),
                    .text("catatan"),
                ],
                [
                    .text("IKU-01"), .text("Persentase penduduk miskin"), .number("56.7"), .number("57.25"),
                    .number("45382"), .text("naik, sesuai \"target\""),
                ],
                [.text("IKU-02"), .text("Indeks Desa Membangun (IDM)"), .number("1250000000"), .number("-3.25")],
                [],
                [
                    .text("IKU-03"), .text("Jumlah UMKM ≥ 100 orang"), .number("0.001"), .number("123456789012345"),
                    .text("TRUE"), .text("baris satu\nbaris dua"),
                ],
                [
                    .text("IKU-04"), .text("Rasio"), .number("113.4"), .number("57.35"), .number("7"),
                    .text("  spasi di depan"),
                ],
            ])
    }

    @Test func readsTheFirstSheetOrOneNamedWithRichTextAndFormulaValues() throws {
        let bytes = try WorkbookFixtures.bytes("workbook.xlsx")
        #expect(try Workbook.sheetNames(bytes) == ["Petunjuk", "Realisasi 2024"])
        #expect(try Workbook.read(bytes) == [[.text("Isi lembar Realisasi 2024 saja")]])
        let expected: [[WorkbookCell]] = [
            [.text("kode"), .text("target"), .text("dua kali"), .text("kode baru")],
            [.text("IKU-01"), .number("56.7"), .number("113.4"), .text("IKU-05")],
            [.empty, .empty, .number("0.567"), .number("0")],
        ]
        #expect(try Workbook.read(bytes, sheet: "Realisasi 2024") == expected)
        #expect(try Workbook.read(bytes, sheet: "realisasi 2024") == expected)
    }

    @Test func refusesErrorValuesNamingEachCell() throws {
        #expect(
            throws: WorkbookError.cells(
                sheet: "errors",
                problems: [
                    .errorValue(CellReference(row: 2, column: 2), "#DIV/0!"),
                    .errorValue(CellReference(row: 3, column: 2), "#N/A"),
                ], omitted: 0)
        ) { try Workbook.read(try WorkbookFixtures.bytes("errors.xlsx")) }
    }

    @Test func namesTheSheetsWhenTheOneAskedForIsMissing() throws {
        let error = #expect(throws: WorkbookError.self) {
            try Workbook.read(try WorkbookFixtures.bytes("workbook.xlsx"), sheet: "Target")
        }
        #expect(
            error?.description
                == "the workbook has no sheet named \"Target\"; its sheets are \"Petunjuk\", \"Realisasi 2024\"")
    }

    // MARK: Cell types

    @Test func readsEveryCellType() throws {
        let shared = "<sst><si><t>kode</t></si><si><r><t>Capaian </t></r><r><rPr><b/></rPr><t>IKU</t></r></si></sst>"
        let rows = try read(
            """
            <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>inline</t></is></c></row>
            <row r="2"><c r="A2" t="str"><f>A1&amp;"x"</f><v>kodex</v></c><c r="B2" t="b"><v>0</v></c><c r="C2"><v>56.70</v></c><c r="D2" t="n"><v>-1.5E-3</v></c></row>
            """, shared: shared)
        #expect(
            rows == [
                [.text("kode"), .text("Capaian IKU"), .text("inline")],
                [.text("kodex"), .text("FALSE"), .number("56.70"), .number("-0.0015")],
            ])
    }

    @Test func leavesOutPhoneticRunsAndDecodesExcelEscapes() throws {
        let shared =
            "<sst><si><t>baris_x000D_\nsatu _x005F_x0041_</t><rPh sb=\"0\" eb=\"1\"><t>ふりがな</t></rPh></si></sst>"
        #expect(
            try read("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>", shared: shared) == [
                [.text("baris\r\nsatu _x0041_")]
            ])
    }

    @Test func placesCellsByReferenceAndFollowsThoseWithout() throws {
        let rows = try read(
            """
            <row r="2"><c r="C2"><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c><c r="AA3"><v>4</v></c></row>
            <row r="5"><c r="A5" s="3"/><c r="B5" t="s"/></row>
            """)
        #expect(rows.count == 3)
        #expect(rows[0] == [])
        #expect(rows[1] == [.empty, .empty, .number("1"), .number("2")])
        #expect(rows[2].count == 27)
        #expect(rows[2].first == .number("3"))
        #expect(rows[2].last == .number("4"))
    }

    @Test func reportsEveryUnreadableCellTogether() throws {
        #expect(
            throws: WorkbookError.cells(
                sheet: "Data",
                problems: [
                    .formulaWithoutValue(cell("B1")),
                    .formulaWithoutValue(cell("C1")),
                    .missingSharedString(cell("D1"), index: "4", count: 0),
                    .invalidNumber(cell("E1"), "56,70"),
                    .invalidBoolean(cell("F1"), "2"),
                    .unsupportedType(cell("G1"), "d"),
                    .invalidReference("A9", row: 1),
                    .duplicateCell(cell("A1")),
                ], omitted: 0)
        ) {
            try read(
                """
                <row r="1"><c r="A1"><v>1</v></c><c r="B1"><f>A1*2</f></c><c r="C1" t="str"><f>"a"</f></c>\
                <c r="D1" t="s"><v>4</v></c><c r="E1"><v>56,70</v></c><c r="F1" t="b"><v>2</v></c>\
                <c r="G1" t="d"><v>2024-03-31</v></c><c r="A9"><v>1</v></c><c r="A1"><v>2</v></c></row>
                """)
        }
    }

    @Test func saysWhichCellHasAFormulaWithoutAValue() {
        let problem = WorkbookError.cells(
            sheet: "Realisasi", problems: [.formulaWithoutValue(cell("AB12"))], omitted: 0)
        #expect(
            problem.description
                == "sheet \"Realisasi\", cell AB12 (row 12, column AB): has a formula but no calculated value;"
                + " open the workbook in Excel or LibreOffice and save it again")
    }

    @Test func keepsAtMostAHundredProblemsAndCountsTheRest() throws {
        let cells = (1...150).map { "<c r=\"A\($0)\" t=\"e\"><v>#REF!</v></c>" }
        let rows = (1...150).map { "<row r=\"\($0)\">\(cells[$0 - 1])</row>" }.joined()
        let error = #expect(throws: WorkbookError.self) { try read(rows) }
        guard case .cells(_, let problems, let omitted) = error else {
            Issue.record("expected cell problems, got \(String(describing: error))")
            return
        }
        #expect(problems.count == 100)
        #expect(omitted == 50)
        #expect(error?.description.hasSuffix("\nand 50 more cells") == true)
    }

    // MARK: Packages

    @Test func readsElementsWithANamespacePrefixAndAbsoluteTargets() throws {
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let sheet =
            "<x:worksheet xmlns:x=\"\(main)\"><x:sheetData><x:row r=\"1\"><x:c r=\"A1\"><x:v>7</x:v></x:c>"
            + "</x:row></x:sheetData></x:worksheet>"
        var bytes = WorkbookFixtures.package(sheets: [("Data", sheet)])
        let rels = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        bytes = WorkbookFixtures.package(
            sheets: [("Data", sheet)],
            extra: [
                "xl/_rels/workbook.xml.rels":
                    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"\(rels)/worksheet\" Target=\"/xl/worksheets/sheet1.xml\"/>"
                    + "</Relationships>"
            ])
        #expect(try Workbook.read(bytes) == [[.number("7")]])
    }

    @Test func skipsChartSheetsForTheFirstWorksheetAndRefusesOneNamed() throws {
        let rels = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        let bytes = WorkbookFixtures.package(
            sheets: [("Grafik", "<chartsheet/>"), ("Data", WorkbookFixtures.worksheet("<row><c><v>1</v></c></row>"))],
            extra: [
                "xl/_rels/workbook.xml.rels":
                    "<Relationships><Relationship Id=\"rId1\" Type=\"\(rels)/chartsheet\" Target=\"chartsheets/c.xml\"/>"
                    + "<Relationship Id=\"rId2\" Type=\"\(rels)/worksheet\" Target=\"worksheets/sheet2.xml\"/>"
                    + "</Relationships>"
            ])
        #expect(try Workbook.read(bytes) == [[.number("1")]])
        #expect(throws: WorkbookError.notAWorksheet("Grafik")) { try Workbook.read(bytes, sheet: "grafik") }
    }

    @Test func tellsOtherFormatsFromABrokenWorkbook() {
        #expect(throws: WorkbookError.legacyExcel) {
            try Workbook.read([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 512))
        }
        let ods = ZipWriter.archive([
            .init(name: "mimetype", bytes: Array("application/vnd.oasis.opendocument.spreadsheet".utf8)),
            .init(name: "content.xml", bytes: Array("<office:document-content/>".utf8)),
        ])
        #expect(throws: WorkbookError.openDocument) { try Workbook.read(ods) }
        #expect(throws: WorkbookError.archive(.notAnArchive)) { try Workbook.read(Array("kode;nilai\n".utf8)) }
        let empty = ZipWriter.archive([.init(name: "[Content_Types].xml", bytes: Array("<Types/>".utf8))])
        #expect(throws: WorkbookError.missingPart("xl/workbook.xml")) { try Workbook.read(empty) }
    }

    @Test func refusesXMLThatIsNotWellFormedNamingThePartAndLine() {
        let bytes = WorkbookFixtures.package(sheets: [("Data", "<worksheet>\n<sheetData>\n<row></sheetData>")])
        #expect(
            throws: WorkbookError.xml(part: "xl/worksheets/sheet1.xml", line: 3, reason: "</sheetData> closes <row>")
        ) { try Workbook.read(bytes) }
    }

    @Test func refusesADocumentTypeDeclaration() {
        let bomb = "<!DOCTYPE lolz [<!ENTITY lol \"lol\">]><worksheet>&lol;</worksheet>"
        #expect(
            throws: WorkbookError.xml(
                part: "xl/worksheets/sheet1.xml", line: 1,
                reason: "a document type declaration, which workbook parts do not have")
        ) { try Workbook.read(WorkbookFixtures.package(sheets: [("Data", bomb)])) }
    }

    @Test func refusesASheetListedWithoutARelationship() {
        let bytes = WorkbookFixtures.package(
            sheets: [("Data", WorkbookFixtures.worksheet(""))],
            extra: ["xl/_rels/workbook.xml.rels": "<Relationships/>"])
        #expect(
            throws: WorkbookError.invalidPart(
                "xl/workbook.xml", reason: "lists the sheet \"Data\" with no relationship rId1")
        ) { try Workbook.read(bytes) }
    }

    @Test func refusesASheetWiderThanTheCellLimit() throws {
        let rows = (1...300).map { "<row r=\"\($0)\"><c r=\"XFD\($0)\"><v>1</v></c></row>" }.joined()
        #expect(throws: WorkbookError.tooManyCells(sheet: "Data", limit: Workbook.maximumCells)) { try read(rows) }
    }
}
