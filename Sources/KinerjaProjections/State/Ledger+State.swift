import KinerjaEvents
import KinerjaStore

#if canImport(Glibc)
    import Glibc
#endif

extension Ledger {
    /// The state of an organisation's stream, folded from its committed events, and the head it reflects.
    /// With `asOf`, only the events recorded by then: what the ledger showed at that time.
    ///
    /// With `usingCheckpoints` (the default), the fold starts from the latest snapshot that fits and reads
    /// only the stream after it; the answer is the same as without (a test checks it), only faster.
    package func organisationState(
        _ stream: StreamName, asOf: Timestamp? = nil, usingCheckpoints: Bool = true
    ) throws(StoreError) -> (state: OrganisationState, head: LedgerDigest) {
        guard try streams().contains(stream) else { throw .unknownStream(stream) }
        let snapshot =
            !usingCheckpoints
            ? nil : asOf == nil ? try latestState(stream) : try latestCheckpoint(stream, recordedBy: asOf).checkpoint
        var state = snapshot?.state ?? emptyState(stream)
        // The state's own id index answers the scan's check that every id is new: one index, not two, and it
        // knows the ids before the snapshot too.
        let scan = try scan(
            stream, summarising: true, resuming: snapshot?.position, recordedBy: asOf, into: &state)
        if let damage = scan.damage { throw .streamDamaged(damage) }
        if asOf == nil, usingCheckpoints { keepFolded(state, at: scan) }
        return (state, scan.digest)
    }

    /// A state of `stream` with no event yet, with room for as many events as the stream file can hold (see
    /// ``OrganisationState/reserveCapacity(forEvents:)``): no stored line is shorter than some 250 bytes (its
    /// seq, id, type, time, actor, batch, and two hashes of 64 digits). At most some four million: the room
    /// asked for at once stays well below the memory of any machine, and a longer stream's columns grow.
    func emptyState(_ stream: StreamName) -> OrganisationState {
        var state = OrganisationState(stream: stream, lines: lines(of: stream))
        if let size = try? FileDescriptor(path: path(stream.fileName), flags: O_RDONLY).size() {
            state.reserveCapacity(forEvents: min(size / 250, 1 << 22))
        }
        return state
    }

    /// The latest state of `stream` this process knows to start a fold from: the one it last folded to the
    /// stream's end (``organisationState(_:asOf:usingCheckpoints:)`` keeps it in the ledger's cache), if the
    /// stream still holds its last line where it was, else the latest usable snapshot. An append that read the
    /// state to check its options, then reads it again under the ledger's lock, reads the stream after the
    /// snapshot once.
    package func latestState(_ stream: StreamName) throws(StoreError) -> StateCheckpoint? {
        if let folded = cache?.value(for: Self.foldedKey(stream)) as? StateCheckpoint,
            folded.state.snapshotDamage == nil,
            positionMismatch(folded) == nil
        {
            return folded
        }
        return try latestCheckpoint(stream).checkpoint
    }

    private static func foldedKey(_ stream: StreamName) -> String { "folded \(stream)" }

    /// Where a scan of `stream` can start to read its events from seq `first` on without reading the lines
    /// before: after the batch before the one that holds `first` (a scan starts at a batch), found where the
    /// latest snapshot says each event's line starts, and checked against the lines there (seq, batch and
    /// hash, and the line before the batch ending where the batch starts); the snapshot's own position when
    /// `first` comes after it. Nil, to read from the start, when `first` is in the stream's first batch, there is
    /// no snapshot, the snapshot is found damaged, or the lines are not where it says. The lines before the
    /// start are not read, so damage there is not found (as by a query from the snapshot; `verify` reads all).
    package func scanStart(readingFrom first: Int, of stream: StreamName) -> StreamScan? {
        guard first > 1, let snapshot = try? latestState(stream) else { return nil }
        let state = snapshot.state
        guard first <= state.eventCount else { return snapshot.position }
        let end = snapshot.position.committedLength
        // Offsets read from the snapshot are used only once its pieces that hold them are known sound, and
        // each within the part of the stream the snapshot covers.
        let offset = { (seq: Int) in state.lineOffsets[seq - 1] }
        let (lines, firstOffset) = (lines(of: stream), offset(first))
        guard state.snapshotDamage == nil, firstOffset >= 0, firstOffset < end,
            let event = try? lines.event(at: firstOffset, seq: first)
        else { return nil }
        let start = event.batch.first
        guard start > 1, start <= first else { return nil }
        let (beforeOffset, startOffset) = (offset(start - 1), offset(start))
        guard state.snapshotDamage == nil, beforeOffset >= 0, beforeOffset < startOffset, startOffset <= firstOffset,
            let before = try? lines.event(at: beforeOffset, seq: start - 1), before.batch.last == start - 1
        else { return nil }
        let position = StreamScan(
            stream: stream, path: path(stream.fileName), eventCount: start - 1, headHash: before.hash,
            lastRecordedAt: before.recordedAt, committedLength: startOffset)
        let candidate = StateCheckpoint(position: position, lineOffset: beforeOffset, state: state)
        return positionMismatch(candidate) == nil ? position : nil
    }

    /// Keeps `state`, folded to the end of the stream that `scan` read, for ``latestState(_:)``.
    private func keepFolded(_ state: OrganisationState, at scan: StreamScan) {
        guard let cache, state.eventCount == scan.eventCount, scan.eventCount > 0 else { return }
        let lineOffset = state.lineOffsets[scan.eventCount - 1]
        guard lineOffset >= 0 else { return }
        cache.store(
            StateCheckpoint(position: scan, lineOffset: lineOffset, state: state), for: Self.foldedKey(state.stream))
    }
}

extension OrganisationState: StreamVisitor {
    /// Folds one committed event, its line at `offset`, its id's fingerprint already worked out.
    package mutating func visit(_ event: StoredEvent, offset: Int, idFingerprint: UInt32) {
        evolve(event, offset: offset, idFingerprint: idFingerprint)
    }

    /// The seq of the event with `id`, found through the fingerprint the scan worked out.
    package func seq(of id: String, fingerprint: UInt32) -> Int? {
        ids.seq(of: id, fingerprint: fingerprint)
    }

    /// Fetches the id table's slot for the fingerprint, so that the lookup and the addition find it cached.
    package func prefetch(idFingerprint: UInt32) {
        ids.prefetch(idFingerprint)
    }
}
