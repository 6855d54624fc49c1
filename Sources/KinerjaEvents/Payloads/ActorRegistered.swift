import KinerjaStore

/// `ActorRegistered`: a person who may record or decide, and their roles. Ledger-wide.
package struct ActorRegistered: Sendable, Equatable {
    /// The actor's id, as it appears in the `actor` of the events they record.
    package var actor: String
    /// The person's name.
    package var name: String
    /// Their position.
    package var jabatan: String?
    /// The roles they hold.
    package var roles: [Role]
    /// The codes of the organisation streams they act for; all when nil.
    package var organisations: [String]?
    /// Their NIP (the civil-servant number), when given: one person is one NIP whatever ids they hold.
    package var nip: String?
    /// The OpenSSH public key their signed batches are checked against, when given.
    package var key: SSHPublicKey?

    /// Makes an actor's registration.
    package init(
        actor: String, name: String, jabatan: String? = nil, roles: [Role], organisations: [String]? = nil,
        nip: String? = nil, key: SSHPublicKey? = nil
    ) {
        self.actor = actor
        self.name = name
        self.jabatan = jabatan
        self.roles = roles
        self.organisations = organisations
        self.nip = nip
        self.key = key
    }
}
