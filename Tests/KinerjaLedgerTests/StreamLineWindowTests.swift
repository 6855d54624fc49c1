import Foundation
import Testing

@testable import KinerjaProjections
@testable import KinerjaStore

/// The window that views read bodies through reads what one read per line reads: any order, lines longer
/// than its window, and a damaged line named as damage.
@Suite struct StreamLineWindowTests {
    @Test func readsEveryLineAsASingleReadDoesInAnyOrder() throws {
        let directory = TemporaryDirectory()
        let ledger = try Fixtures.ledger(in: directory)
        try Fixtures.appendNotes(ledger, batches: [300, 200])
        let long = Fixtures.note(String(repeating: "panjang ", count: 20_000), id: "long")  // 160 KB
        let later = Timestamp(millisecondsSinceEpoch: Fixtures.start.millisecondsSinceEpoch + 120_000)
        _ = try ledger.append([long], to: .ledger, actor: "rina", environment: .fixed(at: later))
        try Fixtures.appendNotes(ledger, batches: [50], firstBatch: 3)
        var offsets: [(seq: Int, offset: Int)] = []
        _ = try ledger.scan(.ledger) { event, offset in offsets.append((event.seq, offset)) }
        #expect(offsets.count == 551)
        let lines = ledger.lines(of: .ledger)
        var random = SystemRandomNumberGenerator()
        // The usual windows, and small ones of which only two are kept: lines across a window's end, lines
        // many windows long, windows dropped and read again.
        for window in [try StreamLineWindow(lines), try StreamLineWindow(lines, readSize: 512, keeping: 2)] {
            for (seq, offset) in offsets + offsets.shuffled(using: &random) + offsets.reversed() {
                #expect(try window.event(at: offset, seq: seq) == lines.event(at: offset, seq: seq))
            }
        }
    }

    /// An offset before the file's start (from a snapshot damaged or forged) is damage naming the line's seq,
    /// not a read outside the bytes.
    @Test(arguments: [-1, -4095, -4096, Int.min / 2])
    func anOffsetBeforeTheFileIsDamage(offset: Int) throws {
        let directory = TemporaryDirectory()
        let (ledger, _, _) = try threeNotes(in: directory)
        let window = try StreamLineWindow(ledger.lines(of: .ledger))
        #expect {
            try window.event(at: offset, seq: 2)
        } throws: { error in
            guard case .streamDamaged(let damage) = error as? StoreError else { return false }
            return damage.line == 2 && damage.problem == .noLine(offset: offset)
        }
    }

    /// A ledger whose stream holds three notes, where their lines start, and the stream file's path.
    private func threeNotes(in directory: TemporaryDirectory) throws -> (ledger: Ledger, offsets: [Int], path: String) {
        let ledger = try Fixtures.ledger(in: directory)
        try Fixtures.appendNotes(ledger, batches: [3])
        var offsets: [Int] = []
        _ = try ledger.scan(.ledger) { _, offset in offsets.append(offset) }
        return (ledger, offsets, ledger.path(StreamName.ledger.fileName))
    }

    @Test func namesADamagedLineOrTheWrongSeqAsDamage() throws {
        let directory = TemporaryDirectory()
        let (ledger, offsets, path) = try threeNotes(in: directory)
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        bytes[offsets[1] + 20] ^= 0x01  // a changed byte in the second line: its hash no longer matches
        try bytes.write(to: URL(fileURLWithPath: path))
        let window = try StreamLineWindow(ledger.lines(of: .ledger))
        #expect(try window.event(at: offsets[0], seq: 1).seq == 1)
        #expect(throws: StoreError.self) { try window.event(at: offsets[1], seq: 2) }
        #expect(throws: StoreError.self) { try window.event(at: offsets[2], seq: 2) }  // seq 3 is there
        #expect(try window.event(at: offsets[2], seq: 3).seq == 3)
    }

    /// A line the state knows of that the file no longer holds whole (cut short after it was read) is named
    /// as damage at its seq, with where the file ends.
    @Test func aLineTheFileEndsInsideIsDamage() throws {
        let directory = TemporaryDirectory()
        let (ledger, offsets, path) = try threeNotes(in: directory)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        try bytes.prefix(offsets[2] + 40).write(to: URL(fileURLWithPath: path))
        for window in [
            try StreamLineWindow(ledger.lines(of: .ledger)),
            try StreamLineWindow(ledger.lines(of: .ledger), readSize: 64),
        ] {
            #expect(try window.event(at: offsets[1], seq: 2).seq == 2)
            #expect(
                throws: StoreError.streamDamaged(
                    StreamDamage(stream: .ledger, path: path, line: 3, problem: .cutShort(fileEnd: offsets[2] + 40)))
            ) {
                try window.event(at: offsets[2], seq: 3)
            }
        }
    }
}

/// `verify` reads a stream a second time for its signatures only where there can be something to find: a
/// signature in it, or a key registered.
@Suite struct SignatureAuditSkipTests {
    @Test func aSignatureInALedgerWithoutKeysIsCountedByTheScanAndNamedByTheAudit() throws {
        let directory = TemporaryDirectory()
        let ledger = try Fixtures.ledger(in: directory)
        try Fixtures.appendNotes(ledger, batches: [2])
        try ledger.withExclusiveLock { () throws(StoreError) in
            let writer = try StreamWriter(ledger: ledger, stream: .ledger)
            _ = try writer.append(
                [Fixtures.note("signed by someone with no key", id: "signed")], actor: "rina",
                recordedAt: Timestamp(millisecondsSinceEpoch: Fixtures.start.millisecondsSinceEpoch + 600_000),
                makeID: { "x-\($0)" }, signature: "AAAA")
        }
        let scan = try ledger.scan(.ledger)
        #expect(scan.signedEvents == 1)
        // Told the stream holds none, with no key registered, the audit does not read it; told the truth, it
        // names the signature no key can have made.
        #expect(try SignatureAudit.audit(ledger, run: nil, unsignedStreams: [.ledger]).findings.isEmpty)
        let findings = try SignatureAudit.audit(ledger, run: nil, unsignedStreams: []).findings
        #expect(findings.map(\.seq) == [3])
    }
}
