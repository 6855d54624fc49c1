import Foundation
import Testing

/// A fresh ledger taken from `init` to a verified realisation with commands only: no JSON written by hand.
@Suite struct SetupWorkflowTests {
    static let org = "luwu-timur-dinsos-p3a"

    static let setupFile = """
        # who records, who approves
        actor: admin
        name: Andi Saputra
        jabatan: Pengelola Sistem Informasi
        roles: administrator

        actor: rina
        name: Rina Wati
        jabatan: Kasubbag Perencanaan
        roles: recorder
        organisations: luwu-timur-dinsos-p3a

        actor: kadis
        name: Drs. Sukarti
        jabatan: Kepala Dinas
        roles: approver

        """

    static let renstraTable = """
        Tujuan;Sasaran;Kode;Indikator;Satuan;Polaritas;Agregasi;Desimal
        Meningkatnya kesejahteraan sosial;;;;;;;
        ;Meningkatnya PPKS yang tertangani;ppks;Prosentase PPKS yang ditangani;persen;higher-is-better;;2
        ;Menurunnya kekerasan;kekerasan-perempuan;Prosentase kekerasan terhadap perempuan;persen;lower-is-better;sum;3

        """

    /// A new ledger set up from the file: admin, a clerk (rina) and a head (kadis).
    func setUp(_ scratch: Scratch) throws -> Kinerja {
        let kinerja = Kinerja(ledger: scratch.ledgerPath)
        try expectSuccess(kinerja.run(["init"]))
        scratch.write("setup.txt", Array(Self.setupFile.utf8))
        let setup = try kinerja.run(["setup", scratch.path + "/setup.txt"])
        expectSuccess(setup)
        #expect(setup.output.hasPrefix("appended 3 events to stream ledger: seq 1–3\n"))
        #expect(setup.output.hasSuffix("set up: 3 actors; 'kinerja actor list' shows them\n"))
        return kinerja
    }

    @Test func aDayWithNoJSONWrittenByHand() throws {
        let scratch = Scratch()
        let kinerja = try setUp(scratch)
        let rina = ["--as", "rina"]
        let org = ["--org", Self.org]
        try expectSuccess(
            kinerja.run(
                [
                    "org", "register", Self.org, "--name", "Dinas Sosial P3A Kabupaten Luwu Timur", "--region",
                    "Kabupaten Luwu Timur", "--province", "Sulawesi Selatan", "--document", "Perbup Luwu Timur 45/2021",
                    "--id", "org",
                ] + rina))
        scratch.write("renstra.csv", Array(Self.renstraTable.utf8))
        try expectSuccess(
            kinerja.run(
                [
                    "renstra", "adopt", scratch.path + "/renstra.csv", "--period", "2021-2026", "--decree",
                    "Perbup Luwu Timur Nomor 12 Tahun 2021", "--decree-date", "2021-06-30", "--document",
                    "Renstra Dinas Sosial P3A 2021-2026", "--locator", "Tabel 5.1", "--id", "renstra",
                ] + org + rina))
        try expectSuccess(
            kinerja.run(
                [
                    "renstra", "targets", "--indicator", "ppks", "--target", "2024=56,70", "--target", "2025=57",
                    "--baseline", "2020=50", "--end", "58,50", "--reason", "Renstra 2021-2026", "--effective",
                    "2021-06-30", "--document", "Renstra Dinas Sosial P3A 2021-2026", "--id", "t-ppks",
                ] + org + rina))
        try expectSuccess(kinerja.run(["approve", "t-ppks", "--as", "kadis"] + org))
        try expectSuccess(
            kinerja.run(
                [
                    "budget", "record", "--year", "2024", "--level", "program", "--code", "p1", "--name",
                    "Program Perlindungan dan Jaminan Sosial", "--pagu", "Rp1.250.000.000", "--document", "DPA 2024",
                    "--id", "b-p1",
                ] + org + rina))
        try expectSuccess(
            kinerja.run(
                [
                    "budget", "record", "--year", "2024", "--level", "kegiatan", "--code", "p1.k1", "--parent", "p1",
                    "--name", "Pemberdayaan Sosial", "--pagu", "850.000.000", "--realisasi", "812.345.000",
                    "--document", "DPA 2024", "--id", "b-p1-k1",
                ] + org + rina))
        try expectSuccess(
            kinerja.run(
                [
                    "document", "record", "--kind", "dpa", "--year", "2024", "--title", "DPA Dinas Sosial P3A 2024",
                    "--number", "DPA/1.06/2024", "--date", "2024-01-05", "--cites",
                    "Permendagri Nomor 77 Tahun 2020 (2020-12-28)", "--signatory", "Drs. Sukarti", "--id", "dpa-2024",
                ] + org + rina))
        try expectSuccess(kinerja.run(["note", "Reviu realisasi TW IV dimulai", "--id", "n-1"] + org + rina))
        try expectSuccess(
            kinerja.run(
                [
                    "realisasi", "record", "--indicator", "ppks", "--period", "2024", "--numerator", "34133",
                    "--denominator", "28860", "--document", "LKj 2024", "--locator", "Tabel 14", "--id", "r-ppks",
                ] + org + rina))
        let pending = try kinerja.run(["state", "--year", "2024"] + org)
        #expect(pending.output.contains("r-ppks"))
        try expectSuccess(kinerja.run(["approve", "r-ppks", "--as", "kadis", "--note", "sesuai LKj"] + org))

        assertSnapshot(try kinerja.run(["state", "--year", "2024"] + org).output, named: "setup-day-state.txt")
        assertSnapshot(
            try kinerja.run(["state", "--year", "2024", "--format", "json"] + org).output, named: "setup-day-state.json"
        )
        assertSnapshot(try kinerja.run(["history", "indicator:ppks"] + org).output, named: "setup-day-history.txt")
        assertSnapshot(try kinerja.run(["actor", "list"]).output, named: "setup-day-actors.txt")
        assertSnapshot(try kinerja.run(["log", "--format", "json"]).output, named: "setup-day-log.jsonl")
        try expectSuccess(kinerja.run(["verify"]))
    }

    static let ikuTable = """
        No;Sasaran;Indikator Kinerja Utama;Kode;Satuan;Sumber Data;Polaritas
        1;s1;Prosentase PPKS yang ditangani;PPKS;persen;SIKS-NG;maksimal
        2;s2;Prosentase kekerasan terhadap perempuan;kekerasan-perempuan;persen;Simfoni PPA;minimal

        """

    static let annex = """
        No;Sasaran;Indikator;Target;Satuan;Program;Anggaran
        1;s1;ppks;57,00;%;Program Rehabilitasi Sosial;Rp1.250.000.000
        2;s2;Prosentase kekerasan terhadap perempuan;0,01;%;Program Perlindungan Perempuan;Rp400.000.000
        ;;;;;Jumlah;Rp1.650.000.000

        """

    /// A year of an organisation's decisions, each from the document it comes from, by commands only: the IKU
    /// from the decree's table, the PK from its annex and a PK Perubahan, realisasi imported from a spreadsheet
    /// and approved as one batch by the head, a correction; then what an auditor reads.
    @Test func aYearOfDecisionsFromTheirDocumentsWithNoJSONWrittenByHand() throws {
        let scratch = Scratch()
        let kinerja = try setUp(scratch)
        let org = ["--org", Self.org]
        func run(_ arguments: [String], at time: String, by actor: String? = nil) throws -> Kinerja.Result {
            let result = try kinerja.run(
                arguments + (actor.map { ["--as", $0] } ?? []),
                extraEnvironment: ["KINERJA_CLOCK": "2025-\(time)T08:00:00Z"])
            expectSuccess(result)
            return result
        }
        scratch.write("renstra.csv", Array(Self.renstraTable.utf8))
        scratch.write("iku.csv", Array(Self.ikuTable.utf8))
        scratch.write("pk.csv", Array(Self.annex.utf8))
        scratch.write(
            "tw1.csv",
            Array("Indikator;Tahun;Periode;Nilai\nppks;2025;TW1;14,20\nkekerasan-perempuan;2025;TW1;0,004\n".utf8))
        _ = try run(
            [
                "org", "register", Self.org, "--name", "Dinas Sosial P3A", "--region", "Kabupaten Luwu Timur",
                "--document", "Perbup Luwu Timur 45/2021",
            ], at: "01-06", by: "rina")
        _ = try run(
            [
                "renstra", "adopt", scratch.path + "/renstra.csv", "--period", "2021-2026", "--decree",
                "Perbup Luwu Timur Nomor 12 Tahun 2021", "--decree-date", "2021-06-30", "--document",
                "Renstra 2021-2026",
            ]
                + org, at: "01-06", by: "rina")
        _ = try run(
            [
                "iku", "propose", scratch.path + "/iku.csv", "--kind", "penetapan", "--decree-number", "800/3/2025",
                "--decree-date", "2025-01-02", "--document", "Keputusan Kepala Dinas 800/3/2025", "--id", "iku-2025",
            ]
                + org, at: "01-07", by: "rina")
        _ = try run(["approve", "iku-2025"] + org, at: "01-08", by: "kadis")
        _ = try run(
            [
                "pk", "sign", "2025", scratch.path + "/pk.csv", "--date", "2025-01-31", "--place", "Malili",
                "--pihak-pertama", "Drs. Sukarti", "--pihak-kedua", "Bupati Luwu Timur", "--document", "PK 2025",
            ] + org,
            at: "01-31", by: "rina")
        _ = try run(
            ["import", "realisasi", scratch.path + "/tw1.csv", "--document", "Laporan TW I 2025"] + org, at: "04-07",
            by: "rina")
        let pending = try run(["pending"] + org, at: "04-08")
        assertSnapshot(pending.output, named: "year-pending.txt")
        let batch = try #require(pending.output.split(separator: "\n").dropFirst().first?.split(separator: " ").first)
        let approved = try run(["approve", "--batch", String(batch)] + org, at: "04-08", by: "kadis")
        #expect(approved.output.contains("appended 2 events"))
        _ = try run(
            [
                "pk", "amend", "2025", scratch.path + "/pk.csv", "--reason", "pergantian-pejabat", "--explanation",
                "Kepala Dinas diganti", "--date", "2025-07-01", "--pihak-pertama", "Plt. Kepala Dinas", "--document",
                "PK Perubahan 2025", "--id", "pk-2025-p1",
            ] + org, at: "07-01", by: "rina")
        _ = try run(["approve", "pk-2025-p1"] + org, at: "07-02", by: "kadis")
        let tw1 = try #require(pending.output.split(separator: "\n").dropFirst().first { $0.contains("ppks") })
        let ppks = try #require(tw1.split(separator: " ").first.map(String.init))
        _ = try run(
            [
                "realisasi", "correct", ppks, "--value", "14,02", "--reason", "salah ketik", "--document",
                "Nota koreksi 1/2025", "--id", "koreksi-ppks",
            ] + org, at: "07-03", by: "rina")
        _ = try run(["approve", "koreksi-ppks"] + org, at: "07-04", by: "kadis")
        let nothing = try run(["pending", "--all"], at: "07-05").output
        #expect(nothing == "no proposal awaits a decision in any organisation's stream\n")

        // What an auditor reads.
        assertSnapshot(try run(["iku", "show"] + org, at: "12-01").output, named: "year-iku-show.txt")
        assertSnapshot(
            try run(["history", "indicator:PPKS"] + org, at: "12-01").output, named: "year-history.txt")
        assertSnapshot(try run(["pk", "2025"] + org, at: "12-01").output, named: "year-pk.txt")
        assertSnapshot(
            try run(["state", "--year", "2025", "--as-of", "2025-04-30"] + org, at: "12-01").output,
            named: "year-state-as-of-april.txt")
        assertSnapshot(
            try run(["state", "--year", "2025"] + org, at: "12-01").output, named: "year-state.txt")
        try expectSuccess(kinerja.run(["verify"]))
    }

    @Test func registersAClerkOnACopyOfTheDefaultLedgerSoTheREADMEsRealisasiIsRecorded() throws {
        let scratch = Scratch()
        try FileManager.default.copyItem(atPath: DefaultLedgerTests.ledger, toPath: scratch.ledgerPath)
        let kinerja = Kinerja(ledger: scratch.ledgerPath)
        let realisasi = [
            "realisasi", "record", "--org", Self.org, "--indicator", "ppks", "--period", "2025-Q1", "--value", "12,5",
            "--document", "Laporan TW I 2025", "--as", "rina",
        ]
        let refused = try kinerja.run(realisasi, extraEnvironment: ["KINERJA_CLOCK": "2027-01-05T08:00:00Z"])
        #expect(refused.status == 3)
        #expect(refused.errors.contains("rina may not record RealisasiRecorded"))
        let setup = try kinerja.run(["setup", "-"], input: Array(Self.setupFile.utf8))
        #expect(setup.status == 2)
        #expect(setup.errors.contains("the ledger already has 3 actors (admin.ledger, transkripsi.pemeriksa"))
        try expectSuccess(
            kinerja.run(
                [
                    "actor", "add", "rina", "--name", "Rina Wati", "--role", "recorder", "--org", Self.org, "--as",
                    "admin.ledger",
                ], extraEnvironment: ["KINERJA_CLOCK": "2027-01-05T08:00:00Z"]))
        try expectSuccess(kinerja.run(realisasi, extraEnvironment: ["KINERJA_CLOCK": "2027-01-05T08:00:00Z"]))
    }

    @Test func setsUpTheOrganisationWithTheActorsAndListsThem() throws {
        let scratch = Scratch()
        let kinerja = Kinerja(ledger: scratch.ledgerPath)
        try expectSuccess(kinerja.run(["init"]))
        let file = """
            organisation: \(Self.org)
            name: Dinas Sosial P3A
            region: Kabupaten Luwu Timur
            document: Perbup SOTK

            actor: admin
            name: Andi Saputra
            roles: administrator, recorder
            actor: kadis
            name: Drs. Sukarti
            roles: approver
            """
        let setup = try kinerja.run(["setup", "-"], input: Array(file.utf8))
        expectSuccess(setup)
        #expect(
            setup.output == """
                appended 2 events to stream ledger: seq 1–2
                head \(try kinerja.run(["head"]).output.split(separator: "\n")[0])
                appended 1 event to stream \(Self.org): seq 1 (id gen-1)
                head \(try kinerja.run(["head"]).output.split(separator: "\n")[1])
                set up: 2 actors and organisation \(Self.org); 'kinerja actor list' shows them

                """)
        let actors = try kinerja.run(["actor", "list", "--format", "json"])
        #expect(
            actors.output
                == #"[{"id":"admin","name":"Andi Saputra","organisations":null,"roles":["recorder","administrator"]},{"id":"kadis","name":"Drs. Sukarti","organisations":null,"roles":["approver"]}]"#
                + "\n")
        // Roles change and an actor retires, by the administrator; the name is kept.
        try expectSuccess(kinerja.run(["actor", "roles", "kadis", "--role", "approver,auditor", "--as", "admin"]))
        try expectSuccess(
            kinerja.run(["actor", "add", "budi", "--name", "Budi", "--role", "recorder", "--as", "admin"]))
        try expectSuccess(kinerja.run(["actor", "retire", "budi", "--as", "admin"]))
        #expect(
            try kinerja.run(["actor", "list"]).output == """
                ID     ROLES                    ORGANISATIONS  NAME
                admin  recorder, administrator  all            Andi Saputra
                budi   (retired)                all            Budi
                kadis  approver, auditor        all            Drs. Sukarti

                """)
        let retired = try kinerja.run(["note", "masih bisa?", "--as", "budi"])
        #expect(retired.status == 3)
        #expect(retired.errors.contains("budi is not a registered actor, so may not record NoteRecorded"))
    }

    @Test(arguments: [
        (
            ["actor", "add", "x", "--name", "X", "--role", "boss", "--as", "admin"], Int32(2),
            "kinerja: error: --role boss is not a role; the roles are recorder, approver, auditor, administrator (see 'kinerja actor --help')\n"
        ),
        (
            ["actor", "add", "x", "--name", "X", "--role", "recorder", "--org", "nosuch", "--as", "admin"], Int32(2),
            "kinerja: error: --org nosuch: this ledger has no such organisation (it has luwu-timur-dinsos-p3a; "
                + "'kinerja org register' adds one) (see 'kinerja actor --help')\n"
        ),
        (
            ["actor", "add", "x", "--name", "X", "--role", "recorder", "--as", "rina"], Int32(3),
            "kinerja: error: refused event 1 (ActorRegistered): rina may not record ActorRegistered in stream ledger: it needs the role administrator (register it with ActorRegistered); nothing was written\n"
        ),
        (
            ["actor", "add", "rina", "--name", "Rina", "--role", "approver", "--as", "admin"], Int32(2),
            "kinerja: error: actor rina is already registered (recorder); change their roles with 'kinerja actor roles rina --role ...' (see 'kinerja actor --help')\n"
        ),
        (
            ["actor", "retire", "admin", "--as", "admin"], Int32(3),
            "kinerja: error: refused event 1 (ActorRegistered): admin is the only administrator and would lose the role, so nobody could register actors; register another administrator first; nothing was written\n"
        ),
        (
            ["setup", "SETUP"], Int32(2),
            "kinerja: error: the ledger already has 3 actors (admin, kadis, rina), so it is set up; add an actor with 'kinerja actor add' and register an organisation with 'kinerja org register' (see 'kinerja setup --help')\n"
        ),
        (
            [
                "budget", "record", "--org", org, "--year", "2024", "--level", "seksi", "--code", "p1", "--name", "P",
                "--pagu", "1250", "--document", "DPA", "--as", "rina",
            ], Int32(2),
            "kinerja: error: --level seksi is not a level; use program, kegiatan, sub-kegiatan (see 'kinerja budget --help')\n"
        ),
        (
            [
                "renstra", "targets", "--org", org, "--indicator", "ppks", "--target", "2024", "--reason", "r",
                "--document", "D", "--effective", "2021-01-01", "--as", "rina",
            ], Int32(2),
            "kinerja: error: --indicator ppks: stream luwu-timur-dinsos-p3a has no indicator with that code (see 'kinerja renstra --help')\n"
        ),
    ])
    func refusesAndLeavesTheLedgerByteIdentical(arguments: [String], status: Int32, message: String) throws {
        let scratch = Scratch()
        let kinerja = try setUp(scratch)
        if arguments.contains("--org") {
            // The organisation exists, so what is refused is the option under test, not a missing organisation.
            let registered = try kinerja.run([
                "org", "register", Self.org, "--name", "Dinas Sosial P3A", "--region", "Kabupaten Luwu Timur",
                "--document", "Perbup Luwu Timur 45/2021", "--as", "rina",
            ])
            #expect(registered.status == 0, "\(registered.errors)")
        }
        let before = scratch.ledgerSnapshot()
        let words = arguments.map { $0 == "SETUP" ? scratch.path + "/setup.txt" : $0 }
        let result = try kinerja.run(words)
        #expect(result.status == status)
        #expect(result.output == "")
        #expect(result.errors == message)
        #expect(scratch.ledgerSnapshot() == before)
    }

    @Test func refusesASetupFileWithoutWritingAnything() throws {
        let scratch = Scratch()
        let kinerja = Kinerja(ledger: scratch.ledgerPath)
        try expectSuccess(kinerja.run(["init"]))
        let before = scratch.ledgerSnapshot()
        // The administrator cannot record the organisation without the role recorder: refused before the actors.
        let organisationFirst = """
            organisation: \(Self.org)
            name: Dinas Sosial P3A
            region: Kabupaten Luwu Timur
            document: Perbup SOTK
            actor: admin
            name: Andi
            roles: administrator
            """
        let noRecorder = try kinerja.run(["setup", "-"], input: Array(organisationFirst.utf8))
        #expect(noRecorder.status == 2)
        #expect(
            noRecorder.errors
                == "kinerja: error: admin records the organisation too, so needs the role recorder for \(Self.org): add it to their roles in stdin, or leave the organisation out and have a recorder run 'kinerja org register' (see 'kinerja setup --help')\n"
        )
        let unknownScale =
            organisationFirst.replacing("roles: administrator", with: "roles: administrator, recorder")
            + "\n"
        let scale = try kinerja.run(
            ["setup", "-"],
            input: Array(unknownScale.replacing("document:", with: "rating-scale: Lima Pita\ndocument:").utf8))
        #expect(scale.status == 3)
        #expect(
            scale.errors
                == "kinerja: error: refused event 1 (OrganisationRegistered): there is no rating scale \"Lima Pita\" (known: \"Permendagri 54/2010\"); nothing was written\n"
        )
        let badRole = try kinerja.run(["setup", "-"], input: Array("actor: admin\nname: A\nroles: admin\n".utf8))
        #expect(badRole.status == 3)
        #expect(
            badRole.errors
                == "kinerja: error: refused input:\nstdin:3: \"admin\" is not a role; the roles are recorder, approver, auditor, administrator\n1 bad line; nothing was written\n"
        )
        #expect(scratch.ledgerSnapshot() == before)
    }
}
