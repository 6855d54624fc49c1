import Foundation
import Testing

@testable import KinerjaEvents
@testable import KinerjaProjections
@testable import KinerjaStore

/// `kinerja template`: the sheet to fill, as a clerk fills it in a spreadsheet with Indonesian settings, imports
/// back as it is.
@Suite struct TemplateTests {
    static let org = ImportEndToEndTests.org

    /// The template's lines, without the byte order mark and line ends.
    func lines(_ bytes: [UInt8]) throws -> [String] {
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(text.hasSuffix("\r\n"))
        return text.components(separatedBy: "\r\n").dropLast()
    }

    /// `line` with the fields at `cells` (by index) set, as a spreadsheet saves it.
    func filled(_ line: String, _ cells: [Int: String]) -> String {
        var fields = line.components(separatedBy: ";")
        for (index, value) in cells { fields[index] = value }
        return fields.joined(separator: ";")
    }

    @Test func aRealisasiTemplateFilledWithDecimalCommasImportsBackAsItIs() throws {
        let scratch = Scratch()
        let kinerja = try ImportEndToEndTests().defaultLedgerCopy(scratch)
        let before = scratch.ledgerSnapshot()
        let file = scratch.path + "/tw2.csv"
        let wrote = try kinerja.run(
            ["template", "realisasi", "--org", Self.org, "--year", "2025", "--period", "TW2", "--output", file])
        #expect(wrote.status == 0, "\(wrote.errors)")
        #expect(wrote.output == "wrote \(file): the header and 6 rows to fill\n")
        #expect(scratch.ledgerSnapshot() == before)
        let template = try lines(try [UInt8](Data(contentsOf: URL(fileURLWithPath: file))))
        #expect(
            template == [
                "Kode;Indikator Kinerja;Satuan;Periode;Realisasi;Pembilang;Penyebut;Sumber Data;Keterangan",
                "ppks;Prosentase PPKS yang ditangani dan diberi bantuan sosial;persen;2025-TW2;;;;;",
                "idg;Indeks Pemberdayaan Gender (IDG);nilai;2025-TW2;;;;;",
                "kekerasan-perempuan;Prosentase kekerasan terhadap Perempuan;persen;2025-TW2;;;;;",
                "kekerasan-anak;Prosentase kekerasan terhadap Anak;persen;2025-TW2;;;;;",
                "korban-bencana;Prosentase korban bencana alam dan sosial yang ditangani;persen;2025-TW2;;;;;",
                "capaian-program;Persentase capaian kinerja program perangkat daerah;persen;2025-TW2;;;;;",
            ])
        // Standard output gives the same bytes.
        let printed = try kinerja.run(["template", "realisasi", "--org", Self.org, "--year", "2025", "--period", "Q2"])
        #expect(Array(printed.output.utf8) == (try [UInt8](Data(contentsOf: URL(fileURLWithPath: file)))))

        let values: [[Int: String]] = [
            [4: "56,70", 7: "SIKS-NG"], [4: "53,38", 7: "BPS"], [4: "0,003"], [4: "0,016"],
            [5: "580", 6: "600", 8: "angka sementara"], [4: "85,5"],
        ]
        let sheet = [template[0]] + zip(template.dropFirst(), values).map { filled($0, $1) }
        scratch.write("tw2.csv", [0xEF, 0xBB, 0xBF] + Array((sheet.joined(separator: "\r\n") + "\r\n").utf8))
        let imported = try kinerja.run(
            ["import", "realisasi", file, "--org", Self.org, "--document", "Laporan Kinerja TW II 2025"]
                + ImportEndToEndTests.recorder)
        #expect(imported.status == 0, "\(imported.errors)")
        #expect(imported.errors == "kinerja: \(file): ignored columns: Indikator Kinerja, Satuan\n")
        #expect(
            imported.output.hasPrefix("read 6 rows from \(file)\nappended 6 events to stream \(Self.org): seq 157–162"))
        for id in try ImportEndToEndTests().recordedIDs(kinerja, from: 157) {
            let approved = try kinerja.run(["approve", id, "--org", Self.org, "--as", "transkripsi.pemeriksa"])
            #expect(approved.status == 0, "\(approved.errors)")
        }
        let state = try kinerja.run(["state", "--org", Self.org, "--year", "2025", "--format", "json"]).output
        for value in ["56.70", "53.38", "0.003", "0.016", "85.5"] {
            #expect(state.contains(#""period":"2025-Q2","status":"approved","value":"\#(value)""#), "\(value)")
        }
        #expect(state.contains(#""period":"2025-Q2","status":"approved","value":"97""#))  // 580 / 600 × 100
    }

    @Test func aTargetsTemplateShowsTheCurrentTargetAndImportsTheNewOnes() throws {
        let scratch = Scratch()
        let kinerja = try ImportEndToEndTests().defaultLedgerCopy(scratch)
        let printed = try kinerja.run(["template", "targets", "--org", Self.org, "--year", "2026"])
        #expect(printed.status == 0, "\(printed.errors)")
        let template = try lines(Array(printed.output.utf8))
        #expect(template[0] == "Kode;Indikator Kinerja;Satuan;Tahun;Target Saat Ini;Target;Keterangan")
        #expect(template[1] == "ppks;Prosentase PPKS yang ditangani dan diberi bantuan sosial;persen;2026;43,79;;")
        #expect(template.count == 7)
        // The clerk fills the targets that change and deletes the other rows.
        let sheet = [
            template[0], filled(template[1], [5: "45,50", 6: "reviu Renstra 2026"]), filled(template[2], [5: "51"]),
        ]
        scratch.write("targets.csv", [0xEF, 0xBB, 0xBF] + Array((sheet.joined(separator: "\r\n") + "\r\n").utf8))
        let imported = try kinerja.run(
            ["import", "targets", scratch.path + "/targets.csv", "--org", Self.org, "--document", "Keputusan 5/2026"]
                + ["--effective", "2026-03-01", "--reason", "penyesuaian RPJMD"] + ImportEndToEndTests.recorder)
        #expect(imported.status == 0, "\(imported.errors)")
        #expect(imported.errors.hasSuffix("ignored columns: Indikator Kinerja, Satuan, Target Saat Ini\n"))
        let ids = try ImportEndToEndTests().recordedIDs(kinerja, from: 157)
        #expect(ids.count == 2)
        for id in ids {
            #expect(try kinerja.run(["approve", id, "--org", Self.org, "--as", "transkripsi.pemeriksa"]).status == 0)
        }
        let after = try kinerja.run(["template", "targets", "--org", Self.org, "--year", "2026"]).output
        #expect(
            after.contains("\r\nppks;Prosentase PPKS yang ditangani dan diberi bantuan sosial;persen;2026;45,50;;\r\n"))
        #expect(after.contains("\r\nidg;Indeks Pemberdayaan Gender (IDG);nilai;2026;51;;\r\n"))
    }

    @Test func aBudgetTemplateListsTheYearsLinesOrJustTheHeader() throws {
        let scratch = Scratch()
        let kinerja = try ImportEndToEndTests().defaultLedgerCopy(scratch)
        let lines2024 = try lines(
            Array(try kinerja.run(["template", "budget", "--org", Self.org, "--year", "2024"]).output.utf8))
        #expect(lines2024[0] == "Tahun;Kode;Level;Induk;Uraian;Anggaran;Realisasi;Keterangan")
        #expect(
            lines2024[1]
                == "2024;p1;program;;PROGRAM PENUNJANG URUSAN PEMERINTAH DAERAH KABUPATEN;4329580080;3953051507;")
        let empty = try lines(
            Array(try kinerja.run(["template", "budget", "--org", Self.org, "--year", "2025"]).output.utf8))
        #expect(empty == ["Tahun;Kode;Level;Induk;Uraian;Anggaran;Realisasi;Keterangan"])
        let sheet =
            empty + [
                "2025;p9;Program;;PROGRAM BARU;1.250.000.000;;",
                "2025;p9.k1;Kegiatan;p9;Kegiatan baru;250.000.000,50;;",
            ]
        scratch.write("dpa.csv", Array((sheet.joined(separator: "\r\n") + "\r\n").utf8))
        let imported = try kinerja.run(
            ["import", "budget", scratch.path + "/dpa.csv", "--org", Self.org, "--document", "DPA 2025"]
                + ImportEndToEndTests.recorder)
        #expect(imported.status == 0, "\(imported.errors)")
        #expect(imported.errors == "")
        let after = try kinerja.run(["template", "budget", "--org", Self.org, "--year", "2025"]).output
        #expect(after.contains("2025;p9.k1;kegiatan;p9;Kegiatan baru;250000000,50;;"))
    }

    /// The fields of a CSV line split at semicolons outside quotes, each as written (quotes kept).
    func rawFields(_ line: String) -> [String] {
        var fields = [""]
        var isQuoted = false
        for character in line {
            if character == "\"" { isQuoted.toggle() }
            if character == ";" && !isQuoted { fields.append("") } else { fields[fields.count - 1].append(character) }
        }
        return fields
    }

    @Test func theReportsCapaianTableNamesCodesSoAClerkCanFillItAndImportItBack() throws {
        let scratch = Scratch()
        let kinerja = try ImportEndToEndTests().defaultLedgerCopy(scratch)
        let report = try kinerja.run(["report", "lkj", "2025", "--org", Self.org, "--format", "csv"])
        #expect(report.status == 0, "\(report.errors)")
        let lines = report.output.dropFirst().components(separatedBy: "\r\n")
        let caption = try #require(lines.firstIndex(of: "Tabel 3.1 Capaian Kinerja Tahun 2025"))
        let header = lines[caption + 1]
        #expect(header.hasPrefix("Sasaran Strategis;Kode;Indikator Kinerja;Satuan;Target;Realisasi;Capaian;"))
        // The clerk keeps the table alone, types each realisasi (decimal commas) and clears the report's remarks.
        let values = ["56,70", "53,38", "0,003", "0,016", "100", "85,5"]
        let rows = zip(lines[(caption + 2)...], values).map { line, value in
            var fields = rawFields(line)
            fields[5] = value
            fields[9] = ""
            return fields.joined(separator: ";")
        }
        #expect(
            rows.map { rawFields($0)[1] } == [
                "ppks", "idg", "kekerasan-perempuan", "kekerasan-anak", "korban-bencana", "capaian-program",
            ])
        scratch.write(
            "tabel-3-1.csv", [0xEF, 0xBB, 0xBF] + Array(([header] + rows).map { $0 + "\r\n" }.joined().utf8))
        let imported = try kinerja.run(
            ["import", "realisasi", scratch.path + "/tabel-3-1.csv", "--org", Self.org, "--year", "2025"]
                + ["--document", "LKj 2025, Tabel 3.1"] + ImportEndToEndTests.recorder)
        #expect(imported.status == 0, "\(imported.errors)")
        #expect(
            imported.errors.hasSuffix(
                "ignored columns: Sasaran Strategis, Indikator Kinerja, Satuan, Target, Rumus capaian, Peringkat,"
                    + " Peristiwa\n"))
        for id in try ImportEndToEndTests().recordedIDs(kinerja, from: 157) {
            #expect(try kinerja.run(["approve", id, "--org", Self.org, "--as", "transkripsi.pemeriksa"]).status == 0)
        }
        let again = try kinerja.run(["report", "lkj", "2025", "--org", Self.org, "--format", "csv"]).output
        #expect(again.contains(";ppks;Prosentase PPKS yang ditangani dan diberi bantuan sosial;persen;43,79;56,70;"))
        #expect(again.contains(";idg;Indeks Pemberdayaan Gender (IDG);nilai;50,81;53,38;"))
    }

    @Test(arguments: [
        (
            ["template", "iku", "--org", ImportEndToEndTests.org, "--year", "2025"],
            "template of what? 'iku' is not realisasi, targets or budget"
        ),
        (["template", "realisasi", "--org", ImportEndToEndTests.org], "missing --year: the year the sheet is for"),
        (
            ["template", "realisasi", "--org", ImportEndToEndTests.org, "--year", "2025", "--period", "TW5"],
            "--period TW5 is not a period of 2025: write TW1-TW4 (or Q1-Q4), S1-S2 or M01-M12"
        ),
        (
            ["template", "realisasi", "--org", ImportEndToEndTests.org, "--year", "2025", "--period", "2024-TW1"],
            "--period 2024-TW1 is not a period of 2025: write TW1-TW4 (or Q1-Q4), S1-S2 or M01-M12"
        ),
        (
            ["template", "targets", "--org", ImportEndToEndTests.org, "--year", "2025", "--period", "TW1"],
            "--period does not apply to template targets"
        ),
        (
            [
                "template", "budget", "--org", ImportEndToEndTests.org, "--year", "2025", "--output",
                "/nonexistent/x.csv",
            ],
            "--output /nonexistent/x.csv: there is no directory /nonexistent"
        ),
    ])
    func refusesABadCommandLineWritingNothing(arguments: [String], message: String) throws {
        let scratch = Scratch()
        let kinerja = try ImportEndToEndTests().defaultLedgerCopy(scratch)
        let result = try kinerja.run(arguments)
        #expect(result.status == 2)
        #expect(result.output == "")
        #expect(result.errors == "kinerja: error: \(message) (see 'kinerja template --help')\n")
    }
}
