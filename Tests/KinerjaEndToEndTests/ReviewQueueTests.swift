import Foundation
import Testing

/// The review queue through the built binary: `pending` lists what awaits a decision; `approve` and `reject`
/// decide several proposals, or a whole imported batch, as one atomic batch; event ids may be given by a
/// unique prefix.
@Suite struct ReviewQueueTests {
    static let org = "luwu-timur-dinsos-p3a"
    static let recorder = ["--as", "transkripsi.pencatat"]
    static let approver = ["--as", "transkripsi.pemeriksa"]
    static let correction = "9f3c2a4e-1b7d-4c1e-9a0b-5d6e7f8a9b0c"
    static let targetChange = "9f3c2a4e-7a00-4e2f-8c11-0d9e8f7a6b5c"

    /// A copy of the default ledger with, awaiting a decision: the 5 rows of a realisasi import (seq 157–161),
    /// the 2 rows of a target import (162–163), a correction (164) and a target change (165) with UUID ids.
    func queued(_ scratch: Scratch) throws -> Kinerja {
        try FileManager.default.copyItem(atPath: DefaultLedgerTests.ledger, toPath: scratch.ledgerPath)
        var kinerja = Kinerja(ledger: scratch.ledgerPath)
        kinerja.environment = ["KINERJA_CLOCK": "2026-12-01T08:00:00Z", "KINERJA_ID_PREFIX": "q"]
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "Fixtures/import")
        try expectSuccess(
            kinerja.run(
                ["import", "realisasi", fixtures.appendingPathComponent("realisasi-2025.csv").path, "--org", Self.org]
                    + ["--document", "Laporan Kinerja Triwulan III 2025"] + Self.recorder))
        try expectSuccess(
            kinerja.run(
                ["import", "targets", fixtures.appendingPathComponent("target-2026.csv").path, "--org", Self.org]
                    + ["--document", "Reviu Renstra 2026", "--effective", "2026-01-01", "--reason", "reviu"]
                    + Self.recorder, extraEnvironment: ["KINERJA_CLOCK": "2026-12-01T08:30:00Z"]))
        try expectSuccess(
            kinerja.run(
                [
                    "realisasi", "correct", "ltim-real-ppks-2024", "--org", Self.org, "--value", "117,00", "--reason",
                    "salah ketik", "--document", "Nota koreksi 3/2026", "--id", Self.correction,
                ] + Self.recorder, extraEnvironment: ["KINERJA_CLOCK": "2026-12-01T09:00:00Z"]))
        try expectSuccess(
            kinerja.run(
                [
                    "target", "set", "--org", Self.org, "--indicator", "kekerasan-perempuan", "--year", "2026",
                    "--value", "0,002", "--reason", "reviu Renstra", "--effective", "2026-01-01", "--document",
                    "Reviu Renstra 2026", "--id", Self.targetChange,
                ] + Self.recorder, extraEnvironment: ["KINERJA_CLOCK": "2026-12-01T10:00:00Z"]))
        kinerja.environment["KINERJA_CLOCK"] = "2026-12-02T08:00:00Z"
        return kinerja
    }

    /// The whole id of pending proposal `index` (0-based, oldest first): 0–4 the realisasi rows, 5–6 the
    /// target rows.
    func pendingID(_ kinerja: Kinerja, _ index: Int) throws -> String {
        let lines = try pendingJSON(kinerja)
        try #require(lines.indices.contains(index))
        let parts = lines[index].components(separatedBy: #""id":""#)
        return try #require(parts.dropFirst().first?.components(separatedBy: "\"").first)
    }

    /// The JSON line of each pending proposal.
    func pendingJSON(_ kinerja: Kinerja) throws -> [String] {
        try kinerja.run(["pending", "--org", Self.org, "--format", "json"]).output.split(separator: "\n").map(
            String.init)
    }

    @Test func listsWhatAwaitsADecisionOldestFirstWithShortIDsAndTheChange() throws {
        let scratch = Scratch()
        let kinerja = try queued(scratch)
        let table = try kinerja.run(["pending", "--org", Self.org])
        #expect(table.status == 0 && table.errors == "")
        assertSnapshot(table.output, named: "pending-luwu-timur.txt")
        let json = try kinerja.run(["pending", "--org", Self.org, "--format", "json"])
        assertSnapshot(json.output, named: "pending-luwu-timur.jsonl")
        #expect(json.output.split(separator: "\n").count == 9)
        #expect(json.output.contains(#""change":"corrects ltim-real-ppks-2024: "#))
        #expect(json.output.contains(#""id":"\#(Self.correction)""#))
        let all = try kinerja.run(["pending", "--all"])
        assertSnapshot(all.output, named: "pending-all.txt")

        let quiet = try kinerja.run(["pending", "--org", "lombok-tengah-dinsos"])
        #expect(quiet.status == 0)
        #expect(quiet.output == "no proposal awaits a decision in stream lombok-tengah-dinsos\n")
        #expect(try kinerja.run(["pending", "--org", "lombok-tengah-dinsos", "--format", "json"]).output == "")
        let both = try kinerja.run(["pending", "--all", "--org", Self.org])
        #expect(both.status == 2)
        #expect(both.errors == "kinerja: error: give --org ORG or --all, not both (see 'kinerja pending --help')\n")
        let neither = try kinerja.run(["pending"])
        #expect(neither.status == 2)
        #expect(
            neither.errors
                == "kinerja: error: which organisation? give --org ORG, or --all (see 'kinerja pending --help')\n")
    }

    @Test func approvesAWholeImportWithOneBatch() throws {
        let scratch = Scratch()
        let kinerja = try queued(scratch)
        // Any event of the batch names it: here the second row, by the prefix 'pending' shows.
        let secondRow = String(try pendingID(kinerja, 1).prefix(8))
        let result = try kinerja.run(
            ["approve", "--batch", secondRow, "--org", Self.org, "--note", "cek lampiran"] + Self.approver)
        expectSuccess(result)
        let lines = result.output.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "approving 5 proposals in stream \(Self.org):")
        #expect(lines.filter { $0.contains("RealisasiRecorded") && $0.contains("157–161") }.count == 5)
        #expect(result.output.contains("appended 5 events to stream \(Self.org): seq 166–170\n"))
        // One batch of five approvals.
        let log = try kinerja.run(["log", "--org", Self.org, "--from", "166", "--format", "json"]).output
        let approvals = log.split(separator: "\n")
        #expect(approvals.count == 5)
        #expect(
            approvals.allSatisfy {
                $0.contains(#""batch":{"first":166,"last":170}"#) && $0.contains(#""type":"ProposalApproved""#)
                    && $0.contains(#""note":"cek lampiran""#)
            })
        let left = try pendingJSON(kinerja)
        #expect(left.count == 4)
        #expect(!left.contains { $0.contains(#""type":"RealisasiRecorded""#) })
        let state = try kinerja.run(["state", "--org", Self.org, "--year", "2025", "--format", "json"]).output
        #expect(state.contains(#""status":"approved","value":"56.70""#))
        #expect(try kinerja.run(["verify"]).status == 0)
    }

    @Test func approvesSeveralIDsGivenByPrefixAsOneBatch() throws {
        let scratch = Scratch()
        let kinerja = try queued(scratch)
        let result = try kinerja.run(["approve", "9f3c2a4e-7", "9f3c2a4e-1", "--org", Self.org] + Self.approver)
        expectSuccess(result)
        #expect(result.output.hasPrefix("approving 2 proposals in stream \(Self.org):\n"))
        #expect(result.output.contains("appended 2 events to stream \(Self.org): seq 166–167\n"))
        // Decided in seq order: the correction (164) first.
        let log = try kinerja.run(["log", "--org", Self.org, "--from", "166", "--format", "json"]).output
        let decided = log.split(separator: "\n")
        #expect(decided.count == 2)
        #expect(decided.first?.contains(#""proposal":"\#(Self.correction)""#) == true)
        #expect(decided.last?.contains(#""proposal":"\#(Self.targetChange)""#) == true)
        #expect(try pendingJSON(kinerja).count == 7)
        // Today's form, a whole id of one proposal, works as before.
        let one = try kinerja.run(["approve", try pendingID(kinerja, 0), "--org", Self.org] + Self.approver)
        expectSuccess(one)
        #expect(one.output.contains("appended 1 event to stream \(Self.org): seq 168 (id q-168)\n"))
    }

    @Test func oneRefusalRefusesEveryDecisionAndWritesNothing() throws {
        let scratch = Scratch()
        let kinerja = try queued(scratch)
        let before = scratch.ledgerSnapshot()
        let again = try kinerja.run(
            ["approve", "9f3c2a4e-1", "ltim-real-ppks-2024", "--org", Self.org] + Self.approver)
        #expect(again.status == 3)
        #expect(
            again.errors
                == "kinerja: error: refused event 1 (ProposalApproved): proposal ltim-real-ppks-2024 is already approved; a proposal is decided once; nothing was written\n"
        )
        #expect(scratch.ledgerSnapshot() == before)
        let own = try kinerja.run(
            ["reject", "--batch", String(try pendingID(kinerja, 1).prefix(8)), "--org", Self.org, "--reason", "x"]
                + Self.recorder)
        #expect(own.status == 3)
        #expect(own.errors.contains("transkripsi.pencatat may not record ProposalRejected"))
        #expect(scratch.ledgerSnapshot() == before)
    }

    @Test func refusesAnAmbiguousOrUnknownIDListingTheCandidates() throws {
        let scratch = Scratch()
        let kinerja = try queued(scratch)
        let before = scratch.ledgerSnapshot()
        let uuids = try kinerja.run(["approve", "9f3c", "--org", Self.org] + Self.approver)
        #expect(uuids.status == 2)
        #expect(
            uuids.errors
                == "kinerja: error: '9f3c' begins 2 event ids in stream \(Self.org): 9f3c2a4e-1, 9f3c2a4e-7; give more of the id (see 'kinerja approve --help')\n"
        )
        let imports = try kinerja.run(["approve", "imp-", "--org", Self.org] + Self.approver)
        #expect(imports.status == 2)
        #expect(imports.errors.hasPrefix("kinerja: error: 'imp-' begins 7 event ids in stream \(Self.org): imp-"))
        #expect(imports.errors.hasSuffix(" and 2 more; give more of the id (see 'kinerja approve --help')\n"))
        let short = try kinerja.run(["reject", "imp", "--org", Self.org, "--reason", "x"] + Self.approver)
        #expect(short.status == 2)
        #expect(short.errors.contains("'imp' is no event's id in stream \(Self.org), and a prefix needs at least 4"))
        let typo = try kinerja.run(["approve", "ltim-real-pks-2024", "--org", Self.org] + Self.approver)
        #expect(typo.status == 2)
        #expect(
            typo.errors
                == "kinerja: error: there is no event ltim-real-pks-2024 in stream \(Self.org); did you mean ltim-real-ppks-2024? (see 'kinerja approve --help')\n"
        )
        let batch = try kinerja.run(["approve", "--batch", "ltim-real-ppks-2024", "--org", Self.org] + Self.approver)
        #expect(batch.status == 2)
        #expect(batch.errors.contains("--batch ltim-real-ppks-2024: no proposal of the batch that recorded"))
        let several = try kinerja.run(["approve", "9f3c2a4e-1", "9f3c2a4e-7", "--id", "x", "--org", Self.org])
        #expect(several.status == 2)
        #expect(several.errors.contains("--id names one decision"))
        #expect(scratch.ledgerSnapshot() == before)
    }

    @Test func aDryRunListsAndChecksButRecordsNothing() throws {
        let scratch = Scratch()
        let kinerja = try queued(scratch)
        let before = scratch.ledgerSnapshot()
        let dry = try kinerja.run(
            ["approve", "--batch", String(try pendingID(kinerja, 1).prefix(8)), "--org", Self.org, "--dry-run"]
                + Self.approver)
        expectSuccess(dry)
        #expect(dry.output.hasPrefix("would approve 5 proposals in stream \(Self.org):\n"))
        #expect(dry.output.hasSuffix("dry run: every decision passes its checks; nothing was recorded\n"))
        #expect(scratch.ledgerSnapshot() == before)
        let refused = try kinerja.run(
            ["reject", "9f3c2a4e-1", "--org", Self.org, "--reason", "x", "--dry-run"] + Self.recorder)
        #expect(refused.status == 3)
        #expect(refused.output.hasPrefix("would reject 1 proposal in stream \(Self.org):\n"))
        #expect(scratch.ledgerSnapshot() == before)
    }

    @Test func rejectsAWholeBatchWithTheReason() throws {
        let scratch = Scratch()
        let kinerja = try queued(scratch)
        let missing = try kinerja.run(
            ["reject", "--batch", String(try pendingID(kinerja, 1).prefix(8)), "--org", Self.org] + Self.approver)
        #expect(missing.status == 2)
        #expect(missing.errors == "kinerja: error: missing --reason (see 'kinerja reject --help')\n")
        let result = try kinerja.run(
            [
                "reject", "--batch", String(try pendingID(kinerja, 1).prefix(8)), "--org", Self.org, "--reason",
                "lampiran salah",
            ] + Self.approver)
        expectSuccess(result)
        #expect(result.output.hasPrefix("rejecting 5 proposals in stream \(Self.org):\n"))
        #expect(result.output.contains("appended 5 events to stream \(Self.org): seq 166–170\n"))
        let log = try kinerja.run(["log", "--org", Self.org, "--from", "166", "--format", "json"]).output
        #expect(log.components(separatedBy: #""reason":"lampiran salah""#).count == 6)
        #expect(try pendingJSON(kinerja).count == 4)
    }

    @Test func otherCommandsTakeAPrefixForAnEventID() throws {
        let scratch = Scratch()
        let kinerja = try queued(scratch)
        let idg = try pendingID(kinerja, 1)
        let corrected = try kinerja.run(
            [
                "realisasi", "correct", String(idg.prefix(8)), "--org", Self.org, "--value", "53,40", "--reason",
                "angka tetap",
                "--document", "Rilis BPS", "--id", "c-idg-2025",
            ] + Self.recorder)
        expectSuccess(corrected)
        let log = try kinerja.run(["log", "--org", Self.org, "--from", "166", "--format", "json"]).output
        #expect(log.contains(#""corrects":"\#(idg)""#))
        let full = try kinerja.run(["iku", "diff", "ltim-iku-2021", "ltim-iku-revisi", "--org", Self.org])
        let prefixed = try kinerja.run(["iku", "diff", "ltim-iku-2", "ltim-iku-r", "--org", Self.org])
        expectSuccess(prefixed)
        #expect(prefixed.output == full.output)
        let ambiguous = try kinerja.run(["iku", "diff", "ltim-iku", "ltim-iku-r", "--org", Self.org])
        #expect(ambiguous.status == 2)
        #expect(
            ambiguous.errors
                == "kinerja: error: 'ltim-iku' begins 2 event ids in stream \(Self.org): ltim-iku-2021, ltim-iku-revisi; give more of the id (see 'kinerja iku --help')\n"
        )
    }
}
