import Foundation
import Testing

@testable import KinerjaEvents
@testable import KinerjaProjections
@testable import KinerjaStore

/// A crash can stop a write at any byte. Whatever is left, the ledger shows exactly the complete batches
/// before it, and the next write moves the rest to the quarantine file and carries on.
@Suite struct CrashRecoveryTests {
    @Test func recoversAtEveryByteOffsetInsideTheLastBatch() throws {
        let scratch = Scratch()
        let kinerja = Kinerja(ledger: scratch.ledgerPath)
        try kinerja.run(["init"])
        try kinerja.run(["append", "-", "--as", "rina"], input: notes(["a", "b"]))
        let complete = scratch.bytes("ledger/ledger.jsonl")
        // A crash stops a write before its acknowledged-head record is replaced: the record stays this one.
        let acknowledged = scratch.bytes("ledger/ledger.head")
        let completeLog = try kinerja.run(["log", "--format", "json"]).output
        // The verify command reports an interrupted write as a note, not as damage.
        scratch.write("ledger/ledger.jsonl", complete + Array(#"{"actor":"#.utf8))
        let verify = try kinerja.run(["verify"])
        #expect(verify.status == 0)
        #expect(
            verify.output.contains(
                "9 bytes after seq 2 at offset \(complete.count) are an interrupted write (a last line without its newline); readers ignore them and the next write moves them to ledger.quarantine"
            ))
        scratch.write("ledger/ledger.jsonl", complete)
        try kinerja.run(["append", "-", "--as", "rina"], input: notes(["c", "d"], prefix: "n"))
        let full = scratch.bytes("ledger/ledger.jsonl")
        #expect(full.count > complete.count)

        for cut in (complete.count + 1)..<full.count {
            scratch.write("ledger/ledger.jsonl", Array(full[..<cut]))
            scratch.write("ledger/ledger.head", acknowledged)
            try? FileManager.default.removeItem(atPath: scratch.ledgerPath + "/ledger.quarantine")
            // Readers see exactly the complete batch.
            let log = try kinerja.run(["log", "--format", "json"])
            #expect(log.output == completeLog, "cut at \(cut)")
            let ledger = try Ledger.open(at: scratch.ledgerPath)
            let scan = try ledger.scan(.ledger)
            #expect(scan.damage == nil && scan.incompleteTail?.offset == complete.count, "cut at \(cut)")
            // The next writer recovers.
            let append = try kinerja.run(["append", "-", "--as", "rina"], input: notes(["e"]))
            #expect(append.status == 0, "cut at \(cut)")
            #expect(
                append.errors.hasPrefix("kinerja: recovered ledger.jsonl: \(cut - complete.count) bytes after seq 2"),
                "cut at \(cut)")
            let after = scratch.bytes("ledger/ledger.jsonl")
            #expect(Array(after.prefix(complete.count)) == complete, "cut at \(cut)")
            let quarantine = scratch.bytes("ledger/ledger.quarantine")
            #expect(quarantine.string.contains(Array(full[complete.count..<cut]).string), "cut at \(cut)")
            let report = try Verifier.verify(ledger)
            #expect(report.isSuccessful && report.streams[0].eventCount == 3, "cut at \(cut)")
        }
    }
}
