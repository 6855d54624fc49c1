import Foundation
import Testing

/// Checkpoints through the built binary on a copy of the default ledger: writing them changes no answer
/// (now or as of an earlier time), deleting them changes none, and `verify` checks each against its stream.
@Suite struct CheckpointEndToEndTests {
    static let org = DefaultLedgerTests.luwuTimur

    /// A copy of the default ledger with a correction recorded and approved in December 2026.
    private func correctedCopy(_ scratch: Scratch) throws -> Kinerja {
        try FileManager.default.copyItem(atPath: DefaultLedgerTests.ledger, toPath: scratch.ledgerPath)
        try? FileManager.default.removeItem(atPath: scratch.ledgerPath + "/checkpoints")
        var kinerja = Kinerja(ledger: scratch.ledgerPath)
        kinerja.environment["KINERJA_CLOCK"] = "2026-12-01T09:00:00Z"
        let correct = try kinerja.run([
            "realisasi", "correct", "ltim-real-ppks-2022", "--org", Self.org, "--value", "90,00", "--reason",
            "data PPKS 2022 dimutakhirkan", "--document", "Nota koreksi 1/2026", "--id", "koreksi-ppks-2022",
            "--as", "transkripsi.pencatat",
        ])
        #expect(correct.status == 0, "\(correct.errors)")
        kinerja.environment["KINERJA_CLOCK"] = "2026-12-02T09:00:00Z"
        let approve = try kinerja.run([
            "approve", "koreksi-ppks-2022", "--org", Self.org, "--as", "transkripsi.pemeriksa",
        ])
        #expect(approve.status == 0, "\(approve.errors)")
        return kinerja
    }

    /// The queries whose answers checkpoints must not change.
    private func answers(_ kinerja: Kinerja) throws -> [String] {
        let queries: [[String]] = [
            ["state", "--org", Self.org, "--year", "2024"],
            ["state", "--org", Self.org, "--year", "2022", "--format", "json"],
            ["state", "--org", Self.org, "--year", "2022", "--as-of", "2026-11-30", "--format", "json"],
            ["history", "realisasi:ppks:2022", "--org", Self.org],
            ["history", "realisasi:ppks:2022", "--org", Self.org, "--as-of", "2026-12-01T12:00:00Z"],
            ["check", "--org", Self.org], ["pk", "2024", "--org", Self.org], ["iku", "versions", "--org", Self.org],
            // A listing from a seq starts where a checkpoint says that seq's batch is.
            ["log", "--org", Self.org, "--from", "60", "--format", "json"],
            ["log", "--org", Self.org, "--from", "150"],
            ["log", "--from", "100", "--format", "json"],
        ]
        return try queries.map { query in
            let result = try kinerja.run(query)
            return "\(query.joined(separator: " ")) → \(result.status)\n\(result.output)\(result.errors)"
        }
    }

    @Test func checkpointsChangeNoAnswerAndVerifyChecksEach() throws {
        let scratch = Scratch()
        let kinerja = try correctedCopy(scratch)
        let without = try answers(kinerja)
        #expect(without[1] != without[2], "the correction shows now and not as of 30 November")

        let written = try kinerja.run(["checkpoint", "--every", "40"])
        #expect(written.status == 0, "\(written.errors)")
        #expect(written.output.contains("\(Self.org): 3 checkpoints at seq 82, 139, 158\n"))
        #expect(try answers(kinerja) == without)
        let verify = try kinerja.run(["verify"])
        #expect(verify.status == 0)
        #expect(verify.output.contains("checkpoints: 6 of 6 match the state rebuilt from its stream\n"))

        // A damaged checkpoint is passed over by queries and named by verify.
        let file = "ledger/checkpoints/\(Self.org).139.checkpoint"
        var bytes = scratch.bytes(file)
        let body = try #require(bytes.firstIndex(of: 0x0A)) + 30
        bytes[body] = bytes[body] == UInt8(ascii: "7") ? UInt8(ascii: "8") : UInt8(ascii: "7")
        scratch.write(file, bytes)
        #expect(try answers(kinerja) == without)
        let damaged = try kinerja.run(["verify"])
        #expect(damaged.status == 1)
        #expect(damaged.output.contains("checkpoints/\(Self.org).139.checkpoint: its bytes are not the ones written"))

        try FileManager.default.removeItem(atPath: scratch.ledgerPath + "/checkpoints")
        #expect(try answers(kinerja) == without)
    }

    /// A forger removes an approval from the latest snapshot: the correction's flags say pending instead
    /// of approved, and the file stays well formed. Queries pass it over (its SHA-256 is not the one recorded
    /// beside the stream's acknowledged head) and answer as without it; `verify` names it.
    @Test func aForgedCheckpointChangesNoAnswer() throws {
        let scratch = Scratch()
        let kinerja = try correctedCopy(scratch)
        let without = try answers(kinerja)
        #expect(try kinerja.run(["checkpoint", "--every", "40"]).status == 0)
        let file = "ledger/checkpoints/\(Self.org).158.checkpoint"
        let stream = scratch.bytes("ledger/\(Self.org).jsonl").split(separator: 0x0A)
        let seq =
            try #require(
                stream.firstIndex { String(decoding: $0, as: UTF8.self).contains(#""id":"koreksi-ppks-2022""#) }) + 1
        var bytes = scratch.bytes(file)
        // The body starts with the event count (158: two bytes), then two flag bytes per event, the low first.
        let flag = try #require(bytes.firstIndex(of: 0x0A)) + 1 + 2 + (seq - 1) * 2
        #expect(bytes[flag] == 7, "kept, a proposal, approved")
        bytes[flag] = 3
        scratch.write(file, bytes)

        #expect(try answers(kinerja) == without)
        let verify = try kinerja.run(["verify"])
        #expect(verify.status == 1)
        #expect(verify.output.contains("checkpoints/\(Self.org).158.checkpoint: its bytes are not the ones written"))
    }

    /// Writers keep a snapshot current (here after every 2 events, as KINERJA_SNAPSHOT_EVERY says), and the
    /// answers are those without any.
    @Test func writersTakeSnapshotsThatChangeNoAnswer() throws {
        let scratch = Scratch()
        try FileManager.default.copyItem(atPath: DefaultLedgerTests.ledger, toPath: scratch.ledgerPath)
        try? FileManager.default.removeItem(atPath: scratch.ledgerPath + "/checkpoints")
        var kinerja = Kinerja(ledger: scratch.ledgerPath)
        let without = try answersOfACorrection(&kinerja)
        let again = Scratch()
        try FileManager.default.copyItem(atPath: DefaultLedgerTests.ledger, toPath: again.ledgerPath)
        try? FileManager.default.removeItem(atPath: again.ledgerPath + "/checkpoints")
        var snapshotting = Kinerja(ledger: again.ledgerPath)
        snapshotting.environment["KINERJA_SNAPSHOT_EVERY"] = "2"
        #expect(try answersOfACorrection(&snapshotting) == without)
        let files = try FileManager.default.contentsOfDirectory(atPath: again.ledgerPath + "/checkpoints")
        #expect(files == ["\(Self.org).157.checkpoint"], "taken after the correction (156 → 157), not yet again")
        #expect(try snapshotting.run(["verify"]).output.contains("checkpoints: 1 of 1 match"))
        try FileManager.default.removeItem(atPath: again.ledgerPath + "/checkpoints")
        #expect(try answers(snapshotting) == Array(without.dropFirst()))
    }

    /// The correction and approval of ``correctedCopy(_:)``, recorded with `kinerja`, then the answers.
    private func answersOfACorrection(_ kinerja: inout Kinerja) throws -> [String] {
        kinerja.environment["KINERJA_CLOCK"] = "2026-12-01T09:00:00Z"
        let correct = try kinerja.run([
            "realisasi", "correct", "ltim-real-ppks-2022", "--org", Self.org, "--value", "90,00", "--reason",
            "data PPKS 2022 dimutakhirkan", "--document", "Nota koreksi 1/2026", "--id", "koreksi-ppks-2022",
            "--as", "transkripsi.pencatat",
        ])
        kinerja.environment["KINERJA_CLOCK"] = "2026-12-02T09:00:00Z"
        let approve = try kinerja.run([
            "approve", "koreksi-ppks-2022", "--org", Self.org, "--as", "transkripsi.pemeriksa",
        ])
        return ["\(correct.status) \(approve.status)"] + (try answers(kinerja))
    }

    /// A snapshot lets a query skip the stream before it; an event a view needs from there that turns out
    /// damaged is reported as damage (exit 4), not shown as missing.
    @Test func aDamagedLineBehindASnapshotIsReportedWhenAViewReadsIt() throws {
        let scratch = Scratch()
        let kinerja = try correctedCopy(scratch)
        #expect(try kinerja.run(["checkpoint", "--org", Self.org]).status == 0)
        let file = "ledger/\(Self.org).jsonl"
        var bytes = scratch.bytes(file)
        let name = try #require(bytes.firstRange(of: Array(#""name":"Dinas"#.utf8)))
        bytes[name.upperBound - 1] ^= 0x20
        scratch.write(file, bytes)
        let state = try kinerja.run(["state", "--org", Self.org, "--year", "2024"])
        #expect(state.status == 4)
        #expect(state.errors.contains("\(Self.org).jsonl:1:"), "\(state.errors)")
    }

    @Test func writingCheckpointsAgainReplacesTheEarlierOnes() throws {
        let scratch = Scratch()
        let kinerja = try correctedCopy(scratch)
        #expect(try kinerja.run(["checkpoint", "--org", Self.org, "--every", "40"]).status == 0)
        let again = try kinerja.run(["checkpoint", "--org", Self.org])
        #expect(again.output == "\(Self.org): 1 checkpoint at seq 158\n")
        let files = try FileManager.default.contentsOfDirectory(atPath: scratch.ledgerPath + "/checkpoints")
        #expect(files == ["\(Self.org).158.checkpoint"])
        #expect(try kinerja.run(["verify"]).output.contains("checkpoints: 1 of 1 match"))
    }

    @Test func refusesABadEveryOrAnUnknownOrganisation() throws {
        let scratch = Scratch()
        let kinerja = Kinerja(ledger: scratch.ledgerPath)
        try kinerja.run(["init"])
        let every = try kinerja.run(["checkpoint", "--every", "0"])
        #expect(every.status == 2)
        #expect(every.errors.contains("--every needs a positive number of events, not '0'"))
        let unknown = try kinerja.run(["checkpoint", "--org", "nowhere"])
        #expect(unknown.status == 2)
        #expect(unknown.errors.contains("--org nowhere: this ledger has no such organisation"))
        #expect(!FileManager.default.fileExists(atPath: scratch.ledgerPath + "/checkpoints"))
    }
}
