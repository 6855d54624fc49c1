import Foundation
import Testing

/// Indonesian by default, English on request: goldens of the main outputs in both languages, the language
/// chosen by --lang (before or after the command) or KINERJA_LANG, and --as-of read in the organisation's zone.
@Suite struct IndonesianOutputTests {
    static let org = DefaultLedgerTests.luwuTimur

    /// Runs `arguments` on the default ledger in `language` (nil: no KINERJA_LANG at all).
    private func run(_ arguments: [String], language: String?) throws -> Kinerja.Result {
        var environment = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "KINERJA_CLOCK": "2026-12-01T08:00:00Z"]
        if let language { environment["KINERJA_LANG"] = language }
        return try Kinerja.runProcess(
            Kinerja.binary, ["--ledger", DefaultLedgerTests.ledger] + arguments, environment: environment)
    }

    @Test(arguments: [
        (["state", "--org", org, "--year", "2024"], "state-2024", Int32(0)),
        (["check", "--org", org, "--year", "2024"], "check-2024", 1),
        (["history", "realisasi:ppks:2024", "--org", org], "history-ppks-2024", 0),
        (["iku", "versions", "--org", org], "iku-versions", 0),
        (["pending", "--all"], "pending-all", 0), (["verify"], "verify", 0),
        (["log", "--stream", "ledger"], "log-ledger", 0), (["pk", "2024", "--org", org], "pk-2024", 0),
        (["iku", "diff", "ltim-iku-2021", "ltim-iku-revisi", "--org", org], "iku-diff", 0),
        (["iku", "show", "--org", org], "iku-show", 0), (["actor", "list"], "actor-list", 0),
    ])
    func mainOutputsInBothLanguages(arguments: [String], name: String, status: Int32) throws {
        let indonesian = try run(arguments, language: nil)
        #expect(indonesian.status == status, "\(indonesian.errors)")
        assertSnapshot(indonesian.output, named: "lang-\(name).id.txt")
        let english = try run(arguments, language: "en")
        #expect(english.status == status, "\(english.errors)")
        assertSnapshot(english.output, named: "lang-\(name).en.txt")
        #expect(indonesian.output != english.output)
    }

    @Test func headIsDigestsInEveryLanguage() throws {
        let indonesian = try run(["head"], language: nil)
        #expect(indonesian.status == 0)
        #expect(indonesian.output == (try run(["head"], language: "en").output))
        #expect(indonesian.output.split(separator: "\n").allSatisfy { $0.split(separator: ":").count == 3 })
    }

    @Test func everyCommandsHelpInIndonesian() throws {
        let overview = try run(["help"], language: nil)
        assertSnapshot(overview.output, named: "help.id.txt")
        let names = overview.output.split(separator: "\n").drop { $0 != "perintah:" }.dropFirst()
            .prefix { $0.hasPrefix("  ") }.compactMap { $0.split(separator: " ").first.map(String.init) }
        #expect(names.count > 20)
        for name in names {
            let result = try run([name, "--help"], language: "id")
            #expect(result.status == 0, "\(name)")
            #expect(result.output.hasPrefix("penggunaan: "), "\(name)")
            assertSnapshot(result.output, named: "help-\(name).id.txt")
        }
    }

    @Test func theLanguageIsTheOptionThenTheEnvironmentThenIndonesian() throws {
        let english = try run(["lgo"], language: "en")
        #expect(english.errors == "kinerja: error: unknown command 'lgo'; did you mean 'log'? (see 'kinerja help')\n")
        let indonesian = try run(["lgo"], language: nil)
        #expect(
            indonesian.errors
                == "kinerja: galat: perintah tidak dikenal 'lgo'; maksud Anda 'log'? (lihat 'kinerja help')\n")
        #expect(try run(["--lang", "id", "lgo"], language: "en").errors == indonesian.errors)
        #expect(try run(["lgo", "--lang=en"], language: "id").errors == english.errors)
        let state = try run(["state", "--org", Self.org, "--year", "2024", "--lang", "en"], language: nil)
        #expect(state.output.contains(": state for 2024\n"))
        let refused = try run(["state", "--org", Self.org, "--lang", "jv"], language: nil)
        #expect(refused.status == 2)
        #expect(
            refused.errors
                == "kinerja: galat: --lang jv: tulis id (bahasa Indonesia) atau en (English) (lihat 'kinerja help')\n")
        let badEnvironment = try run(["head"], language: "fr")
        #expect(badEnvironment.status == 2)
        #expect(badEnvironment.output == "")
        // JSON does not change with the language.
        let json = ["state", "--org", Self.org, "--year", "2024", "--format", "json"]
        #expect(try run(json, language: nil).output == (try run(json, language: "en").output))
    }

    @Test func aRefusalByTheDeciderInIndonesian() throws {
        let scratch = Scratch()
        try FileManager.default.copyItem(atPath: DefaultLedgerTests.ledger, toPath: scratch.ledgerPath)
        var kinerja = Kinerja(ledger: scratch.ledgerPath)
        kinerja.environment = ["KINERJA_CLOCK": "2026-12-01T08:00:00Z", "KINERJA_LANG": "id"]
        let result = try kinerja.run([
            "realisasi", "record", "--org", Self.org, "--indicator", "ppks", "--period", "2027-TW1", "--value", "1",
            "--document", "Laporan", "--as", "transkripsi.pencatat",
        ])
        #expect(result.status == 3)
        assertSnapshot(result.errors, named: "lang-refusal.id.txt")
    }

    /// 16.30 UTC on 1 December is 00.30 WITA on 2 December: recorded after 1 December in Luwu Timur.
    @Test func asOfInEachFormGivesTheSameInstantAcrossAWITAMidnight() throws {
        let scratch = Scratch()
        try FileManager.default.copyItem(atPath: DefaultLedgerTests.ledger, toPath: scratch.ledgerPath)
        var kinerja = Kinerja(ledger: scratch.ledgerPath)
        kinerja.environment = ["KINERJA_CLOCK": "2026-12-01T16:30:00Z", "KINERJA_LANG": "id"]
        let recorded = try kinerja.run([
            "note", "lewat tengah malam WITA", "--org", Self.org, "--id", "tengah-malam", "--as",
            "transkripsi.pencatat",
        ])
        #expect(recorded.status == 0, "\(recorded.errors)")
        func logged(_ asOf: String) throws -> String {
            let result = try kinerja.run(["log", "--org", Self.org, "--as-of", asOf, "--format", "json"])
            #expect(result.status == 0, "\(asOf): \(result.errors)")
            return result.output
        }
        let endOfFirst = try logged("2026-12-01")
        #expect(!endOfFirst.contains("tengah-malam"))
        for form in [
            "2026-12-01T23:59", "2026-12-01 23:59", "2026-12-01 23:59 WITA", "2026-12-01T23:59+08:00",
            "2026-12-01T15:59Z", "2026-12-01 22:59 WIB", "2026-12-02 00:59 WIT",
        ] {
            #expect(try logged(form) == endOfFirst, "\(form)")
        }
        let afterMidnight = try logged("2026-12-02T00:30")
        #expect(afterMidnight.contains("tengah-malam"))
        #expect(try logged("2026-12-01T16:30Z") == afterMidnight)
        // The same instants in UTC dates would have included it: the date is the organisation's.
        #expect(try logged("2026-12-01T23:59Z").contains("tengah-malam"))
        // The state says when it looks back to, in the organisation's zone.
        let state = try kinerja.run(["state", "--org", Self.org, "--year", "2024", "--as-of", "2026-12-01"])
        #expect(
            state.output.hasPrefix(
                "Dinas Sosial Pemberdayaan Perempuan dan Perlindungan Anak Kabupaten Luwu Timur: keadaan tahun 2024, "
                    + "sebagaimana ditunjukkan ledger pada 1 Desember 2026 23.59 WITA\n"))
    }
}

@Suite struct OrganisationZoneTests {
    @Test func aZoneSetByCommandMovesTheOrganisationsTimesAndDates() throws {
        let scratch = Scratch()
        try FileManager.default.copyItem(atPath: DefaultLedgerTests.ledger, toPath: scratch.ledgerPath)
        var kinerja = Kinerja(ledger: scratch.ledgerPath)
        kinerja.environment = ["KINERJA_CLOCK": "2026-12-01T16:30:00Z", "KINERJA_LANG": "id"]
        let org = "indragiri-hilir-dinsos"
        // Indragiri Hilir (Riau) is WIB: 16.30 UTC is 23.30 on 1 December there.
        let before = try kinerja.run(["iku", "versions", "--org", org])
        #expect(before.output.contains(" WIB"), "\(before.output)")
        let refused = try kinerja.run([
            "org", "zone", org, "--zone", "CET", "--document", "Perda", "--as", "transkripsi.pencatat",
        ])
        #expect(refused.status == 2)
        #expect(
            refused.errors
                == "kinerja: galat: --zone CET: tulis WIB (UTC+7), WITA (UTC+8) atau WIT (UTC+9) (lihat 'kinerja org --help')\n"
        )
        let set = try kinerja.run([
            "org", "zone", org, "--zone", "wit", "--reason", "uji zona", "--document", "Perda", "--id", "zona-wit",
            "--as", "transkripsi.pencatat",
        ])
        #expect(set.status == 0, "\(set.errors)")
        #expect(set.output.hasPrefix("1 peristiwa ditambahkan ke stream indragiri-hilir-dinsos: "))
        let after = try kinerja.run(["iku", "versions", "--org", org])
        #expect(after.output.contains(" WIT") && !after.output.contains(" WIB"), "\(after.output)")
        // A date in --as-of is now the end of that day in WIT: the setting (01.30 WIT on 2 December) is after it.
        let log = try kinerja.run(["log", "--org", org, "--as-of", "2026-12-01", "--format", "json"])
        #expect(!log.output.contains("zona-wit"))
        #expect(
            try kinerja.run(["log", "--org", org, "--as-of", "2026-12-02 01:30", "--format", "json"]).output
                .contains("zona-wit"))
        let json = try kinerja.run(["log", "--org", org, "--from", "1", "--format", "json"]).output
        #expect(json.contains(#""data":{"basis":{"document":"Perda"},"reason":"uji zona","zone":"WIT"}"#))
    }
}
