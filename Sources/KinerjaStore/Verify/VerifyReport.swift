/// What `verify` found: every stream's scan, the check of each digest given, and the quarantine files.
package struct VerifyReport: Sendable, Equatable {
    /// The outcome of checking one digest an auditor wrote down earlier.
    enum DigestOutcome: Sendable, Equatable {
        /// The stream still holds that event with that hash; it now ends at `currentSeq`.
        case extended(currentSeq: Int)
        /// The ledger has no such stream.
        case unknownStream
        /// The stream has fewer events than the digest's seq: events were removed.
        case shorter(currentSeq: Int)
        /// The event at that seq has another hash: history was rewritten.
        case rewritten(foundHash: SHA256Digest)
        /// The stream is damaged before that seq, so the digest cannot be confirmed.
        case unreadable
    }

    /// One digest and what checking it found.
    struct DigestCheck: Sendable, Equatable {
        /// The digest given.
        package var digest: LedgerDigest
        /// What was found.
        package var outcome: DigestOutcome

        /// Whether the stream still extends the digest.
        var isConfirmed: Bool {
            if case .extended = outcome { return true }
            return false
        }
    }

    /// Every stream's scan, sorted by stream name.
    package var streams: [StreamScan]
    /// The digest checks, in the order given.
    var digestChecks: [DigestCheck]
    /// Files holding bytes moved out of streams by recovery.
    var quarantineFiles: [String]
    /// Files an interrupted write left behind (temporary files, empty quarantine files), which the next
    /// write removes: named, not failures.
    var leftoverFiles: [String] = []
    /// The ledger's format version (1: no acknowledged heads recorded yet).
    package var formatVersion = Ledger.formatVersion
    /// The seq each stream's head record acknowledges.
    var acknowledgedSeqs: [StreamName: Int] = [:]
    /// What is wrong with the list of the ledger's streams, if anything.
    var streamListProblem: HeadRecordProblem?
    /// `*.jsonl` files that are not streams (their names are not stream names), so were not checked.
    var uncheckedFiles: [String] = []
    /// How many checkpoint files were compared with their streams.
    var checkpointsChecked = 0
    /// Checkpoints that do not match their streams (queries would pass them over; a changed one is a sign
    /// of tampering with the ledger directory).
    var checkpointProblems: [CheckpointProblem] = []

    /// Whether every stream is intact and every digest is confirmed.
    package var isSuccessful: Bool {
        streams.allSatisfy { $0.damage == nil } && digestChecks.allSatisfy(\.isConfirmed) && uncheckedFiles.isEmpty
            && failingCheckpoints.isEmpty && streamListProblem == nil
    }

    /// The checkpoint problems that fail verification (the rest are notes).
    private var failingCheckpoints: [CheckpointProblem] {
        checkpointProblems.filter(\.isFailure)
    }

    /// The report as lines of text: one per stream, notes, one per digest, and a summary.
    package var lines: [String] {
        var lines: [String] = []
        for scan in streams {
            if let damage = scan.damage, damage.problem.isAcknowledgementProblem {
                lines.append("\(damage)")
                let cut = scan.incompleteTail.map { tail in
                    tail.chainedLines == 0
                        ? "" : " and \(tail.chainedLines) line\(tail.chainedLines == 1 ? "" : "s") of an incomplete one"
                }
                lines.append(
                    "  \(scan.stream.fileName) FAILED: it holds \(scan.eventCount) event\(scan.eventCount == 1 ? "" : "s") in complete batches\(cut ?? ""); "
                        + "writes to stream \(scan.stream) are refused, so that no seq is given twice, until the stream is "
                        + "restored from a backup that holds every acknowledged event"
                )
                continue
            } else if let damage = scan.damage {
                lines.append("\(damage)")
                lines.append(
                    "  \(scan.stream.fileName) is damaged: the first bad line is \(damage.line); nothing after it was checked"
                )
            } else {
                lines.append(
                    "\(scan.stream.fileName): ok, \(scan.eventCount) event\(scan.eventCount == 1 ? "" : "s"), head \(scan.digest)"
                )
            }
            if let acknowledged = acknowledgedSeqs[scan.stream], acknowledged < scan.eventCount {
                let range =
                    acknowledged + 1 == scan.eventCount
                    ? "seq \(scan.eventCount) is" : "seq \(acknowledged + 1)–\(scan.eventCount) are"
                lines.append(
                    "  note: \(range) complete but not yet acknowledged in \(scan.stream.headFileName) (a writer stopped "
                        + "between writing them and recording them); the next write acknowledges them")
            }
            if let first = scan.unrecognised.first {
                let count = scan.unrecognised.count
                lines.append(
                    "  note: \(count) event\(count == 1 ? " is" : "s are") of types this kinerja does not know (the "
                        + "first: seq \(first.seq), \(first.type) v\(first.version)); verified by hash and chain, not "
                        + "interpreted; writes to the stream are refused")
            }
            if let tail = scan.incompleteTail {
                lines.append(
                    "  note: \(tail); readers ignore them and the next write moves them to \(scan.stream.quarantineFileName)"
                )
            }
        }
        if let problem = streamListProblem {
            lines.append("\(Ledger.streamListFileName): FAILED: the list of the ledger's streams \(problem)")
        }
        for file in uncheckedFiles {
            lines.append("\(file): not checked: the name is not a stream name (lowercase letters, digits and '-')")
        }
        for file in quarantineFiles {
            lines.append("note: \(file) holds bytes moved out of a stream by an earlier recovery")
        }
        for file in leftoverFiles {
            lines.append(
                "note: \(file) was left by an interrupted write and holds nothing recorded; the next write removes it")
        }
        if formatVersion < Ledger.formatVersion {
            lines.append(
                "note: this is a format \(formatVersion) ledger: no acknowledged heads are recorded, so events removed from "
                    + "a stream's end cannot be told from an interrupted write; 'kinerja upgrade' records them")
        }
        for problem in checkpointProblems {
            lines.append(
                problem.isFailure
                    ? "\(problem): FAILED (a checkpoint is a cache: once its stream verifies, 'kinerja checkpoint' "
                        + "writes it anew)"
                    : "note: \(problem)")
        }
        if checkpointsChecked > 0 {
            let matching = checkpointsChecked - failingCheckpoints.count
            lines.append(
                "checkpoints: \(matching) of \(checkpointsChecked) match the state folded from its stream"
            )
        }
        for check in digestChecks {
            lines.append("digest \(check.digest): \(check.outcome.sentence(for: check.digest))")
        }
        let events = streams.reduce(0) { $0 + $1.eventCount }
        let damaged = streams.filter { $0.damage != nil }.count
        let unconfirmed = digestChecks.filter { !$0.isConfirmed }.count
        if isSuccessful {
            lines.append(
                "verified \(streams.count) stream\(streams.count == 1 ? "" : "s"), \(events) event\(events == 1 ? "" : "s"): ok"
            )
        } else {
            var problems: [String] = []
            if damaged > 0 { problems.append("\(damaged) damaged stream\(damaged == 1 ? "" : "s")") }
            if !uncheckedFiles.isEmpty {
                problems.append("\(uncheckedFiles.count) unchecked file\(uncheckedFiles.count == 1 ? "" : "s")")
            }
            if !failingCheckpoints.isEmpty {
                problems.append(
                    "\(failingCheckpoints.count) checkpoint\(failingCheckpoints.count == 1 ? "" : "s") not matching")
            }
            if streamListProblem != nil { problems.append("the list of streams damaged") }
            if unconfirmed > 0 { problems.append("\(unconfirmed) digest\(unconfirmed == 1 ? "" : "s") not confirmed") }
            lines.append("verification FAILED: \(problems.joined(separator: ", "))")
        }
        return lines
    }
}

extension VerifyReport.DigestOutcome {
    func sentence(for digest: LedgerDigest) -> String {
        switch self {
        case .extended(let currentSeq):
            "ok, the stream still holds this head"
                + (currentSeq > digest.seq ? " and extends it to seq \(currentSeq)" : "")
        case .unknownStream:
            "FAILED: the ledger has no stream \(digest.stream)"
        case .shorter(let currentSeq):
            "FAILED: the stream now ends at seq \(currentSeq), before \(digest.seq): events were removed"
        case .rewritten(let foundHash):
            "FAILED: seq \(digest.seq) now has hash \(foundHash): history was rewritten after this digest was taken"
        case .unreadable:
            "FAILED: the stream is damaged before seq \(digest.seq), so this head cannot be confirmed"
        }
    }
}
