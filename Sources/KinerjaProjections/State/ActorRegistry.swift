import KinerjaEvents
import KinerjaStore

/// The actors registered in the ledger stream and their roles: who may record and decide what.
///
/// One identity per person: actor ids are compared in one form, trimmed and lowercased (``identity(_:)``), so
/// `rina` and `RINA` are the same actor; and two ids held by the same person (the same NIP where both give
/// one, else the same name) are the same person, who may not decide on their own proposals under another id.
package struct ActorRegistry: Sendable, Equatable {
    /// One registered actor.
    package struct Actor: Sendable, Equatable {
        /// The id used as `actor` in events, as registered.
        package var id: String
        /// The person's name.
        package var name: String
        /// Their position, when registered with one.
        package var jabatan: String?
        /// Their NIP, when registered with one.
        package var nip: String?
        /// The OpenSSH public key their signed batches are checked against, when registered with one.
        package var key: SSHPublicKey?
        /// The roles held.
        package var roles: Set<Role>
        /// The organisation streams they act for; nil for all.
        package var organisations: [String]?
    }

    /// The actors by their identity (``identity(_:)`` of their id).
    package private(set) var actors: [String: Actor] = [:]

    /// Makes an empty registry.
    package init() {}

    /// The one form actor ids are compared in: without white space at either end, lowercased.
    package static func identity(_ id: String) -> String {
        String(id.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed()).lowercased()
    }

    /// The actor `id` names, in whatever case it is written.
    package func actor(_ id: String) -> Actor? { actors[Self.identity(id)] }

    /// The id of an actor other than `id` whose key is `key`, if there is one: one key belongs to one identity.
    package func otherHolder(of key: SSHPublicKey, than id: String) -> String? {
        let identity = Self.identity(id)
        return actors.filter { $0.key != identity && $0.value.key == key }.map(\.value.id).min()
    }

    /// Whether `first` and `second` are one person: the same id, or ids registered for the same NIP (where
    /// both give one), else for the same name (compared without case or repeated spaces).
    package func samePerson(_ first: String, _ second: String) -> Bool {
        if Self.identity(first) == Self.identity(second) { return true }
        guard let one = actor(first), let other = actor(second) else { return false }
        if let nip = one.nip, let otherNIP = other.nip {
            return Self.digits(nip) == Self.digits(otherNIP)
        }
        return Self.folded(one.name) == Self.folded(other.name)
    }

    /// A NIP's digits (as printed it may have spaces).
    private static func digits(_ nip: String) -> String { String(nip.filter(\.isNumber)) }

    /// A name lowercased with its words separated by one space.
    private static func folded(_ name: String) -> String {
        name.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Whether role checks apply: once any actor is registered. Until then only setup events (the first
    /// actors, an organisation) are accepted.
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
        actors[Self.identity(registration.actor)] = Actor(
            id: registration.actor, name: registration.name, jabatan: registration.jabatan, nip: registration.nip,
            key: registration.key, roles: Set(registration.roles), organisations: registration.organisations)
    }

    /// Whether `actor` may act with `role` in `stream`.
    package func permits(_ actor: String, _ role: Role, in stream: StreamName) -> Bool {
        guard isEnforcing else { return true }
        guard let record = self.actor(actor), record.roles.contains(role) else { return false }
        return stream == .ledger || record.organisations.map { $0.contains(stream.rawValue) } ?? true
    }

    /// The actors holding `role`, by id.
    package func holders(of role: Role) -> [String] {
        actors.values.filter { $0.roles.contains(role) }.map(\.id).sorted()
    }
}
