import Foundation
import Testing

/// Proven authorship through the built binary and the real `ssh-keygen`: actors registered with their public
/// keys, decisions signed with `--sign-with`, checked when written and again by `verify`.
@Suite struct SignedDecisionTests {
    static let org = "luwu-timur-dinsos-p3a"

    /// Makes an ed25519 key pair `NAME` and `NAME.pub` in the scratch directory, as a clerk would.
    private func makeKey(_ name: String, in scratch: Scratch) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/ssh-keygen")
        process.arguments = ["-q", "-t", "ed25519", "-N", "", "-C", "\(name)@dinas", "-f", scratch.path + "/" + name]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    /// A ledger whose actors have keys (admin, rina the recorder, kadis the approver), the organisation
    /// registered and an IKU decision proposed by rina, each batch signed by its actor.
    private func prepared(_ scratch: Scratch) throws -> Kinerja {
        for name in ["admin", "rina", "kadis"] { try makeKey(name, in: scratch) }
        let kinerja = Kinerja(ledger: scratch.ledgerPath)
        try kinerja.run(["init"])
        let key = { (name: String) in scratch.path + "/" + name }
        try expectSuccess(
            kinerja.run([
                "actor", "add", "admin", "--name", "Admin", "--role", "administrator", "--key", key("admin.pub"),
                "--as", "admin",
            ]))
        try expectSuccess(
            kinerja.run([
                "actor", "add", "rina", "--name", "Rina Wati", "--nip", "198001012005012001", "--role", "recorder",
                "--key", key("rina.pub"), "--as", "admin", "--sign-with", key("admin"),
            ]))
        try expectSuccess(
            kinerja.run([
                "actor", "add", "kadis", "--name", "Drs. Sukarti", "--role", "approver", "--key", key("kadis.pub"),
                "--as", "admin", "--sign-with", key("admin"),
            ]))
        let organisation = """
            {"type":"OrganisationRegistered","id":"org","data":{"name":"Dinas Sosial P3A Kabupaten Luwu Timur","region":"Kabupaten Luwu Timur","basis":{"document":"LKj 2024"}}}

            """
        try expectSuccess(
            kinerja.run(
                ["append", "-", "--as", "rina", "--org", Self.org, "--sign-with", key("rina")],
                input: Array(organisation.utf8)))
        let iku = """
            {"kind":"penetapan","decree":{"number":"72 Tahun 2021","place":"Malili","date":"2021-12-31","signatory":{"name":"Drs. SUKARTI"}},
             "added":[{"code":"ppks","name":"Prosentase PPKS yang ditangani","unit":"persen","polarity":"higher-is-better","capaianFormula":"ratio"}],
             "basis":{"document":"Keputusan Kepala Dinas Nomor 72 Tahun 2021","locator":"Lampiran"}}
            """
        scratch.write("iku.json", Array(iku.utf8))
        try expectSuccess(
            kinerja.run([
                "iku", "propose", scratch.path + "/iku.json", "--org", Self.org, "--effective", "2021-12-31", "--id",
                "iku-2021", "--as", "rina", "--sign-with", key("rina"),
            ]))
        return kinerja
    }

    @Test func aSignedProposalAndItsSignedApprovalVerify() throws {
        let scratch = Scratch()
        let kinerja = try prepared(scratch)
        try expectSuccess(
            kinerja.run([
                "approve", "iku-2021", "--org", Self.org, "--as", "kadis", "--sign-with", scratch.path + "/kadis",
            ]))
        // The signature is the `sig` of the batch's first line, which the line's hash covers.
        let lines = String(decoding: scratch.bytes("ledger/\(Self.org).jsonl"), as: UTF8.self).split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines.allSatisfy { $0.contains(#","sig":"U1NIU0lH"#) })
        let verified = try kinerja.run(["verify"])
        #expect(verified.status == 0)
        // admin's first registration (their key comes with it) is the only batch without a signature.
        #expect(verified.output.hasSuffix("signatures: 5 batches verified, 0 bad or missing\n"))
    }

    /// From the day a signing policy starts, an unsigned decision is refused and nothing is written; a signed
    /// one is recorded. Only an administrator sets the policy.
    @Test func underASigningPolicyAnUnsignedDecisionIsRefused() throws {
        let scratch = Scratch()
        let kinerja = try prepared(scratch)
        let policy = [
            "org", "signing", Self.org, "--from", "2024-05-01", "--reason", "Surat Edaran Kepala Dinas 1/2024",
            "--document", "Surat Edaran Kepala Dinas Nomor 1 Tahun 2024",
        ]
        let byRina = try kinerja.run(policy + ["--as", "rina", "--sign-with", scratch.path + "/rina"])
        #expect(byRina.status == 3, "only an administrator sets it: \(byRina.errors)")
        try expectSuccess(kinerja.run(policy + ["--as", "admin", "--sign-with", scratch.path + "/admin"]))
        let file = "ledger/\(Self.org).jsonl"
        let before = scratch.bytes(file)
        let unsigned = try kinerja.run(["approve", "iku-2021", "--org", Self.org, "--as", "kadis"])
        #expect(unsigned.status == 3)
        #expect(unsigned.errors.contains("ProposalApproved must be signed: since 2024-05-01"), "\(unsigned.errors)")
        #expect(scratch.bytes(file) == before, "nothing written")
        try expectSuccess(
            kinerja.run([
                "approve", "iku-2021", "--org", Self.org, "--as", "kadis", "--sign-with", scratch.path + "/kadis",
            ]))
        #expect(try kinerja.run(["verify"]).status == 0)
    }

    /// A dry run judges as the real run does: under the policy an unsigned decision is refused with the same
    /// message, one signed with another actor's key too, and one signed with the actor's own key passes;
    /// nothing is written by any of them.
    @Test func aDryRunAppliesTheSigningPolicyAndChecksTheSignature() throws {
        let scratch = Scratch()
        let kinerja = try prepared(scratch)
        try expectSuccess(
            kinerja.run([
                "org", "signing", Self.org, "--from", "2024-05-01", "--document", "Surat Edaran 1/2024", "--as",
                "admin", "--sign-with", scratch.path + "/admin",
            ]))
        let before = scratch.ledgerSnapshot()
        let approve = ["approve", "iku-2021", "--org", Self.org, "--as", "kadis"]
        let reject = ["reject", "iku-2021", "--org", Self.org, "--reason", "belum lengkap", "--as", "kadis"]
        for decision in [approve, reject] {
            let unsigned = try kinerja.run(decision + ["--dry-run"])
            #expect(unsigned.status == 3, "\(decision)")
            #expect(unsigned.errors.contains("must be signed: since 2024-05-01"), "\(unsigned.errors)")
            #expect(!unsigned.output.contains("dry run:"))
            let othersKey = try kinerja.run(decision + ["--dry-run", "--sign-with", scratch.path + "/rina"])
            #expect(othersKey.status == 3)
            #expect(othersKey.errors.contains("which is not the key registered for kadis"), "\(othersKey.errors)")
            let signed = try kinerja.run(decision + ["--dry-run", "--sign-with", scratch.path + "/kadis"])
            #expect(signed.status == 0, "\(signed.errors)")
            #expect(signed.output.hasSuffix("dry run: every decision passes its checks; nothing was recorded\n"))
            #expect(scratch.ledgerSnapshot() == before)
            // The real runs say the same.
            #expect(try kinerja.run(decision).errors == unsigned.errors)
            #expect(
                try kinerja.run(decision + ["--sign-with", scratch.path + "/rina"]).errors == othersKey.errors)
            #expect(scratch.ledgerSnapshot() == before)
        }
        // An IKU decision proposed with --dry-run, unsigned, is refused as well.
        let iku = try kinerja.run([
            "iku", "propose", scratch.path + "/iku.json", "--org", Self.org, "--effective", "2024-12-31", "--id",
            "iku-2024", "--as", "rina", "--dry-run",
        ])
        #expect(iku.status == 3)
        #expect(iku.errors.contains("IkuDecisionProposed must be signed: since 2024-05-01"), "\(iku.errors)")
        #expect(scratch.ledgerSnapshot() == before)
    }

    /// `check` names the decisions recorded unsigned before the signing policy starts (here kadis's approval;
    /// rina signed her IKU decision).
    @Test func checkNamesTheUnsignedDecisionsBeforeASigningPolicy() throws {
        let scratch = Scratch()
        var kinerja = try prepared(scratch)
        try expectSuccess(kinerja.run(["approve", "iku-2021", "--org", Self.org, "--as", "kadis"]))
        #expect(try kinerja.run(["check", "--org", Self.org]).output.contains("unsigned") == false)
        kinerja.environment["KINERJA_CLOCK"] = "2024-06-01T08:00:00Z"
        try expectSuccess(
            kinerja.run([
                "org", "signing", Self.org, "--from", "2024-06-01", "--document", "Surat Edaran 1/2024", "--as",
                "admin",
                "--sign-with", scratch.path + "/admin",
            ]))
        let check = try kinerja.run(["check", "--org", Self.org])
        #expect(check.status == 1)
        #expect(
            check.output.contains(
                "unsigned decisions recorded before the signing policy starts (2024-06-01): 1 (gen-3)"),
            "\(check.output)")
    }

    @Test func anApprovalSignedWithAnotherActorsKeyIsRefusedAndNothingIsWritten() throws {
        let scratch = Scratch()
        let kinerja = try prepared(scratch)
        let before = scratch.ledgerSnapshot()
        let refused = try kinerja.run([
            "approve", "iku-2021", "--org", Self.org, "--as", "kadis", "--sign-with", scratch.path + "/rina",
        ])
        #expect(refused.status == 3)
        #expect(
            refused.errors.hasPrefix("kinerja: error: refused event 1 (ProposalApproved): the batch is signed with"))
        #expect(refused.errors.contains("which is not the key registered for kadis"))
        #expect(scratch.ledgerSnapshot() == before)
        // An actor without a registered key cannot sign at all.
        try makeKey("budi", in: scratch)
        try expectSuccess(
            kinerja.run([
                "actor", "add", "budi", "--name", "Budi", "--role", "approver", "--as", "admin", "--sign-with",
                scratch.path + "/admin",
            ]))
        let keyless = try kinerja.run([
            "approve", "iku-2021", "--org", Self.org, "--as", "budi", "--sign-with", scratch.path + "/budi",
        ])
        #expect(keyless.status == 3)
        #expect(keyless.errors.contains("budi has no registered key"))
    }

    @Test func aChangedSignatureIsNamedByVerifyWithStreamSeqAndActor() throws {
        let scratch = Scratch()
        let kinerja = try prepared(scratch)
        try expectSuccess(
            kinerja.run([
                "approve", "iku-2021", "--org", Self.org, "--as", "kadis", "--sign-with", scratch.path + "/kadis",
            ]))
        var text = String(decoding: scratch.bytes("ledger/\(Self.org).jsonl"), as: UTF8.self)
        // One character of the approval's signature (seq 3) changed.
        let start = try #require(text.range(of: #""sig":""#, options: .backwards)).upperBound
        let position = text.index(start, offsetBy: 90)
        let replacement: Character = text[position] == "A" ? "B" : "A"
        text.replaceSubrange(position...position, with: String(replacement))
        scratch.write("ledger/\(Self.org).jsonl", Array(text.utf8))
        let result = try kinerja.run(["verify"])
        #expect(result.status == 1)
        #expect(result.output.contains("\(Self.org).jsonl:3: hash"))
        #expect(result.output.contains("\(Self.org) seq 3 (kadis): bad signature: ssh-keygen -Y verify refused it"))
        #expect(result.output.hasSuffix("signatures: 4 batches verified, 1 bad or missing\n"))
    }

    @Test func aBatchLeftUnsignedByAnActorWithAKeyIsNamedByVerify() throws {
        let scratch = Scratch()
        let kinerja = try prepared(scratch)
        try expectSuccess(kinerja.run(["approve", "iku-2021", "--org", Self.org, "--as", "kadis"]))
        let result = try kinerja.run(["verify"])
        #expect(result.status == 1)
        #expect(
            result.output.contains(
                "\(Self.org) seq 3 (kadis): signature missing; kadis had a registered key when the batch was recorded"))
    }

    @Test func aKeyFileThatIsNotAPublicKeyIsRefusedNamingIt() throws {
        let scratch = Scratch()
        try makeKey("admin", in: scratch)
        let kinerja = Kinerja(ledger: scratch.ledgerPath)
        try kinerja.run(["init"])
        let result = try kinerja.run([
            "actor", "add", "admin", "--name", "Admin", "--role", "administrator", "--key", scratch.path + "/admin",
            "--as", "admin",
        ])
        #expect(result.status == 2)
        #expect(result.errors.contains("--key \(scratch.path)/admin: '-----BEGIN OPENSSH PRIVATE KEY-----'"))
        #expect(result.errors.contains("is not an OpenSSH public key"))
    }

    @Test func aRotatedKeySignsFromThenOnAndEarlierBatchesStillVerifyAgainstTheOldOne() throws {
        let scratch = Scratch()
        let kinerja = try prepared(scratch)
        try expectSuccess(
            kinerja.run([
                "approve", "iku-2021", "--org", Self.org, "--as", "kadis", "--sign-with", scratch.path + "/kadis",
            ]))
        try makeKey("kadis2", in: scratch)
        // The next day: the key is rotated, and what follows is recorded after it.
        let later = ["KINERJA_CLOCK": "2024-05-02T08:00:00Z"]
        try expectSuccess(
            kinerja.run(
                [
                    "actor", "key", "kadis", "--key", scratch.path + "/kadis2.pub", "--as", "admin", "--sign-with",
                    scratch.path + "/admin",
                ], extraEnvironment: later))
        let list = try kinerja.run(["actor", "list"])
        #expect(list.output.contains("kadis  approver"))
        let old = try kinerja.run(
            ["note", "kunci lama", "--org", Self.org, "--as", "kadis", "--sign-with", scratch.path + "/kadis"],
            extraEnvironment: later)
        #expect(old.status == 3)
        #expect(old.errors.contains("which is not the key registered for kadis"))
        try expectSuccess(
            kinerja.run(
                ["note", "kunci baru", "--org", Self.org, "--as", "kadis", "--sign-with", scratch.path + "/kadis2"],
                extraEnvironment: later))
        let verified = try kinerja.run(["verify"])
        #expect(verified.status == 0)
        #expect(verified.output.hasSuffix("signatures: 7 batches verified, 0 bad or missing\n"))
    }

    /// What `Tools/verify-signatures.py`, the auditor's recipe, says of the ledger.
    private func recipe(_ scratch: Scratch) throws -> (status: Int32, output: String) {
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Tools/verify-signatures.py").standardized.path
        return try runPython(script, [scratch.ledgerPath])
    }

    @Test func theAuditorsPythonRecipeAgreesWithVerify() throws {
        let scratch = Scratch()
        let kinerja = try prepared(scratch)
        // Text beyond ASCII, quotes, a backslash and a control character: the canonical JSON both sides sign.
        let note = #"{"type":"NoteRecorded","data":{"text":"“Catatan” — é 🚀 \"kutip\" \\ \u0001 / akhir"}}"#
        try expectSuccess(
            kinerja.run(
                ["append", "-", "--as", "kadis", "--org", Self.org, "--sign-with", scratch.path + "/kadis"],
                input: Array((note + "\n").utf8)))
        #expect(try kinerja.run(["verify"]).status == 0)
        let good = try recipe(scratch)
        #expect(good.status == 0)
        #expect(good.output == "5 signed batches, 0 bad\n")
        // The note's signature changed: both name it.
        var text = String(decoding: scratch.bytes("ledger/\(Self.org).jsonl"), as: UTF8.self)
        let start = try #require(text.range(of: #""sig":""#, options: .backwards)).upperBound
        let position = text.index(start, offsetBy: 90)
        text.replaceSubrange(position...position, with: text[position] == "A" ? "B" : "A")
        scratch.write("ledger/\(Self.org).jsonl", Array(text.utf8))
        let bad = try recipe(scratch)
        #expect(bad.status == 1)
        #expect(bad.output == "\(Self.org) seq 3 (kadis): BAD signature\n5 signed batches, 1 bad\n")
        #expect(try kinerja.run(["verify"]).output.contains("\(Self.org) seq 3 (kadis): bad signature"))
    }

    @Test func aRevokedKeySignsNothingMoreAndItsActorsLaterBatchesAreNotMissingASignature() throws {
        let scratch = Scratch()
        let kinerja = try prepared(scratch)
        let listed = try kinerja.run(["actor", "list", "--format", "json"])
        let rinaKey = try String(contentsOfFile: scratch.path + "/rina.pub", encoding: .utf8)
            .split(separator: " ").prefix(2).joined(separator: " ")
        #expect(listed.output.contains(#""key":"\#(rinaKey)""#))
        #expect(listed.output.contains(#""nip":"198001012005012001""#))
        try expectSuccess(
            kinerja.run(
                ["actor", "key", "kadis", "--revoke", "--as", "admin", "--sign-with", scratch.path + "/admin"],
                extraEnvironment: ["KINERJA_CLOCK": "2024-05-02T08:00:00Z"]))
        let next = ["KINERJA_CLOCK": "2024-05-03T08:00:00Z"]
        let signed = try kinerja.run(
            ["approve", "iku-2021", "--org", Self.org, "--as", "kadis", "--sign-with", scratch.path + "/kadis"],
            extraEnvironment: next)
        #expect(signed.status == 3)
        #expect(signed.errors.contains("kadis has no registered key"))
        try expectSuccess(
            kinerja.run(["approve", "iku-2021", "--org", Self.org, "--as", "kadis"], extraEnvironment: next))
        let verified = try kinerja.run(["verify"])
        #expect(verified.status == 0)
        #expect(verified.output.hasSuffix("signatures: 5 batches verified, 0 bad or missing\n"))
    }

    @Test func anActorIdInAnotherCaseIsTheSameActorAndMayNotApproveTheirOwnProposal() throws {
        let scratch = Scratch()
        let kinerja = try prepared(scratch)
        try expectSuccess(
            kinerja.run([
                "actor", "roles", "RINA", "--role", "recorder,approver", "--as", "ADMIN", "--sign-with",
                scratch.path + "/admin",
            ]))
        let again = try kinerja.run([
            "actor", "add", "Rina", "--name", "Rina Wati", "--role", "approver", "--as", "admin",
        ])
        #expect(again.status == 2)
        #expect(again.errors.contains("actor Rina is already registered"))
        let before = scratch.ledgerSnapshot()
        let refused = try kinerja.run([
            "approve", "iku-2021", "--org", Self.org, "--as", "RINA", "--sign-with", scratch.path + "/rina",
        ])
        #expect(refused.status == 3)
        #expect(
            refused.errors
                == "kinerja: error: refused event 1 (ProposalApproved): RINA recorded proposal iku-2021 and may not "
                + "decide on it: nobody approves their own proposal; nothing was written\n")
        #expect(scratch.ledgerSnapshot() == before)
    }
}
