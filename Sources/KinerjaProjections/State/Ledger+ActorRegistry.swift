import KinerjaEvents
import KinerjaStore

extension Ledger {
    /// The actors registered in the ledger stream, folded from its committed events; empty on a ledger that has
    /// no ledger stream yet.
    package func actorRegistry() throws(StoreError) -> ActorRegistry {
        var registry = ActorRegistry()
        guard try streams().contains(.ledger) else { return registry }
        for event in try events(in: .ledger) { registry.evolve(event) }
        return registry
    }
}
