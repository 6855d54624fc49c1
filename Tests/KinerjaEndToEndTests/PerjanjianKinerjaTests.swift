import Foundation
import Testing

extension DecisionWorkflowTests {
    @Test func keepsThePKAsSignedBesideEachAmendment() throws {
        let scratch = Scratch()
        let kinerja = try prepared(scratch)
        let amendment = """
            {"type":"PerjanjianKinerjaAmendmentProposed","id":"pk-2024-p1","effective":"2024-07-01","data":{"year":2024,"reason":"pergantian-pejabat","explanation":"Kepala Dinas diganti","pihakPertama":{"name":"Plt. Kepala Dinas"},"sasaran":[{"text":"Meningkatnya kesejahteraan PPKS","indicators":[{"indicator":"ppks","target":"60.00"}]},{"text":"Menurunnya kekerasan","indicators":[{"indicator":"kekerasan-perempuan","target":"0.01"}]}],"basis":{"document":"PK Perubahan 2024"}}}

            """
        let unpermitted = amendment.replacingOccurrences(of: "pergantian-pejabat", with: "anggaran-habis")
        let refused = try kinerja.run(
            ["append", "-", "--org", Self.org, "--as", "rina"], input: Array(unpermitted.utf8))
        #expect(refused.status == 3)
        #expect(
            refused.errors.contains(
                #""data.reason" must be one of "pergantian-pejabat", "perubahan-strategi", "perubahan-prioritas""#))
        expectSuccess(
            try kinerja.run(["append", "-", "--org", Self.org, "--as", "rina"], input: Array(amendment.utf8)))
        // Until approved, the PK stays as signed, and the amendment is listed as awaiting a decision.
        let before = try kinerja.run(["pk", "2024", "--org", Self.org]).output
        #expect(before.hasSuffix("amendment awaiting a decision: pk-2024-p1 (seq 5, recorded by rina)\n"))
        #expect(!before.contains("version 2"))
        expectSuccess(try kinerja.run(["approve", "pk-2024-p1", "--org", Self.org, "--as", "kadis"]))
        assertSnapshot(try kinerja.run(["pk", "2024", "--org", Self.org]).output, named: "pk-2024.txt")
        // The digest printed on version 1 still checks after the amendment.
        let first = try kinerja.run(["pk", "2024", "--org", Self.org, "--version", "1"]).output
        let prefix = "ledger digest of this version: "
        let line = try #require(first.split(separator: "\n").first { $0.hasPrefix(prefix) })
        let verify = try kinerja.run(["verify", "--digest", String(line.dropFirst(prefix.count))])
        #expect(verify.status == 0)
    }
}

extension DecisionWorkflowTests {
    @Test func refusesACommandWhoseEventDoesNotFitItsTypeAndWritesNothing() throws {
        let scratch = Scratch()
        let kinerja = try prepared(scratch)
        scratch.write("undated.json", Array(#"{"kind":"reviu","basis":{"document":"Reviu IKU"}}"#.utf8))
        let before = scratch.ledgerSnapshot()
        let undated = try kinerja.run([
            "iku", "propose", scratch.path + "/undated.json", "--org", Self.org, "--as", "rina",
        ])
        #expect(undated.status == 3)
        #expect(undated.errors.contains(#"IkuDecisionProposed needs "effective" (YYYY-MM-DD), or "data.dateNote""#))
        let badID = try kinerja.run([
            "target", "set", "--org", Self.org, "--indicator", "ppks", "--year", "2025", "--value", "45", "--reason",
            "r",
            "--effective", "2025-01-01", "--document", "d", "--as", "rina", "--id", "bad id",
        ])
        #expect(badID.status == 3)
        #expect(
            badID.errors
                == "kinerja: error: --id \"bad id\" is not valid: use 1 to 128 letters, digits, '.', '_', ':' or '-'; "
                + "nothing was written (see 'kinerja target --help')\n")
        #expect(scratch.ledgerSnapshot() == before)
        #expect(try kinerja.run(["verify"]).status == 0)
    }
}

extension DecisionWorkflowTests {
    @Test func readsADecisionFileSavedWithAByteOrderMark() throws {
        let scratch = Scratch()
        let kinerja = try prepared(scratch)
        let decision =
            #"{"kind":"reviu","added":[{"code":"ikm","name":"Indeks Kepuasan Masyarakat","unit":"indeks","#
            + #""polarity":"higher-is-better","capaianFormula":"ratio"}],"basis":{"document":"Reviu IKU"}}"#
        scratch.write("bom.json", [0xEF, 0xBB, 0xBF] + Array(decision.utf8))
        let result = try kinerja.run([
            "iku", "propose", scratch.path + "/bom.json", "--org", Self.org, "--effective", "2025-02-10", "--as",
            "rina",
        ])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.contains("appended 1 event"), "\(result.output)")
    }
}
