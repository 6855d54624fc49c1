#if canImport(Glibc)
    import Glibc
#endif

/// Appends atomic batches to one stream. Create it only while holding the ledger's lock; it keeps the
/// stream's head in memory, so a process holding the lock can append many batches without rescanning.
package final class StreamWriter {
    /// How often appended data is forced to disk.
    package enum Durability: Sendable {
        /// One `fsync` after the whole batch (the default).
        case syncPerBatch
        /// One `fsync` after every event (for measuring; the batch stays atomic either way).
        case syncPerEvent
    }

    private let ledger: Ledger
    private let stream: StreamName
    private var scan: StreamScan
    /// The seq and line offset of each event read or written by this writer, by id.
    private var locations: [String: (seq: Int, offset: Int)] = [:]
    /// Where the events before the position the writer resumed from are, by id (nil: it read them all).
    private let earlierLocation: ((String) -> (seq: Int, offset: Int)?)?
    /// The stream's acknowledged-head record as last written (its checkpoints are carried on).
    private var acknowledged: AcknowledgedHead
    /// Where the line of the last committed event starts.
    private var lastLineOffset = 0
    /// The ledger directory's identity when the writer was made, under the lock: checked again before
    /// writing, so a directory replaced meanwhile (moved away and copied back) is not written as the old.
    private let directoryIdentity: FileIdentity?

    /// Scans the stream and prepares to append, handing each committed event and its line's offset to `visit`
    /// (to build the state decisions are checked against). Refuses a damaged stream, one missing acknowledged
    /// events, and a format 1 ledger (which has no acknowledged heads: ``Ledger/upgrade()`` it first).
    ///
    /// With `resuming` (a snapshot's position and where its last line starts), only the events after it are
    /// read, and `earlier` finds the
    /// events before it by id (for repeats and id conflicts): the cost is the tail's, not the history's.
    /// The scan still checks that the tail chains on from the position and that the stream holds its
    /// acknowledged head. With `summarising`, `visit` gets summaries of the frequent types' lines (see
    /// ``StreamScanner``).
    package init(
        ledger: Ledger, stream: StreamName, resuming start: (position: StreamScan, lineOffset: Int)? = nil,
        earlier: ((String) -> (seq: Int, offset: Int)?)? = nil, summarising: Bool = false,
        visit: (_ event: StoredEvent, _ offset: Int) -> Void = { _, _ in }
    ) throws(StoreError) {
        guard ledger.version >= Ledger.formatVersion else {
            throw .upgradeNeeded(directory: ledger.directory, found: ledger.version)
        }
        self.ledger = ledger
        self.stream = stream
        directoryIdentity = FileIdentity(path: ledger.directory)
        let read = ReadSoFar(lineOffset: start?.lineOffset ?? 0)
        let earlier = start == nil ? nil : earlier
        earlierLocation = earlier
        // Resumed, the scan checks the tail's ids against the events before the position too.
        let known: ((String) -> Int?)? = earlier.map { before in { id in read.locations[id]?.seq ?? before(id)?.seq } }
        scan = try ledger.scan(
            stream, summarising: summarising, resuming: start?.position,
            visit: { event, offset in
                read.locations[event.id] = (event.seq, offset)
                read.lineOffset = offset
                visit(event, offset)
            }, knownIDs: known)
        self.locations = read.locations
        self.lastLineOffset = read.lineOffset
        if let damage = scan.damage { throw .streamDamaged(damage) }
        if let first = scan.unrecognised.first {
            throw .unrecognisedEvents(stream: stream, first: first, count: scan.unrecognised.count)
        }
        // The scan found the record readable (or absent, for a stream never written).
        acknowledged = (try? ledger.acknowledgedHead(stream).get()) ?? .empty(stream)
    }

    /// The seq of the committed event with `id`, if the stream has one (notes included, which the
    /// organisation state leaves out).
    package func seq(of id: String) -> Int? { location(of: id)?.seq }

    private func location(of id: String) -> (seq: Int, offset: Int)? {
        locations[id] ?? earlierLocation?(id)
    }

    /// The stream's current head.
    package var head: LedgerDigest { scan.digest }

    /// The position after the last complete batch, and where that batch's last line starts: what a snapshot
    /// taken now records.
    package var position: (position: StreamScan, lineOffset: Int) { (scan, lastLineOffset) }

    /// Appends `events` as one batch recorded at `recordedAt` by `actor`. Events whose id the stream already
    /// holds with the same content are skipped and reported; the same id with other content is refused.
    /// Success is returned only after the data is on disk and acknowledged in the stream's head record;
    /// events reported as already present are acknowledged first too (a writer that stopped between its
    /// data and its record leaves complete batches beyond the record). A `signature` is stored as the `sig` of
    /// the first event written.
    package func append(
        _ events: [NewEvent], actor: String, recordedAt: Timestamp, makeID: (_ seq: Int) -> String,
        durability: Durability = .syncPerBatch, signature: String? = nil
    ) throws(StoreError) -> AppendOutcome {
        guard !events.isEmpty else { throw .emptyBatch }
        var fresh: [(event: NewEvent, id: String)] = []
        var freshIndex: [String: Int] = [:]
        var alreadyPresent: [(id: String, seq: Int)] = []
        for event in events {
            guard let id = event.id else {
                let id = makeID(scan.eventCount + fresh.count + 1)
                freshIndex[id] = fresh.count
                fresh.append((event, id))
                continue
            }
            if let earlier = freshIndex[id].map({ fresh[$0] }) {
                guard earlier.event == event else { throw .idConflict(stream: stream, id: id, existingSeq: nil) }
                continue
            }
            if let location = location(of: id) {
                let stored = try ledger.lines(of: stream).event(at: location.offset)
                guard ledger.schemas.sameContent(stored, as: event), stored.actor == actor else {
                    throw .idConflict(stream: stream, id: id, existingSeq: location.seq)
                }
                alreadyPresent.append((id, location.seq))
                continue
            }
            freshIndex[id] = fresh.count
            fresh.append((event, id))
        }
        guard !fresh.isEmpty else {
            // Reported as recorded, so acknowledged first (a new batch's record below covers them anyway).
            if scan.eventCount > acknowledged.seq { try acknowledgeCommittedEnd() }
            return AppendOutcome(
                stream: stream, written: [], alreadyPresent: alreadyPresent, recovered: nil, head: head)
        }
        // Checked only when something is written: a plain retry is "already present" whatever the clock says.
        if let last = scan.lastRecordedAt, recordedAt < last {
            throw .clockBehind(stream: stream, clock: recordedAt, last: last)
        }
        let batch = BatchRange(first: scan.eventCount + 1, last: scan.eventCount + fresh.count)
        var prev = scan.headHash
        var lines: [[UInt8]] = []
        var written: [StoredEvent] = []
        let recordedAtText = recordedAt.description
        for (index, item) in fresh.enumerated() {
            let version = ledger.schemas.currentVersion(of: item.event.type) ?? 1
            let draft = EventEnvelope(
                seq: batch.first + index, id: item.id, type: item.event.type, version: version,
                recordedAt: recordedAt, actor: actor, effective: item.event.effective, batch: batch,
                data: item.event.data, prev: prev, signature: index == 0 ? signature : nil)
            let (line, stored) = EventLine.encode(draft, recordedAtText: recordedAtText)
            // Never write a line the scanner would reject: that would lock the stream for every later writer.
            if let problem = ledger.schemas.problem(with: stored) {
                throw .invalidEvent(id: item.id, reason: problem.description)
            }
            // Nor one longer than an input line may be: whichever way an event comes in, one limit.
            if line.count > EventLine.maximumLineLength {
                throw .invalidEvent(
                    id: item.id,
                    reason: "it is \(line.count) bytes once stored, over the limit of \(EventLine.maximumLineLength) "
                        + "bytes a line may have")
            }
            prev = stored.hash
            lines.append(line)
            written.append(stored)
        }
        // Only now that the batch will be written: recover an interrupted write, clear leftovers.
        let recovered = try quarantineIncompleteTail()
        ledger.removeLeftovers()
        var offsets: [Int] = []
        var offset = scan.committedLength
        for line in lines {
            offsets.append(offset)
            offset += line.count
        }
        var acknowledgement = acknowledged
        acknowledgement.seq = batch.last
        acknowledgement.hash = prev
        acknowledgement.lineOffset = offsets.last ?? offset
        acknowledgement.end = offset
        try write(lines, durability: durability, acknowledging: acknowledgement)
        acknowledged = acknowledgement
        lastLineOffset = acknowledgement.lineOffset
        for (event, lineOffset) in zip(written, offsets) { locations[event.id] = (event.seq, lineOffset) }
        scan.eventCount = batch.last
        scan.headHash = prev
        scan.lastRecordedAt = recordedAt
        scan.committedLength = offset
        return AppendOutcome(
            stream: stream, written: written, alreadyPresent: alreadyPresent, recovered: recovered, head: head,
            writtenOffsets: offsets)
    }

    private var streamPath: String { ledger.path(stream.fileName) }

    /// Records the stream's complete batches as acknowledged: those a writer left beyond the record when it
    /// stopped between its data and its record.
    private func acknowledgeCommittedEnd() throws(StoreError) {
        try checkDirectoryIdentity()
        ledger.removeLeftovers()
        var acknowledgement = acknowledged
        acknowledgement.seq = scan.eventCount
        acknowledgement.hash = scan.headHash
        acknowledgement.lineOffset = lastLineOffset
        acknowledgement.end = scan.committedLength
        try ledger.writeAcknowledgedHead(acknowledgement)
        acknowledged = acknowledgement
    }

    /// Refuses to write when the ledger directory at the path is no longer the one locked.
    private func checkDirectoryIdentity() throws(StoreError) {
        guard FileIdentity(path: ledger.directory) == directoryIdentity else {
            throw .io(
                path: ledger.directory, operation: "write to (it was replaced while this writer held its lock)",
                errno: ESTALE)
        }
    }

    /// Writes the batch's lines, forces them to disk, then records `head` as acknowledged: only then may
    /// success be reported. Any failure cuts the stream back to where it was.
    private func write(
        _ lines: [[UInt8]], durability: Durability, acknowledging head: AcknowledgedHead
    ) throws(StoreError) {
        try checkDirectoryIdentity()
        if case .failure(let problem) = ledger.listedStreams() { throw .streamList(problem) }
        let isNew = !fileExists(streamPath)
        if case .success(nil) = ledger.acknowledgedHead(stream) {
            // The record comes first, then the stream's name in the list of streams, so a stream file or a
            // listed name never exists without a record: a missing record is then always a deletion.
            try ledger.writeAcknowledgedHead(.empty(stream))
        }
        try ledger.list(stream)
        let file = try FileDescriptor(path: streamPath, flags: O_WRONLY | O_CREAT | O_APPEND)
        if isNew { try FileDescriptor.synchronizeDirectory(ledger.directory) }
        do {
            switch durability {
            case .syncPerBatch:
                var bytes: [UInt8] = []
                bytes.reserveCapacity(lines.reduce(0) { $0 + $1.count })
                for line in lines { bytes.append(contentsOf: line) }
                try file.write(bytes)
                try file.synchronize()
            case .syncPerEvent:
                for line in lines {
                    try file.write(line)
                    try file.synchronize()
                }
            }
            try ledger.writeAcknowledgedHead(head)
        } catch {
            // Leave the stream as it was: a partial batch must not stay behind after a failed write. Unless
            // the new record was put in place before the failure (its directory's fsync failed): the stream
            // must then keep what the record acknowledges, never fall short of it.
            if case .success(head?) = ledger.acknowledgedHead(stream) {
                throw .acknowledgementNotSynchronised(stream: stream, seq: head.seq, underlying: error.description)
            }
            try? file.truncate(to: scan.committedLength)
            try? file.synchronize()
            throw error
        }
    }

    /// Moves bytes left by an interrupted write to `<stream>.quarantine`, then cuts them from the stream.
    private func quarantineIncompleteTail() throws(StoreError) -> IncompleteTail? {
        guard let tail = scan.incompleteTail else { return nil }
        let streamFile = try FileDescriptor(path: streamPath, flags: O_RDWR)
        let bytes = try streamFile.read(count: tail.length, at: tail.offset)
        let quarantinePath = ledger.path(stream.quarantineFileName)
        let earlierSize = fileSize(quarantinePath)
        let quarantine = try FileDescriptor(path: quarantinePath, flags: O_WRONLY | O_CREAT | O_APPEND)
        let header = "# kinerja moved these \(tail.length) bytes out of \(stream.fileName): \(tail)\n"
        do {
            try quarantine.write(Array(header.utf8) + bytes + (bytes.last == 0x0A ? [] : [0x0A]))
            try quarantine.synchronize()
            if earlierSize == nil { try FileDescriptor.synchronizeDirectory(ledger.directory) }
        } catch {
            // Leave no empty or half-written quarantine behind (a full disk, for instance).
            if let earlierSize { try? quarantine.truncate(to: earlierSize) } else { unlink(quarantinePath) }
            throw error
        }
        try streamFile.truncate(to: tail.offset)
        try streamFile.synchronize()
        scan.incompleteTail = nil
        return tail
    }
}

/// What a writer's opening scan has read: the ids and line offsets of the events, and where the last line
/// starts (a class, so the scan's id check can read what its visitor writes).
private final class ReadSoFar {
    var locations: [String: (seq: Int, offset: Int)] = [:]
    var lineOffset: Int

    init(lineOffset: Int) {
        self.lineOffset = lineOffset
    }
}
