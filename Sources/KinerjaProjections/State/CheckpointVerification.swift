import KinerjaEvents
import KinerjaStore

/// Compares each checkpoint of one stream with the state folded from the stream itself at its seq, and its
/// bytes with the digest recorded beside the stream's acknowledged head, while `verify` reads the stream.
struct CheckpointVerification: StreamCacheCheck {
    private let ledger: Ledger
    private let stream: StreamName
    private var pending: ArraySlice<Int>
    private var folded: OrganisationState
    /// The fingerprint of each event's id, by seq − 1: what a snapshot's index of ids must be sorted by.
    private var fingerprints: [UInt32] = []
    private let recorded: AcknowledgedHead?
    private var checked = 0
    private var problems: [CheckpointProblem] = []

    /// The check of `stream`'s checkpoints, or nil when it has none.
    init?(ledger: Ledger, stream: StreamName) throws(StoreError) {
        let seqs = try ledger.checkpointSeqs(stream)
        guard !seqs.isEmpty else { return nil }
        self.ledger = ledger
        self.stream = stream
        pending = seqs[...]
        folded = ledger.emptyState(stream)
        recorded = (try? ledger.acknowledgedHead(stream).get()).flatMap { $0 }
    }

    mutating func visit(_ event: StoredEvent, offset: Int, idFingerprint: UInt32) {
        folded.visit(event, offset: offset, idFingerprint: idFingerprint)
        fingerprints.append(idFingerprint)
        // A checkpoint is taken at a batch's end; one named after a seq inside a batch never fits.
        while let next = pending.first, next < event.seq {
            pending.removeFirst()
            checked += 1
            problems.append(
                CheckpointProblem(
                    file: StateCheckpoint.fileName(stream, seq: next),
                    reason: Localized(
                        id: "seq \(next) bukan akhir sebuah batch di stream",
                        en: "seq \(next) is not the end of a batch of the stream")))
        }
        guard pending.first == event.seq, event.seq == event.batch.last else { return }
        pending.removeFirst()
        let problem = ledger.checkpointMismatch(
            stream, seq: event.seq, folded: folded, fingerprints: fingerprints,
            recorded: recorded?.checkpointDigest(seq: event.seq))
        if problem?.wasCompared ?? true { checked += 1 }
        if let problem { problems.append(problem) }
    }

    func seq(of id: String, fingerprint: UInt32) -> Int? {
        folded.seq(of: id, fingerprint: fingerprint)
    }

    func prefetch(idFingerprint: UInt32) {
        folded.prefetch(idFingerprint: idFingerprint)
    }

    mutating func finish(_ scan: StreamScan) -> (checked: Int, problems: [CheckpointProblem]) {
        for seq in pending {
            checked += 1
            problems.append(
                CheckpointProblem(
                    file: StateCheckpoint.fileName(stream, seq: seq),
                    reason: Localized(
                        id: "tidak ada batch di stream yang berakhir pada seq \(seq) (stream berisi "
                            + "\(scan.eventCount) peristiwa)",
                        en: "no batch of the stream ends at seq \(seq) (the stream has \(scan.eventCount) events)")))
        }
        pending = []
        return (checked, problems)
    }
}

extension Verifier {
    /// Verifies `ledger` (every stream, and each of `digests`), and every checkpoint against its stream.
    package static func verify(_ ledger: Ledger, digests: [LedgerDigest] = []) throws(StoreError) -> VerifyReport {
        try verifyStreams(ledger, digests: digests) { stream throws(StoreError) in
            try CheckpointVerification(ledger: ledger, stream: stream)
        }
    }
}
