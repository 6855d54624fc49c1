import Foundation
import Testing

/// A PK signed from its annex and amended for a permitted reason, on a copy of the default ledger: both
/// versions stay readable, and a wrong reason or a bad annex changes nothing.
@Suite struct PerjanjianKinerjaAnnexTests {
    static let org = IkuDocumentTests.org

    /// The annex of the PK 2025: indicators under sasaran (merged cells left empty), programs and the total.
    static let annex = """
        No;Sasaran;Indikator;Target 2025;Satuan;Program;Anggaran
        1;Meningkatnya kesejahteraan Pemerlu Pelayanan Kesejahteraan Sosial (PPKS);PPKS;57,50;%;Program Rehabilitasi Sosial;Rp1.250.000.000
        2;s2;Indeks Pemberdayaan Gender (IDG);56,00;poin;Program Pemberdayaan Perempuan;Rp350.000.000
        3;s3;kekerasan-perempuan;0,01;%;Program Perlindungan Perempuan;Rp400.000.000
        ;;kekerasan-anak;0,015;%;;
        4;s4;korban-bencana;100;%;;
        5;s5;capaian-program;100;%;;
        ;;;;;Jumlah;Rp2.000.000.000

        """

    private func sign(_ kinerja: Kinerja, file: String, id: String = "ltim-pk-2025", _ extra: [String] = []) throws
        -> Kinerja.Result
    {
        try kinerja.run(
            [
                "pk", "sign", "2025", file, "--org", Self.org, "--date", "2025-01-31", "--place", "Malili",
                "--pihak-pertama", "Drs. SUKARTI", "--pihak-pertama-jabatan", "Kepala Dinas", "--pihak-pertama-nip",
                "196502101993031015", "--pihak-kedua", "Bupati Luwu Timur", "--document",
                "Perjanjian Kinerja Tahun 2025", "--locator", "Lampiran", "--id", id, "--as",
                IkuDocumentTests.recorder,
            ] + extra)
    }

    private func amend(_ kinerja: Kinerja, file: String, reason: String) throws -> Kinerja.Result {
        try kinerja.run([
            "pk", "amend", "2025", file, "--org", Self.org, "--reason", reason, "--explanation",
            "anggaran rehabilitasi dialihkan ke perlindungan; target PPKS diturunkan", "--date", "2025-07-01",
            "--document", "Perjanjian Kinerja Perubahan Tahun 2025", "--id", "ltim-pk-2025-p1", "--as",
            IkuDocumentTests.recorder,
        ])
    }

    @Test func signsFromTheAnnexAndKeepsTheSignedVersionBesideAnApprovedAmendment() throws {
        let scratch = Scratch()
        let kinerja = try IkuDocumentTests.defaultLedgerCopy(scratch)
        scratch.write("pk-2025.csv", Array(Self.annex.utf8))
        let signed = try sign(kinerja, file: scratch.path + "/pk-2025.csv")
        #expect(signed.status == 0, "\(signed.errors)")
        #expect(
            signed.output.hasPrefix("PK 2025 from \(scratch.path)/pk-2025.csv: 5 sasaran, 6 indicators, 3 programs\n"))
        #expect(signed.output.contains("appended 1 event to stream luwu-timur-dinsos-p3a: seq 157 (id ltim-pk-2025)"))
        // The same signing again is a no-op; another one for the same year is refused.
        let again = try sign(kinerja, file: scratch.path + "/pk-2025.csv", ["--dry-run"])
        #expect(again.status == 0, "\(again.errors)")
        let second = try sign(kinerja, file: scratch.path + "/pk-2025.csv", id: "ltim-pk-2025-lagi", ["--dry-run"])
        #expect(second.status == 3)
        #expect(second.errors.hasPrefix("kinerja: error: refused event 1 (PerjanjianKinerjaSigned): "))

        let amended = Self.annex.replacingOccurrences(of: "57,50", with: "55,00")
            .replacingOccurrences(of: "Rp1.250.000.000", with: "Rp1.100.000.000")
            .replacingOccurrences(of: "Rp400.000.000", with: "Rp550.000.000")
        scratch.write("pk-2025-perubahan.csv", Array(amended.utf8))
        let file = scratch.path + "/pk-2025-perubahan.csv"
        let before = scratch.ledgerSnapshot()
        let wrong = try amend(kinerja, file: file, reason: "anggaran-habis")
        #expect(wrong.status == 2)
        #expect(
            wrong.errors
                == "kinerja: error: --reason anggaran-habis: a PK may be amended only for pergantian-pejabat,"
                + " perubahan-strategi, perubahan-prioritas (PermenPAN-RB 53/2014) (see 'kinerja pk --help')\n")
        let unchanged = try amend(kinerja, file: scratch.path + "/pk-2025.csv", reason: "perubahan-strategi")
        #expect(unchanged.status == 2)
        #expect(unchanged.errors.contains("nothing to amend"))
        #expect(scratch.ledgerSnapshot() == before)

        let proposed = try amend(kinerja, file: file, reason: "perubahan-strategi")
        #expect(proposed.status == 0, "\(proposed.errors)")
        #expect(
            proposed.output.contains(
                """
                changes from version 1:
                  target ppks: 57,50 → 55,00
                  anggaran Program Rehabilitasi Sosial: Rp1.250.000.000 → Rp1.100.000.000
                  anggaran Program Perlindungan Perempuan: Rp400.000.000 → Rp550.000.000

                """))
        let pending = try kinerja.run(["pk", "2025", "--org", Self.org]).output
        #expect(
            pending.hasSuffix(
                "amendment awaiting a decision: ltim-pk-2025-p1 (seq 158, recorded by transkripsi.pencatat)\n"))
        #expect(
            try kinerja.run([
                "approve", "ltim-pk-2025-p1", "--org", Self.org, "--as", IkuDocumentTests.approver, "--id",
                "ltim-pk-2025-p1-ok",
            ]).status == 0)
        let both = try kinerja.run(["pk", "2025", "--org", Self.org])
        #expect(both.status == 0)
        assertSnapshot(both.output, named: "pk-2025-annex.txt")
        #expect(try kinerja.run(["verify"]).status == 0)
    }

    @Test func refusesABadAnnexNamingRowAndColumnAndChangesNothing() throws {
        let scratch = Scratch()
        let kinerja = try IkuDocumentTests.defaultLedgerCopy(scratch)
        let bad = """
            Sasaran,Indikator,Target,Satuan
            ,ppks,57.50,%
            s1,jumlah ppks,57.50,%
            s2,idg,55%,poin

            """
        scratch.write("bad.csv", Array(bad.utf8))
        let before = scratch.ledgerSnapshot()
        let result = try sign(kinerja, file: scratch.path + "/bad.csv")
        #expect(result.status == 3)
        #expect(
            result.errors == """
                kinerja: error: refused import:
                \(scratch.path)/bad.csv:2: column Sasaran: the cell is empty, and no row above names a sasaran
                \(scratch.path)/bad.csv:3: column Indikator: "jumlah ppks" is neither the code nor the name of an indicator of the IKU in force; its codes are ppks, idg, kekerasan-perempuan, kekerasan-anak, korban-bencana, capaian-program
                \(scratch.path)/bad.csv:4: column Target: "55%": idg is measured in nilai, not percent
                3 problems; nothing was written

                """)
        let noDate = try kinerja.run([
            "pk", "sign", "2025", scratch.path + "/bad.csv", "--org", Self.org, "--document", "PK", "--as",
            IkuDocumentTests.recorder,
        ])
        #expect(noDate.status == 2)
        #expect(noDate.errors.contains("missing --date"))
        let notSigned = try kinerja.run([
            "pk", "amend", "2026", scratch.path + "/bad.csv", "--org", Self.org, "--reason", "perubahan-strategi",
            "--explanation", "x", "--date", "2026-07-01", "--document", "PK", "--as", IkuDocumentTests.recorder,
        ])
        #expect(notSigned.status == 2)
        #expect(notSigned.errors.contains("stream luwu-timur-dinsos-p3a has no signed PK for 2026 to amend"))
        let showOption = try kinerja.run(["pk", "2024", "--org", Self.org, "--reason", "x"])
        #expect(showOption.errors == "kinerja: error: --reason does not apply to 'pk YEAR' (see 'kinerja pk --help')\n")
        #expect(scratch.ledgerSnapshot() == before)
    }
}
