import KinerjaEvents
import KinerjaStore

#if canImport(Glibc)
    import Glibc
#endif

/// A cache of an organisation's state at one point of its stream, so that a query reads only the events
/// after it instead of replaying the whole stream.
///
/// A checkpoint is the file `checkpoints/<stream>.<seq>.checkpoint` in the ledger directory: a header line
/// with the position (seq, hash, recording time, byte offsets of the last line and of the stream after it),
/// then the events the state keeps (``OrganisationState/keeps(_:)``) as their stored lines. The writer
/// records the SHA-256 of the whole file in the stream's ``AcknowledgedHead`` record. A query takes the
/// latest checkpoint recorded by its `--as-of` time whose bytes still have that SHA-256 and whose position
/// still matches the stream (the line there has the same seq and hash), restores the state from it without
/// re-hashing each event, and scans on from its offset.
///
/// Checkpoints are caches: deleting them changes no answer. One that is unreadable, damaged, edited (even
/// with its header redone), not recorded by the writer, from another format version, or whose position no
/// longer matches is passed over; `verify` also re-folds the stream and fails on any checkpoint whose events
/// differ from it or whose bytes are not the ones recorded.
package struct StateCheckpoint: Sendable {
    /// The directory in the ledger that holds checkpoints.
    static let directoryName = Ledger.checkpointDirectoryName
    /// The format of checkpoint files; raised whenever the state's contents change, so older files are ignored.
    package static let formatVersion = 2

    /// The stream position the state reflects: its count, head hash, last time and committed length.
    package var position: StreamScan
    /// Where the line of the last event (seq `position.eventCount`) starts in the stream file.
    package var lineOffset: Int
    /// The state at that position.
    package var state: OrganisationState
    /// The SHA-256 of the file's bytes, when it was read from one.
    var fileDigest: SHA256Digest?

    /// The file name of the checkpoint of `stream` at `seq`.
    package static func fileName(_ stream: StreamName, seq: Int) -> String {
        "\(stream.rawValue).\(seq).checkpoint"
    }

    /// The header line's contents.
    var header: JSONValue {
        .object([
            "checkpoint": .integer(Self.formatVersion), "stream": .string(position.stream.rawValue),
            "seq": .integer(position.eventCount), "hash": .string(position.headHash.hexString),
            "recordedAt": .string(position.lastRecordedAt?.description ?? ""),
            "lineOffset": .integer(lineOffset), "end": .integer(position.committedLength),
            "events": .integer(state.journal.count),
        ])
    }

    /// The whole file: the header line, then each kept event's stored line.
    var bytes: [UInt8] {
        var bytes = header.canonicalBytes + [0x0A]
        for event in state.keptEvents { bytes += EventLine.storedLine(of: event.stored) }
        return bytes
    }
}

private let newline: [UInt8] = [0x0A]

extension Ledger {
    /// The seqs of the checkpoint files of `stream`, ascending.
    package func checkpointSeqs(_ stream: StreamName) throws(StoreError) -> [Int] {
        guard isDirectory(checkpointDirectory) else { return [] }
        let prefix = stream.rawValue + "."
        return try directoryEntries(checkpointDirectory).compactMap { name -> Int? in
            guard name.hasPrefix(prefix), name.hasSuffix(".checkpoint") else { return nil }
            return Int(name.dropFirst(prefix.count).dropLast(".checkpoint".count))
        }.sorted()
    }

    /// Folds `stream` from its start and writes a checkpoint at its head and, with `every`, at the first
    /// batch end after each multiple of `every` events; records their SHA-256 in the stream's acknowledged-
    /// head record, then removes the stream's other checkpoints. Returns the positions written.
    /// Holds the ledger's lock meanwhile, so two writers never race on one file.
    package func writeCheckpoints(_ stream: StreamName, every: Int? = nil) throws(StoreError) -> [LedgerDigest] {
        guard version >= Ledger.formatVersion else { throw .upgradeNeeded(directory: directory, found: version) }
        guard try streams().contains(stream) else { throw .unknownStream(stream) }
        return try withExclusiveLock { () throws(StoreError) in try foldWritingCheckpoints(stream, every: every) }
    }

    private func foldWritingCheckpoints(_ stream: StreamName, every: Int?) throws(StoreError) -> [LedgerDigest] {
        var state = OrganisationState(stream: stream)
        var written: [LedgerDigest] = []
        var digests: [AcknowledgedHead.CheckpointDigest] = []
        var failure: StoreError?
        var last: (event: StoredEvent, offset: Int)?
        var nextMark = every ?? Int.max
        func write(end: Int) {
            guard failure == nil, let last else { return }
            let position = StreamScan(
                stream: stream, path: path(stream.fileName), eventCount: last.event.seq, headHash: last.event.hash,
                lastRecordedAt: last.event.recordedAt, committedLength: end)
            let checkpoint = StateCheckpoint(position: position, lineOffset: last.offset, state: state)
            do {
                let bytes = checkpoint.bytes
                try makeDirectories(checkpointDirectory)
                try writeFileAtomically(
                    bytes, directory: checkpointDirectory,
                    fileName: StateCheckpoint.fileName(stream, seq: last.event.seq))
                written.append(position.digest)
                digests.append(.init(seq: last.event.seq, sha256: SHA256.hash(bytes)))
            } catch {
                failure = error
            }
        }
        let scan = try scan(stream) { event, offset in
            if let previous = last, previous.event.seq >= nextMark, previous.event.seq == previous.event.batch.last {
                write(end: offset)
                while nextMark <= previous.event.seq { nextMark += every ?? Int.max }
            }
            state.evolve(event)
            last = (event, offset)
        }
        if let damage = scan.damage { throw .streamDamaged(damage) }
        if written.last?.seq != scan.eventCount { write(end: scan.committedLength) }
        if let failure { throw failure }
        removeLeftovers()
        // Queries use a checkpoint only once its digest is recorded beside the stream's acknowledged head.
        // (The scan above found the record sound.)
        var head = (try? acknowledgedHead(stream).get()).flatMap { $0 } ?? .empty(stream)
        head.checkpoints = digests
        try writeAcknowledgedHead(head)
        // The checkpoints just written replace the stream's earlier ones, so that running this nightly
        // keeps one set on disk, not one more copy of the state each time.
        let kept = Set(written.map(\.seq))
        for seq in try checkpointSeqs(stream) where !kept.contains(seq) {
            let file = checkpointDirectory + "/" + StateCheckpoint.fileName(stream, seq: seq)
            guard unlink(file) == 0 || errno == ENOENT else { throw .io(path: file, operation: "unlink", errno: errno) }
        }
        return written
    }

    /// The latest usable checkpoint of `stream` whose position was recorded by `limit` (any, without one),
    /// with the problems of the checkpoints passed over on the way.
    package func latestCheckpoint(_ stream: StreamName, recordedBy limit: Timestamp? = nil) throws(StoreError) -> (
        checkpoint: StateCheckpoint?, skipped: [CheckpointProblem]
    ) {
        var skipped: [CheckpointProblem] = []
        let recorded = (try? acknowledgedHead(stream).get()).flatMap { $0 }
        for seq in try checkpointSeqs(stream).reversed() {
            guard let digest = recorded?.checkpointDigest(seq: seq) else {
                skipped.append(
                    CheckpointProblem(file: StateCheckpoint.fileName(stream, seq: seq), reason: Self.unrecorded(stream))
                )
                continue
            }
            switch loadCheckpoint(stream, seq: seq, recordedBy: limit, expecting: digest) {
            case .success(let checkpoint?): return (checkpoint, skipped)
            case .success(nil): continue
            case .failure(let problem): skipped.append(problem)
            }
        }
        return (nil, skipped)
    }

    /// Why a checkpoint without a digest in the stream's head record is not used.
    private static func unrecorded(_ stream: StreamName) -> String {
        "its digest is not recorded in \(stream.headFileName) (left by an interrupted 'kinerja checkpoint', "
            + "or not written by kinerja), so queries pass it over"
    }

    /// Reads the checkpoint of `stream` at `seq`: nil when it was taken after `limit`, a problem when it is
    /// unreadable, no longer matches the stream, or (with `expecting`) its bytes have another SHA-256.
    func loadCheckpoint(
        _ stream: StreamName, seq: Int, recordedBy limit: Timestamp? = nil, expecting digest: SHA256Digest? = nil
    ) -> Result<StateCheckpoint?, CheckpointProblem> {
        let file = StateCheckpoint.fileName(stream, seq: seq)
        func problem(_ reason: String) -> Result<StateCheckpoint?, CheckpointProblem> {
            .failure(CheckpointProblem(file: file, reason: reason))
        }
        // The header first, from a small read: a checkpoint taken after `limit`, or no longer matching the
        // stream, is passed over without reading its events.
        let path = checkpointDirectory + "/" + file
        let header: [UInt8]
        do {
            let start = try FileDescriptor(path: path, flags: O_RDONLY).read(count: 4096, at: 0)
            guard let end = start.firstIndex(of: 0x0A) else { return problem("the header is not a JSON object") }
            header = Array(start[..<end])
        } catch {
            return problem("cannot be read: \(error)")
        }
        var found: StateCheckpoint
        let statedEvents: Int
        switch readHeader(header, stream: stream, seq: seq, limit: limit) {
        case .success(let read?): (found, statedEvents) = read
        case .success(nil): return .success(nil)
        case .failure(let problem): return .failure(problem)
        }
        if let mismatch = positionMismatch(found) { return problem(mismatch) }
        var fileHash = SHA256()
        fileHash.update(header)
        fileHash.update(newline)
        var reason: String?
        var kept = 0
        do {
            let reader = try LineReader(path: path, offset: header.count + 1, linesBefore: 1)
            let report = progress.map { handler in
                { (done: Int, total: Int) in
                    handler(ProgressUpdate(task: "loading checkpoint \(file)", done: done, total: total))
                }
            }
            try reader.forEachBlock(progress: report) { lines in
                // The lines were checked against their schemas when the stream was scanned to write them;
                // `verify` compares them with the stream again.
                let decoded = StreamScanner.decodeLines(lines, checkingHashes: false, schemas: nil)
                for (line, result) in zip(lines, decoded) {
                    guard line.isTerminated, case .success(let event) = result else {
                        reason = "line \(line.number) is not a stored event"
                        return false
                    }
                    found.state.evolve(event)
                    fileHash.update(line.bytes)
                    fileHash.update(newline)
                    kept += 1
                }
                return true
            }
        } catch {
            return problem("cannot be read: \(error)")
        }
        if let reason { return problem(reason) }
        guard kept == statedEvents, kept == found.state.journal.count else {
            return problem("holds \(kept) events, not the number its header states")
        }
        found.fileDigest = fileHash.finalize()
        if let digest, found.fileDigest != digest {
            return problem(
                "its bytes are not the ones written (SHA-256 \(found.fileDigest?.hexString.prefix(12) ?? "")…, "
                    + "recorded \(digest.hexString.prefix(12))… in \(stream.headFileName)): it was changed after it was written"
            )
        }
        found.state.advance(to: seq)
        return .success(found)
    }

    /// Why the checkpoint of `stream` at `seq` differs from `folded`, the state folded from the stream up
    /// to that seq, or from the digest `recorded` for it in the stream's head record, if it does. One that
    /// matches its stream but has no recorded digest is named without failing.
    func checkpointMismatch(
        _ stream: StreamName, seq: Int, folded: OrganisationState, recorded: SHA256Digest?
    ) -> CheckpointProblem? {
        switch loadCheckpoint(stream, seq: seq, expecting: recorded) {
        case .failure(let problem): return problem
        case .success(let checkpoint?) where checkpoint.state.keptEvents == folded.keptEvents:
            guard recorded == nil else { return nil }
            return CheckpointProblem(
                file: StateCheckpoint.fileName(stream, seq: seq), reason: Self.unrecorded(stream), isFailure: false)
        case .success(let checkpoint?):
            let (kept, streamEvents) = (checkpoint.state.keptEvents, folded.keptEvents)
            let first = zip(kept, streamEvents).first { $0 != $1 }
            let detail =
                first.map { "its event seq \($0.0.seq) differs from the stream's" }
                ?? "it keeps \(kept.count) events where the stream gives \(streamEvents.count)"
            return CheckpointProblem(
                file: StateCheckpoint.fileName(stream, seq: seq), reason: "does not match its stream: \(detail)")
        case .success(nil):
            return CheckpointProblem(file: StateCheckpoint.fileName(stream, seq: seq), reason: "cannot be read")
        }
    }

    /// Reads a header line: the checkpoint to fill (state still empty) and the number of events it states,
    /// or nil when it was taken after `limit`.
    private func readHeader(
        _ line: [UInt8], stream: StreamName, seq: Int, limit: Timestamp?
    ) -> Result<(StateCheckpoint, Int)?, CheckpointProblem> {
        func failure(_ reason: String) -> Result<(StateCheckpoint, Int)?, CheckpointProblem> {
            .failure(CheckpointProblem(file: StateCheckpoint.fileName(stream, seq: seq), reason: reason))
        }
        guard let header = try? JSONParser.parse(line).objectValue else {
            return failure("the header is not a JSON object")
        }
        guard header["checkpoint"] == .integer(StateCheckpoint.formatVersion) else {
            return failure(
                "format \(header["checkpoint"]?.canonicalString ?? "none"), not \(StateCheckpoint.formatVersion)")
        }
        guard header["stream"] == .string(stream.rawValue), header["seq"] == .integer(seq),
            let hash = header["hash"]?.stringValue.flatMap(SHA256Digest.init(hex:)),
            let recordedAt = header["recordedAt"]?.stringValue.flatMap(Timestamp.init(parsing:)),
            let lineOffset = header["lineOffset"]?.intValue, let end = header["end"]?.intValue,
            let events = header["events"]?.intValue,
            0 <= lineOffset, lineOffset < end
        else { return failure("the header does not name this stream and seq with a position") }
        if let limit, recordedAt > limit { return .success(nil) }
        let position = StreamScan(
            stream: stream, path: path(stream.fileName), eventCount: seq, headHash: hash, lastRecordedAt: recordedAt,
            committedLength: end)
        let empty = StateCheckpoint(
            position: position, lineOffset: lineOffset, state: OrganisationState(stream: stream))
        return .success((empty, events))
    }

    /// Why the stream no longer has the checkpoint's last event where the checkpoint says, if it does not.
    private func positionMismatch(_ checkpoint: StateCheckpoint) -> String? {
        let position = checkpoint.position
        let length = position.committedLength - checkpoint.lineOffset
        guard let file = try? FileDescriptor(path: path(position.stream.fileName), flags: O_RDONLY),
            let bytes = try? file.read(count: length, at: checkpoint.lineOffset), bytes.count == length,
            bytes.last == 0x0A
        else { return "the stream no longer has a line at its position" }
        let event = bytes.dropLast().withUnsafeBytes { try? EventLine.decode($0) }
        guard let event, event.seq == position.eventCount, event.hash == position.headHash,
            event.recordedAt == position.lastRecordedAt
        else {
            return "the stream's line at its position is not seq \(position.eventCount) with hash "
                + "\(position.headHash) recorded at \(position.lastRecordedAt?.description ?? "?")"
        }
        return nil
    }
}
