import Foundation
import Testing

/// Snapshots are written by the writers after an append is acknowledged. A writer killed at any moment (in
/// its data, its head record or its snapshot) loses no acknowledged event, leaves a ledger that verifies, and
/// no snapshot it left changes an answer.
@Suite struct SnapshotCrashTests {
    @Test func writersKilledAtRandomMomentsLoseNothingAcknowledgedAndTheirSnapshotsChangeNoAnswer() throws {
        let scratch = Scratch()
        var kinerja = Kinerja(ledger: scratch.ledgerPath)
        kinerja.environment["KINERJA_SNAPSHOT_EVERY"] = "1"
        kinerja.environment["KINERJA_CLOCK"] = nil  // the killed writers use the system clock too
        try kinerja.run(["init"])
        var acknowledged: [String] = []
        var killed = 0
        var generator = SystemRandomNumberGenerator()
        for round in 0..<24 {
            let ids = (0..<150).map { "k\(round)-\($0)" }
            let process = Process()
            process.executableURL = URL(fileURLWithPath: Kinerja.binary)
            process.arguments = ["--ledger", scratch.ledgerPath, "append", "-", "--stream", "dinas-a", "--as", "clerk"]
            process.environment = ["PATH": "/usr/bin:/bin", "KINERJA_SNAPSHOT_EVERY": "1", "KINERJA_LANG": "en"]
            let input = Pipe()
            let output = Pipe()
            process.standardInput = input
            process.standardOutput = output
            process.standardError = FileHandle.nullDevice
            try process.run()
            input.fileHandleForWriting.write(Data(notes(ids)))
            try input.fileHandleForWriting.close()
            // Every other writer is left to finish; the others are killed after a random moment (or finish
            // first, on a fast machine).
            if round % 2 == 0 { usleep(UInt32.random(in: 0..<30_000, using: &generator)) }
            if round % 2 == 0, process.isRunning {
                kill(process.processIdentifier, SIGKILL)
                killed += 1
            }
            process.waitUntilExit()
            let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            if printed.hasPrefix("appended 150 events") { acknowledged += ids }
            // After every kill the ledger verifies (leftovers and unrecorded snapshots are notes, not failures).
            let verify = try kinerja.run(["verify"])
            #expect(verify.status == 0, "round \(round): \(verify.output)")
        }
        #expect(killed > 0 && !acknowledged.isEmpty, "some writers were killed, some finished")
        // Every acknowledged event is there, with the same answers from the snapshots as without them.
        let log = try kinerja.run(["log", "--stream", "dinas-a", "--format", "json"]).output
        for id in acknowledged { #expect(log.contains(#""id":"\#(id)""#), "\(id) was acknowledged") }
        // A writer starting from the latest snapshot knows every id before it: an acknowledged event sent again
        // is already there, the same id with other content is refused, and a new one is appended.
        let first = try #require(acknowledged.first)
        let again = try kinerja.run(["append", "-", "--stream", "dinas-a", "--as", "clerk"], input: notes([first]))
        expectSuccess(again)
        #expect(!again.output.hasPrefix("appended 1 event"), "\(again.output)")
        let conflicting = try kinerja.run(
            ["append", "-", "--stream", "dinas-a", "--as", "clerk"], input: notes([first], prefix: "other"))
        #expect(conflicting.status == 3, "\(conflicting.errors)")
        expectSuccess(try kinerja.run(["append", "-", "--stream", "dinas-a", "--as", "clerk"], input: notes(["last"])))
        let after = try kinerja.run(["log", "--stream", "dinas-a", "--format", "json"]).output
        let snapshots = try FileManager.default.contentsOfDirectory(atPath: scratch.ledgerPath + "/checkpoints")
        #expect(!snapshots.isEmpty && snapshots.count <= 12, "\(snapshots)")
        try FileManager.default.removeItem(atPath: scratch.ledgerPath + "/checkpoints")
        #expect(try kinerja.run(["log", "--stream", "dinas-a", "--format", "json"]).output == after)
        expectSuccess(try kinerja.run(["verify"]))
    }
}
