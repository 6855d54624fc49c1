import Foundation
import Testing

/// Acknowledged means kept: once `append` has said a batch is recorded, removing any of it from the stream
/// is found (by `verify`, and by every write, which is then refused), never taken for an interrupted write,
/// and no seq it was given is ever given to another event.
@Suite struct AcknowledgedTests {
    /// A ledger with three acknowledged batches (seq 1–3, 4–5, 6–7); returns the runner and each batch's end.
    private func threeBatches(_ scratch: Scratch) throws -> (Kinerja, batchEnds: [Int]) {
        let kinerja = Kinerja(ledger: scratch.ledgerPath)
        try kinerja.run(["init"])
        var ends: [Int] = []
        for ids in [["a1", "a2", "a3"], ["b1", "b2"], ["c1", "c2"]] {
            let result = try kinerja.run(["append", "-", "--as", "rina"], input: notes(ids))
            try #require(result.status == 0, "\(result.errors)")
            ends.append(scratch.bytes("ledger/ledger.jsonl").count)
        }
        return (kinerja, ends)
    }

    /// What the independent checker (`shared/tools/verify-chain.py`) says of the stream, if it can run here.
    private func independentVerdict(_ scratch: Scratch) throws -> String? {
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../shared/tools/verify-chain.py").standardized.path
        guard FileManager.default.fileExists(atPath: script), FileManager.default.fileExists(atPath: "/usr/bin/python3")
        else { return nil }
        return try runPython(script, [scratch.ledgerPath]).output
    }

    /// Each way of cutting acknowledged events: the bytes left, what verify must say (the seqs missing), and
    /// how many whole lines the stream still holds (which the independent checker counts too).
    static let cuts: [(name: String, keep: @Sendable ([UInt8], [Int]) -> [UInt8], message: String, lines: Int)] = [
        ("one line", { bytes, _ in droppingLastLine(bytes) }, "seq 7 is missing", 6),
        ("one batch", { bytes, ends in Array(bytes[..<ends[1]]) }, "seq 6–7 are missing", 5),
        ("two batches", { bytes, ends in Array(bytes[..<ends[0]]) }, "seq 4–7 are missing", 3),
        ("one byte", { bytes, _ in Array(bytes.dropLast()) }, "seq 7 is missing", 6),
        ("everything", { _, _ in [] }, "seq 1–7 are missing", 0),
    ]

    private static func droppingLastLine(_ bytes: [UInt8]) -> [UInt8] {
        Array(bytes[..<(bytes.dropLast().lastIndex(of: 0x0A).map { $0 + 1 } ?? 0)])
    }

    @Test(arguments: 0..<5) func aCutAcknowledgedStreamFailsVerifyAndRefusesEveryWrite(case index: Int) throws {
        let cut = Self.cuts[index]
        let scratch = Scratch()
        let (kinerja, ends) = try threeBatches(scratch)
        let full = scratch.bytes("ledger/ledger.jsonl")
        scratch.write("ledger/ledger.jsonl", cut.keep(full, ends))
        let damaged = scratch.ledgerSnapshot()

        let verify = try kinerja.run(["verify"])
        #expect(verify.status == 1, "\(cut.name)")
        #expect(
            verify.output.contains(
                "ledger.jsonl:\(cut.lines + 1): \(cut.message): ledger.head records the stream as acknowledged up to seq 7"
            ), "\(cut.name): \(verify.output)")
        #expect(verify.output.hasSuffix("verification FAILED: 1 damaged stream\n"), "\(cut.name)")
        #expect(!verify.output.contains("interrupted write"), "\(cut.name): not taken for a crash")
        if let independent = try independentVerdict(scratch) {
            // Both count the same whole lines; the independent checker fails only on a torn last line.
            #expect(
                independent.contains(cut.name == "one byte" ? "torn write" : "ok \(cut.lines) events"),
                "\(cut.name): \(independent)")
        }

        // Every write is refused, and nothing on disk changes: no missing seq is ever given again.
        let append = try kinerja.run(["append", "-", "--as", "rina"], input: notes(["next"]))
        #expect(append.status == 4, "\(cut.name)")
        #expect(
            append.errors.contains("writes to stream ledger are refused, so that no seq is given twice"), "\(cut.name)")
        #expect(append.output == "", "\(cut.name)")
        #expect(scratch.ledgerSnapshot() == damaged, "\(cut.name)")
        #expect(try kinerja.run(["head"]).status == 4, "\(cut.name)")

        // Restored from a backup that holds every acknowledged event, the stream takes writes again, from seq 7.
        scratch.write("ledger/ledger.jsonl", full)
        #expect(try kinerja.run(["verify"]).status == 0, "\(cut.name)")
        let resumed = try kinerja.run(["append", "-", "--as", "rina"], input: notes(["next"]))
        #expect(resumed.output.hasPrefix("appended 1 event to stream ledger: seq 8 (id next)"), "\(cut.name)")
    }

    @Test func aDeletedStreamFileIsStillAStreamWithMissingEvents() throws {
        let scratch = Scratch()
        let (kinerja, _) = try threeBatches(scratch)
        try FileManager.default.removeItem(atPath: scratch.ledgerPath + "/ledger.jsonl")
        let verify = try kinerja.run(["verify"])
        #expect(verify.status == 1)
        #expect(verify.output.contains("ledger.jsonl:1: seq 1–7 are missing"))
        let append = try kinerja.run(["append", "-", "--as", "rina"], input: notes(["fresh"]))
        #expect(append.status == 4)
        #expect(!FileManager.default.fileExists(atPath: scratch.ledgerPath + "/ledger.jsonl"))
    }

    @Test func aMissingOrDamagedHeadRecordIsReportedNeverRebuilt() throws {
        let scratch = Scratch()
        let (kinerja, _) = try threeBatches(scratch)
        let record = scratch.bytes("ledger/ledger.head")

        try FileManager.default.removeItem(atPath: scratch.ledgerPath + "/ledger.head")
        let missing = try kinerja.run(["verify"])
        #expect(missing.status == 1)
        #expect(missing.output.contains("ledger.jsonl: the stream's acknowledged-head record ledger.head is missing"))
        #expect(try kinerja.run(["append", "-", "--as", "rina"], input: notes(["x"])).status == 4)
        #expect(!FileManager.default.fileExists(atPath: scratch.ledgerPath + "/ledger.head"), "not rebuilt")

        var changed = record
        let seq = try #require(changed.firstIndex(of: UInt8(ascii: "7")))
        changed[seq] = UInt8(ascii: "9")
        scratch.write("ledger/ledger.head", changed)
        let damaged = try kinerja.run(["verify"])
        #expect(damaged.status == 1)
        #expect(damaged.output.contains("ledger.head is damaged: its bytes do not match their \"sha256\" check"))
        #expect(try kinerja.run(["append", "-", "--as", "rina"], input: notes(["x"])).status == 4)
        #expect(scratch.bytes("ledger/ledger.head") == changed)

        scratch.write("ledger/ledger.head", record)
        #expect(try kinerja.run(["verify"]).status == 0)
    }

    @Test func aStreamRewrittenUnderItsHeadFailsVerify() throws {
        let scratch = Scratch()
        let (kinerja, _) = try threeBatches(scratch)
        let record = scratch.bytes("ledger/ledger.head")
        // A forger rebuilds the stream with other contents, each line's hash and the chain valid again.
        try FileManager.default.removeItem(atPath: scratch.ledgerPath + "/ledger.jsonl")
        try FileManager.default.removeItem(atPath: scratch.ledgerPath + "/ledger.head")
        scratch.write("ledger/kinerja-streams.json", Array(#"{"streams":[],"v":1}"#.utf8) + [0x0A])
        for ids in [["a1", "a2", "a3"], ["b1", "b2"], ["c1", "c2", "c3"]] {
            try kinerja.run(["append", "-", "--as", "mallory"], input: notes(ids))
        }
        scratch.write("ledger/ledger.head", record)  // and puts the old record back
        let verify = try kinerja.run(["verify"])
        #expect(verify.status == 1)
        #expect(verify.output.contains("ledger.jsonl:7: the line of seq 7 is not the one ledger.head acknowledges"))
    }

    @Test func aCrashAfterTheDataAndBeforeItsHeadRecordKeepsTheBatch() throws {
        let scratch = Scratch()
        let (kinerja, _) = try threeBatches(scratch)
        let before = scratch.bytes("ledger/ledger.head")
        try kinerja.run(["append", "-", "--as", "rina"], input: notes(["d1", "d2"]))
        // The batch reached the disk but its process died before replacing the record (and before it
        // said anything): the batch is complete and chained, so it stands, and the next write acknowledges it.
        scratch.write("ledger/ledger.head", before)
        let verify = try kinerja.run(["verify"])
        #expect(verify.status == 0)
        #expect(verify.output.contains("ledger.jsonl: ok, 9 events"))
        #expect(
            verify.output.contains(
                "note: seq 8–9 are complete but not yet acknowledged in ledger.head (a writer stopped between "
                    + "writing them and recording them); the next write acknowledges them"))
        let next = try kinerja.run(["append", "-", "--as", "rina"], input: notes(["e1"]))
        #expect(next.output.hasPrefix("appended 1 event to stream ledger: seq 10"))
        #expect(scratch.bytes("ledger/ledger.head").string.contains(#""seq":10"#))
    }

    /// The clerk retries a batch whose first attempt died after its data and before its record: the retry
    /// reports the events as already present only once they are acknowledged, so cutting them off later is
    /// found like any other loss.
    @Test func aRetryReportsEventsAsPresentOnlyOnceAcknowledged() throws {
        let scratch = Scratch()
        let (kinerja, ends) = try threeBatches(scratch)
        let before = scratch.bytes("ledger/ledger.head")
        try kinerja.run(["append", "-", "--as", "rina"], input: notes(["d1", "d2"]))
        scratch.write("ledger/ledger.head", before)  // the first attempt's process died before its record
        scratch.write("ledger/.ledger.head.tmp", Array("{".utf8))  // and left its temporary record
        let retry = try kinerja.run(["append", "-", "--as", "rina"], input: notes(["d1", "d2"]))
        #expect(retry.status == 0)
        #expect(retry.output.hasPrefix("already present: id d1 is seq 8 of stream ledger; not written again\n"))
        #expect(scratch.bytes("ledger/ledger.head").string.contains(#""seq":9"#))
        #expect(!FileManager.default.fileExists(atPath: scratch.ledgerPath + "/.ledger.head.tmp"))
        scratch.write("ledger/ledger.jsonl", Array(scratch.bytes("ledger/ledger.jsonl")[..<ends[2]]))
        let verify = try kinerja.run(["verify"])
        #expect(verify.status == 1)
        #expect(verify.output.contains("ledger.jsonl:8: seq 8–9 are missing"))
    }

    @Test func aStreamWhoseFilesWereBothDeletedIsStillFound() throws {
        let scratch = Scratch()
        let (kinerja, _) = try threeBatches(scratch)
        try FileManager.default.removeItem(atPath: scratch.ledgerPath + "/ledger.jsonl")
        try FileManager.default.removeItem(atPath: scratch.ledgerPath + "/ledger.head")
        let verify = try kinerja.run(["verify"])
        #expect(verify.status == 1)
        #expect(verify.output.contains("ledger.jsonl: the stream's acknowledged-head record ledger.head is missing"))
        let append = try kinerja.run(["append", "-", "--as", "rina"], input: notes(["fresh"]))
        #expect(append.status == 4)
        #expect(append.errors.contains("restore ledger.head from a backup"))
        #expect(!FileManager.default.fileExists(atPath: scratch.ledgerPath + "/ledger.jsonl"), "seq 1 not given again")

        try FileManager.default.removeItem(atPath: scratch.ledgerPath + "/kinerja-streams.json")
        let unlisted = try kinerja.run(["verify"])
        #expect(unlisted.status == 1)
        #expect(unlisted.output.contains("kinerja-streams.json: FAILED: the list of the ledger's streams is missing"))
        let refused = scratch.ledgerSnapshot()
        #expect(try kinerja.run(["append", "-", "--as", "rina"], input: notes(["fresh"])).status == 4)
        #expect(scratch.ledgerSnapshot() == refused)
    }

    /// `head` reads the acknowledged-head record and the bytes after it, not the history before it (so its
    /// cost does not grow with the stream): a changed byte in an early line is `verify`'s to find.
    @Test func headReadsTheRecordAndTheTailNotTheHistory() throws {
        let scratch = Scratch()
        let (kinerja, _) = try threeBatches(scratch)
        let expected = try kinerja.run(["head"]).output
        let record = scratch.bytes("ledger/ledger.head")
        try kinerja.run(["append", "-", "--as", "rina"], input: notes(["d1", "d2"]))
        let later = try kinerja.run(["head"]).output
        #expect(later != expected && later.hasPrefix("ledger:9:"))
        scratch.write("ledger/ledger.head", record)  // as a writer stopped before its record leaves it
        #expect(try kinerja.run(["head"]).output == later, "the tail after the record is read")

        var bytes = scratch.bytes("ledger/ledger.jsonl")
        let index = try #require(bytes.firstIndex(of: UInt8(ascii: "a")))
        bytes[index] = UInt8(ascii: "b")
        scratch.write("ledger/ledger.jsonl", bytes)
        #expect(try kinerja.run(["head"]).output == later)
        #expect(try kinerja.run(["verify"]).status == 1)
    }

    @Test func leftoversOfInterruptedWritesAreNotesAndTheNextWriteRemovesThem() throws {
        let scratch = Scratch()
        let (kinerja, _) = try threeBatches(scratch)
        try FileManager.default.createDirectory(
            atPath: scratch.ledgerPath + "/checkpoints", withIntermediateDirectories: true)
        scratch.write("ledger/checkpoints/.org.5.checkpoint.tmp", Array(repeating: 0x41, count: 4096))
        scratch.write("ledger/.ledger.head.tmp", Array("{".utf8))
        scratch.write("ledger/ledger.quarantine", [])
        let verify = try kinerja.run(["verify"])
        #expect(verify.status == 0)
        for file in [".ledger.head.tmp", "ledger.quarantine", "checkpoints/.org.5.checkpoint.tmp"] {
            #expect(
                verify.output.contains(
                    "note: \(file) was left by an interrupted write and holds nothing recorded; the next write removes it"
                ))
        }
        #expect(!verify.output.contains("holds bytes moved out of a stream"))
        try kinerja.run(["append", "-", "--as", "rina"], input: notes(["d1"]))
        let after = try kinerja.run(["verify"])
        #expect(!after.output.contains("note:"))
        #expect(
            scratch.ledgerSnapshot().keys.sorted() == [
                "checkpoints", "kinerja-ledger.json", "kinerja-streams.json", "ledger.head", "ledger.jsonl",
            ])
    }

    @Test func aFormatOneLedgerIsReadButWrittenOnlyAfterUpgrade() throws {
        let scratch = Scratch()
        let (kinerja, _) = try threeBatches(scratch)
        try FileManager.default.removeItem(atPath: scratch.ledgerPath + "/ledger.head")
        scratch.write("ledger/kinerja-ledger.json", Array(#"{"format":"kinerja-ledger","version":1}"#.utf8) + [0x0A])
        let stream = scratch.bytes("ledger/ledger.jsonl")

        let verify = try kinerja.run(["verify"])
        #expect(verify.status == 0)
        #expect(verify.output.contains("note: this is a format 1 ledger: no acknowledged heads are recorded"))
        #expect(try kinerja.run(["log"]).status == 0)
        let refused = try kinerja.run(["append", "-", "--as", "rina"], input: notes(["x"]))
        #expect(refused.status == 4)
        #expect(
            refused.errors.contains("is a format 1 ledger, which records no acknowledged heads; run 'kinerja upgrade'"))
        #expect(scratch.bytes("ledger/ledger.jsonl") == stream)

        let upgrade = try kinerja.run(["upgrade"])
        #expect(upgrade.status == 0)
        let head = try kinerja.run(["head"]).output
        #expect(upgrade.output == "upgraded \(scratch.ledgerPath) to format 2; acknowledged heads recorded:\n" + head)
        #expect(
            scratch.bytes("ledger/kinerja-ledger.json").string == #"{"format":"kinerja-ledger","version":2}"# + "\n")
        #expect(try kinerja.run(["upgrade"]).output.hasSuffix("is already format 2; nothing was changed\n"))
        let written = try kinerja.run(["append", "-", "--as", "rina"], input: notes(["x"]))
        #expect(written.output.hasPrefix("appended 1 event to stream ledger: seq 8"))
    }

    /// The lock is on the ledger directory: deleting and recreating files in it (the lock file of an
    /// earlier kinerja, say) while a long append holds it lets no second writer in. One-event appends run
    /// over and over meanwhile, so some of them wait for the lock while the files are being replaced.
    @Test func deletingFilesDuringALongAppendLetsNoSecondWriterIn() throws {
        let scratch = Scratch()
        let kinerja = Kinerja(ledger: scratch.ledgerPath)
        try kinerja.run(["init"])
        try kinerja.run(["append", "-", "--as", "rina"], input: notes(["first"]))
        let lock = scratch.ledgerPath + "/ledger.lock"
        var expected = 1
        for trial in 0..<3 {
            let done = Mutex(false)
            let statuses = Mutex<[Int32]>([])
            // Three threads of their own (concurrentPerform would run only as many as there are cores).
            let group = DispatchGroup()
            DispatchQueue.global().async(group: group) {
                let long = notes((0..<20_000).map { "t\(trial)-\($0)" })
                let result = try? kinerja.run(["append", "-", "--as", "rina"], input: long)
                statuses.withLock { $0.append(result?.status ?? -1) }
                done.withLock { $0 = true }
            }
            DispatchQueue.global().async(group: group) {
                while !done.withLock({ $0 }) {
                    try? FileManager.default.removeItem(atPath: lock)
                    _ = FileManager.default.createFile(atPath: lock, contents: Data())
                    usleep(1_000)
                }
            }
            DispatchQueue.global().async(group: group) {
                var round = 0
                while !done.withLock({ $0 }) {
                    let result = try? kinerja.run(
                        ["append", "-", "--as", "budi"], input: notes(["short-\(trial)-\(round)"]))
                    statuses.withLock { $0.append(result?.status ?? -1) }
                    round += 1
                    usleep(20_000)
                }
            }
            group.wait()
            let all = statuses.withLock { $0 }
            #expect(all.allSatisfy { $0 == 0 }, "trial \(trial): \(all)")
            expected += all.count - 1 + 20_000
            let verify = try kinerja.run(["verify"])
            #expect(verify.status == 0, "trial \(trial): \(verify.output)")
            #expect(verify.output.hasSuffix("verified 1 stream, \(expected) events: ok\n"), "trial \(trial)")
        }
    }
}
