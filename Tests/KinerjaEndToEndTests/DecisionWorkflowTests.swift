import Foundation
import Testing

/// The secretariat's workflow through the built binary: actors, organisation, an IKU decision, a PK,
/// realisations with maker-checker, a correction, and the state that results.
@Suite struct DecisionWorkflowTests {
    static let org = "luwu-timur-dinsos-p3a"

    /// A ledger with actors, the organisation, an approved IKU and a signed PK 2024.
    func prepared(_ scratch: Scratch) throws -> Kinerja {
        let kinerja = Kinerja(ledger: scratch.ledgerPath)
        try kinerja.run(["init"])
        let actors = """
            {"type":"ActorRegistered","id":"a-admin","data":{"actor":"admin","name":"Admin","roles":["administrator"]}}
            {"type":"ActorRegistered","id":"a-rina","data":{"actor":"rina","name":"Rina","roles":["recorder"]}}
            {"type":"ActorRegistered","id":"a-kadis","data":{"actor":"kadis","name":"Drs. Sukarti","roles":["approver"]}}

            """
        try expectSuccess(kinerja.run(["append", "-", "--as", "admin"], input: Array(actors.utf8)))
        let organisation = """
            {"type":"OrganisationRegistered","id":"org","data":{"name":"Dinas Sosial P3A Kabupaten Luwu Timur","region":"Kabupaten Luwu Timur","basis":{"document":"LKj 2024"}}}
            {"type":"PerjanjianKinerjaSigned","id":"pk-2024","data":{"year":2024,"dateNote":"the LKj does not print the signing date","sasaran":[{"text":"Meningkatnya kesejahteraan PPKS","indicators":[{"indicator":"ppks","target":"56.70"}]},{"text":"Menurunnya kekerasan","indicators":[{"indicator":"kekerasan-perempuan","target":"0.01"}]}],"basis":{"document":"LKj 2024","locator":"Tabel 7"}}}

            """
        // The PK names indicators no IKU defines yet: refused, and nothing is written.
        let before = scratch.ledgerSnapshot()
        let refused = try kinerja.run(
            ["append", "-", "--as", "rina", "--org", Self.org], input: Array(organisation.utf8))
        #expect(refused.status == 3)
        #expect(
            refused.errors
                == "kinerja: error: refused event 2 (PerjanjianKinerjaSigned): indicator ppks is not defined by any IKU decision or the Renstra in this stream; nothing was written\n"
        )
        #expect(scratch.ledgerSnapshot() == before)

        let iku = """
            {"kind":"penetapan","decree":{"number":"72 Tahun 2021","place":"Malili","date":"2021-12-31","signatory":{"name":"Drs. SUKARTI"}},
             "added":[{"code":"ppks","name":"Prosentase PPKS yang ditangani dan diberi bantuan sosial","unit":"persen","polarity":"higher-is-better","capaianFormula":"ratio"},
                      {"code":"kekerasan-perempuan","name":"Prosentase kekerasan terhadap perempuan","unit":"persen","polarity":"lower-is-better","capaianFormula":"variant-a","decimals":3}],
             "basis":{"document":"Keputusan Kepala Dinas Nomor 72 Tahun 2021","locator":"Lampiran"}}
            """
        scratch.write("iku.json", Array(iku.utf8))
        let lines = organisation.split(separator: "\n").map(String.init)
        try expectSuccess(
            kinerja.run(["append", "-", "--as", "rina", "--org", Self.org], input: Array((lines[0] + "\n").utf8)))
        try expectSuccess(
            kinerja.run([
                "iku", "propose", scratch.path + "/iku.json", "--org", Self.org, "--effective", "2021-12-31", "--id",
                "iku-2021", "--as", "rina",
            ]))
        try expectSuccess(
            kinerja.run([
                "approve", "iku-2021", "--org", Self.org, "--as", "kadis", "--note", "sesuai Keputusan 72/2021",
            ]))
        try expectSuccess(
            kinerja.run(["append", "-", "--as", "rina", "--org", Self.org], input: Array((lines[1] + "\n").utf8)))
        return kinerja
    }

    @Test func recordsVerifiesCorrectsAndShowsTheState() throws {
        let scratch = Scratch()
        let kinerja = try prepared(scratch)
        try expectSuccess(
            kinerja.run([
                "realisasi", "record", "--org", Self.org, "--indicator", "ppks", "--period", "2024", "--numerator",
                "34133",
                "--denominator", "28860", "--printed-capaian", "208,59", "--document", "LKj 2024", "--locator",
                "Tabel 14",
                "--id", "r-ppks", "--as", "rina",
            ]))
        try expectSuccess(
            kinerja.run([
                "realisasi", "record", "--org", Self.org, "--indicator", "kekerasan-perempuan", "--period", "2024",
                "--value", "0,003", "--printed-capaian", "30,00", "--document", "LKj 2024", "--locator", "Tabel 14",
                "--id", "r-kp", "--as", "rina",
            ]))
        // Before verification nothing counts; the state says what is pending.
        assertSnapshot(
            try kinerja.run(["state", "--org", Self.org, "--year", "2024"]).output, named: "state-pending.txt")

        // Maker-checker: the recorder cannot verify her own figure.
        let before = scratch.ledgerSnapshot()
        let own = try kinerja.run(["approve", "r-ppks", "--org", Self.org, "--as", "rina"])
        #expect(own.status == 3)
        #expect(
            own.errors
                == "kinerja: error: refused event 1 (ProposalApproved): rina may not record ProposalApproved in stream luwu-timur-dinsos-p3a: it needs the role approver (register it with ActorRegistered); nothing was written\n"
        )
        #expect(scratch.ledgerSnapshot() == before)

        try expectSuccess(kinerja.run(["approve", "r-ppks", "--org", Self.org, "--as", "kadis"]))
        try expectSuccess(kinerja.run(["approve", "r-kp", "--org", Self.org, "--as", "kadis"]))
        let twice = try kinerja.run(["approve", "r-kp", "--org", Self.org, "--as", "kadis"])
        #expect(
            twice.errors
                == "kinerja: error: refused event 1 (ProposalApproved): proposal r-kp is already approved; a proposal is decided once; nothing was written\n"
        )

        // A correction, verified: the corrected value counts; the old one stays in history.
        let august = ["KINERJA_CLOCK": "2024-08-15T09:00:00Z"]
        try expectSuccess(
            kinerja.run(
                [
                    "realisasi", "correct", "r-kp", "--org", Self.org, "--value", "0,004", "--reason",
                    "kasus ke-4 terlambat dilaporkan", "--document", "Nota koreksi", "--id", "c-kp", "--as", "rina",
                ], extraEnvironment: august))
        try expectSuccess(
            kinerja.run(["approve", "c-kp", "--org", Self.org, "--as", "kadis"], extraEnvironment: august))
        // As of July the ledger still showed the old figure; the correction came in August.
        let july = try kinerja.run(["state", "--org", Self.org, "--as-of", "2024-07-31", "--format", "json"]).output
        // The end of 31 July in the organisation's zone (Sulawesi Selatan: WITA, UTC+8), in UTC.
        #expect(july.contains(#""asOf":"2024-07-31T15:59:59.999Z""#))
        #expect(july.contains(#""yearRealisasi":{"event":"r-kp","value":"0.003"}"#))
        let julyLog = try kinerja.run(["log", "--org", Self.org, "--as-of", "2024-07-31", "--format", "json"]).output
        #expect(!julyLog.contains(#""id":"c-kp""#) && julyLog.contains(#""id":"r-kp""#))
        let now = try kinerja.run(["state", "--org", Self.org, "--format", "json"]).output
        #expect(now.contains(#""yearRealisasi":{"event":"c-kp","value":"0.004"}"#))
        assertSnapshot(try kinerja.run(["state", "--org", Self.org]).output, named: "state-verified.txt")
        assertSnapshot(
            try kinerja.run(["history", "realisasi:kekerasan-perempuan:2024", "--org", Self.org]).output,
            named: "history-realisasi.txt")
        let history = try kinerja.run([
            "history", "realisasi:kekerasan-perempuan:2024", "--org", Self.org, "--format", "json",
        ])
        #expect(history.output.contains(#""after":"0.004","approval":{"at":"2024-08-15T09:00:00.000Z","by":"kadis""#))
        assertSnapshot(
            try kinerja.run(["state", "--org", Self.org, "--format", "json"]).output, named: "state-verified.json")
    }

    @Test func listsACorrectionBackDatedFarBeforeItWasRecorded() throws {
        let scratch = Scratch()
        let kinerja = try prepared(scratch)
        try expectSuccess(
            kinerja.run([
                "realisasi", "record", "--org", Self.org, "--indicator", "ppks", "--period", "2024-Q1", "--value",
                "50", "--document", "Laporan TW I", "--id", "r-q1", "--as", "rina",
            ]))
        let refused = try kinerja.run([
            "realisasi", "record", "--org", Self.org, "--indicator", "ppks", "--period", "2024-Q2", "--value", "50",
            "--effective", "2024-06-30", "--document", "Laporan TW II", "--as", "rina",
        ])
        #expect(refused.status == 2)
        #expect(refused.errors.contains("--effective is for a correction"))
        try expectSuccess(
            kinerja.run(
                [
                    "realisasi", "correct", "r-q1", "--org", Self.org, "--value", "55", "--effective", "2024-03-31",
                    "--reason", "data susulan", "--document", "Nota koreksi", "--id", "c-q1", "--as", "rina",
                ], extraEnvironment: ["KINERJA_CLOCK": "2024-08-15T09:00:00Z"]))
        let check = try kinerja.run(["check", "--org", Self.org])
        #expect(check.status == 1)
        #expect(
            check.output.contains(
                "correction c-q1 of r-q1, recorded on 2024-08-15, applies from 2024-03-31: 137 days earlier (more than 30)"
            ))
        let history = try kinerja.run(["history", "realisasi:ppks:2024-Q1", "--org", Self.org, "--format", "json"])
        #expect(history.output.contains(#""effective":"2024-03-31""#))
    }

    @Test func refusesARealisasiOutsideTheIKUAndAnAmbiguousNumber() throws {
        let scratch = Scratch()
        let kinerja = try prepared(scratch)
        let before = scratch.ledgerSnapshot()
        let early = try kinerja.run([
            "realisasi", "record", "--org", Self.org, "--indicator", "ppks", "--period", "2021-Q3", "--value", "40",
            "--document", "x", "--as", "rina",
        ])
        #expect(early.status == 3)
        #expect(early.errors.contains("indicator ppks is not in force in 2021-Q3"))
        let ambiguous = try kinerja.run([
            "realisasi", "record", "--org", Self.org, "--indicator", "ppks", "--period", "2024", "--value", "1.234",
            "--document", "x", "--as", "rina",
        ])
        #expect(ambiguous.status == 2)
        #expect(ambiguous.errors.contains("\"1.234\" is ambiguous"))
        let wrongUnit = try kinerja.run([
            "realisasi", "record", "--org", Self.org, "--indicator", "ppks", "--period", "2024", "--value", "Rp 5.000",
            "--document", "x", "--as", "rina",
        ])
        #expect(wrongUnit.errors.contains("ppks is measured in persen, not rupiah"))
        #expect(scratch.ledgerSnapshot() == before)
    }
}
