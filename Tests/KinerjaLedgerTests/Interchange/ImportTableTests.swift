import Testing

@testable import KinerjaCLI
@testable import KinerjaEvents
@testable import KinerjaInterchange
@testable import KinerjaProjections
@testable import KinerjaReports
@testable import KinerjaStore

@Suite struct ImportTableTests {
    static let exact: ImportTable.Header = .exact(
        [
            .init(name: "kode", isRequired: true, meaning: "a code"),
            .init(name: "nilai", isRequired: false, meaning: "a number"),
        ], described: "a test file")
    static let document: ImportTable.Header = .document([
        .column("Kode", ["kode indikator"], required: true, "a code"), .column("Nilai", ["target"], "a number"),
    ])

    /// The table of `text`, and the problems found reading it and its header.
    func table(
        _ text: String, _ header: ImportTable.Header, namesDelimiter: Bool = true
    ) -> (table: ImportTable?, problems: [ImportError.Problem]) {
        var problems: [ImportError.Problem] = []
        let table = ImportTable(
            Array(text.utf8), header: header, emptyFileNames: ["kode"], namesDelimiter: namesDelimiter,
            problems: &problems)
        return (table, problems)
    }

    @Test func readsTheRowsBelowAnExactHeaderByColumnName() throws {
        let read = table("KODE;Nilai\nppks;56,70\n;\nidg;1\n", Self.exact)
        let table = try #require(read.table)
        #expect(read.problems.isEmpty)
        #expect(table.names == ["kode", "nilai"])
        #expect(table.rowCount == 2)
        var cells: [[String?]] = []
        let problems = table.readRows { row, line in
            cells.append([row.text("kode"), row.text("nilai"), String(line.number)])
        }
        #expect(problems.isEmpty)
        #expect(cells == [["ppks", "56,70", "2"], ["idg", "1", "4"]])
    }

    @Test func namesTheProblemsOfAnExactHeader() {
        #expect(
            table("kode;nilia;kode\n", Self.exact).problems == [
                .init(
                    row: 1,
                    reason: "unknown column \"nilia\" (did you mean nilai?); a test file has the columns kode, nilai"),
                .init(row: 1, column: "kode", reason: "named twice in the header (fields 1, 3)"),
            ])
        #expect(
            table("nilai\n", Self.exact).problems == [
                .init(row: 1, column: "kode", reason: "missing from the header")
            ])
    }

    @Test func refusesAnUnreadableOrEmptyFileWithoutATable() {
        let empty = table("", Self.exact)
        #expect(empty.table == nil)
        #expect(empty.problems == [.init(row: nil, reason: "the file is empty; it needs a header row naming kode")])
        let unclosed = table("kode;nilai\n\"ppks;1\n", Self.exact)
        #expect(unclosed.table == nil)
        #expect(unclosed.problems == [.init(row: 2, reason: "field 1 opens a quote (\") that is never closed")])
    }

    @Test func refusesARowWiderOrNarrowerThanAnExactHeader() throws {
        let table = try #require(table("kode;nilai\nppks;1;2\nidg\nikm;3\n", Self.exact).table)
        var read: [Int] = []
        let problems = table.readRows { row, _ in read.append(row.number) }
        #expect(read == [4])
        #expect(
            problems == [
                .init(row: 2, reason: "the row has 3 fields and the header 2; check the delimiter (;) and the quotes"),
                .init(row: 3, reason: "the row has 1 fields and the header 2; check the delimiter (;) and the quotes"),
            ])
        let quiet = try #require(self.table("kode,nilai\nppks,1,2\n", Self.exact, namesDelimiter: false).table)
        #expect(
            quiet.readRows { _, _ in } == [
                .init(row: 2, reason: "the row has 3 fields and the header 2; check the delimiter and the quotes")
            ])
    }

    @Test func readsADocumentHeaderByAnyNameAndNamesColumnsAsWritten() throws {
        let read = table("Kode Indikator;TARGET\nppks;1;2\nidg\n;x\n", Self.document)
        let table = try #require(read.table)
        #expect(read.problems.isEmpty)
        #expect(table.names == ["Kode", "Nilai"])
        let problems = table.readRows { row, _ in
            if row.text("Kode") == nil { row.fail("Kode", "the cell is empty") }
        }
        #expect(
            problems == [
                .init(row: 2, reason: "the row has 3 fields and the header 2; check the delimiter (;) and the quotes"),
                .init(row: 4, column: "Kode Indikator", reason: "the cell is empty"),
            ])
    }
}
