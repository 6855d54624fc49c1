import KinerjaEvents
import KinerjaStore

#if canImport(Glibc)
    import Glibc
#endif

/// A snapshot of an organisation's read model at one point of its stream, so that a query or an append
/// reads only the events after it instead of replaying the whole stream.
///
/// A snapshot is the file `checkpoints/<stream>.<seq>.checkpoint` in the ledger directory: a JSON header line
/// with the position (seq, hash, recording time, byte offsets of the last line and of the stream after it),
/// then the state in its compact binary form (``OrganisationState/snapshotBody``): ids, line offsets, flags
/// and keys, no event bodies, which the state reads from the stream when a view needs them; then the SHA-256
/// of each 4 KiB piece of the header and body (``SHA256/pieceDigests(of:)``). The writer records the SHA-256
/// of those digests in the stream's ``AcknowledgedHead`` record. A reader checks the digests against it, then
/// each piece against its digest when it first reads from it (``PieceCheck``): a command that reads a few
/// keys of a million-event snapshot hashes the pieces it reads, not the whole file. A piece found damaged
/// after the command began (``OrganisationState/snapshotDamage``) makes the command's answer void: it is
/// answered again without that snapshot, and an append writes nothing from it.
///
/// Snapshots are caches: deleting them changes no answer. One that is unreadable, damaged, edited, not
/// recorded by the writer, from another format version, or whose position no longer matches the stream is
/// passed over; `verify` also re-folds the stream and fails on any snapshot whose state differs from it or
/// whose bytes are not the ones recorded.
package struct StateCheckpoint: Sendable {
    /// The directory in the ledger that holds snapshots.
    static let directoryName = Ledger.checkpointDirectoryName
    /// The format of snapshot files; raised whenever the state's contents change, so older files are ignored.
    package static let formatVersion = 12
    /// How many snapshots of a stream are kept: the latest, and older ones spread along the stream for
    /// `--as-of` queries.
    static let kept = 12

    /// The stream position the state reflects: its count, head hash, last time and committed length.
    package var position: StreamScan
    /// Where the line of the last event (seq `position.eventCount`) starts in the stream file.
    package var lineOffset: Int
    /// The state at that position.
    package var state: OrganisationState

    /// The file name of the snapshot of `stream` at `seq`.
    package static func fileName(_ stream: StreamName, seq: Int) -> String {
        "\(stream.rawValue).\(seq).checkpoint"
    }

    /// The header line, then the state's bytes: what the pieces' digests cover.
    var bytes: [UInt8] {
        let body = state.snapshotBody
        let header: JSONValue = .object([
            "snapshot": .integer(Self.formatVersion), "stream": .string(position.stream.rawValue),
            "seq": .integer(position.eventCount), "hash": .string(position.headHash.hexString),
            "recordedAt": .string(position.lastRecordedAt?.description ?? ""),
            "lineOffset": .integer(lineOffset), "end": .integer(position.committedLength),
            "bodyBytes": .integer(body.count),
        ])
        return header.canonicalBytes + [0x0A] + body
    }

    /// The file: ``bytes``, then the SHA-256 of each of their pieces; and the digest recorded for it (the
    /// SHA-256 of those).
    var file: (bytes: [UInt8], digest: SHA256Digest) {
        let content = bytes
        let pieces = content.withUnsafeBytes { SHA256.pieceDigests(of: $0) }
        return (content + pieces.flatMap(\.bytes), SHA256.digest(ofPieceDigests: pieces))
    }
}

extension Ledger {
    /// The seqs of the snapshot files of `stream`, ascending.
    package func checkpointSeqs(_ stream: StreamName) throws(StoreError) -> [Int] {
        guard isDirectory(checkpointDirectory) else { return [] }
        let prefix = stream.rawValue + "."
        return try directoryEntries(checkpointDirectory).compactMap { name -> Int? in
            guard name.hasPrefix(prefix), name.hasSuffix(".checkpoint") else { return nil }
            return Int(name.dropFirst(prefix.count).dropLast(".checkpoint".count))
        }.sorted()
    }

    /// Folds `stream` from its start and writes a snapshot at its head and, with `every`, at the first batch
    /// end after each multiple of `every` events; records their digests in the stream's acknowledged-head
    /// record, then removes the stream's other snapshots. Returns the positions written.
    /// Holds the ledger's lock meanwhile, so two writers never race on one file.
    package func writeCheckpoints(_ stream: StreamName, every: Int? = nil) throws(StoreError) -> [LedgerDigest] {
        guard version >= Ledger.formatVersion else { throw .upgradeNeeded(directory: directory, found: version) }
        guard try streams().contains(stream) else { throw .unknownStream(stream) }
        return try withExclusiveLock { () throws(StoreError) in try foldWritingCheckpoints(stream, every: every) }
    }

    private func foldWritingCheckpoints(_ stream: StreamName, every: Int?) throws(StoreError) -> [LedgerDigest] {
        var state = emptyState(stream)
        var snapshots: [StateCheckpoint] = []
        var last: (event: StoredEvent, offset: Int)?
        var nextMark = every ?? Int.max
        func snapshot(end: Int) -> StateCheckpoint? {
            guard let last else { return nil }
            let position = StreamScan(
                stream: stream, path: path(stream.fileName), eventCount: last.event.seq, headHash: last.event.hash,
                lastRecordedAt: last.event.recordedAt, committedLength: end)
            return StateCheckpoint(position: position, lineOffset: last.offset, state: state)
        }
        let scan = try scan(stream) { event, offset in
            if let previous = last, previous.event.seq >= nextMark, previous.event.seq == previous.event.batch.last {
                if let taken = snapshot(end: offset) { snapshots.append(taken) }
                while nextMark <= previous.event.seq { nextMark += every ?? Int.max }
            }
            state.evolve(event, offset: offset)
            last = (event, offset)
        }
        if let damage = scan.damage { throw .streamDamaged(damage) }
        if snapshots.last?.position.eventCount != scan.eventCount, let head = snapshot(end: scan.committedLength) {
            snapshots.append(head)
        }
        // The snapshots just written replace the stream's earlier ones, so that running this nightly keeps
        // one set on disk.
        try writeSnapshots(snapshots, of: stream, replacing: true)
        return snapshots.map(\.position.digest)
    }

    /// Writes `snapshots` of `stream` and records their digests beside the stream's acknowledged head (a
    /// query uses a snapshot only once its digest is recorded there); then removes the stream's snapshots not
    /// recorded, all earlier ones with `replacing`, else those beyond the ``StateCheckpoint/kept`` kept.
    /// Called under the ledger's lock.
    func writeSnapshots(_ snapshots: [StateCheckpoint], of stream: StreamName, replacing: Bool) throws(StoreError) {
        var digests: [AcknowledgedHead.CheckpointDigest] = []
        for snapshot in snapshots {
            let file = snapshot.file
            try makeDirectories(checkpointDirectory)
            try writeFileAtomically(
                file.bytes, directory: checkpointDirectory,
                fileName: StateCheckpoint.fileName(stream, seq: snapshot.position.eventCount))
            digests.append(.init(seq: snapshot.position.eventCount, sha256: file.digest))
        }
        removeLeftovers()
        var head = (try? acknowledgedHead(stream).get()).flatMap { $0 } ?? .empty(stream)
        let written = Set(digests.map(\.seq))
        var recorded = (replacing ? [] : head.checkpoints.filter { !written.contains($0.seq) }) + digests
        recorded.sort { $0.seq < $1.seq }
        head.checkpoints = Self.spread(recorded, keeping: replacing ? recorded.count : StateCheckpoint.kept)
        try writeAcknowledgedHead(head)
        let kept = Set(head.checkpoints.map(\.seq))
        for seq in try checkpointSeqs(stream) where !kept.contains(seq) {
            let file = checkpointDirectory + "/" + StateCheckpoint.fileName(stream, seq: seq)
            guard unlink(file) == 0 || errno == ENOENT else { throw .io(path: file, operation: "unlink", errno: errno) }
        }
    }

    /// At most `count` of `digests` (ascending by seq): the latest, and of the others those that leave the
    /// smallest largest gap along the stream, dropping one at a time the one whose neighbours are closest.
    static func spread(
        _ digests: [AcknowledgedHead.CheckpointDigest], keeping count: Int
    ) -> [AcknowledgedHead.CheckpointDigest] {
        var kept = digests
        while kept.count > max(count, 1) {
            var best = 0
            var smallest = Int.max
            for index in 0..<(kept.count - 1) {
                let gap = kept[index + 1].seq - (index > 0 ? kept[index - 1].seq : 0)
                if gap < smallest {
                    smallest = gap
                    best = index
                }
            }
            kept.remove(at: best)
        }
        return kept
    }

    /// The latest usable snapshot of `stream` whose position was recorded by `limit` (any, without one),
    /// with the problems of the snapshots passed over on the way.
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
            if let reason = cache?.whyPassedOver(StateCheckpoint.fileName(stream, seq: seq)) {
                skipped.append(
                    CheckpointProblem(
                        file: StateCheckpoint.fileName(stream, seq: seq), reason: Localized(verbatim: reason)))
                continue
            }
            let key = "snapshot \(stream):\(seq):\(digest.hexString)"
            if let cached = cache?.value(for: key) as? StateCheckpoint, cached.state.snapshotDamage == nil,
                positionMismatch(cached) == nil
            {
                guard let limit, let time = cached.position.lastRecordedAt, time > limit else {
                    return (cached, skipped)
                }
                continue
            }
            switch loadCheckpoint(stream, seq: seq, recordedBy: limit, expecting: digest) {
            case .success(let checkpoint?):
                cache?.store(checkpoint, for: key)
                if let mapping = checkpoint.state.restoredFrom { cache?.watch(mapping) }
                return (checkpoint, skipped)
            case .success(nil): continue
            case .failure(let problem): skipped.append(problem)
            }
        }
        return (nil, skipped)
    }

    /// Why a snapshot whose piece `piece` differs from its digest is not used.
    static func damaged(piece: Int) -> Localized {
        let size = "\(SHA256.pieceBytes / 1024) KiB"
        let at = piece * SHA256.pieceBytes
        return Localized(
            id: "byte-nya bukan yang ditulis (potongan \(size) pada byte \(at) berbeda dari digest-nya): berkas itu "
                + "rusak setelah ditulis",
            en: "its bytes are not the ones written (the \(size) piece at byte \(at) differs from its digest): it was "
                + "damaged after it was written")
    }

    /// Why a snapshot without a digest in the stream's head record is not used.
    private static func unrecorded(_ stream: StreamName) -> Localized {
        Localized(
            id: "digest-nya tidak tercatat di \(stream.headFileName) (sisa penulisan yang terputus, atau tidak ditulis "
                + "oleh kinerja), sehingga kueri melewatinya",
            en: "its digest is not recorded in \(stream.headFileName) (left by an interrupted write, "
                + "or not written by kinerja), so queries pass it over")
    }

    /// Reads the snapshot of `stream` at `seq`: nil when it was taken after `limit`, a problem when it is
    /// unreadable, no longer matches the stream, or (with `expecting`) its bytes have another digest.
    func loadCheckpoint(
        _ stream: StreamName, seq: Int, recordedBy limit: Timestamp? = nil, expecting digest: SHA256Digest? = nil,
        checkingEveryPiece: Bool = false
    ) -> Result<StateCheckpoint?, CheckpointProblem> {
        let file = StateCheckpoint.fileName(stream, seq: seq)
        func problem(_ reason: Localized) -> Result<StateCheckpoint?, CheckpointProblem> {
            .failure(CheckpointProblem(file: file, reason: reason))
        }
        func unreadable(_ error: StoreError) -> Result<StateCheckpoint?, CheckpointProblem> {
            problem(
                Localized(
                    id: "tidak dapat dibaca: \(error.indonesianDescription)", en: "cannot be read: \(error)"))
        }
        // The header first, from a small read: a snapshot taken after `limit` is passed over unread.
        let filePath = checkpointDirectory + "/" + file
        let start: [UInt8]
        do {
            start = try FileDescriptor(path: filePath, flags: O_RDONLY).read(count: 4096, at: 0)
        } catch {
            return unreadable(error)
        }
        guard let end = start.firstIndex(of: 0x0A), let header = try? JSONParser.parse(Array(start[..<end])).objectValue
        else { return problem(Localized(id: "kepalanya bukan objek JSON", en: "the header is not a JSON object")) }
        guard header["snapshot"] == .integer(StateCheckpoint.formatVersion) else {
            // A cache of another version (left by the kinerja before an upgrade): no answer of this one reads it,
            // so `verify` notes it instead of failing the ledger.
            let found = (header["snapshot"] ?? header["checkpoint"])?.canonicalString ?? "none"
            return .failure(
                CheckpointProblem(
                    file: file,
                    reason: Localized(
                        id: "ditulis dalam format snapshot \(found) oleh versi kinerja lain (versi ini membaca format "
                            + "\(StateCheckpoint.formatVersion)), sehingga dilewati",
                        en: "written in snapshot format \(found) by another version of kinerja (this one reads "
                            + "format \(StateCheckpoint.formatVersion)), so it is passed over"),
                    isFailure: false, wasCompared: false))
        }
        guard header["stream"] == .string(stream.rawValue), header["seq"] == .integer(seq),
            let hash = header["hash"]?.stringValue.flatMap(SHA256Digest.init(hex:)),
            let recordedAt = header["recordedAt"]?.stringValue.flatMap(Timestamp.init(parsing:)),
            let lineOffset = header["lineOffset"]?.intValue, let streamEnd = header["end"]?.intValue,
            let bodyBytes = header["bodyBytes"]?.intValue, 0 <= lineOffset, lineOffset < streamEnd
        else {
            return problem(
                Localized(
                    id: "kepalanya tidak menyebut stream dan seq ini beserta posisinya",
                    en: "the header does not name this stream and seq with a position"))
        }
        if let limit, recordedAt > limit { return .success(nil) }
        // The header and body are followed by their pieces' digests, whose own digest must be the one
        // recorded; each piece is then checked against its digest when first read.
        let covered = end + 1 + bodyBytes
        let mapped: ReadOnlyBytes
        do {
            mapped = try ReadOnlyBytes(mapping: filePath, checkingPiecesOf: covered)
        } catch {
            return unreadable(error)
        }
        let bytes = mapped.buffer
        let position = StreamScan(
            stream: stream, path: path(stream.fileName), eventCount: seq, headHash: hash, lastRecordedAt: recordedAt,
            committedLength: streamEnd)
        guard let found = mapped.pieces?.digestOfDigests else {
            return problem(
                Localized(
                    id: "berkasnya \(bytes.count) byte, yang bukan kepalanya, \(bodyBytes) byte isi yang disebut "
                        + "kepalanya dan digest tiap potongan: berkas itu terpotong atau ditambahi",
                    en: "its file is \(bytes.count) bytes, which is not its header, the \(bodyBytes) bytes of body the "
                        + "header gives and a digest of each piece: it was cut short or added to"))
        }
        if let digest, found != digest {
            let digests = "digest \(found.hexString.prefix(12))…, "
            return problem(
                Localized(
                    id: "byte-nya bukan yang ditulis (\(digests)tercatat \(digest.hexString.prefix(12))… di "
                        + "\(stream.headFileName)): berkas itu diubah setelah ditulis",
                    en: "its bytes are not the ones written (\(digests)recorded \(digest.hexString.prefix(12))… in "
                        + "\(stream.headFileName)): it was changed after it was written"))
        }
        mapped.ensure(bytes.baseAddress, count: end + 1)
        guard bytes.starts(with: start[...end]) else {
            return problem(Localized(id: "berkas itu berubah saat dibaca", en: "it changed while it was read"))
        }
        if checkingEveryPiece { mapped.pieces?.ensureAll() }
        if let piece = mapped.damagedPiece { return problem(Self.damaged(piece: piece)) }
        let restored = OrganisationState(
            stream: stream, lines: lines(of: stream), snapshot: mapped, from: end + 1, to: covered)
        if let piece = mapped.damagedPiece { return problem(Self.damaged(piece: piece)) }
        guard let state = restored else {
            return problem(
                digest == nil
                    ? Localized(
                        id: "keadaannya tidak dapat dibaca dari byte-nya", en: "its state cannot be read from its bytes"
                    )
                    : Localized(
                        id: "keadaannya tidak dapat dibaca, padahal byte-nya adalah yang ditulis: kinerja ini menulis "
                            + "snapshot yang tidak dapat dibacanya kembali (kesalahan kinerja yang perlu dilaporkan; "
                            + "jawaban diambil dari stream)",
                        en: "its state cannot be read, though its bytes are the ones written: this kinerja wrote a "
                            + "snapshot it cannot read back (a fault in kinerja to report; answers come from the stream)"
                    ))
        }
        guard state.eventCount == seq else {
            return problem(
                Localized(
                    id: "keadaannya berisi \(state.eventCount) peristiwa, padahal kepalanya menyebut seq \(seq)",
                    en: "its state holds \(state.eventCount) events where its header says seq \(seq)"))
        }
        let snapshot = StateCheckpoint(position: position, lineOffset: lineOffset, state: state)
        if let mismatch = positionMismatch(snapshot) { return problem(mismatch) }
        return .success(snapshot)
    }

    /// Why the snapshot of `stream` at `seq` differs from `folded`, the state folded from the stream up to
    /// that seq (where each event's line starts, and a lookup of each id, included), or from the digest
    /// `recorded` for it in the stream's head record, if it does. `fingerprints` holds the fingerprint of
    /// each event's id by seq − 1. One that matches its stream but has no recorded digest is named without
    /// failing.
    func checkpointMismatch(
        _ stream: StreamName, seq: Int, folded: OrganisationState, fingerprints: [UInt32], recorded: SHA256Digest?
    ) -> CheckpointProblem? {
        switch loadCheckpoint(stream, seq: seq, expecting: recorded, checkingEveryPiece: true) {
        case .failure(let problem): return problem
        case .success(let snapshot?):
            let state = snapshot.state
            // The ids (and the index that finds them) on one core, the rest on the other: a snapshot of a
            // million events is compared in some tens of milliseconds, and `verify` compares every one. (On
            // threads of their own: this runs inside the scan's parallel decoding, where a nested
            // `concurrentPerform` ran both parts on one core; see ``SideBySide``.)
            let parts: [@Sendable () -> Bool] = [
                { state.ids == folded.ids }, { state.ids.findsEachRestored(byFingerprints: fingerprints) },
                { state.lineOffsets == folded.lineOffsets }, { state.saysTheSameApartFromIDs(as: folded) },
            ]
            let reasons = [
                Localized(
                    id: "id peristiwanya berbeda dari id di stream", en: "its event ids differ from the stream's"),
                Localized(
                    id: "indeks id peristiwanya tidak menemukan tiap id pada seq-nya",
                    en: "its index of event ids does not find each id at its seq"),
                Localized(
                    id: "letak awal baris peristiwanya berbeda dari stream",
                    en: "where its events' lines start differs from the stream"),
                Localized(
                    id: "yang dikatakannya tentang peristiwa (persetujuan, realisasi per indikator dan tahun, "
                        + "koreksi, keputusan) berbeda dari keadaan yang dibangun ulang dari stream",
                    en: "what it says of the events (approvals, realisations by indicator and year, corrections, "
                        + "decisions) differs from the state rebuilt from the stream"),
            ]
            var holds = [Bool](repeating: false, count: parts.count)
            holds.withUnsafeMutableBufferPointer { holds in
                nonisolated(unsafe) let holds = holds
                SideBySide.perform(iterations: 2) { core in
                    holds[2 * core] = parts[2 * core]()
                    // The index is checked once the ids are known to be the stream's.
                    if core == 1 || holds[0] { holds[2 * core + 1] = parts[2 * core + 1]() }
                }
            }
            if let differs = holds.firstIndex(of: false) {
                return CheckpointProblem(
                    file: StateCheckpoint.fileName(stream, seq: seq),
                    reason: Localized(id: "tidak cocok dengan stream-nya: ", en: "does not match its stream: ")
                        + reasons[differs])
            }
            guard recorded == nil else { return nil }
            return CheckpointProblem(
                file: StateCheckpoint.fileName(stream, seq: seq), reason: Self.unrecorded(stream), isFailure: false)
        case .success(nil):
            return CheckpointProblem(
                file: StateCheckpoint.fileName(stream, seq: seq),
                reason: Localized(id: "tidak dapat dibaca", en: "cannot be read"))
        }
    }

    /// Why the stream no longer has the snapshot's last event where the snapshot says, if it does not.
    func positionMismatch(_ snapshot: StateCheckpoint) -> Localized? {
        let position = snapshot.position
        let length = position.committedLength - snapshot.lineOffset
        guard length > 0, snapshot.lineOffset >= 0,
            let file = try? FileDescriptor(path: path(position.stream.fileName), flags: O_RDONLY),
            let bytes = try? file.read(count: length, at: snapshot.lineOffset), bytes.count == length,
            bytes.last == 0x0A
        else {
            return Localized(
                id: "stream tidak lagi memiliki baris pada posisinya",
                en: "the stream no longer has a line at its position")
        }
        let event = bytes.dropLast().withUnsafeBytes { try? EventLine.decode($0) }
        guard let event, event.seq == position.eventCount, event.hash == position.headHash,
            event.recordedAt == position.lastRecordedAt
        else {
            let recorded = position.lastRecordedAt?.description ?? "?"
            return Localized(
                id: "baris stream pada posisinya bukan seq \(position.eventCount) dengan hash \(position.headHash) "
                    + "yang dicatat pada \(recorded)",
                en: "the stream's line at its position is not seq \(position.eventCount) with hash "
                    + "\(position.headHash) recorded at \(recorded)")
        }
        return nil
    }
}
