extension Ledger {
    /// The state of an organisation's stream, folded from its committed events, and the head it reflects.
    /// With `asOf`, only the events recorded by then: what the ledger showed at that time.
    package func organisationState(_ stream: StreamName, asOf: Timestamp? = nil) throws(StoreError) -> (
        state: OrganisationState, head: LedgerDigest
    ) {
        guard try streams().contains(stream) else { throw .unknownStream(stream) }
        var state = OrganisationState(stream: stream)
        var head = LedgerDigest(stream: stream, seq: 0, hash: .zero)
        let scan = try scan(stream) { event, _ in
            if let asOf, event.recordedAt > asOf { return }
            state.evolve(event, catalog: catalog)
            head = LedgerDigest(stream: stream, seq: event.seq, hash: event.hash)
        }
        if let damage = scan.damage { throw .streamDamaged(damage) }
        return (state, head)
    }
}
