/// Checks every stream of a ledger (hashes, chain, seq, batches, ids, schemas) and confirms digests.
package enum Verifier {
    /// Verifies `ledger`, confirming each of `digests` against the streams as they are now. `cacheCheck`
    /// gives, for a stream, the check of its caches (checkpoints) to run on the events as they are read.
    package static func verifyStreams(
        _ ledger: Ledger, digests: [LedgerDigest] = [],
        cacheCheck: (StreamName) throws(StoreError) -> (any StreamCacheCheck)? = { _ in nil }
    ) throws(StoreError) -> VerifyReport {
        let names = try ledger.streams()
        var scans: [StreamScan] = []
        var hashesAt: [StreamName: [Int: SHA256Digest]] = [:]
        var checkpointProblems: [CheckpointProblem] = []
        var checkpointsChecked = 0
        var acknowledgedSeqs: [StreamName: Int] = [:]
        for name in names {
            let wanted = Set(digests.filter { $0.stream == name }.map(\.seq))
            var found: [Int: SHA256Digest] = [:]
            let caches = try cacheCheck(name).map(CacheCheckBox.init)
            let scan = try ledger.scan(
                name, summarising: true,
                visit: { event, offset in
                    if wanted.contains(event.seq) { found[event.seq] = event.hash }
                    caches?.check.visit(event, offset: offset)
                }, knownIDs: caches.map { caches in { caches.check.seq(of: $0) } })
            if let (checked, problems) = caches?.check.finish(scan) {
                checkpointsChecked += checked
                checkpointProblems += problems
            }
            if case .success(let head?) = ledger.acknowledgedHead(name) { acknowledgedSeqs[name] = head.seq }
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
            formatVersion: ledger.version, acknowledgedSeqs: acknowledgedSeqs,
            streamListProblem: { if case .failure(let problem) = ledger.listedStreams() { problem } else { nil } }(),
            uncheckedFiles: try ledger.unreadableStreamFiles(), checkpointsChecked: checkpointsChecked,
            checkpointProblems: checkpointProblems)
    }
}

/// A stream's cache check, which the scan's id check reads while its visitor feeds it.
private final class CacheCheckBox {
    var check: any StreamCacheCheck

    init(_ check: any StreamCacheCheck) {
        self.check = check
    }
}
