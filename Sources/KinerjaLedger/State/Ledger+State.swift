extension Ledger {
    /// The state of an organisation's stream, folded from its committed events, and the head it reflects.
    package func organisationState(_ stream: StreamName) throws(StoreError) -> (
        state: OrganisationState, head: LedgerDigest
    ) {
        guard try streams().contains(stream) else { throw .unknownStream(stream) }
        var state = OrganisationState(stream: stream)
        let scan = try scan(stream) { event, _ in state.evolve(event, catalog: catalog) }
        if let damage = scan.damage { throw .streamDamaged(damage) }
        return (state, scan.digest)
    }
}
