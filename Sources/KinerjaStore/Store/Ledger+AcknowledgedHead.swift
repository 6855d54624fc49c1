#if canImport(Glibc)
    import Glibc
#endif

extension Ledger {
    /// The acknowledged-head record of `stream`: nil for a stream never written (no file, not listed), a
    /// problem when the record is missing beside an existing stream file or a listed name, or damaged.
    package func acknowledgedHead(_ stream: StreamName) -> Result<AcknowledgedHead?, HeadRecordProblem> {
        let recordPath = path(stream.headFileName)
        guard fileExists(recordPath) else {
            let listed = (try? listedStreams().get())?.contains(stream) ?? false
            return fileExists(path(stream.fileName)) || listed ? .failure(.missing) : .success(nil)
        }
        do {
            return AcknowledgedHead.parse(try readWholeFile(recordPath), stream: stream).map { $0 }
        } catch {
            return .failure(.damaged("it cannot be read: \(error)"))
        }
    }

    /// Replaces the acknowledged-head record of its stream, atomically and durably.
    package func writeAcknowledgedHead(_ head: AcknowledgedHead) throws(StoreError) {
        try writeFileAtomically(head.bytes, directory: directory, fileName: head.stream.headFileName)
    }

    /// Why `scan` of `stream` contradicts the stream's acknowledged-head record, if it does: the record is
    /// missing or damaged, or the stream no longer holds the acknowledged line where the record says.
    /// With `readToEnd`, the scan read the whole stream, so the message can say which seqs are missing.
    /// Format 1 ledgers have no records and are not checked.
    func acknowledgementDamage(_ stream: StreamName, scan: StreamScan, readToEnd: Bool) -> StreamDamage? {
        guard version >= 2 else { return nil }
        let streamPath = path(stream.fileName)
        func damage(line: Int, _ problem: LineProblem) -> StreamDamage {
            StreamDamage(stream: stream, path: streamPath, line: line, problem: problem)
        }
        let head: AcknowledgedHead
        switch acknowledgedHead(stream) {
        case .success(nil): return nil
        case .success(let found?): head = found
        case .failure(let problem): return damage(line: 0, .headRecord(file: stream.headFileName, problem))
        }
        guard head.seq > 0, !streamHoldsLine(of: head) else { return nil }
        let present = readToEnd ? scan.eventCount + (scan.incompleteTail?.chainedLines ?? 0) : nil
        if let present, present < head.seq {
            return damage(
                line: present + 1,
                .acknowledgedMissing(acknowledged: head.seq, present: present, headFile: stream.headFileName))
        }
        if present == nil, fileSize(streamPath) ?? 0 < head.end {
            return damage(
                line: head.seq,
                .acknowledgedMissing(acknowledged: head.seq, present: nil, headFile: stream.headFileName))
        }
        return damage(
            line: head.seq, .acknowledgedChanged(seq: head.seq, hash: head.hash, headFile: stream.headFileName))
    }

    /// The head of `stream` (its last complete batch), read from the acknowledged-head record and the
    /// stream's bytes after it: the cost grows with what was written since the last acknowledgement, not
    /// with the stream's history. A stream that contradicts its record is refused as damaged, with the
    /// message a full scan gives. (`verify` still reads and re-hashes everything.)
    package func currentHead(_ stream: StreamName) throws(StoreError) -> LedgerDigest {
        func fullScan() throws(StoreError) -> LedgerDigest {
            let scan = try scan(stream)
            if let damage = scan.damage { throw .streamDamaged(damage) }
            return scan.digest
        }
        guard version >= 2, case .success(let record) = acknowledgedHead(stream), let head = record,
            head.seq == 0 || streamHoldsLine(of: head)
        else { return try fullScan() }
        let start = StreamScan(
            stream: stream, path: path(stream.fileName), eventCount: head.seq, headHash: head.hash,
            committedLength: head.end)
        let tail = try StreamScanner.scan(
            stream: stream, path: path(stream.fileName), schemas: schemas, resuming: start, progress: progress)
        if let damage = tail.damage { throw .streamDamaged(damage) }
        return tail.digest
    }

    /// Whether the stream file holds, from `head.lineOffset` to `head.end`, one line whose own hash is
    /// right and which is the acknowledged event: a check of the stream's end that reads one line.
    private func streamHoldsLine(of head: AcknowledgedHead) -> Bool {
        let length = head.end - head.lineOffset
        guard let file = try? FileDescriptor(path: path(head.stream.fileName), flags: O_RDONLY),
            let bytes = try? file.read(count: length, at: head.lineOffset), bytes.count == length,
            bytes.last == 0x0A, !bytes.dropLast().contains(0x0A)
        else { return false }
        let event = bytes.dropLast().withUnsafeBytes { try? EventLine.decode($0, checkingHash: true) }
        return event.map { $0.seq == head.seq && $0.hash == head.hash } ?? false
    }

    /// Files an interrupted write left (temporary files of atomic writes, here and among the checkpoints;
    /// quarantine files a failed recovery left empty), as paths relative to the ledger directory.
    func leftoverFiles() -> [String] {
        let quarantines = ((try? quarantineFiles()) ?? []).filter { fileSize(path($0)) == 0 }
        return temporaryFiles(in: directory) + quarantines
            + temporaryFiles(in: checkpointDirectory).map { Ledger.checkpointDirectoryName + "/" + $0 }
    }

    /// Removes ``leftoverFiles()``. Called by writers, under the lock, so no write in progress is touched.
    /// A file that cannot be removed stays for the next writer; `verify` names it meanwhile.
    package func removeLeftovers() {
        for file in leftoverFiles() { unlink(path(file)) }
    }

    /// Raises a format 1 ledger to format 2: checks every stream and records its current end (its complete
    /// batches) as acknowledged, then rewrites the marker. Refuses a damaged stream, changing nothing.
    /// Returns the heads recorded; an empty list when the ledger is already format 2.
    package func upgrade() throws(StoreError) -> [LedgerDigest] {
        guard version < Ledger.formatVersion else { return [] }
        // Format 1 writers lock the file `ledger.lock`: hold it too, so none of them writes meanwhile.
        let formatOneLock = try? FileDescriptor(path: path("ledger.lock"), flags: O_RDWR)
        try formatOneLock?.lockExclusively()
        let recorded = try withExclusiveLock { () throws(StoreError) in
            var heads: [AcknowledgedHead] = []
            for stream in try streams() {
                var last: (event: StoredEvent, offset: Int)?
                let scan = try scan(stream) { event, offset in last = (event, offset) }
                if let damage = scan.damage { throw .streamDamaged(damage) }
                heads.append(
                    last.map {
                        AcknowledgedHead(
                            stream: stream, seq: $0.event.seq, hash: $0.event.hash, lineOffset: $0.offset,
                            end: scan.committedLength)
                    } ?? .empty(stream))
            }
            for head in heads { try writeAcknowledgedHead(head) }
            try writeFileAtomically(
                Ledger.streamListContents(Set(heads.map(\.stream))), directory: directory,
                fileName: Ledger.streamListFileName)
            try writeFileAtomically(
                Ledger.markerContents(), directory: directory, fileName: Ledger.markerFileName)
            return heads.map(\.digest)
        }
        _ = consume formatOneLock  // released here, after the upgrade
        return recorded
    }
}
