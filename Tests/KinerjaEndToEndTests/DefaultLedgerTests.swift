import Foundation
import Testing

/// The embedded default ledger: rebuilt from its transcription it is byte-for-byte what is committed, it
/// verifies, and its state reproduces the source documents' figures, with capaian computed by the rules.
@Suite struct DefaultLedgerTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let ledger = root.appendingPathComponent("Ledger").path
    static let luwuTimur = "luwu-timur-dinsos-p3a"

    private func run(_ arguments: [String]) throws -> Kinerja.Result {
        try Kinerja.runBinary(["--ledger", Self.ledger] + arguments)
    }

    @Test func rebuildsByteForByteFromTheTranscription() throws {
        let scratch = Scratch()
        let manifest = try String(
            contentsOf: Self.root.appendingPathComponent("Tools/DefaultLedger/manifest.txt"), encoding: .utf8)
        let environment = ["KINERJA_CLOCK": "2026-11-23T00:00:00Z"]
        #expect(try Kinerja.runBinary(["--ledger", scratch.ledgerPath, "init"]).status == 0)
        for line in manifest.split(separator: "\n") where !line.hasPrefix("#") && !line.allSatisfy(\.isWhitespace) {
            let parts = line.split(separator: " ").map(String.init)
            try #require(parts.count == 3, "manifest line: \(line)")
            let result = try Kinerja.runBinary(
                [
                    "--ledger", scratch.ledgerPath, "append", Self.root.appendingPathComponent(parts[2]).path, "--as",
                    parts[1], "--stream", parts[0],
                ], environment: environment)
            #expect(result.status == 0, "\(line): \(result.errors)")
        }
        let committed = try FileManager.default.contentsOfDirectory(atPath: Self.ledger).filter {
            $0.hasSuffix(".jsonl")
        }
        let rebuilt = try FileManager.default.contentsOfDirectory(atPath: scratch.ledgerPath).filter {
            $0.hasSuffix(".jsonl")
        }
        #expect(committed.sorted() == rebuilt.sorted())
        for name in committed {
            let original = FileManager.default.contents(atPath: Self.ledger + "/" + name)
            #expect(
                original == FileManager.default.contents(atPath: scratch.ledgerPath + "/" + name), "\(name) differs")
        }
    }

    @Test func theIKUVersionsAndTheirDiffAsJSON() throws {
        let versions = try run(["iku", "versions", "--org", Self.luwuTimur, "--format", "json"])
        #expect(versions.status == 0)
        assertSnapshot(versions.output, named: "default-luwu-timur-iku-versions.json")
        #expect(versions.output.contains(#""decree":{"date":"2021-12-31","number":"72 Tahun 2021""#))
        let diff = try run([
            "iku", "diff", "ltim-iku-2021", "ltim-iku-revisi", "--org", Self.luwuTimur, "--format", "json",
        ])
        #expect(diff.status == 0)
        assertSnapshot(diff.output, named: "default-luwu-timur-iku-diff.json")
        #expect(diff.output.hasPrefix(#"{"added":[{"#))
    }

    @Test func verifies() throws {
        let result = try run(["verify"])
        #expect(result.status == 0)
        #expect(result.output.hasSuffix(": ok\n"))
    }

    @Test func reproducesTheLKj2024TargetsRealisasiAndCapaianByTheRules() throws {
        let result = try run(["state", "--org", Self.luwuTimur, "--year", "2024"])
        #expect(result.status == 0, "\(result.errors)")
        assertSnapshot(result.output, named: "default-luwu-timur-state-2024.txt")
        let json = try run(["state", "--org", Self.luwuTimur, "--year", "2024", "--format", "json"]).output
        assertSnapshot(json, named: "default-luwu-timur-state-2024.json")
        // Tabel 7 targets and Tabel 14 realisations, capaian computed by each indicator's own rule.
        for explanation in [
            "R / T × 100 = 118,27 / 56,70 × 100 = 208,59", "R / T × 100 = 53,38 / 55,50 × 100 = 96,18",
            "(2T − R) / T × 100 = (2 × 0,01 − 0,003) / 0,01 × 100 = 170,00",
            "(2T − R) / T × 100 = (2 × 0,016 − 0,020) / 0,016 × 100 = 75,00",
        ] {
            #expect(result.output.contains("capaian against the PK target: \(explanation)"), "\(explanation)")
        }
        // The document's own figure for the lower-is-better indicator is shown beside it, with why.
        #expect(
            result.output.contains(
                "the source printed capaian 30,00 (the source computed R/T×100); the rules give 170,00"))
    }

    @Test func showsTheIKURevisionBetweenTheDecreeAndTheLKj() throws {
        let versions = try run(["iku", "versions", "--org", Self.luwuTimur])
        #expect(versions.status == 0)
        assertSnapshot(versions.output, named: "default-luwu-timur-iku-versions.txt")
        let diff = try run(["iku", "diff", "ltim-iku-2021", "ltim-iku-revisi", "--org", Self.luwuTimur])
        assertSnapshot(diff.output, named: "default-luwu-timur-iku-diff.txt")
    }

    @Test func listsWhatAReviewerWouldQuestionInTheLKj2024() throws {
        let result = try run(["check", "--org", Self.luwuTimur, "--format", "json"])
        #expect(result.status == 1)
        assertSnapshot(result.output, named: "default-luwu-timur-check.json")
        // Barito Kuala's and Indragiri Hilir's documents raise no question; each stream's one finding is its
        // transcribed decisions, recorded unsigned before the ledger's signing policy starts (2027-01-01).
        for (organisation, decisions) in [
            ("barito-kuala-dinsos", ["btl-iku-reviu-2021", "btl-appr-iku-reviu-2021"]),
            ("indragiri-hilir-dinsos", ["inhil-ikup-2021", "inhil-appr-ikup-2021"]),
        ] {
            let check = try run(["check", "--org", organisation, "--format", "json"])
            #expect(check.status == 1, "\(organisation)")
            let events = decisions.map { "\"\($0)\"" }.joined(separator: ",")
            #expect(
                check.output.hasPrefix(
                    #"{"findings":[{"events":[\#(events)],"kind":"unsigned-decision","message":"unsigned decisions "#
                        + #"recorded before the signing policy starts (2027-01-01): 2 (\#(decisions.joined(separator: ", ")))"}],"#
                ),
                "\(check.output)")
        }
        // Lombok Tengah's decree of 8 September 2021 cites a Peraturan Bupati of 1 December 2021.
        let lombok = try run(["check", "--org", "lombok-tengah-dinsos"])
        #expect(lombok.status == 1)
        #expect(
            lombok.output.contains("[cites-later-regulation] 42.a TAHUN 2021, dated 2021-09-08, cites Peraturan Bupati")
        )
    }

    @Test(arguments: [
        ["iku", "show", "--org", luwuTimur], ["iku", "versions", "--org", luwuTimur],
        ["pk", "2024", "--org", luwuTimur],
        ["state", "--org", luwuTimur, "--year", "2024"],
    ])
    func takesTheGlobalOptionsAfterTheCommandToo(arguments: [String]) throws {
        let result = try Kinerja.runBinary(arguments + ["--ledger", Self.ledger, "--locale", "id"])
        #expect(result.status == 0, "\(arguments): \(result.errors)")
        #expect(result.output == (try run(arguments)).output)
    }

    @Test func refusesTheHistoryOfAnIndicatorTheStreamDoesNotHave() throws {
        let typo = try run(["history", "realisasi:pks:2024", "--org", Self.luwuTimur])
        #expect(typo.status == 2)
        #expect(typo.output == "")
        #expect(typo.errors.contains("stream luwu-timur-dinsos-p3a has no indicator pks; did you mean 'ppks'?"))
        // A code any event names (a sasaran's, say) still has its history.
        #expect(try run(["history", "indicator:PPKS", "--org", Self.luwuTimur]).status == 0)
    }

    @Test func showsTheIKUInForceOnADateByTheDecisionsOwnDates() throws {
        // The decree of 31 December 2021 set four indicators; the revised set (no date printed; the LKj shows
        // it from 2022) has six.
        let decree = try run(["state", "--org", Self.luwuTimur, "--year", "2022", "--in-force-on", "2021-12-31"])
        #expect(decree.output.contains("IKU in force on 2021-12-31: 4 indicators (penetapan ltim-iku-2021"))
        #expect(decree.output.contains("Prosentase peningkatan kemandirian dalam pemenuhan kebutuhan dasar bagi PMKSI"))
        let midyear = try run(["state", "--org", Self.luwuTimur, "--year", "2022", "--in-force-on", "2022-06-30"])
        #expect(midyear.output.contains("IKU in force on 2022-06-30: 6 indicators"))
        #expect(midyear.output.contains("Prosentase PPKS yang ditangani dan diberi bantuan sosial"))
        assertSnapshot(midyear.output, named: "default-luwu-timur-in-force-2022-06-30.txt")
        // As the ledger stood before the transcription was loaded, it held nothing: said, not an empty table. A
        // date is the end of that day in the organisation's zone (Luwu Timur: WITA, UTC+8).
        let before = try run([
            "state", "--org", Self.luwuTimur, "--year", "2024", "--as-of", "2026-11-22", "--in-force-on", "2024-06-30",
        ])
        #expect(before.status == 2)
        #expect(before.output == "")
        #expect(
            before.errors.contains(
                "--as-of 2026-11-22: stream luwu-timur-dinsos-p3a holds nothing recorded by 2026-11-22T15:59:59.999Z; "
                    + "its first event was recorded at 2026-11-23T00:00:00.000Z"))
    }
}
