import Testing

@testable import KinerjaCLI
@testable import KinerjaEvents
@testable import KinerjaInterchange
@testable import KinerjaProjections
@testable import KinerjaReports
@testable import KinerjaStore

@Suite struct CSVReaderTests {
    private func read(_ text: String) throws -> CSVTable {
        try CSVReader.read(Array(text.utf8))
    }

    private func fields(_ table: CSVTable) -> [[String]] {
        table.rows.map(\.fields)
    }

    @Test func readsCommaSeparatedRowsWithLFEndings() throws {
        let table = try read("indikator,tahun,nilai\nppks,2024,56.70\nidg,2024,53.38\n")
        #expect(table.delimiter == ",")
        #expect(
            fields(table) == [["indikator", "tahun", "nilai"], ["ppks", "2024", "56.70"], ["idg", "2024", "53.38"]])
        #expect(table.rows.map(\.number) == [1, 2, 3])
    }

    @Test func detectsSemicolonsFromTheHeaderSoDecimalCommasStayInTheirField() throws {
        let table = try read("indikator;tahun;nilai\r\nppks;2024;56,70\r\n")
        #expect(table.delimiter == ";")
        #expect(fields(table) == [["indikator", "tahun", "nilai"], ["ppks", "2024", "56,70"]])
    }

    @Test func countsOnlyDelimitersOutsideQuotesInTheHeader() throws {
        // Two commas inside the quoted name, one semicolon outside: the delimiter is the semicolon.
        let table = try read("\"kode, level, uraian\";anggaran\nx;1\n")
        #expect(table.delimiter == ";")
        #expect(fields(table) == [["kode, level, uraian", "anggaran"], ["x", "1"]])
    }

    @Test func refusesAHeaderWithAsManyCommasAsSemicolons() {
        #expect(throws: CSVError(problems: [.ambiguousDelimiter(count: 1)])) { try read("a,b;c\n1,2;3\n") }
    }

    @Test func aHeaderWithoutDelimitersIsOneColumn() throws {
        let table = try read("nilai\n56,70\n1;5\n")
        #expect(table.delimiter == nil)
        #expect(fields(table) == [["nilai"], ["56,70"], ["1;5"]])
    }

    @Test func dropsAUTF8ByteOrderMark() throws {
        let table = try CSVReader.read([0xEF, 0xBB, 0xBF] + Array("indikator;nilai\nppks;1\n".utf8))
        #expect(fields(table) == [["indikator", "nilai"], ["ppks", "1"]])
    }

    @Test func readsQuotedFieldsWithDoubledQuotesDelimitersAndLineBreaks() throws {
        let csv =
            "kode;uraian;nilai\r\np1;\"Program \"\"Penunjang\"\"; urusan\r\nkabupaten\";\"1.234,5\"\r\np2;\"\";7\r\n"
        let table = try read(csv)
        #expect(
            fields(table) == [
                ["kode", "uraian", "nilai"], ["p1", "Program \"Penunjang\"; urusan\nkabupaten", "1.234,5"],
                ["p2", "", "7"],
            ])
        // The quoted line break does not add a row: p2 is row 3, as the spreadsheet shows it.
        #expect(table.rows.map(\.number) == [1, 2, 3])
    }

    @Test func keepsAQuoteInsideAnUnquotedFieldAsItIs() throws {
        #expect(fields(try read("a,b\nmonitor 5\",x\n")) == [["a", "b"], ["monitor 5\"", "x"]])
    }

    @Test func readsCRLFLFAndCRLineEndingsAlike() throws {
        let expected = [["a", "b"], ["1", "2"], ["3", "4"]]
        #expect(fields(try read("a;b\r\n1;2\r\n3;4\r\n")) == expected)
        #expect(fields(try read("a;b\n1;2\n3;4\n")) == expected)
        #expect(fields(try read("a;b\r1;2\r3;4\r")) == expected)
        #expect(fields(try read("a;b\r\n1;2\n3;4")) == expected)
    }

    @Test func readsACRLFInsideQuotesAsLF() throws {
        #expect(fields(try read("a;b\r\n\"x\r\ny\";2\r\n")) == [["a", "b"], ["x\ny", "2"]])
    }

    @Test func aFinalLineBreakEndsTheLastRowWithoutStartingAnother() throws {
        #expect(fields(try read("a;b\n1;2")) == [["a", "b"], ["1", "2"]])
        #expect(fields(try read("a;b\n1;2\n")) == [["a", "b"], ["1", "2"]])
        // A further empty line is a blank row, kept with its number for the caller to skip.
        let table = try read("a;b\n1;2\n\n")
        #expect(fields(table) == [["a", "b"], ["1", "2"], [""]])
        #expect(table.rows[2].isBlank)
        #expect(table.rows[2].number == 3)
    }

    @Test func keepsEmptyTrailingFieldsAndQuotedEmptyLastField() throws {
        #expect(fields(try read("a;b;c\n1;;\n")) == [["a", "b", "c"], ["1", "", ""]])
        #expect(fields(try read("a;b\n1;\"\"")) == [["a", "b"], ["1", ""]])
    }

    @Test func keepsRaggedRowsAsTheyAre() throws {
        let table = try read("a;b;c\n1;2\n1;2;3;4\n;;\n")
        #expect(fields(table) == [["a", "b", "c"], ["1", "2"], ["1", "2", "3", "4"], ["", "", ""]])
        #expect(table.rows[3].isBlank)
    }

    @Test func readsAnEmptyFileAsNoRows() throws {
        #expect(try read("").rows.isEmpty)
        #expect(try CSVReader.read([0xEF, 0xBB, 0xBF]).rows.isEmpty)
    }

    @Test func keepsMultibyteTextIntact() throws {
        #expect(
            fields(try read("uraian\n\"Pemberdayaan − Perempuan ✓\"\n")) == [
                ["uraian"], ["Pemberdayaan − Perempuan ✓"],
            ])
    }

    @Test func refusesInvalidUTF8NamingEveryRowAndField() {
        // Windows-1252 "é" (0xE9) in row 2 field 2, and a lone continuation byte in row 4 field 1.
        let bytes = Array("a;b\nx;caf".utf8) + [0xE9] + Array("\ny;ok\n".utf8) + [0x80] + Array(";z\n".utf8)
        #expect(
            throws: CSVError(problems: [
                .invalidUTF8(row: 2, field: 2, byte: 0xE9), .invalidUTF8(row: 4, field: 1, byte: 0x80),
            ])
        ) { try CSVReader.read(bytes) }
    }

    @Test func refusesUTF16() {
        #expect(throws: CSVError(problems: [.utf16])) { try CSVReader.read([0xFF, 0xFE, 0x61, 0x00]) }
    }

    @Test func refusesAnUnclosedQuoteNamingTheRowWhereItOpened() {
        #expect(throws: CSVError(problems: [.unclosedQuote(row: 3, field: 2)])) {
            try read("a;b\n1;2\n3;\"open\n4;5\n")
        }
    }

    @Test func refusesTextAfterAClosingQuote() {
        #expect(throws: CSVError(problems: [.textAfterQuote(row: 2, field: 1)])) { try read("a;b\n\"x\"y;2\n") }
    }

    @Test func describesProblemsWithTheirRow() {
        #expect(
            CSVError.Problem.invalidUTF8(row: 2, field: 3, byte: 0xE9).description
                == "row 2: field 3 is not UTF-8 text (byte 0xE9); save the file as \"CSV UTF-8\"")
        #expect(
            CSVError.Problem.unclosedQuote(row: 5, field: 1).description
                == "row 5: field 1 opens a quote (\") that is never closed")
    }
}
