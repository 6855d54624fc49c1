import KinerjaEvents
import KinerjaStore

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
        let snapshot = usingCheckpoints ? try latestCheckpoint(stream, recordedBy: asOf).checkpoint : nil
        var state = snapshot?.state ?? OrganisationState(stream: stream, lines: lines(of: stream))
        // The state's own id index answers the scan's check that every id is new: one index, not two, and it
        // knows the ids before the snapshot too.
        let scan = try scan(
            stream, summarising: true, resuming: snapshot?.position, recordedBy: asOf, into: &state)
        if let damage = scan.damage { throw .streamDamaged(damage) }
        return (state, scan.digest)
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
