import Foundation
import Testing

@testable import KinerjaEvents
@testable import KinerjaProjections
@testable import KinerjaReports
@testable import KinerjaStore

/// Writers keep snapshots current, and a command works from the latest snapshot plus the stream after it:
/// the answers are those of a full replay, and the part of the stream before the snapshot is not read.
@Suite struct SnapshotWriterTests {
    /// Every view of `ledger`'s stream as of `cut`, from snapshots and from a full replay, compared.
    private func expectSameViews(_ ledger: Ledger, asOf cut: Timestamp?, _ comment: Comment) throws {
        let fast = try ledger.organisationState(History.stream, asOf: cut)
        let full = try ledger.organisationState(History.stream, asOf: cut, usingCheckpoints: false)
        #expect(fast.head == full.head, comment)
        #expect(fast.state == full.state, comment)
        for year in [2023, 2024] {
            #expect(
                fast.state.report(year: year, head: fast.head).json
                    == full.state.report(year: year, head: full.head).json,
                comment)
            #expect(
                fast.state.report(year: year, head: fast.head, inForceOn: CalendarDate(year: year, month: 6, day: 30))
                    .json
                    == full.state.report(
                        year: year, head: full.head, inForceOn: CalendarDate(year: year, month: 6, day: 30)
                    ).json, comment)
        }
        #expect(fast.state.findings().map(\.message) == full.state.findings().map(\.message), comment)
        #expect(fast.state.pendingProposals == full.state.pendingProposals, comment)
        var subjects: [HistorySubject] = [.iku, .perjanjianKinerja(year: 2024)]
        for code in ["ppks", "idg", "q"] {
            subjects += [.indicator(code), .target(code, year: 2024)]
            subjects += ["2023", "2024", "2024-Q1"].compactMap(Period.init(parsing:)).map {
                .realisasi(code, period: $0)
            }
        }
        for subject in subjects {
            #expect(fast.state.history(of: subject) == full.state.history(of: subject), comment)
        }
        #expect(fast.state.keptEvents == full.state.keptEvents, comment)
        #expect(fast.state.readProblem == nil && full.state.readProblem == nil, comment)
    }

    /// Damages the text of the stream's first note, a line before `snapshot` (its hash no longer matches);
    /// returns its line number.
    private func damageANote(before snapshot: StateCheckpoint, in directory: TemporaryDirectory) throws -> Int {
        let file = "ledger/" + History.stream.fileName
        var bytes = directory.bytes(file)
        let note = try #require(bytes.firstRange(of: Array(#""text":"catatan"#.utf8)))
        #expect(note.lowerBound < snapshot.position.committedLength)
        bytes[note.upperBound - 1] ^= 0x01
        directory.write(file, bytes)
        return bytes[..<note.lowerBound].filter { $0 == 0x0A }.count + 1
    }

    @Test(arguments: [31, 32, 33, 34] as [UInt64])
    func snapshotsTheWritersTookGiveTheAnswersOfAFullReplayAtEveryCut(seed: UInt64) throws {
        let directory = TemporaryDirectory()
        let (ledger, times, _) = try ReplayPropertyTests.randomHistory(seed: seed, in: directory, snapshotEvery: 4)
        let seqs = try ledger.checkpointSeqs(History.stream)
        #expect(seqs.count >= 3, "the writers took snapshots as the stream grew")
        #expect(seqs.count <= StateCheckpoint.kept)
        let recorded = try #require(try ledger.acknowledgedHead(History.stream).get())
        #expect(recorded.checkpoints.map(\.seq) == seqs, "each one recorded beside the acknowledged head")
        #expect(try Verifier.verify(ledger).isSuccessful)
        var random = ReplayPropertyTests.Generator(state: seed)
        var cuts: [Timestamp?] = [nil]
        for _ in 0..<6 {
            let time = times[random.next(times.count)]
            cuts.append(random.next(2) == 0 ? time : Timestamp(millisecondsSinceEpoch: time.millisecondsSinceEpoch - 1))
        }
        for cut in cuts { try expectSameViews(ledger, asOf: cut, "seed \(seed), as of \(cut?.description ?? "now")") }
    }

    @Test func snapshotsAreSpreadAlongTheStreamAndTheLatestIsKept() {
        let digests = (1...30).map { AcknowledgedHead.CheckpointDigest(seq: $0 * 10, sha256: .zero) }
        let kept = Ledger.spread(digests, keeping: 6).map(\.seq)
        #expect(kept.count == 6)
        #expect(kept.last == 300)
        let gaps = zip(kept, [0] + kept).map { $0 - $1 }
        #expect(gaps.max() ?? 0 <= 80, "no part of the stream is left far from a snapshot: \(kept)")
    }

    /// The stream before the snapshot is not read by a query or an append: a line there damaged on purpose
    /// goes unnoticed by both (each reads only the tail), and `verify`, which re-reads everything, names it.
    @Test func aQueryAndAnAppendReadOnlyTheStreamAfterTheSnapshot() throws {
        let directory = TemporaryDirectory()
        let (ledger, times, _) = try ReplayPropertyTests.randomHistory(seed: 41, in: directory, snapshotEvery: 4)
        let snapshot = try #require(try ledger.latestCheckpoint(History.stream).checkpoint)
        let before = try ledger.organisationState(History.stream)
        // No view reads a note.
        let line = try damageANote(before: snapshot, in: directory)
        #expect(throws: StoreError.self) { try ledger.organisationState(History.stream, usingCheckpoints: false) }

        let after = try ledger.organisationState(History.stream)
        #expect(after.head == before.head && after.state == before.state)
        let later = Timestamp(millisecondsSinceEpoch: times[times.count - 1].millisecondsSinceEpoch + 60_000)
        let outcome = try Recorder.record(
            [Events.realisasi("q", "2024-Q2", value: "12.5", id: "tail-only")], to: History.stream, actor: "clerk",
            in: ledger, environment: .fixed(at: later))
        #expect(outcome.written.map(\.seq) == [before.head.seq + 1])
        #expect(snapshot.position.eventCount < outcome.head.seq)
        let report = try Verifier.verify(ledger)
        #expect(!report.isSuccessful)
        #expect(report.lines.joined(separator: "\n").contains("\(History.stream.fileName):\(line)"))
    }

    /// A listing from a seq on (`log --from SEQ`) starts at the batch that holds the seq, found where the
    /// snapshot says the lines start: from every seq of a random history (batches of one to three events), the
    /// scan from there gives the stream's events from that batch on and the stream's head; past the snapshot it
    /// starts at the snapshot.
    @Test(arguments: [43, 44] as [UInt64])
    func aScanFromASeqStartsAtItsBatchFoundThroughTheSnapshot(seed: UInt64) throws {
        let directory = TemporaryDirectory()
        let (ledger, _, _) = try ReplayPropertyTests.randomHistory(seed: seed, in: directory, snapshotEvery: 4)
        let snapshot = try #require(try ledger.latestCheckpoint(History.stream).checkpoint)
        let all = try ledger.events(in: History.stream)
        let head = try ledger.scan(History.stream).digest
        #expect(all[..<snapshot.position.eventCount].contains { $0.batch.first < $0.batch.last })
        for first in 1...(all.count + 1) {
            let start = ledger.scanStart(readingFrom: first, of: History.stream)
            var read: [StoredEvent] = []
            let scan = try ledger.scan(History.stream, resuming: start) { event, _ in read.append(event) }
            #expect(scan.damage == nil && scan.digest == head, "from \(first)")
            #expect(read == Array(all[(start?.eventCount ?? 0)...]), "from \(first)")
            let expected =
                first > snapshot.position.eventCount
                ? snapshot.position.eventCount : all[first - 1].batch.first == 1 ? 0 : all[first - 1].batch.first - 1
            #expect((start?.eventCount ?? 0) == expected, "from \(first)")
        }
    }

    /// The lines before the start are not read: one damaged there on purpose goes unnoticed by the scan from
    /// the start, and the full scan finds it. Where the line before the batch is itself the damaged one, there
    /// is no start: the scan reads from the beginning and reports the damage, rather than list events after it.
    @Test func aScanFromASeqReadsNoLineBeforeItsBatchAndNoneWhenTheLineBeforeIsDamaged() throws {
        let directory = TemporaryDirectory()
        let (ledger, _, _) = try ReplayPropertyTests.randomHistory(seed: 41, in: directory, snapshotEvery: 4)
        let snapshot = try #require(try ledger.latestCheckpoint(History.stream).checkpoint)
        let all = try ledger.events(in: History.stream)
        let damaged = try damageANote(before: snapshot, in: directory)
        #expect(all[damaged - 1].batch.first == damaged && all[damaged - 1].batch.last == damaged, "a batch of its own")
        #expect(try ledger.scan(History.stream).damage?.line == damaged)

        let later = try #require(all.first { $0.seq > damaged + 1 && $0.batch.first == $0.seq }?.seq)
        #expect(later <= snapshot.position.eventCount)
        let start = try #require(ledger.scanStart(readingFrom: later, of: History.stream))
        #expect(start.eventCount == later - 1)
        #expect(try ledger.scan(History.stream, resuming: start).damage == nil, "the damaged line is not read")

        #expect(ledger.scanStart(readingFrom: damaged + 1, of: History.stream) == nil)
        #expect(ledger.scanStart(readingFrom: damaged, of: History.stream) == nil)
    }

    /// A snapshot whose line offsets are not the stream's gives no start, and reads nothing outside the file:
    /// one forged with its digest recorded (an offset before the file, a batch that ends before it starts, an
    /// offset far past the end), and one damaged after it was written (a bit of the number that gives where a
    /// batch starts, the digest not recorded again).
    @Test(arguments: ["before the file", "backwards", "past the end"])
    func aForgedSnapshotsOffsetsGiveNoStart(forgery: String) throws {
        let directory = TemporaryDirectory()
        var (ledger, _, _) = try ReplayPropertyTests.randomHistory(seed: 43, in: directory, snapshotEvery: 4)
        ledger.cache = nil
        let all = try ledger.events(in: History.stream)
        var snapshot = try #require(try ledger.latestCheckpoint(History.stream).checkpoint)
        let seq = snapshot.position.eventCount
        let first = try #require(all[..<seq].first { $0.batch.first > 1 && $0.seq > $0.batch.first }?.seq)
        let start = all[first - 1].batch.first
        switch forgery {
        case "before the file": snapshot.state.lineOffsets[first - 1] = -1
        case "backwards": snapshot.state.lineOffsets[start - 1] = snapshot.state.lineOffsets[start - 2] - 1
        default: snapshot.state.lineOffsets[start - 1] = 1 << 50
        }
        let (bytes, digest) = snapshot.file
        directory.write("ledger/checkpoints/" + StateCheckpoint.fileName(History.stream, seq: seq), bytes)
        var head = try #require(try ledger.acknowledgedHead(History.stream).get())
        let recorded = try #require(head.checkpoints.firstIndex { $0.seq == seq })
        head.checkpoints[recorded].sha256 = digest
        try ledger.writeAcknowledgedHead(head)
        #expect(try ledger.latestCheckpoint(History.stream).checkpoint?.position.eventCount == seq, "it is used")
        #expect(ledger.scanStart(readingFrom: first, of: History.stream) == nil)
    }

    @Test(arguments: [0x80, 0x40, 0x01] as [UInt8])
    func aDamagedSnapshotsOffsetsGiveNoStart(flip: UInt8) throws {
        let directory = TemporaryDirectory()
        var ledger = try Fixtures.ledgerWithActors(in: directory)
        try Fixtures.appendNotes(ledger, batches: [64, 70] + Array(repeating: 500, count: 40), stream: History.stream)
        let seq = try #require(try ledger.writeCheckpoints(History.stream).last?.seq)
        ledger.cache = nil
        let offset = try #require(try ledger.latestCheckpoint(History.stream).checkpoint).state.lineOffsets[64]
        // Seq 65 starts the batch of 70: its offset is a mark of the offsets' column, a whole 8-byte number.
        let file = "ledger/checkpoints/" + StateCheckpoint.fileName(History.stream, seq: seq)
        var bytes = directory.bytes(file)
        let number = withUnsafeBytes(of: UInt64(offset).littleEndian) { Array($0) }
        let found = try #require(bytes.firstRange(of: number))
        bytes[found.lowerBound + 7] ^= flip
        directory.write(file, bytes)
        ledger.cache = LedgerCache()
        // The snapshot is still used (its pieces are checked as they are read), so its offsets are read, and
        // the damage is found as they are.
        let used = try #require(try ledger.latestCheckpoint(History.stream).checkpoint)
        #expect(used.position.eventCount == seq && used.state.snapshotDamage == nil, "it is used")
        #expect(ledger.scanStart(readingFrom: 130, of: History.stream) == nil)
        #expect(used.state.snapshotDamage != nil, "found damaged")
        var read = 0
        let scan = try ledger.scan(History.stream, resuming: ledger.scanStart(readingFrom: 130, of: History.stream)) {
            _, _ in read += 1
        }
        #expect(scan.damage == nil && read == scan.eventCount, "read from the start")
    }

    /// A body the state must read from before the snapshot that turns out damaged is reported as damage:
    /// the append is refused naming the stream, not judged on a state missing that event.
    @Test func aDamagedLineAViewNeedsRefusesTheAppendAsDamage() throws {
        let directory = TemporaryDirectory()
        let (ledger, times, _) = try ReplayPropertyTests.randomHistory(seed: 41, in: directory, snapshotEvery: 4)
        let file = "ledger/" + History.stream.fileName
        var bytes = directory.bytes(file)
        let name = try #require(bytes.firstRange(of: Array(#""name":""#.utf8)))
        bytes[name.upperBound] ^= 0x01
        directory.write(file, bytes)
        let later = Timestamp(millisecondsSinceEpoch: times[times.count - 1].millisecondsSinceEpoch + 60_000)
        let size = bytes.count
        #expect {
            try Recorder.record(
                [Events.realisasi("q", "2024-Q2", value: "12.5", id: "x")], to: History.stream, actor: "clerk",
                in: ledger, environment: .fixed(at: later))
        } throws: { error in
            guard case .store(.streamDamaged(let damage)) = error as? Recorder.Failure else { return false }
            return damage.stream == History.stream && damage.line == 1
        }
        #expect(directory.bytes(file).count == size, "nothing written")
        let state = try ledger.organisationState(History.stream).state
        #expect(state.organisationName == nil)
        #expect(state.readProblem != nil)
    }

    /// An event recorded again with an id from before the snapshot is found through the snapshot's ids:
    /// the same content is reported as already recorded, other content under that id is refused.
    @Test func aRepeatOfAnEventBeforeTheSnapshotIsFoundByItsID() throws {
        let directory = TemporaryDirectory()
        let (ledger, times, written) = try ReplayPropertyTests.randomHistory(seed: 42, in: directory, snapshotEvery: 4)
        let snapshot = try #require(try ledger.latestCheckpoint(History.stream).checkpoint)
        let early = try #require(
            written.first { $0.type == "RealisasiRecorded" && $0.seq < snapshot.position.eventCount })
        let later = Timestamp(millisecondsSinceEpoch: times[times.count - 1].millisecondsSinceEpoch + 60_000)
        let again = NewEvent(type: early.type, id: early.id, data: early.data, effective: early.effective)
        let outcome = try Recorder.record(
            [again], to: History.stream, actor: early.actor, in: ledger, environment: .fixed(at: later))
        #expect(outcome.written.isEmpty)
        #expect(outcome.alreadyPresent.map(\.seq) == [early.seq])
        var changed = early.data
        changed["value"] = .string("1.5")
        let conflicting = NewEvent(type: early.type, id: early.id, data: changed, effective: early.effective)
        #expect(throws: Recorder.Failure.self) {
            try Recorder.record(
                [conflicting], to: History.stream, actor: early.actor, in: ledger, environment: .fixed(at: later))
        }
    }

    /// A line written past the writers after the snapshot that repeats an id from before it is damage: the
    /// scan of the tail checks ids against the snapshot's ids too, not only against the tail's.
    @Test func anIDFromBeforeTheSnapshotRepeatedAfterItIsDamage() throws {
        let directory = TemporaryDirectory()
        let (ledger, _, written) = try ReplayPropertyTests.randomHistory(seed: 43, in: directory, snapshotEvery: 4)
        let snapshot = try #require(try ledger.latestCheckpoint(History.stream).checkpoint)
        let early = try #require(written.first { $0.seq < snapshot.position.eventCount && $0.type == "NoteRecorded" })
        let (_, head) = try ledger.organisationState(History.stream)
        let last = try #require(written.last)
        let draft = EventEnvelope(
            seq: head.seq + 1, id: early.id, type: "NoteRecorded", version: 1,
            recordedAt: Timestamp(millisecondsSinceEpoch: last.recordedAt.millisecondsSinceEpoch + 1), actor: "forger",
            effective: nil, batch: BatchRange(first: head.seq + 1, last: head.seq + 1), data: early.data,
            prev: head.hash)
        let file = "ledger/" + History.stream.fileName
        directory.write(file, directory.bytes(file) + EventLine.encode(draft).line + [0x0A])
        #expect {
            try ledger.organisationState(History.stream)
        } throws: { error in
            guard case .streamDamaged(let damage) = error as? StoreError,
                case .duplicateID(let id, let first) = damage.problem
            else { return false }
            return id == early.id && first == early.seq
        }
        #expect(throws: StoreError.self) { try ledger.organisationState(History.stream, usingCheckpoints: false) }
        // A writer starting from the snapshot refuses the stream too.
        let later = Timestamp(millisecondsSinceEpoch: last.recordedAt.millisecondsSinceEpoch + 60_000)
        #expect {
            try Recorder.record(
                [Fixtures.note("after")], to: History.stream, actor: "clerk", in: ledger, environment: .fixed(at: later)
            )
        } throws: { error in
            guard case .store(.streamDamaged(let damage)) = error as? Recorder.Failure else { return false }
            return damage.problem == .duplicateID(early.id, firstSeq: early.seq)
        }
    }
}
