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

    /// Runs `arguments` in the process on the ledger at `path`, with `input` on standard input; the status,
    /// the output, the snapshot files the command passed over once it found them damaged, and how many times
    /// it read standard input.
    private static func run(_ arguments: [String], on path: String, input: String = "") -> (
        status: Int32, output: String, passedOver: [String], inputReads: Int
    ) {
        let kept = Mutex<[any Sendable]>([])
        let reads = Mutex(0)
        let context = CommandContext(
            environment: ["KINERJA_LANG": "en"], ledgerEnvironment: .fixed(at: later, idPrefix: "baru"),
            readStandardInput: {
                reads.withLock { $0 += 1 }
                return Array(input.utf8)
            }, keepUntilExit: { held in kept.withLock { $0.append(held) } })
        var (output, errors) = ("", "")
        let status = CLI.run(["--ledger", path] + arguments, context: context, output: &output, errors: &errors)
        let passedOver = kept.withLock { $0 }.flatMap { held -> [String] in
            guard let (_, cache) = held as? (LoadedStates, LedgerCache) else { return [] }
            return Array(cache.snapshotsPassedOver.keys)
        }
        return (status, output + errors, passedOver, reads.withLock { $0 })
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
    /// An append whose event is read from standard input (which a command run again must not read again),
    /// with the id a first append gets (so that it looks up the same place of the snapshot's ids).
    static let appendFromInput = ["append", "-", "--org", org.rawValue, "--as", "transkripsi.pencatat"]
    static let input =
        #"{"type":"RealisasiRecorded","id":"baru-6157","data":{"indicator":"ppks","period":"2025-Q2","value":"11.5","basis":{"document":"Laporan TW II 2025"}}}"#
        + "\n"

    @Test func whicheverPieceIsDamagedNoAnswerChanges() throws {
        let plain = TemporaryDirectory()
        let (plainPath, _) = try Self.ledger(in: plain, snapshot: false)
        let expected = Self.queries.map { Self.run($0, on: plainPath) }
        let appendedFromInput = Self.run(Self.appendFromInput, on: plainPath, input: Self.input)
        #expect(appendedFromInput.status == 0, "\(appendedFromInput.output)")
        let appended = Self.run(Self.append, on: plainPath)
        #expect(appended.status == 0, "\(appended.output)")
        let stream = try Data(contentsOf: URL(fileURLWithPath: plainPath + "/" + Self.org.fileName))

        let pristine = TemporaryDirectory()
        let (_, pristineFile) = try Self.ledger(in: pristine, snapshot: true)
        let file = try Data(contentsOf: URL(fileURLWithPath: pristineFile))
        let covered = file.count - 32 * ((file.count + SHA256.pieceBytes) / (SHA256.pieceBytes + 32))
        let pieces = (covered + SHA256.pieceBytes - 1) / SHA256.pieceBytes
        #expect(pieces >= 24, "the snapshot spans many pieces (\(file.count) bytes)")

        var (found, answeredAgainFromInput) = (0, 0)
        // The pieces a lookup of the appended id reads, which restoring the state does not: damage there is
        // found only once a command is under way.
        let restored = try #require(
            try Ledger.open(at: pristine.path + "/ledger").latestCheckpoint(Self.org).checkpoint)
        let check = try #require(restored.state.restoredFrom?.pieces)
        let readByRestoring = Set((0..<pieces).filter(check.isChecked))
        _ = restored.state.seq(of: "baru-6157")
        let readByTheLookup = Set((0..<pieces).filter(check.isChecked)).subtracting(readByRestoring)
        #expect(!readByTheLookup.isEmpty && readByRestoring.count < pieces / 2, "\(readByRestoring.count) of \(pieces)")
        // Those, and a dozen pieces spread over the snapshot (each case copies and grows a ledger), the first and
        // last among them.
        let chosen = readByTheLookup.union(stride(from: 0, to: pieces, by: max(1, pieces / 12))).union([pieces - 1])
        for piece in chosen.sorted() {
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
            let fromInput = Self.run(Self.appendFromInput, on: path, input: Self.input)
            #expect(fromInput.output == appendedFromInput.output, "piece \(piece): \(fromInput.output)")
            #expect(fromInput.inputReads == 1, "piece \(piece): standard input is read once")
            let recorded = Self.run(Self.append, on: path)
            #expect(recorded.status == 0 && recorded.output == appended.output, "piece \(piece): \(recorded.output)")
            #expect(
                try Data(contentsOf: URL(fileURLWithPath: path + "/" + Self.org.fileName)) == stream,
                "piece \(piece): the append wrote what it writes without snapshots")
            if passedOver || !recorded.passedOver.isEmpty || !fromInput.passedOver.isEmpty { found += 1 }
            if !fromInput.passedOver.isEmpty { answeredAgainFromInput += 1 }
            let verify = Self.run(["verify"], on: path)
            #expect(verify.status == 1, "piece \(piece)")
            #expect(verify.output.contains("differs from its digest"), "piece \(piece): \(verify.output)")
        }
        #expect(found >= 1, "some damage was found only after a command began reading the snapshot")
        #expect(answeredAgainFromInput >= 1, "an append from standard input was run again, reading its input once")
    }
}

extension SnapshotPieceDamageTests {
    /// A query resumed from a snapshot does not look the ids of the events up to the acknowledged head up in
    /// the snapshot (a writer checked each was new when it wrote it): it reads no piece of the snapshot that
    /// restoring the state did not read. Ids past the head are looked up (``SnapshotWriterTests``).
    @Test func theIDsOfAcknowledgedEventsAfterTheSnapshotAreNotLookedUpInIt() throws {
        let directory = TemporaryDirectory()
        let (path, _) = try Self.ledger(in: directory, snapshot: true)
        var ledger = try Ledger.open(at: path)
        try ledger.withExclusiveLock { () throws(StoreError) in
            let writer = try StreamWriter(ledger: ledger, stream: Self.org)
            _ = try writer.append(
                (0..<300).map { Fixtures.note("sesudah \($0)") }, actor: "admin.ledger", recordedAt: Self.later,
                makeID: { "sesudah-\($0)" })
        }
        ledger.cache = LedgerCache()
        let snapshot = try #require(try ledger.latestCheckpoint(Self.org).checkpoint)
        let check = try #require(snapshot.state.restoredFrom?.pieces)
        let pieces = (check.covered.count + SHA256.pieceBytes - 1) / SHA256.pieceBytes
        let readByRestoring = (0..<pieces).filter(check.isChecked)
        let (state, head) = try ledger.organisationState(Self.org)
        #expect((0..<pieces).filter(check.isChecked) == readByRestoring)
        #expect(head.seq == snapshot.position.eventCount + 300)
        // (A lookup by id, as here, reads the snapshot's ids before the state's own.)
        #expect(state.seq(of: "sesudah-\(head.seq)") == head.seq)
    }
}

extension String {
    /// The text with its characters turned by `seed`: ids that share little with their neighbours.
    fileprivate func shuffledKey(_ seed: Int) -> String {
        let characters = Array(self)
        return String(characters.indices.map { characters[($0 * 7 + seed * 13) % characters.count] })
    }
}
