/// Why the store could not do what was asked. Nothing was written when one of these is thrown.
package enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    case notALedger(directory: String)
    case alreadyALedger(directory: String)
    case unsupportedFormat(directory: String, found: String)
    case io(path: String, operation: String, errno: Int32)
    case streamDamaged(StreamDamage)
    case clockBehind(stream: StreamName, clock: Timestamp, last: Timestamp)
    case idConflict(stream: StreamName, id: String, existingSeq: Int?)
    case unknownStream(StreamName)
    case emptyBatch
    case invalidEvent(id: String, reason: String)
    case upgradeNeeded(directory: String, found: Int)
    case acknowledgementNotSynchronised(stream: StreamName, seq: Int, underlying: String)
    case streamList(HeadRecordProblem)
    case unrecognisedEvents(stream: StreamName, first: UnrecognisedEvent, count: Int)
    /// A snapshot's piece at byte `offset` was found to differ from its digest while a command read it: what
    /// the command worked out from it is void (it is worked out again without the snapshot).
    case snapshotDamaged(path: String, offset: Int)

    /// One sentence naming the problem and the value or place involved.
    package var description: String {
        switch self {
        case .notALedger(let directory):
            "\(directory) is not a Kinerja ledger (it has no \(Ledger.markerFileName)); create one with 'kinerja init'"
        case .alreadyALedger(let directory):
            "\(directory) is already a Kinerja ledger; nothing was changed"
        case .unsupportedFormat(let directory, let found):
            "\(directory)/\(Ledger.markerFileName) declares \(found), which this kinerja cannot read "
                + "(it reads format kinerja-ledger version \(Ledger.formatVersion))"
        case .io(let path, let operation, let errno):
            "cannot \(operation) \(path): \(systemErrorMessage(errno))"
        case .streamDamaged(let damage):
            damage.problem.isAcknowledgementProblem
                ? "\(damage); writes to stream \(damage.stream) are refused, so that no seq is given twice: "
                    + damage.problem.remedy(stream: damage.stream) + " (run 'kinerja verify')"
                : "\(damage); writes to stream \(damage.stream) are refused until this is investigated "
                    + "(run 'kinerja verify')"
        case .clockBehind(let stream, let clock, let last):
            "the clock reads \(clock), earlier than the last event of stream \(stream) (\(last)); "
                + "recordedAt never goes backwards"
        case .idConflict(let stream, let id, let existingSeq):
            if let existingSeq {
                "id \"\(id)\" is already used in stream \(stream) by seq \(existingSeq) with different content; "
                    + "an event is never replaced (record a correction instead)"
            } else {
                "id \"\(id)\" is given twice in this batch with different content"
            }
        case .unknownStream(let stream):
            "there is no stream \(stream) in this ledger"
        case .emptyBatch:
            "nothing to append: the input holds no events"
        case .acknowledgementNotSynchronised(let stream, let seq, let underlying):
            "the batch was written to stream \(stream) and acknowledged up to seq \(seq), but then \(underlying); "
                + "it is recorded: do not record it again (repeated with the same ids, it is reported as already present)"
        case .unrecognisedEvents(let stream, let first, let count):
            "stream \(stream) holds \(count) event\(count == 1 ? "" : "s") of types this kinerja does not know "
                + "(the first: seq \(first.seq), \(first.type) v\(first.version)), written by a newer kinerja; they are "
                + "read and verified but not interpreted, so writes to the stream are refused: use that kinerja"
        case .streamList(let problem):
            "\(Ledger.streamListFileName), the list of the ledger's streams, \(problem); writes are refused until it "
                + "is restored from a backup (run 'kinerja verify')"
        case .upgradeNeeded(let directory, let found):
            "\(directory) is a format \(found) ledger, which records no acknowledged heads; run 'kinerja upgrade' "
                + "once to record each stream's current end as acknowledged, then write"
        case .invalidEvent(let id, let reason):
            "event \(id) was not written: \(reason) (the store writes only lines that verify)"
        case .snapshotDamaged(let path, let offset):
            "the snapshot \(path) was found damaged while it was read (its \(SHA256.pieceBytes / 1024) KiB piece at byte "
                + "\(offset) is not what was written); nothing was written. A snapshot is only a cache: run 'kinerja "
                + "verify', and once the stream verifies, 'kinerja checkpoint' writes the snapshot anew"
        }
    }
}

/// The first damaged line of a stream: a problem recovery never repairs.
package struct StreamDamage: Error, Equatable, Sendable, CustomStringConvertible {
    /// The damaged stream.
    package var stream: StreamName
    /// The stream file's path.
    package var path: String
    /// The 1-based line number of the first bad line (0 when no line is to blame, as for a missing record).
    package var line: Int
    /// What is wrong with it.
    package var problem: LineProblem

    /// `path:line: problem` (`path: problem` for a problem of the whole stream, line 0).
    package var description: String { line > 0 ? "\(path):\(line): \(problem)" : "\(path): \(problem)" }
}
