import Foundation
import Synchronization
import Testing

@testable import KinerjaCLI
@testable import KinerjaProjections
@testable import KinerjaStore

/// A snapshot's pieces are checked only when a command first reads them, so damage can be found after a
/// command has begun: whichever piece is damaged, every query answers as it does without snapshots, an append
/// records what it records without them, and `verify` names the snapshot.
@Suite struct SnapshotPieceDamageTests {
    static let org = StreamName("luwu-timur-dinsos-p3a") ?? .ledger
    static let clock = Timestamp(millisecondsSinceEpoch: 1_796_000_000_000)  // 2026-11-30
    /// When the commands run: three days later.
    static let later = Timestamp(millisecondsSinceEpoch: 1_796_000_000_000 + 3 * 86_400_000)

    /// A copy of the default ledger with thousands of notes added to the organisation's stream (so that its
    /// snapshot spans several pieces), and a snapshot at its head unless `snapshot` is false.
    private static func ledger(in directory: TemporaryDirectory, snapshot: Bool) throws -> (path: String, file: String)
    {
        let copy = directory.path + "/ledger"
        try FileManager.default.copyItem(atPath: EventCodecLedgerTests.defaultLedger, toPath: copy)
        try? FileManager.default.removeItem(atPath: copy + "/checkpoints")
        let ledger = try Ledger.open(at: copy)
        try ledger.withExclusiveLock { () throws(StoreError) in
            let writer = try StreamWriter(ledger: ledger, stream: org)
            _ = try writer.append(
                (0..<6000).map { Fixtures.note("catatan \($0)") }, actor: "admin.ledger", recordedAt: clock,
                makeID: { "catatan-\($0)-\(String(repeating: "abcdef0123456789", count: 2).shuffledKey($0))" })
        }
        let head = try #require(try ledger.writeCheckpoints(org).last)
        let file = copy + "/checkpoints/" + StateCheckpoint.fileName(org, seq: head.seq)
        if !snapshot { try FileManager.default.removeItem(atPath: copy + "/checkpoints") }
        return (copy, file)
    }

    /// Runs `arguments` in the process on the ledger at `path`; the status, the output, and the snapshot
    /// files the command passed over once it found them damaged.
    private static func run(_ arguments: [String], on path: String) -> (
        status: Int32, output: String, passedOver: [String]
    ) {
        let kept = Mutex<[any Sendable]>([])
        let context = CommandContext(
            environment: ["KINERJA_LANG": "en"], ledgerEnvironment: .fixed(at: later, idPrefix: "baru"),
            readStandardInput: { [] }, keepUntilExit: { held in kept.withLock { $0.append(held) } })
        var (output, errors) = ("", "")
        let status = CLI.run(["--ledger", path] + arguments, context: context, output: &output, errors: &errors)
        let passedOver = kept.withLock { $0 }.flatMap { held -> [String] in
            guard let (_, cache) = held as? (LoadedStates, LedgerCache) else { return [] }
            return Array(cache.snapshotsPassedOver.keys)
        }
        return (status, output + errors, passedOver)
    }

    static let queries: [[String]] = [
        ["state", "--org", org.rawValue, "--year", "2024"],
        ["state", "--org", org.rawValue, "--year", "2022", "--format", "json"],
        ["history", "realisasi:ppks:2022", "--org", org.rawValue],
        ["history", "indicator:ppks", "--org", org.rawValue],
        ["check", "--org", org.rawValue], ["pk", "2024", "--org", org.rawValue],
        ["iku", "versions", "--org", org.rawValue], ["pending", "--org", org.rawValue],
    ]
    static let append = [
        "realisasi", "record", "--org", org.rawValue, "--indicator", "PPKS", "--period", "2025-TW1", "--value",
        "10,25", "--document", "Laporan TW I 2025", "--as", "transkripsi.pencatat",
    ]

    @Test func whicheverPieceIsDamagedNoAnswerChanges() throws {
        let plain = TemporaryDirectory()
        let (plainPath, _) = try Self.ledger(in: plain, snapshot: false)
        let expected = Self.queries.map { Self.run($0, on: plainPath) }
        let appended = Self.run(Self.append, on: plainPath)
        #expect(appended.status == 0, "\(appended.output)")
        let stream = try Data(contentsOf: URL(fileURLWithPath: plainPath + "/" + Self.org.fileName))

        let pristine = TemporaryDirectory()
        let (_, pristineFile) = try Self.ledger(in: pristine, snapshot: true)
        let file = try Data(contentsOf: URL(fileURLWithPath: pristineFile))
        let covered = file.count - 32 * ((file.count + SHA256.pieceBytes) / (SHA256.pieceBytes + 32))
        let pieces = (covered + SHA256.pieceBytes - 1) / SHA256.pieceBytes
        #expect(pieces >= 3, "the snapshot spans several pieces (\(file.count) bytes)")

        var found = 0
        for piece in 0..<pieces {
            let directory = TemporaryDirectory()
            let (path, snapshotFile) = try Self.ledger(in: directory, snapshot: true)
            var damaged = try Data(contentsOf: URL(fileURLWithPath: snapshotFile))
            damaged[min(piece * SHA256.pieceBytes + 3000, covered - 1)] ^= 0x20
            try damaged.write(to: URL(fileURLWithPath: snapshotFile))
            var passedOver = false
            for (query, answer) in zip(Self.queries, expected) {
                let result = Self.run(query, on: path)
                #expect(result.status == answer.status, "piece \(piece): \(query)")
                #expect(result.output == answer.output, "piece \(piece): \(query)")
                passedOver = passedOver || !result.passedOver.isEmpty
            }
            let recorded = Self.run(Self.append, on: path)
            #expect(recorded.status == 0 && recorded.output == appended.output, "piece \(piece): \(recorded.output)")
            #expect(
                try Data(contentsOf: URL(fileURLWithPath: path + "/" + Self.org.fileName)) == stream,
                "piece \(piece): the append wrote what it writes without snapshots")
            if passedOver || !recorded.passedOver.isEmpty { found += 1 }
            let verify = Self.run(["verify"], on: path)
            #expect(verify.status == 1, "piece \(piece)")
            #expect(verify.output.contains("differs from its digest"), "piece \(piece): \(verify.output)")
        }
        #expect(found >= 1, "some damage was found only after a command began reading the snapshot")
    }
}

extension String {
    /// The text with its characters turned by `seed`: ids that share little with their neighbours.
    fileprivate func shuffledKey(_ seed: Int) -> String {
        let characters = Array(self)
        return String(characters.indices.map { characters[($0 * 7 + seed * 13) % characters.count] })
    }
}
