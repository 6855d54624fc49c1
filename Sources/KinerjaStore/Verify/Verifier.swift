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
            let scan: StreamScan
            if let caches = try cacheCheck(name) {
                let checked: (checked: Int, problems: [CheckpointProblem])
                (scan, found, checked) = try scanChecking(ledger, name, wanted: wanted, caches: caches)
                checkpointsChecked += checked.checked
                checkpointProblems += checked.problems
            } else {
                scan = try ledger.scan(name, summarising: true) { event, _ in
                    if wanted.contains(event.seq) { found[event.seq] = event.hash }
                }
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

    /// Scans `stream` with its cache check: the scan, the hashes at the `wanted` seqs, and what the check found.
    private static func scanChecking<Check: StreamCacheCheck>(
        _ ledger: Ledger, _ stream: StreamName, wanted: Set<Int>, caches: Check
    ) throws(StoreError) -> (StreamScan, [Int: SHA256Digest], (checked: Int, problems: [CheckpointProblem])) {
        var visitor = DigestFinder(wanted: wanted, then: caches)
        let scan = try ledger.scan(stream, summarising: true, into: &visitor)
        return (scan, visitor.found, visitor.then.finish(scan))
    }
}

/// Finds the hashes at the seqs of the digests to confirm, and passes every event on to a stream's cache
/// check (whose index of ids the scan uses).
private struct DigestFinder<Then: StreamCacheCheck>: StreamVisitor {
    let wanted: Set<Int>
    var found: [Int: SHA256Digest] = [:]
    var then: Then

    init(wanted: Set<Int>, then: Then) {
        self.wanted = wanted
        self.then = then
    }

    func seq(of id: String, fingerprint: UInt32) -> Int? {
        then.seq(of: id, fingerprint: fingerprint)
    }

    func prefetch(idFingerprint: UInt32) {
        then.prefetch(idFingerprint: idFingerprint)
    }

    mutating func visit(_ event: StoredEvent, offset: Int, idFingerprint: UInt32) {
        if wanted.contains(event.seq) { found[event.seq] = event.hash }
        then.visit(event, offset: offset, idFingerprint: idFingerprint)
    }
}
