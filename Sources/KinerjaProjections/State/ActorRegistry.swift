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
        /// Their position, when registered with one.
        package var jabatan: String?
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

    /// Applies a stored ledger-stream event, decoding it with the codec; one whose data does not decode (a
    /// catalogue and codec that disagree) registers nobody.
    package mutating func evolve(_ stored: StoredEvent) {
        guard let recorded = try? EventCodec.standard.recordedEvent(stored) else { return }
        evolve(recorded)
    }

    /// Applies a ledger-stream event: an ``ActorRegistered`` registers its actor, or registers them anew.
    package mutating func evolve(_ recorded: RecordedEvent) {
        guard case .actorRegistered(let registration) = recorded.event else { return }
        actors[registration.actor] = Actor(
            id: registration.actor, name: registration.name, jabatan: registration.jabatan,
            roles: Set(registration.roles),
            organisations: registration.organisations)
    }

    /// Whether `actor` may act with `role` in `stream`.
    package func permits(_ actor: String, _ role: Role, in stream: StreamName) -> Bool {
        guard isEnforcing else { return true }
        guard let record = actors[actor], record.roles.contains(role) else { return false }
        return stream == .ledger || record.organisations.map { $0.contains(stream.rawValue) } ?? true
    }

    /// The actors holding `role`, by id.
    package func holders(of role: Role) -> [String] {
        actors.values.filter { $0.roles.contains(role) }.map(\.id).sorted()
    }
}
