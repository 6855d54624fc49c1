import KinerjaEvents
import KinerjaStore

/// The actors registered in the ledger stream and their roles: who may record and decide what.
package struct ActorRegistry: Sendable, Equatable {
    /// One registered actor.
    package struct Actor: Sendable, Equatable {
        /// The id used as `actor` in events.
        package var id: String
        /// The person's name.
        package var name: String
        /// The roles held.
        package var roles: Set<Role>
        /// The organisation streams they act for; nil for all.
        package var organisations: [String]?
    }

    /// The actors by id.
    package private(set) var actors: [String: Actor] = [:]

    /// Makes an empty registry.
    package init() {}

    /// Whether role checks apply: once any actor is registered. Until then the ledger is open, so a new
    /// ledger can be used (and its first administrator registered) without ceremony.
    package var isEnforcing: Bool { !actors.isEmpty }

    /// Applies a ledger-stream event.
    package mutating func evolve(_ event: StoredEvent) {
        guard event.type == "ActorRegistered", let id = event.data["actor"]?.stringValue else { return }
        let roles = Set((event.data["roles"]?.arrayValue ?? []).compactMap { $0.stringValue.flatMap(Role.init) })
        actors[id] = Actor(
            id: id, name: event.data["name"]?.stringValue ?? id, roles: roles,
            organisations: event.data["organisations"]?.arrayValue?.compactMap(\.stringValue))
    }

    /// Whether `actor` may act with `role` in `stream`.
    package func permits(_ actor: String, _ role: Role, in stream: StreamName) -> Bool {
        guard isEnforcing else { return true }
        guard let record = actors[actor], record.roles.contains(role) else { return false }
        return stream == .ledger || record.organisations.map { $0.contains(stream.rawValue) } ?? true
    }
}
