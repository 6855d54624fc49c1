import Testing

@testable import KinerjaCLI
@testable import KinerjaEvents
@testable import KinerjaInterchange
@testable import KinerjaProjections
@testable import KinerjaReports
@testable import KinerjaStore

@Suite struct ReportCSVTests {
    private typealias F = ReportFixtures

    @Test func writesEveryTableForExcelWithIndonesianSettings() {
        let csv = F.document.csv
        #expect(csv.unicodeScalars.first == "\u{FEFF}")
        #expect(Array(csv.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
        // Every line ends with CRLF; no bare line feed anywhere.
        let bytes = Array(csv.utf8)
        #expect(bytes.indices.allSatisfy { bytes[$0] != 0x0A || ($0 > 0 && bytes[$0 - 1] == 0x0D) })
        #expect(csv.hasSuffix("\r\n"))
        let expected = #"""
            Tabel 3.1 Capaian Kinerja Tahun 2024
            Sasaran;Indikator;Target;Realisasi;Capaian;Peringkat;Keterangan;Peristiwa
            Meningkatnya kesejahteraan PPKS;Prosentase PPKS yang ditangani dan diberi bantuan sosial;56,70;118,27;208,59;ST Sangat Tinggi;;"Target: e-pk-2024; Realisasi: e-r-ppks-2024; Capaian: e-pk-2024 e-r-ppks-2024"
            Meningkatnya pemberdayaan perempuan;Indeks Pemberdayaan Gender (IDG);55,50;53,38;96,18;ST Sangat Tinggi;;"Target: e-pk-2024; Realisasi: e-r-idg-2024; Capaian: e-pk-2024 e-r-idg-2024"
            Menurunnya kekerasan terhadap perempuan dan anak;Prosentase kekerasan terhadap anak;0,016;0,020;75,00;S Sedang;Capaian: dokumen mencetak 125,00 (R/T×100);"Target: e-pk-2024; Realisasi: e-r-anak-2024; Capaian: e-pk-2024 e-r-anak-2024"
            Terpeliharanya ketahanan bencana;Prosentase korban bencana | sosial yang ditangani;100;;;-;Capaian: realisasi belum dicatat;Target: e-pk-2024
            Capaian dihitung menurut polaritas dan rumus indikator.

            Tabel 3.3 Realisasi Anggaran Tahun 2024
            Program;Anggaran;Realisasi;%;Peristiwa
            "Program Penunjang Urusan Pemerintahan Daerah; Kabupaten/Kota";13821027400;12902110211;93,35;"Anggaran: e-dpa-1; Realisasi: e-lra-1; %: e-lra-1"
            "'=HYPERLINK(""contoh"")";-1500;0;0,00;Anggaran: e-dpa-2

            """#
        #expect(csv == "\u{FEFF}" + expected.replacing("\n", with: "\r\n"))
    }

    @Test func quotesFieldsPerRFC4180() {
        #expect(CSVText.quoted("biasa") == "biasa")
        #expect(CSVText.quoted("a;b") == "\"a;b\"")
        #expect(CSVText.quoted("kata \"ini\"") == "\"kata \"\"ini\"\"\"")
        #expect(CSVText.quoted("satu\ndua") == "\"satu\ndua\"")
        #expect(CSVText.quoted("satu\r\ndua") == "\"satu\r\ndua\"")
        #expect(CSVText.quoted("1,5") == "1,5")
        #expect(CSVText.record(["a", "b;c", ""]) == "a;\"b;c\";\r\n")
    }

    @Test(arguments: [
        ("=SUM(A1:A2)", "'=SUM(A1:A2)"), ("+62 812", "'+62 812"), ("-", "-"), ("-5", "'-5"), ("@cmd", "'@cmd"),
        ("\tx", "'\tx"), ("\rx", "'\rx"), ("Rp1.000", "Rp1.000"), ("a=b", "a=b"), ("", ""),
    ])
    func guardsTextThatASpreadsheetWouldRunAsAFormula(text: String, expected: String) {
        #expect(CSVText.guarded(text) == expected)
    }

    @Test func writesNumbersAsNumbersWithoutUnitsOrGroupingEvenWhenNegative() throws {
        let table = ReportTable(
            name: "t", caption: "T",
            columns: [.init("Angka", .number), .init("Persen", .percent), .init("Rupiah", .rupiah), .init("Teks")],
            rows: [
                [F.figure("-0.003", []), F.figure("-12.5", []), F.figure("-13821027400", []), .text("-0,003")],
                [F.figure("1234567.89", []), F.figure("208.59", []), F.figure("0", []), .empty],
            ])
        #expect(
            table.csvRecords == [
                ["Angka", "Persen", "Rupiah", "Teks"], ["-0,003", "-12,5", "-13821027400", "'-0,003"],
                ["1234567,89", "208,59", "0", ""],
            ])
    }

    @Test func writesOneTableAloneWithItsHeadingRowFirst() throws {
        let csv = try #require(F.document.csv(tableNamed: "realisasi-anggaran"))
        #expect(csv.hasPrefix("\u{FEFF}Program;Anggaran;Realisasi;%;Peristiwa\r\n"))
        #expect(!csv.contains("Tabel 3.3"))
        #expect(csv.components(separatedBy: "\r\n").count == 4)
        #expect(F.document.csv(tableNamed: "tidak-ada") == nil)
    }

    @Test func guardsCaptionsHeadingsAndNotesToo() {
        let table = ReportTable(
            name: "t", caption: "=caption", columns: [.init("+heading")], rows: [[.text("@x")]], notes: ["-note"])
        let csv = ReportDocument(
            kind: "k", title: "t", subtitle: [], provenance: [], sections: [.init("s", [.table(table)])]
        ).csv
        #expect(csv == "\u{FEFF}'=caption\r\n'+heading\r\n'@x\r\n'-note\r\n")
    }

    @Test func writesOnlyTheByteOrderMarkForADocumentWithoutTables() {
        #expect(ReportDocument(kind: "k", title: "t", subtitle: [], provenance: [], sections: []).csv == "\u{FEFF}")
    }
}
