import Foundation
import Testing

/// `kinerja report` on the default ledger: the LKj 2024 of Luwu Timur reproduces the figures of the
/// document's Tabel 7, 14, 15 and 17; the PK 2024; an audit report; and `--as-of` on a ledger that changes.
@Suite struct ReportTests {
    static let luwuTimur = DefaultLedgerTests.luwuTimur

    private func run(_ arguments: [String]) throws -> Kinerja.Result {
        try Kinerja.runBinary(["--ledger", DefaultLedgerTests.ledger] + arguments)
    }

    /// The report's JSON, parsed, after checking the run succeeded.
    private func report(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> Report {
        let result = try run(["report"] + arguments + ["--format", "json"])
        #expect(result.status == 0, "\(result.errors)", sourceLocation: sourceLocation)
        #expect(result.errors == "", sourceLocation: sourceLocation)
        return try Report(result.output)
    }

    @Test func writesTheReportAsAWorkbookToAFile() throws {
        let scratch = Scratch()
        let refused = try run(["report", "lkj", "2024", "--org", Self.luwuTimur, "--format", "xlsx"])
        #expect(refused.status == 2)
        #expect(refused.errors.contains("--format xlsx writes a workbook: give --output FILE.xlsx"))
        let path = scratch.path + "/lkj-2024.xlsx"
        let written = try run(["report", "lkj", "2024", "--org", Self.luwuTimur, "--format", "xlsx", "--output", path])
        #expect(written.status == 0, "\(written.errors)")
        let bytes = scratch.bytes("lkj-2024.xlsx")
        #expect(written.output == "wrote \(path) (\(bytes.count) bytes)\n")
        #expect(bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]))  // a ZIP: the package of a workbook
        // The same report twice gives the same bytes.
        _ = try run(["report", "lkj", "2024", "--org", Self.luwuTimur, "--format", "xlsx", "--output", path + "2"])
        #expect(scratch.bytes("lkj-2024.xlsx2") == bytes)
    }

    @Test func anOutputFilesExtensionSaysTheFormatAndMayNotContradictIt() throws {
        let scratch = Scratch()
        let html = scratch.path + "/lkj.html"
        #expect(try run(["report", "lkj", "2024", "--org", Self.luwuTimur, "--output", html]).status == 0)
        #expect(String(decoding: scratch.bytes("lkj.html"), as: UTF8.self).hasPrefix("<!DOCTYPE html>"))
        let contradicted = try run([
            "report", "lkj", "2024", "--org", Self.luwuTimur, "--format", "md", "--output", html,
        ])
        #expect(contradicted.status == 2)
        #expect(contradicted.errors.contains("the file's extension says html; give one that agrees"))
    }

    @Test func theLKj2024IsStable() throws {
        let result = try run(["report", "lkj", "2024", "--org", Self.luwuTimur, "--format", "json"])
        #expect(result.status == 0)
        assertSnapshot(result.output, named: "default-luwu-timur-report-lkj-2024.json")
    }

    /// Every report in every format, as golden files: what an agency hands in and an integration reads.
    @Test(
        arguments: [
            (["lkj", "2024", "--org", luwuTimur], "default-luwu-timur-report-lkj-2024"),
            (["pk", "2024", "--org", luwuTimur], "default-luwu-timur-report-pk-2024"),
            (
                ["audit", "--org", "lombok-tengah-dinsos", "--from", "2026-11-23", "--to", "2026-11-23"],
                "default-lombok-tengah-report-audit"
            ),
        ] as [([String], String)], ["md", "html", "csv"])
    func everyReportInEveryFormatIsStable(report: ([String], String), format: String) throws {
        let (report, name) = report
        let result = try run(["report"] + report + ["--format", format])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.errors == "")
        assertSnapshot(result.output, named: "\(name).\(format)")
        switch format {
        case "csv":
            // Excel with Indonesian settings: a BOM, semicolons, CRLF, decimal commas.
            #expect(result.output.utf8.starts(with: [0xEF, 0xBB, 0xBF]))
            #expect(result.output.contains(";") && result.output.contains("\r\n"))
        case "html":
            #expect(result.output.hasPrefix("<!DOCTYPE html>"))
            #expect(!result.output.contains("http://") && !result.output.contains("https://"))
        default:
            #expect(result.output.hasPrefix("# "))
        }
    }

    /// Tabel 7 (the PK 2024) and Tabel 14 (Realisasi Kinerja Tahun 2024), as printed: target, realisasi, capaian.
    static let tabel14: [(indicator: String, target: String, realisasi: String, capaian: String)] = [
        ("Prosentase PPKS yang ditangani dan diberi bantuan sosial", "56,70", "118,27", "208,59"),
        ("Indeks Pemberdayaan Gender (IDG)", "55,50", "53,38", "96,18"),
        ("Prosentase kekerasan terhadap Perempuan", "0,01", "0,003", "30,00"),
        ("Prosentase kekerasan terhadap anak", "0,016", "0,020", "125,00"),
        ("Prosentase korban bencana alam dan sosial yang ditangani", "100", "100", "100"),
        ("Persentase capaian kinerja program perangkat daerah", "100", "100", "100"),
    ]

    @Test func theLKjReproducesTabel7And14WithCapaianByTheRules() throws {
        let table = try report(["lkj", "2024", "--org", Self.luwuTimur]).table("capaian-kinerja")
        try #require(table.rows.count == Self.tabel14.count)
        for (index, printed) in Self.tabel14.enumerated() {
            #expect(table.text(index, "Indikator Kinerja")?.lowercased() == printed.indicator.lowercased())
            #expect(table.number(index, "Target") == plain(printed.target), "\(printed.indicator)")
            #expect(table.number(index, "Realisasi") == plain(printed.realisasi), "\(printed.indicator)")
            #expect(!table.events(index, "Capaian").isEmpty)
        }
        // Where the rules give the printed capaian it is the figure; for the two lower-is-better indicators
        // the document divided R by T, and its figure is shown beside the one the rules give.
        for index in [0, 1, 4, 5] {
            #expect(
                table.number(index, "Capaian").flatMap { Decimal(string: $0) }
                    == Decimal(string: plain(Self.tabel14[index].capaian)), "\(Self.tabel14[index].indicator)")
        }
        #expect(table.number(2, "Capaian") == "170.00")
        #expect(table.remark(2, "Capaian") == "dokumen mencetak 30,00 (R/T×100)")
        #expect(table.number(3, "Capaian") == "75.00")
        #expect(table.remark(3, "Capaian") == "dokumen mencetak 125,00 (R/T×100)")
        #expect(table.text(3, "Peringkat") == "S Sedang")
    }

    /// Tabel 15: targets 2022–2026, the end-of-Renstra target and realisations 2022–2024, as printed.
    static let tabel15: [(targets: [String], end: String, realisasi: [String])] = [
        (["43,28", "43,43", "43,65", "43,79", "43,79"], "43,79", ["69,26", "56,60", "118,27"]),
        (["50,77", "50,78", "50,79", "50,81", "50,82"], "50,82", ["54,09", "55,40", "53,38"]),
        (["0,03", "0,02", "0,01", "0,01", "0,01"], "0,01", ["0,03", "0,01", "0,003"]),
        (["0,020", "0,017", "0,016", "0,016", "0,016"], "0,016", ["0,02", "0,00", "0,020"]),
        (["100", "100", "100", "100", "100"], "100", ["100", "100", "100"]),
        (["100", "100", "100", "100", "100"], "100", ["100", "100", "100"]),
    ]

    @Test func theLKjReproducesTabel15AgainstTheRenstra() throws {
        let table = try report(["lkj", "2024", "--org", Self.luwuTimur]).table("capaian-renstra")
        try #require(table.rows.count == Self.tabel15.count)
        for (index, printed) in Self.tabel15.enumerated() {
            #expect(table.text(index, "Indikator Kinerja")?.lowercased() == Self.tabel14[index].indicator.lowercased())
            for (offset, year) in (2022...2026).enumerated() {
                #expect(table.number(index, "Target \(year)") == plain(printed.targets[offset]), "row \(index) \(year)")
            }
            #expect(table.number(index, "Target akhir Renstra") == plain(printed.end))
            for (offset, year) in (2022...2024).enumerated() {
                #expect(
                    table.number(index, "Realisasi \(year)") == plain(printed.realisasi[offset]), "row \(index) \(year)"
                )
            }
        }
        // The text below Tabel 15: IDG 2023 against its Renstra target, 109,10 %.
        #expect(table.number(1, "Capaian 2023") == "109.10")
    }

    /// Tabel 17, the programs as printed: anggaran, realisasi, %.
    static let tabel17: [(anggaran: String, realisasi: String, percent: String)] = [
        ("4.329.580.080", "3.953.051.507", "91,30"), ("5.086.990.809", "5.050.789.960", "99,29"),
        ("1.152.904.280", "1.129.711.734", "97,99"), ("513.966.100", "446.691.375", "86,91"),
        ("323.360.690", "284.872.520", "88,10"), ("346.608.000", "262.411.100", "75,71"),
        ("389.649.371", "276.647.300", "71,00"), ("1.120.880.570", "904.578.485", "80,70"),
        ("62.956.100", "59.189.370", "94,02"), ("40.774.800", "38.755.120", "95,05"),
        ("453.356.600", "268.892.520", "59,31"),
    ]

    @Test func theLKjReproducesTabel17BudgetRealisation() throws {
        let table = try report(["lkj", "2024", "--org", Self.luwuTimur]).table("realisasi-anggaran")
        // 68 budget lines, then the total.
        #expect(table.rows.count == 69)
        let programs = table.rows.indices.filter { table.text($0, "Tingkat") == "Program" }
        try #require(programs.count == Self.tabel17.count)
        for (row, printed) in zip(programs, Self.tabel17) {
            #expect(table.number(row, "Anggaran") == plain(printed.anggaran))
            #expect(table.number(row, "Realisasi") == plain(printed.realisasi))
            #expect(table.number(row, "Realisasi (%)") == plain(printed.percent))
        }
        // Two sub kegiatan of program 01, and TOTAL BELANJA.
        let dpa = try #require(table.rows.indices.first { table.text($0, "Kode") == "p1.k1.s3" })
        #expect(
            [table.number(dpa, "Anggaran"), table.number(dpa, "Realisasi"), table.number(dpa, "Realisasi (%)")]
                == [plain("10.003.550"), plain("5.476.840"), plain("54,75")])
        let total = table.rows.count - 1
        #expect(table.text(total, "Kode") == "JUMLAH")
        #expect(table.number(total, "Anggaran") == plain("13.821.027.400"))
        #expect(table.number(total, "Realisasi") == plain("12.675.590.991"))
        #expect(table.number(total, "Realisasi (%)") == plain("91,71"))
        #expect(table.events(total, "Anggaran").count == 11)
    }

    @Test func theLKjEndsWithTheFindingsOfCheck() throws {
        let lkj = try report(["lkj", "2024", "--org", Self.luwuTimur])
        let check = try run(["check", "--org", Self.luwuTimur, "--year", "2024", "--format", "json"])
        let expected = try #require(
            (try JSONSerialization.jsonObject(with: Data(check.output.utf8)) as? [String: Any])?["findings"]
                as? [[String: Any]])
        let findings = try #require(lkj.findings)
        #expect(findings.count == expected.count)
        #expect(findings.map { $0["kind"] as? String } == expected.map { $0["kind"] as? String })
        #expect(findings.map { $0["events"] as? [String] } == expected.map { $0["events"] as? [String] })
    }

    @Test func thePK2024IsTabel7AsSignedWithTheDigestPkPrints() throws {
        let result = try run(["report", "pk", "2024", "--org", Self.luwuTimur, "--format", "json"])
        #expect(result.status == 0)
        assertSnapshot(result.output, named: "default-luwu-timur-report-pk-2024.json")
        let document = try Report(result.output)
        let table = try document.table("pk-target")
        // Printed as %, poin, %…: shown by the one name the IKU uses for each unit (stored as printed).
        let units = ["persen", "nilai", "persen", "persen", "persen", "persen"]
        for (index, printed) in Self.tabel14.enumerated() {
            #expect(table.number(index, "Target") == plain(printed.target))
            #expect(table.text(index, "Satuan") == units[index])
        }
        let pk = try run(["pk", "2024", "--org", Self.luwuTimur, "--version", "1"]).output
        let prefix = "ledger digest of this version: "
        let line = try #require(pk.split(separator: "\n").first { $0.hasPrefix(prefix) })
        let digest = String(line.dropFirst(prefix.count))
        #expect(document.fact("Digest buku besar versi ini") == digest)
        #expect(try run(["verify", "--digest", digest]).status == 0)
    }

    @Test func theAuditOfAPeriodIsStableAndItsDigestsVerify() throws {
        let arguments = [
            "report", "audit", "--org", "lombok-tengah-dinsos", "--from", "2026-11-23", "--to", "2026-11-23",
        ]
        let result = try run(arguments + ["--format", "json"])
        #expect(result.status == 0)
        assertSnapshot(result.output, named: "default-lombok-tengah-report-audit.json")
        let document = try Report(result.output)
        // Every event of the stream's 15 but its 2 notes (free text, no decision); the last is the signing policy.
        let decisions = try document.table("keputusan")
        #expect(decisions.rows.count == 13)
        #expect(decisions.text(12, "Jenis") == "SigningPolicySet")
        #expect(decisions.text(12, "Perubahan") == "keputusan wajib ditandatangani sejak 1 Januari 2027")
        let end = try #require(document.fact("Digest akhir periode (peristiwa terakhir yang dicatat s.d. 2026-11-23)"))
        // The whole stream was recorded that day: the period ends at the head, notes included.
        #expect(
            end
                == (try run(["head"]).output.split(separator: "\n").first { $0.hasPrefix("lombok-tengah-dinsos:") })
                .map(String.init))
        #expect(try run(["verify", "--digest", end]).status == 0)
        // Nothing was recorded the day before: the period ends where the stream starts.
        let before = try report([
            "audit", "--org", "lombok-tengah-dinsos", "--from", "2026-11-01", "--to", "2026-11-22",
        ])
        #expect(try before.table("keputusan").rows.isEmpty)
        let start = try #require(before.fact("Digest akhir periode (peristiwa terakhir yang dicatat s.d. 2026-11-22)"))
        #expect(start.hasPrefix("lombok-tengah-dinsos:0:"))
    }

    @Test(arguments: [
        (["report", "lkj", "2024", "--format", "json"], "which organisation? give --org ORG"),
        (
            ["report", "lkj", "2024", "--org", "x", "--format", "pdf"],
            "unknown format 'pdf'; use one of md, html, csv, json, xlsx"
        ),
        (["report", "lakip", "2024"], "unknown report 'lakip'; use lkj, pk or audit"),
        (["report", "lkj"], "missing YEAR: kinerja report lkj YEAR --org ORG"),
        (["report", "pk", "24"], "'24' is not a year; write it like 2024"),
        (["report", "lkj", "2024", "--version", "2"], "--version is for 'report pk', not 'report lkj'"),
        (["report", "pk", "2024", "--from", "2024-01-01"], "--from is for 'report audit', not 'report pk'"),
        (["report", "audit", "2024"], "unexpected argument '2024': 'report audit' takes --from and --to"),
        (["report", "audit", "--from", "2024-01-01"], "'report audit' needs --from DATE and --to DATE (YYYY-MM-DD)"),
        (
            ["report", "audit", "--from", "2024-13-01", "--to", "2024-12-31"],
            "--from needs a date written YYYY-MM-DD, not '2024-13-01'"
        ),
        (
            ["report", "audit", "--from", "2024-12-31", "--to", "2024-01-01"],
            "--from 2024-12-31 is after --to 2024-01-01"
        ),
        (
            ["report", "lkj", "2024", "--org", "luwu-timur-dinsos-p3a", "--format", "json", "--as-of", "kemarin"],
            "--as-of needs a date or time like 2024-07-31, 2024-07-31T23:59, \"2024-07-31 23:59 WITA\" or 2024-07-31T23:59:59Z, not 'kemarin'"
        ),
        (
            ["report", "pk", "2024", "--org", "luwu-timur-dinsos-p3a", "--format", "json", "--version", "2"],
            "--version 2: the PK 2024 has versions 1 to 1"
        ),
        (
            ["report", "pk", "2023", "--org", "luwu-timur-dinsos-p3a", "--format", "json"],
            "stream luwu-timur-dinsos-p3a has no signed PK for 2023"
        ),
    ])
    func refusesABadCommandLineNamingTheBadValue(arguments: [String], message: String) throws {
        let result = try run(arguments)
        #expect(result.status == 2)
        #expect(result.output == "")
        #expect(result.errors == "kinerja: error: \(message) (see 'kinerja report --help')\n")
    }
}

extension ReportTests {
    @Test func asOfShowsTheReportAsTheLedgerStoodThen() throws {
        let scratch = Scratch()
        let workflow = DecisionWorkflowTests()
        let kinerja = try workflow.prepared(scratch)
        func at(_ time: String, _ arguments: [String]) throws {
            expectSuccess(try kinerja.run(arguments, extraEnvironment: ["KINERJA_CLOCK": time]))
        }
        let org = DecisionWorkflowTests.org
        try at(
            "2025-01-10T09:00:00Z",
            [
                "realisasi", "record", "--org", org, "--indicator", "ppks", "--period", "2024", "--value", "118,27",
                "--document", "LKj 2024", "--id", "r-ppks", "--as", "rina",
            ])
        try at("2025-01-11T09:00:00Z", ["approve", "r-ppks", "--org", org, "--as", "kadis"])
        try at(
            "2025-02-03T09:00:00Z",
            [
                "realisasi", "correct", "r-ppks", "--org", org, "--value", "120,00", "--reason", "salah ketik",
                "--document", "Nota koreksi 1/2025", "--id", "c-ppks", "--as", "rina",
            ])
        try at("2025-02-04T09:00:00Z", ["approve", "c-ppks", "--org", org, "--as", "kadis"])
        func lkj(_ extra: [String]) throws -> Report {
            let result = try kinerja.run(["report", "lkj", "2024", "--org", org, "--format", "json"] + extra)
            #expect(result.status == 0, "\(result.errors)")
            return try Report(result.output)
        }
        let january = try lkj(["--as-of", "2025-01-31"]).table("capaian-kinerja")
        #expect(january.number(0, "Realisasi") == "118.27")
        #expect(january.number(0, "Capaian") == "208.59")
        let now = try lkj([])
        #expect(try now.table("capaian-kinerja").number(0, "Realisasi") == "120.00")
        #expect(try now.table("capaian-kinerja").events(0, "Realisasi") == ["r-ppks", "c-ppks"])
        #expect(
            try lkj(["--as-of", "2025-01-31"]).fact("Per waktu pencatatan (--as-of)")?.hasPrefix(
                "2025-01-31T15:59:59.999Z") == true)
        #expect(now.fact("Per waktu pencatatan (--as-of)") == nil)

        // The audit of February: the correction and its approval, old → new.
        let result = try kinerja.run([
            "report", "audit", "--org", org, "--from", "2025-02-01", "--to", "2025-02-28", "--format", "json",
        ])
        let audit = try Report(result.output).table("keputusan")
        #expect(audit.rows.count == 2)
        #expect(audit.text(0, "Perubahan") == "koreksi atas r-ppks, realisasi ppks 2024: 118,27 → 120,00")
        #expect(audit.text(0, "Persetujuan")?.hasPrefix("disetujui oleh kadis pada 2025-02-04T09:00:00.000Z") == true)
        #expect(audit.text(1, "Perubahan")?.hasPrefix("menyetujui c-ppks") == true)
        // As the ledger stood on 3 February, the correction was still waiting.
        let before = try kinerja.run([
            "report", "audit", "--org", org, "--from", "2025-02-01", "--to", "2025-02-28", "--format", "json",
            "--as-of", "2025-02-03",
        ])
        let pending = try Report(before.output).table("keputusan")
        #expect(pending.rows.count == 1)
        #expect(pending.text(0, "Persetujuan") == "menunggu persetujuan")
    }
}

/// The Indonesian figure `4.329.580.080` or `56,70` in the plain form the JSON uses (`4329580080`, `56.70`).
private func plain(_ indonesian: String) -> String {
    indonesian.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: ".")
}

/// A report's JSON, read with Foundation for the tests.
struct Report {
    let object: [String: Any]

    init(_ text: String) throws {
        object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    private var blocks: [[String: Any]] {
        ((object["sections"] as? [[String: Any]]) ?? []).flatMap { ($0["blocks"] as? [[String: Any]]) ?? [] }
    }

    func table(_ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Table {
        let table = blocks.compactMap { $0["table"] as? [String: Any] }.first { $0["name"] as? String == name }
        return Table(object: try #require(table, "no table \(name)", sourceLocation: sourceLocation))
    }

    var findings: [[String: Any]]? {
        blocks.compactMap { $0["findings"] as? [[String: Any]] }.first
    }

    /// The value of the fact labelled `label`, in the provenance or any facts block.
    func fact(_ label: String) -> String? {
        let facts =
            ((object["provenance"] as? [[String: Any]]) ?? [])
            + blocks.flatMap {
                ($0["facts"] as? [[String: Any]]) ?? []
            }
        return facts.first { $0["label"] as? String == label }?["value"] as? String
    }

    struct Table {
        let object: [String: Any]

        var rows: [[[String: Any]]] { (object["rows"] as? [[[String: Any]]]) ?? [] }

        private func cell(_ row: Int, _ heading: String) -> [String: Any]? {
            let headings = ((object["columns"] as? [[String: Any]]) ?? []).map { $0["heading"] as? String }
            guard let column = headings.firstIndex(of: heading), rows.indices.contains(row) else { return nil }
            return rows[row][column]
        }

        func number(_ row: Int, _ heading: String) -> String? { cell(row, heading)?["number"] as? String }
        func text(_ row: Int, _ heading: String) -> String? { cell(row, heading)?["text"] as? String }
        func remark(_ row: Int, _ heading: String) -> String? { cell(row, heading)?["remark"] as? String }
        func events(_ row: Int, _ heading: String) -> [String] { (cell(row, heading)?["events"] as? [String]) ?? [] }
    }
}
