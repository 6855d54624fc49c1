import Foundation
import Testing

/// The IKU and the PK recorded from files shaped like the documents, on a copy of the default ledger: a reviu
/// from the decree's table approved by another actor, the IKU in force, a PK signed from its annex and
/// amended for a permitted reason, and refusals that leave every byte of the ledger as it was.
@Suite struct IkuDocumentTests {
    static let org = "luwu-timur-dinsos-p3a"
    /// Later than the default ledger's last event, so recording does not go back in time.
    static let clock = ["KINERJA_CLOCK": "2026-12-01T08:00:00Z"]
    static let recorder = "transkripsi.pencatat"
    static let approver = "transkripsi.pemeriksa"

    /// The decree's IKU table for a reviu in 2025: ppks and idg gain a data source, ikm is new, capaian-program
    /// is left out.
    static let reviu = """
        No;Sasaran Strategis;Indikator Kinerja Utama;Kode;Satuan;Sumber Data;Polaritas
        1;Meningkatnya kesejahteraan Pemerlu Pelayanan Kesejahteraan Sosial (PPKS);Prosentase PPKS yang ditangani dan diberi bantuan sosial;ppks;persen;SIKS-NG;maksimal
        2;s2;Indeks Pemberdayaan Gender (IDG);idg;nilai;BPS;Maksimal
        3;s3;Prosentase kekerasan terhadap Perempuan;kekerasan-perempuan;persen;;minimal
        4;s3;Prosentase kekerasan terhadap Anak;kekerasan-anak;persen;;minimal
        5;s4;Prosentase korban bencana alam dan sosial yang ditangani;korban-bencana;persen;;maksimal
        6;s5;Indeks Kepuasan Masyarakat;ikm;indeks;Survei Kepuasan Masyarakat;maksimal

        """

    /// A copy of the default ledger in `scratch`, and the binary to run on it.
    static func defaultLedgerCopy(_ scratch: Scratch) throws -> Kinerja {
        try FileManager.default.copyItem(atPath: DefaultLedgerTests.ledger, toPath: scratch.ledgerPath)
        var kinerja = Kinerja(ledger: scratch.ledgerPath)
        kinerja.environment.merge(clock) { $1 }
        return kinerja
    }

    private func propose(_ kinerja: Kinerja, file: String, _ extra: [String] = []) throws -> Kinerja.Result {
        try kinerja.run(
            [
                "iku", "propose", file, "--org", Self.org, "--kind", "reviu", "--decree-number",
                "800/12/DINSOS-P3A/2025", "--decree-date", "2025-02-10", "--decree-place", "Malili", "--signatory",
                "Drs. SUKARTI", "--document",
                "Keputusan Kepala Dinas Nomor 800/12/DINSOS-P3A/2025", "--reason", "reviu IKU 2025", "--id",
                "ltim-iku-reviu-2025", "--as", Self.recorder,
            ] + extra)
    }

    @Test func proposesAReviuFromTheDecreesTableThatCountsOnceAnotherActorApprovesIt() throws {
        let scratch = Scratch()
        let kinerja = try Self.defaultLedgerCopy(scratch)
        scratch.write("reviu.csv", Array(Self.reviu.utf8))
        let file = scratch.path + "/reviu.csv"
        let untouched = scratch.ledgerSnapshot()
        // The table leaves capaian-program out: retired only when asked, never as a side effect.
        let unasked = try propose(kinerja, file: file)
        #expect(unasked.status == 2)
        #expect(
            unasked.errors.contains(
                "leaves out 1 indicator in force on 2025-02-10 (capaian-program); a reviu would retire them: give "
                    + "--retire-missing if it does, or add them to the table"), "\(unasked.errors)")
        #expect(scratch.ledgerSnapshot() == untouched)
        let dryRun = try propose(kinerja, file: file, ["--dry-run", "--retire-missing"])
        expectSuccess(dryRun)
        #expect(dryRun.output.hasSuffix("dry run: the ledger would accept it; nothing was recorded\n"))
        #expect(scratch.ledgerSnapshot() == untouched)

        let proposed = try propose(
            kinerja, file: file, ["--signatory-nip", "19650210 199303 1 015", "--retire-missing"])
        expectSuccess(proposed)
        #expect(
            proposed.output == """
                IKU reviu from \(file) (6 rows) against the IKU in force on 2025-02-10 (6 indicators):
                  added      ikm: Indeks Kepuasan Masyarakat
                  amended    ppks:
                               dataSource: (none) → "SIKS-NG"
                  amended    idg:
                               dataSource: (none) → "BPS"
                  retired    capaian-program: Persentase capaian kinerja program perangkat daerah (in force, not in the file)
                  unchanged  kekerasan-perempuan, kekerasan-anak, korban-bencana
                appended 1 event to stream luwu-timur-dinsos-p3a: seq 157 (id ltim-iku-reviu-2025)
                head luwu-timur-dinsos-p3a:157:\(try head(kinerja))

                """)
        // Until approved the IKU in force is the one before; the recorder may not approve it herself.
        let before = try kinerja.run(["iku", "show", "--org", Self.org])
        #expect(
            before.output.hasPrefix(
                "IKU of Dinas Sosial Pemberdayaan Perempuan dan Perlindungan Anak Kabupaten Luwu Timur in force on 2022-01-01: 6 indicators\n"
            ))
        let own = try kinerja.run(["approve", "ltim-iku-reviu-2025", "--org", Self.org, "--as", Self.recorder])
        #expect(own.status == 3)
        expectSuccess(
            try kinerja.run([
                "approve", "ltim-iku-reviu-2025", "--org", Self.org, "--as", Self.approver, "--id",
                "ltim-iku-reviu-2025-ok",
            ]))
        let shown = try kinerja.run(["iku", "show", "--org", Self.org])
        expectSuccess(shown)
        assertSnapshot(shown.output, named: "iku-show-reviu-2025.txt")
        let json = try kinerja.run(["iku", "show", "--org", Self.org, "--format", "json"])
        assertSnapshot(json.output, named: "iku-show-reviu-2025.json")
        // On a date before the reviu, the IKU as it was; the diff names the same change the proposal printed.
        let earlier = try kinerja.run(["iku", "show", "--org", Self.org, "--on", "2024-12-31"])
        #expect(earlier.output.contains("capaian-program: Persentase capaian kinerja program perangkat daerah\n"))
        #expect(!earlier.output.contains("ikm:"))
        let diff = try kinerja.run(["iku", "diff", "ltim-iku-revisi", "ltim-iku-reviu-2025", "--org", Self.org])
        #expect(diff.output.contains("  added    ikm: Indeks Kepuasan Masyarakat\n  retired  capaian-program"))
        #expect(try kinerja.run(["verify"]).status == 0)
    }

    private func head(_ kinerja: Kinerja) throws -> String {
        let heads = try kinerja.run(["head"]).output.split(separator: "\n")
        let line = try #require(heads.first { $0.hasPrefix(Self.org + ":") })
        return String(line.split(separator: ":")[2])
    }

    @Test func aPenetapanKeepsWhatItsTableLeavesOutAndSaysSo() throws {
        let scratch = Scratch()
        let kinerja = try Self.defaultLedgerCopy(scratch)
        let table = "Kode,Indikator,Satuan,Polaritas\nikm,Indeks Kepuasan Masyarakat,indeks,maksimal\n"
        scratch.write("penetapan.csv", Array(table.utf8))
        let result = try kinerja.run([
            "iku", "propose", scratch.path + "/penetapan.csv", "--org", Self.org, "--kind", "penetapan",
            "--decree-number", "1 Tahun 2025", "--decree-date", "2025-01-02", "--document", "Keputusan 1/2025",
            "--as", Self.recorder, "--dry-run",
        ])
        expectSuccess(result)
        #expect(result.output.contains("  added      ikm: Indeks Kepuasan Masyarakat\n"))
        #expect(
            result.output.contains(
                "  kept       ppks: Prosentase PPKS yang ditangani dan diberi bantuan sosial (in force, not in the file;"
                    + " a penetapan retires nothing)\n"))
        #expect(!result.output.contains("retired"))
    }

    @Test func refusesABadTableOrCommandLineAndChangesNothing() throws {
        let scratch = Scratch()
        let kinerja = try Self.defaultLedgerCopy(scratch)
        let bad = """
            Kode;Indikator Kinerja Utama;Satuan;Polaritas;Sasaran
            ppks;;;naik-turun;
            baru;Indikator baru;;maksimal;Sasaran yang tidak ada

            """
        scratch.write("bad.csv", Array(bad.utf8))
        scratch.write("reviu.csv", Array(Self.reviu.utf8))
        scratch.write("bad.json", Array(#"{"kind":"reviu","added":[{"code":"x"}],"basis":{"document":"d"}}"#.utf8))
        let before = scratch.ledgerSnapshot()
        let table = try propose(kinerja, file: scratch.path + "/bad.csv")
        #expect(table.status == 3)
        #expect(table.output == "")
        #expect(
            table.errors == """
                kinerja: error: refused import:
                \(scratch.path)/bad.csv:2: column Polaritas: "naik-turun" is not a polarity: write maksimal (higher is better) or minimal (lower is better)
                \(scratch.path)/bad.csv:3: column Sasaran: "Sasaran yang tidak ada" is neither a sasaran code nor the text of a sasaran of the Renstra: s1 (Meningkatnya kesejahteraan Pemerlu Pelayanan Kesejahteraan Sosial (PPKS)); s2 (Meningkatnya pemberdayaan perempuan); s3 (Menurunnya kekerasan terhadap perempuan dan anak); s4 (Terpeliharannya ketahanan bencana alam dan sosial); s5 (Meningkatnya kualitas dan pencapaian kinerja penyelenggaraan urusan perangkat daerah)
                2 problems; nothing was written

                """)
        let json = try kinerja.run([
            "iku", "propose", scratch.path + "/bad.json", "--org", Self.org, "--effective", "2025-02-10", "--as",
            Self.recorder,
        ])
        #expect(json.status == 3)
        #expect(json.errors.hasPrefix("kinerja: error: refused import:\n\(scratch.path)/bad.json: "))
        let kind = try kinerja.run([
            "iku", "propose", scratch.path + "/reviu.csv", "--org", Self.org, "--kind", "revisi", "--as", Self.recorder,
        ])
        #expect(kind.status == 2)
        #expect(
            kind.errors == "kinerja: error: --kind revisi: write penetapan, reviu or ikup (see 'kinerja iku --help')\n")
        let date = try propose(kinerja, file: scratch.path + "/reviu.csv", ["--effective", "10-02-2025"])
        #expect(date.status == 2)
        #expect(date.errors.hasPrefix("kinerja: error: --effective: '10-02-2025' is not a date"))
        let nip = try propose(kinerja, file: scratch.path + "/reviu.csv", ["--signatory-nip", "1965"])
        #expect(nip.status == 2)
        #expect(nip.errors.contains("--signatory-nip 1965: a NIP is 18 digits"))
        let option = try kinerja.run(["iku", "show", "--org", Self.org, "--kind", "reviu"])
        #expect(option.errors == "kinerja: error: --kind does not apply to 'iku show' (see 'kinerja iku --help')\n")
        #expect(scratch.ledgerSnapshot() == before)
    }
}
