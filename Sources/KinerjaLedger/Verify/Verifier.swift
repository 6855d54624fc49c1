/// Checks every stream of a ledger (hashes, chain, seq, batches, ids, schemas) and confirms digests.
package enum Verifier {
    /// Verifies `ledger`, confirming each of `digests` against the streams as they are now.
    package static func verify(_ ledger: Ledger, digests: [LedgerDigest] = []) throws(StoreError) -> VerifyReport {
        let names = try ledger.streams()
        var scans: [StreamScan] = []
        var hashesAt: [StreamName: [Int: SHA256Digest]] = [:]
        var checkpointProblems: [CheckpointProblem] = []
        var checkpointsChecked = 0
        for name in names {
            let wanted = Set(digests.filter { $0.stream == name }.map(\.seq))
            var found: [Int: SHA256Digest] = [:]
            // Each checkpoint is compared with the state folded from the stream itself at its seq.
            var checkpoints = try ledger.checkpointSeqs(name)[...]
            var folded = checkpoints.isEmpty ? nil : OrganisationState(stream: name)
            let recorded = (try? ledger.acknowledgedHead(name).get()).flatMap { $0 }
            let scan = try ledger.scan(name) { event, _ in
                if wanted.contains(event.seq) { found[event.seq] = event.hash }
                folded?.evolve(event, catalog: ledger.catalog)
                // A checkpoint is taken at a batch's end; one named after a seq inside a batch never fits.
                while let next = checkpoints.first, next < event.seq {
                    checkpoints.removeFirst()
                    checkpointsChecked += 1
                    checkpointProblems.append(
                        CheckpointProblem(
                            file: StateCheckpoint.fileName(name, seq: next),
                            reason: "seq \(next) is not the end of a batch of the stream"))
                }
                guard let folded, checkpoints.first == event.seq, event.seq == event.batch.last else { return }
                checkpoints.removeFirst()
                checkpointsChecked += 1
                if let problem = ledger.checkpointMismatch(
                    name, seq: event.seq, folded: folded, recorded: recorded?.checkpointDigest(seq: event.seq))
                {
                    checkpointProblems.append(problem)
                }
            }
            checkpointsChecked += checkpoints.count
            checkpointProblems += checkpoints.map { seq in
                CheckpointProblem(
                    file: StateCheckpoint.fileName(name, seq: seq),
                    reason: "no batch of the stream ends at seq \(seq) (the stream has \(scan.eventCount) events)")
            }
            scans.append(scan)
            hashesAt[name] = found
        }
        let checks = digests.map { digest -> VerifyReport.DigestCheck in
            guard let scan = scans.first(where: { $0.stream == digest.stream }) else {
                return .init(digest: digest, outcome: .unknownStream)
            }
            let outcome: VerifyReport.DigestOutcome
            if digest.seq == 0 {
                outcome =
                    digest.hash == StoredEvent.zeroHash
                    ? .extended(currentSeq: scan.eventCount) : .rewritten(foundHash: StoredEvent.zeroHash)
            } else if let hash = hashesAt[digest.stream]?[digest.seq] {
                outcome = hash == digest.hash ? .extended(currentSeq: scan.eventCount) : .rewritten(foundHash: hash)
            } else if scan.damage != nil {
                outcome = .unreadable
            } else {
                outcome = .shorter(currentSeq: scan.eventCount)
            }
            return .init(digest: digest, outcome: outcome)
        }
        let leftovers = ledger.leftoverFiles()
        return VerifyReport(
            streams: scans, digestChecks: checks,
            quarantineFiles: try ledger.quarantineFiles().filter { !leftovers.contains($0) }, leftoverFiles: leftovers,
            formatVersion: ledger.version,
            uncheckedFiles: try ledger.unreadableStreamFiles(), checkpointsChecked: checkpointsChecked,
            checkpointProblems: checkpointProblems)
    }
}
