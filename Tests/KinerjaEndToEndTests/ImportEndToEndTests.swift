import Foundation
import Testing

@testable import KinerjaEvents
@testable import KinerjaProjections
@testable import KinerjaStore

/// `kinerja import`: spreadsheets as Excel exports them are recorded exactly, as the commands would record
/// them; every bad row is refused by row and column, and the ledger is left byte-identical.
@Suite struct ImportEndToEndTests {
    static let org = "luwu-timur-dinsos-p3a"
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/import")
    static let recorder = ["--as", "transkripsi.pencatat"]

    static func fixture(_ name: String) -> String { fixtures.appendingPathComponent(name).path }

    /// A copy of the embedded default ledger: Luwu Timur's IKU in force since 2021-12-31, its Renstra targets
    /// to 2026 and its 2024 budget, recorded by transkripsi.pencatat and approved by transkripsi.pemeriksa.
    func defaultLedgerCopy(_ scratch: Scratch) throws -> Kinerja {
        try FileManager.default.copyItem(atPath: DefaultLedgerTests.ledger, toPath: scratch.ledgerPath)
        var kinerja = Kinerja(ledger: scratch.ledgerPath)
        kinerja.environment = ["KINERJA_CLOCK": "2026-12-01T08:00:00Z", "KINERJA_ID_PREFIX": "imp"]
        return kinerja
    }

    /// The `data` (and `effective`, if any) of every event of the organisation from `seq` on, canonical JSON.
    func recorded(_ kinerja: Kinerja, from seq: Int) throws -> [String] {
        let log = try kinerja.run(["log", "--org", Self.org, "--from", String(seq), "--format", "json"])
        return try log.output.split(separator: "\n").map { line in
            let event = try #require(try JSONParser.parse(String(line)).objectValue)
            let data = try #require(event["data"]).canonicalString
            return event["effective"].map { "\(data) effective \($0.canonicalString)" } ?? data
        }
    }

    /// The ids of the events from `seq` on.
    func recordedIDs(_ kinerja: Kinerja, from seq: Int) throws -> [String] {
        let log = try kinerja.run(["log", "--org", Self.org, "--from", String(seq), "--format", "json"])
        return try log.output.split(separator: "\n").map { line in
            try #require(try JSONParser.parse(String(line)).objectValue?["id"]?.stringValue)
        }
    }

    /// realisasi-2025-tw2-filled.csv is `kinerja template realisasi --year 2025 --period TW2` filled with decimal
    /// commas; the workbook is LibreOffice's, converted with Indonesian settings:
    /// `soffice --headless --infilter="Text - txt - csv (StarCalc)":59,34,76,1,,1057 --convert-to xlsx FILE.csv`.
    @Test func importsAWorkbookLibreOfficeSavedExactly() throws {
        let scratch = Scratch()
        let kinerja = try defaultLedgerCopy(scratch)
        let result = try kinerja.run(
            ["import", "realisasi", Self.fixture("realisasi-2025-tw2-libreoffice.xlsx"), "--org", Self.org]
                + ["--document", "Laporan TW II 2025"] + Self.recorder)
        expectSuccess(result)
        #expect(result.errors.hasSuffix("ignored columns: Indikator Kinerja, Satuan\n"))
        let values = try recorded(kinerja, from: 157).map { data in
            data.split(separator: ",").filter { $0.contains("\"indicator\"") || $0.contains("\"value\"") }
                .joined(separator: ",")
        }
        #expect(
            values == [
                #""indicator":"ppks","value":"21.4"}"#, #""indicator":"idg","value":"51.02"}"#,
                #""indicator":"kekerasan-perempuan","value":"0.004"}"#,
                #""indicator":"kekerasan-anak","value":"0.012"}"#, #""indicator":"korban-bencana","value":"100"}"#,
                #""indicator":"capaian-program","value":"87.5"}"#,
            ])
        // The CSV it was made from holds the same rows: each is named as imported before (from another file), so
        // nothing is recorded twice whichever of the two comes second.
        let csv = try kinerja.run(
            ["import", "realisasi", Self.fixture("realisasi-2025-tw2-filled.csv"), "--org", Self.org]
                + ["--document", "Laporan TW II 2025"] + Self.recorder)
        #expect(csv.status == 3)
        #expect(csv.errors.components(separatedBy: "this row was imported before").count == 7, "\(csv.errors)")
    }

    @Test func aTemplateWrittenAsAWorkbookReadsBackCellByCell() throws {
        let scratch = Scratch()
        let kinerja = try defaultLedgerCopy(scratch)
        let path = scratch.path + "/isian.xlsx"
        expectSuccess(
            try kinerja.run([
                "template", "realisasi", "--org", Self.org, "--year", "2025", "--period", "TW2", "--output", path,
            ]))
        let before = scratch.ledgerSnapshot()
        // Unfilled, it reads back with no value to record: refused, nothing is written.
        let refused = try kinerja.run(
            ["import", "realisasi", path, "--org", Self.org, "--document", "Laporan TW II 2025"] + Self.recorder)
        #expect(refused.status == 3)
        #expect(refused.errors.contains("no row gives a value (nilai, pembilang, penyebut)"), "\(refused.errors)")
        #expect(scratch.ledgerSnapshot() == before)
    }

    @Test func aTemplateNeverReplacesAFileAndIsCSVOrAWorkbook() throws {
        let scratch = Scratch()
        let kinerja = try defaultLedgerCopy(scratch)
        let template = ["template", "realisasi", "--org", Self.org, "--year", "2025", "--output"]
        scratch.write("isian.csv", Array("filled by hand".utf8))
        let existing = try kinerja.run(template + [scratch.path + "/isian.csv"])
        #expect(existing.status == 2)
        #expect(existing.errors.contains("already exists (a filled sheet would be lost)"))
        #expect(String(decoding: scratch.bytes("isian.csv"), as: UTF8.self) == "filled by hand")
        let other = try kinerja.run(template + [scratch.path + "/isian.ods"])
        #expect(other.status == 2)
        #expect(other.errors.contains("name a .csv or an .xlsx file"))
    }

    @Test func aTemplateFilledOnlyInPartRecordsTheRowsFilledAndNamesTheRest() throws {
        let scratch = Scratch()
        let kinerja = try defaultLedgerCopy(scratch)
        let template = try kinerja.run([
            "template", "realisasi", "--org", Self.org, "--year", "2025", "--period", "TW2",
        ])
        expectSuccess(template)
        var lines = template.output.components(separatedBy: "\r\n")
        // The clerk fills the value of the first two indicators only (Realisasi is the fifth column).
        for index in [1, 2] {
            var fields = lines[index].components(separatedBy: ";")
            fields[4] = index == 1 ? "21,40" : "51,02"
            lines[index] = fields.joined(separator: ";")
        }
        scratch.write("isian.csv", Array(lines.joined(separator: "\r\n").utf8))
        let result = try kinerja.run(
            ["import", "realisasi", scratch.path + "/isian.csv", "--org", Self.org, "--document", "Laporan TW II"]
                + Self.recorder)
        expectSuccess(result)
        #expect(result.output.contains("appended 2 events"))
        #expect(result.errors.contains("isian.csv: rows without a value, skipped: 4, 5, 6, 7"), "\(result.errors)")
    }

    @Test func aFileResavedWithOtherTrailingZerosRecordsNothingTwice() throws {
        let scratch = Scratch()
        let kinerja = try defaultLedgerCopy(scratch)
        let import_ = ["--org", Self.org, "--document", "Laporan TW I 2025"] + Self.recorder
        scratch.write(
            "tw1.csv", Array("indikator;tahun;periode;nilai\nidg;2025;TW1;12,50\nppks;2025;TW1;100,00\n".utf8))
        expectSuccess(try kinerja.run(["import", "realisasi", scratch.path + "/tw1.csv"] + import_))
        let before = scratch.ledgerSnapshot()
        // A spreadsheet re-saved the file: 12,50 became 12,5 and 100,00 became 100.
        scratch.write("tw1.csv", Array("indikator;tahun;periode;nilai\nidg;2025;TW1;12,5\nppks;2025;TW1;100\n".utf8))
        let again = try kinerja.run(["import", "realisasi", scratch.path + "/tw1.csv"] + import_)
        expectSuccess(again)
        #expect(again.output.components(separatedBy: "already present: id imp-").count == 3, "\(again.output)")
        #expect(scratch.ledgerSnapshot() == before)
        // The ledger keeps the digits as first written.
        #expect(try recorded(kinerja, from: 157).first?.contains(#""value":"12.50""#) == true)
    }

    @Test func importsAnExcelExportOfRealisasiExactly() throws {
        let scratch = Scratch()
        let kinerja = try defaultLedgerCopy(scratch)
        let file = Self.fixture("realisasi-2025.csv")
        let result = try kinerja.run(
            ["import", "realisasi", file, "--org", Self.org, "--document", "Laporan Kinerja Triwulan III 2025"]
                + ["--locator", "Lampiran 1"] + Self.recorder)
        expectSuccess(result)
        #expect(result.errors == "")
        #expect(
            result.output.hasPrefix(
                "read 5 rows from \(file)\nappended 5 events to stream \(Self.org): seq 157–161\nhead \(Self.org):161:")
        )
        let basis = #""basis":{"document":"Laporan Kinerja Triwulan III 2025","locator":"Lampiran 1, row"#
        #expect(
            try recorded(kinerja, from: 157) == [
                #"{\#(basis) 2 of realisasi-2025.csv"},"indicator":"ppks","period":"2025","printedCapaian":"129.48","source":"Bidang Rehabilitasi Sosial; data SIKS-NG","value":"56.70"}"#,
                #"{\#(basis) 3 of realisasi-2025.csv","note":"angka sementara, rilis BPS\nAgustus 2025"},"indicator":"idg","period":"2025","source":"BPS Kabupaten Luwu Timur","value":"53.38"}"#,
                #"{\#(basis) 4 of realisasi-2025.csv"},"indicator":"kekerasan-perempuan","period":"2025-Q3","source":"Unit PPA \"Sipakalebbi\"","value":"0.003"}"#,
                #"{\#(basis) 5 of realisasi-2025.csv"},"denominator":"600","indicator":"korban-bencana","numerator":"580","period":"2025"}"#,
                #"{\#(basis) 6 of realisasi-2025.csv"},"indicator":"capaian-program","period":"2025","value":"85.5"}"#,
            ])
        #expect(try kinerja.run(["verify"]).status == 0)
        // Each row's id comes from its content (file and row included): the same file again adds nothing.
        let ids = try recordedIDs(kinerja, from: 157)
        #expect(ids.count == 5 && ids.allSatisfy { $0.hasPrefix("imp-") && $0.count == 24 } && Set(ids).count == 5)
        let before = scratch.ledgerSnapshot()
        let again = try kinerja.run(
            ["import", "realisasi", file, "--org", Self.org, "--document", "Laporan Kinerja Triwulan III 2025"]
                + ["--locator", "Lampiran 1"] + Self.recorder)
        expectSuccess(again)
        #expect(again.output.components(separatedBy: "already present: id imp-").count == 6)
        #expect(scratch.ledgerSnapshot() == before)
        // A renamed copy of the same sheet: every row named as imported before, nothing written.
        let renamed = scratch.path + "/realisasi-2025-lagi.csv"
        scratch.write("realisasi-2025-lagi.csv", try [UInt8](Data(contentsOf: URL(fileURLWithPath: file))))
        let copy = try kinerja.run(
            ["import", "realisasi", renamed, "--org", Self.org, "--document", "Laporan Kinerja Triwulan III 2025"]
                + ["--locator", "Lampiran 1"] + Self.recorder)
        #expect(copy.status == 3)
        for (row, seq) in zip(2...6, 157...161) {
            #expect(
                copy.errors.contains(
                    "\(renamed):\(row): this row was imported before (seq \(seq), id \(ids[seq - 157]))"))
        }
        #expect(copy.errors.hasSuffix("5 problems; nothing was written\n"))
        #expect(scratch.ledgerSnapshot() == before)

        // Imported realisations are proposals like any other: they count once another actor approves them.
        let pending = try kinerja.run(["state", "--org", Self.org, "--year", "2025", "--format", "json"]).output
        #expect(
            pending.contains(
                #""realisasi":[{"event":"\#(ids[0])","period":"2025","status":"pending","value":"56.70"}]"#))
        #expect(!pending.contains(#""yearRealisasi":{"event":"\#(ids[0])""#))
        for id in ids {
            expectSuccess(try kinerja.run(["approve", id, "--org", Self.org, "--as", "transkripsi.pemeriksa"]))
        }
        let state = try kinerja.run(["state", "--org", Self.org, "--year", "2025", "--format", "json"]).output
        #expect(state.contains(#""yearRealisasi":{"event":"\#(ids[0])","value":"56.70"}"#))
        #expect(state.contains(#""yearRealisasi":{"event":"\#(ids[1])","value":"53.38"}"#))
        #expect(
            state.contains(
                #""realisasi":[{"event":"\#(ids[2])","period":"2025-Q3","status":"approved","value":"0.003"}]"#))
        #expect(state.contains(#""yearRealisasi":{"event":"\#(ids[3])","value":"97"}"#))  // 580 / 600 × 100, 0 decimals
        #expect(state.contains(#""yearRealisasi":{"event":"\#(ids[4])","value":"85.5"}"#))
        let text = try kinerja.run(["state", "--org", Self.org, "--year", "2025"]).output
        #expect(text.contains("ppks                 persen           43,79          -      56,70   129,48  R/T×100"))
        #expect(text.contains("capaian-program      persen             100          -       85,5    85,50  R/T×100"))
        let history = try kinerja.run(["history", "realisasi:idg:2025", "--org", Self.org]).output
        #expect(history.contains("Laporan Kinerja Triwulan III 2025, Lampiran 1, row 3 of realisasi-2025.csv"))
    }

    @Test func importsTargetsFromStandardInputAsTargetSetProposals() throws {
        let scratch = Scratch()
        let kinerja = try defaultLedgerCopy(scratch)
        let csv = try [UInt8](Data(contentsOf: Self.fixtures.appendingPathComponent("target-2026.csv")))
        let result = try kinerja.run(
            [
                "import", "targets", "-", "--org", Self.org, "--document", "Keputusan Kepala Dinas 5/2026",
                "--effective", "2026-03-01", "--reason", "penyesuaian RPJMD",
            ] + Self.recorder, input: csv)
        expectSuccess(result)
        #expect(
            result.output.hasPrefix("read 2 rows from stdin\nappended 2 events to stream \(Self.org): seq 157–158\n"))
        let basis = #""basis":{"document":"Keputusan Kepala Dinas 5/2026","locator":"row"#
        #expect(
            try recorded(kinerja, from: 157) == [
                #"{\#(basis) 2 of stdin"},"indicator":"ppks","reason":"reviu Renstra 2026","value":"60.00","year":2026} effective "2026-03-01""#,
                #"{\#(basis) 3 of stdin"},"indicator":"idg","reason":"penyesuaian RPJMD","value":"56.5","year":2026} effective "2026-03-01""#,
            ])
        // The same proposal as 'kinerja target set' records: pending until approved, then the target.
        let id = try #require(try recordedIDs(kinerja, from: 157).first)
        expectSuccess(try kinerja.run(["approve", id, "--org", Self.org, "--as", "transkripsi.pemeriksa"]))
        let state = try kinerja.run(["state", "--org", Self.org, "--year", "2026", "--format", "json"]).output
        #expect(state.contains(#""renstraTarget":{"event":"\#(id)","value":"60.00"}"#))
    }

    @Test func importsBudgetLinesWithRupiahAmounts() throws {
        let scratch = Scratch()
        let kinerja = try defaultLedgerCopy(scratch)
        let result = try kinerja.run(
            ["import", "budget", Self.fixture("anggaran-2025.csv"), "--org", Self.org, "--document", "DPA 2025"]
                + Self.recorder)
        expectSuccess(result)
        let basis = #""basis":{"document":"DPA 2025","locator":"row"#
        #expect(
            try recorded(kinerja, from: 157) == [
                #"{\#(basis) 2 of anggaran-2025.csv"},"code":"p3","indicator":"Persentase PPKS yang ditangani","level":"program","name":"PROGRAM PERLINDUNGAN DAN JAMINAN SOSIAL","pagu":"13821027400","realisasi":"12500000.50","target":"100%","year":2025}"#,
                #"{\#(basis) 3 of anggaran-2025.csv"},"code":"p3.k1","level":"kegiatan","name":"Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota","pagu":"1250000000","parent":"p3","realisasi":"1000000000","year":2025}"#,
                #"{\#(basis) 4 of anggaran-2025.csv"},"code":"p3.k1.s1","indicator":"Jumlah dokumen","level":"sub-kegiatan","name":"Pengelolaan data fakir miskin; verifikasi dan validasi","pagu":"250000000","parent":"p3.k1","target":"2 dok","year":2025}"#,
            ])
        // Imported again, every line is already present (its id comes from its content): nothing is written.
        let before = scratch.ledgerSnapshot()
        let again = try kinerja.run(
            ["import", "budget", Self.fixture("anggaran-2025.csv"), "--org", Self.org, "--document", "DPA 2025"]
                + Self.recorder)
        expectSuccess(again)
        #expect(again.output.components(separatedBy: "already present: id imp-").count == 4)
        #expect(scratch.ledgerSnapshot() == before)
        // The same code under another document is another line for the same year: refused by row and column.
        let other = try kinerja.run(
            ["import", "budget", Self.fixture("anggaran-2025.csv"), "--org", Self.org, "--document", "DPA-P 2025"]
                + Self.recorder)
        #expect(other.status == 3)
        #expect(
            other.errors.contains("anggaran-2025.csv:2: column kode: budget line p3 for 2025 is already recorded\n"))
        #expect(other.errors.hasSuffix("3 problems; nothing was written\n"))
        #expect(scratch.ledgerSnapshot() == before)
    }

    /// One file per class of bad row: the import, and the problem lines (after the file's path).
    static let badFiles: [(file: String, kind: String, problems: [String])] = [
        (
            "bad-unknown-indicator.csv", "realisasi",
            [
                ":3: column indikator: indicator pkh is not defined by any IKU decision or the Renstra in this stream"
            ]
        ),
        (
            "bad-number.csv", "realisasi",
            [":3: column nilai: \"53,3B\" contains letters; a number has digits, a dot or comma, and Rp or %"]
        ),
        (
            "bad-missing-column.csv", "realisasi",
            [":1: column tahun: missing from the header; give tahun, or periode with the year (2025, 2025-TW2)"]
        ),
        (
            "bad-column-count.csv", "realisasi",
            [":3: the row has 6 fields and the header 5; check the delimiter (;) and the quotes"]
        ),
        ("bad-year.csv", "realisasi", [":3: column tahun: \"25\" is not a year: write four digits, 1900 to 2999"]),
        (
            "bad-period.csv", "realisasi",
            [
                ":3: column periode: \"TW5\" is not a period: write 2025, 2025-S1, 2025-Q3 (or TW3) or 2025-M07,"
                    + " or S1, Q3, TW3 or M07 of the year in tahun"
            ]
        ),
        ("bad-duplicate.csv", "realisasi", [":4: column periode: ppks 2025-Q1 is already on row 2"]),
        (
            "bad-not-in-force.csv", "realisasi",
            [
                ":3: column tahun: indicator ppks is not in force in 2019 (no approved IKU decision, nor the Renstra,"
                    + " has it in force on 2019-12-31)"
            ]
        ),
        ("bad-unit.csv", "realisasi", [":3: column nilai: \"Rp 53\": idg is measured in nilai, not rupiah"]),
        (
            "bad-encoding.csv", "realisasi",
            [":3: field 4 is not UTF-8 text (byte 0xE9); save the file as \"CSV UTF-8\""]
        ),
        (
            "bad-rows.csv", "realisasi",
            [
                ":3: column indikator: indicator pkh is not defined by any IKU decision or the Renstra in this stream",
                ":4: column nilai: \"53,3B\" contains letters; a number has digits, a dot or comma, and Rp or %",
                ":5: the row has 4 fields and the header 6; check the delimiter (;) and the quotes",
                ":6: column tahun: \"25\" is not a year: write four digits, 1900 to 2999",
                ":7: column periode: \"TW5\" is not a period: write 2025, 2025-S1, 2025-Q3 (or TW3) or 2025-M07,"
                    + " or S1, Q3, TW3 or M07 of the year in tahun",
                ":8: column periode: ppks 2025-Q1 is already on row 2",
                ":9: column tahun: indicator ppks is not in force in 2019 (no approved IKU decision, nor the Renstra,"
                    + " has it in force on 2019-12-31)",
                ":10: column penyebut: the denominator is 0",
            ]
        ),
        (
            "bad-budget.csv", "budget",
            [
                ":3: column induk: budget line p9 for 2025 is not recorded, so it cannot be a parent",
                ":4: column level: \"sub kegiatan inti\" is not a level: program, kegiatan or sub kegiatan",
                ":4: column realisasi: \"5%\" is a percentage; realisasi is an amount in rupiah",
            ]
        ),
    ]

    @Test(arguments: badFiles.indices)
    func refusesEveryBadRowByRowAndColumnAndWritesNothing(index: Int) throws {
        let (name, kind, problems) = Self.badFiles[index]
        let scratch = Scratch()
        let kinerja = try defaultLedgerCopy(scratch)
        let before = scratch.ledgerSnapshot()
        let file = Self.fixture(name)
        let year = kind == "budget" ? ["--year", "2025"] : []
        let result = try kinerja.run(
            ["import", kind, file, "--org", Self.org, "--document", "Laporan Triwulan III 2025"] + year + Self.recorder)
        #expect(result.status == 3, "\(name)")
        #expect(result.output == "", "\(name)")
        let count = problems.count
        #expect(
            result.errors
                == "kinerja: error: refused import:\n"
                + problems.map { file + $0 + "\n" }.joined()
                + "\(count) problem\(count == 1 ? "" : "s"); nothing was written\n",
            "\(name)")
        #expect(scratch.ledgerSnapshot() == before, "\(name)")
    }

    @Test func refusesTheWholeFileWhenTheActorMayNotRecord() throws {
        let scratch = Scratch()
        let kinerja = try defaultLedgerCopy(scratch)
        let before = scratch.ledgerSnapshot()
        let file = Self.fixture("realisasi-2025.csv")
        let result = try kinerja.run([
            "import", "realisasi", file, "--org", Self.org, "--document", "x", "--as", "transkripsi.pemeriksa",
        ])
        #expect(result.status == 3)
        #expect(
            result.errors == """
                kinerja: error: refused import:
                \(file): transkripsi.pemeriksa may not record RealisasiRecorded in stream \(Self.org): it needs the role recorder (register it with ActorRegistered)
                1 problem; nothing was written

                """)
        #expect(scratch.ledgerSnapshot() == before)
    }

    @Test(arguments: [
        (
            ["import", "anggaran", "x.csv", "--org", org, "--document", "d"],
            "import what? 'anggaran' is not realisasi, targets or budget"
        ),
        (["import", "realisasi", "x.csv", "--org", org], "missing --document: the source document every row records"),
        (
            ["import", "targets", "x.csv", "--org", org, "--document", "d"],
            "missing --effective: the date the target changes take effect"
        ),
        (
            ["import", "realisasi", "x.csv", "--org", org, "--document", "d", "--reason", "x"],
            "--reason does not apply to import realisasi"
        ),
        (
            ["import", "targets", "x.csv", "--org", org, "--document", "d", "--effective", "2025-01-01"]
                + ["--year", "2025"],
            "--year does not apply to import targets"
        ),
        (["import", "realisasi", "--org", org], "missing FILE (or - for standard input)"),
    ])
    func refusesABadCommandLineWithStatus2(arguments: [String], message: String) throws {
        let scratch = Scratch()
        let kinerja = try defaultLedgerCopy(scratch)
        let result = try kinerja.run(arguments + Self.recorder)
        #expect(result.status == 2)
        #expect(result.errors == "kinerja: error: \(message) (see 'kinerja import --help')\n")
    }
}

/// Spreadsheets as offices keep them: their own column names, columns the import does not read, the year in
/// the period, and a header far too wide.
@Suite struct OfficeSheetImportTests {
    static let org = ImportEndToEndTests.org

    @Test func importsAnOfficeRealisasiSheetNamingTheColumnsItIgnores() throws {
        let scratch = Scratch()
        let kinerja = try ImportEndToEndTests().defaultLedgerCopy(scratch)
        scratch.write(
            "lapkin.csv",
            Array(
                """
                No;Kode;Indikator Kinerja;Periode;Realisasi;Pembilang;Penyebut;Sumber Data;Keterangan
                1;PPKS;Prosentase PPKS yang ditangani;2025-TW2;56,70;;;SIKS-NG;
                2;korban-bencana;Prosentase korban bencana;2025-TW2;;580;600;BPBD;angka sementara

                """.utf8))
        let result = try kinerja.run(
            ["import", "realisasi", scratch.path + "/lapkin.csv", "--org", Self.org, "--document", "Lapkin TW II"]
                + ImportEndToEndTests.recorder)
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.errors == "kinerja: \(scratch.path)/lapkin.csv: ignored columns: No, Indikator Kinerja\n")
        let recorded = try ImportEndToEndTests().recorded(kinerja, from: 157)
        #expect(recorded.count == 2)
        #expect(recorded[0].contains(#""indicator":"ppks","period":"2025-Q2","source":"SIKS-NG","value":"56.70""#))
        #expect(recorded[1].contains(#""numerator":"580","period":"2025-Q2""#))
    }

    @Test func refusesAHeaderOfAHundredThousandColumnsInAFewLines() throws {
        let scratch = Scratch()
        let kinerja = try ImportEndToEndTests().defaultLedgerCopy(scratch)
        let before = scratch.ledgerSnapshot()
        let header = ["Kode", "Tahun"] + Array(repeating: "Nilia", count: 100_000)
        let row = ["ppks", "2025"] + Array(repeating: "1", count: 100_000)
        scratch.write(
            "wide.csv", Array((header.joined(separator: ";") + "\n" + row.joined(separator: ";") + "\n").utf8))
        let result = try kinerja.run(
            ["import", "realisasi", scratch.path + "/wide.csv", "--org", Self.org, "--document", "x"]
                + ImportEndToEndTests.recorder)
        #expect(result.status == 3)
        let lines = result.errors.split(separator: "\n")
        #expect(lines.count == 9, "\(result.errors.prefix(2000))")  // the title, 6 lines, nilai missing, the count
        #expect(lines.contains { $0.hasSuffix("wide.csv:1: and 99995 more unknown columns") })
        #expect(scratch.ledgerSnapshot() == before)
    }
}
