import Foundation
import Testing

@testable import KinerjaEvents
@testable import KinerjaInterchange
@testable import KinerjaWorkbook

@Suite struct WorkbookWriterTests {
    private static func number(_ text: String) -> DecimalNumber {
        (try? NumberParser.parse(text, locale: .english).value) ?? .zero
    }

    /// A realisation template as the program would write it: codes as text, figures with their formats.
    static let sample = WorkbookSheet(
        name: "Realisasi 2024",
        rows: [
            ["Kode", "Indikator", "Satuan", "Target", "Realisasi", "Catatan"].map { .text($0) },
            [
                .text("1.01"), .text("Persentase penduduk miskin"), .text("%"),
                .number(number("56.70"), .percent(places: 2)), .number(number("57.25"), .percent(places: 2)),
                .empty,
            ],
            [
                .text("1.02"), .text("Jumlah UMKM binaan"), .text("unit"),
                .number(number("1250000"), .decimal(places: 0)), .number(number("1300000.5"), .decimal(places: 2)),
                .text("naik\r\nbaris dua"),
            ],
            [
                .text("IKU_x0041_"), .text("Teks <&> \"kutip\""), .text("indeks"),
                .number(number("-3.25"), .decimal(places: 2)), .number(number("0.001"), .general),
                .text(" spasi "),
            ],
            [],
            [.empty, .empty, .empty, .number(number("12"), .general)],
        ])

    /// What reading the sample back gives.
    static let sampleCells: [[WorkbookCell]] = [
        ["Kode", "Indikator", "Satuan", "Target", "Realisasi", "Catatan"].map { .text($0) },
        [
            .text("1.01"), .text("Persentase penduduk miskin"), .text("%"), .number("56.70"), .number("57.25"),
        ],
        [
            .text("1.02"), .text("Jumlah UMKM binaan"), .text("unit"), .number("1250000"), .number("1300000.5"),
            .text("naik\r\nbaris dua"),
        ],
        [
            .text("IKU_x0041_"), .text("Teks <&> \"kutip\""), .text("indeks"), .number("-3.25"), .number("0.001"),
            .text(" spasi "),
        ],
        [],
        [.empty, .empty, .empty, .number("12")],
    ]

    private func part(_ bytes: [UInt8], _ name: String) throws -> String {
        let archive = try ZipArchive(bytes)
        return String(decoding: try archive.contents(of: try #require(archive.entry(named: name))), as: UTF8.self)
    }

    @Test func readsBackWhatItWrites() throws {
        let bytes = Workbook.write(Self.sample)
        #expect(try Workbook.sheetNames(bytes) == ["Realisasi 2024"])
        #expect(try Workbook.read(bytes) == Self.sampleCells)
    }

    @Test func writesTheSameBytesAsTheGolden() throws {
        let bytes = Workbook.write(Self.sample)
        #expect(Workbook.write(Self.sample) == bytes)
        let golden = WorkbookFixtures.directory.appendingPathComponent("written.xlsx")
        if ProcessInfo.processInfo.environment["KINERJA_RECORD_SNAPSHOTS"] == "1" {
            try Data(bytes).write(to: golden)
            Issue.record("recorded Fixtures/written.xlsx; run again without KINERJA_RECORD_SNAPSHOTS to check it")
            return
        }
        #expect(bytes == (try WorkbookFixtures.bytes("written.xlsx")), "differs from Fixtures/written.xlsx")
    }

    /// LibreOffice's CSV of the golden "as shown", in `locale`: how it displays our cells and formats.
    /// (It keeps a line break inside a cell as LF only.)
    @Test(arguments: [
        ("written.csv", ["56.70%", "57.25%", "1,250,000", "1,300,000.50", "-3.25", "0.001"]),
        ("written-id.csv", ["56,70%", "57,25%", "1.250.000", "1.300.000,50", "-3,25", "0,001"]),
    ])
    func libreOfficeShowsTheCellsWithTheirFormats(_ file: String, _ shown: [String]) throws {
        let csv = try CSVReader.read(try WorkbookFixtures.bytes(file))
        #expect(
            csv.rows.map(\.fields) == [
                ["Kode", "Indikator", "Satuan", "Target", "Realisasi", "Catatan"],
                ["1.01", "Persentase penduduk miskin", "%", shown[0], shown[1], ""],
                ["1.02", "Jumlah UMKM binaan", "unit", shown[2], shown[3], "naik\nbaris dua"],
                ["IKU_x0041_", "Teks <&> \"kutip\"", "indeks", shown[4], shown[5], " spasi "],
                ["", "", "", "", "", ""],
                ["", "", "", "12", "", ""],
            ])
    }

    @Test func readsTheGoldenAsLibreOfficeSavedItAgain() throws {
        // LibreOffice opened the golden and saved it as .xlsx (shared strings, its own styles); it keeps a line
        // break inside a cell as LF only.
        var expected = Self.sampleCells
        expected[2][5] = .text("naik\nbaris dua")
        expected[1] = expected[1].map { $0 == .number("56.70") ? .number("56.7") : $0 }
        #expect(try Workbook.read(try WorkbookFixtures.bytes("written-resaved.xlsx")) == expected)
    }

    @Test func freezesAndBoldsTheHeaderAndSizesTheColumns() throws {
        let sheet = try part(Workbook.write(Self.sample), "xl/worksheets/sheet1.xml")
        #expect(sheet.contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"))
        #expect(sheet.contains("<c r=\"A1\" s=\"1\" t=\"inlineStr\"><is><t>Kode</t></is></c>"))
        #expect(sheet.contains("<c r=\"A2\" t=\"inlineStr\"><is><t>1.01</t></is></c>"))
        #expect(sheet.contains("<dimension ref=\"A1:F6\"/>"))
        // The widest value and a margin of two: "IKU_x0041_" is 10 characters, "Persentase penduduk miskin" 26,
        // "1,300,000.50" 12; "Satuan" (bold, a tenth wider) and "indeks" are below the narrowest width.
        #expect(
            sheet.contains(
                "<cols><col min=\"1\" max=\"1\" width=\"12\" customWidth=\"1\"/>"
                    + "<col min=\"2\" max=\"2\" width=\"28\" customWidth=\"1\"/>"
                    + "<col min=\"3\" max=\"3\" width=\"9\" customWidth=\"1\"/>"
                    + "<col min=\"4\" max=\"4\" width=\"11\" customWidth=\"1\"/>"
                    + "<col min=\"5\" max=\"5\" width=\"14\" customWidth=\"1\"/>"))
        let styles = try part(Workbook.write(Self.sample), "xl/styles.xml")
        #expect(
            styles.contains(
                "<numFmts count=\"3\"><numFmt numFmtId=\"164\" formatCode=\"#,##0.00&quot;%&quot;\"/>"
                    + "<numFmt numFmtId=\"165\" formatCode=\"#,##0\"/><numFmt numFmtId=\"166\" formatCode=\"#,##0.00\"/>"
                    + "</numFmts>"))
    }

    @Test func writesNoFrozenPaneWithoutAHeader() throws {
        let sheet = WorkbookSheet(name: "Data", rows: [[.text("a")]], headerRows: 0)
        let xml = try part(Workbook.write(sheet), "xl/worksheets/sheet1.xml")
        #expect(!xml.contains("<pane"))
        #expect(xml.contains("<c r=\"A1\" t=\"inlineStr\">"))
    }

    @Test func writesAnEmptySheet() throws {
        let bytes = Workbook.write(WorkbookSheet(name: "Kosong", rows: []))
        #expect(try Workbook.read(bytes) == [])
    }

    @Test(arguments: [
        ("Realisasi 2024", "Realisasi 2024"), ("Target/Realisasi [2024]", "Target-Realisasi -2024-"),
        ("'kutip'", "kutip"), ("", "Sheet1"), (String(repeating: "x", count: 40), String(repeating: "x", count: 31)),
    ])
    func givesTheSheetANameExcelAccepts(_ name: String, _ written: String) throws {
        let bytes = Workbook.write(WorkbookSheet(name: name, rows: [[.text("a")]]))
        #expect(try Workbook.sheetNames(bytes) == [written])
    }
}
