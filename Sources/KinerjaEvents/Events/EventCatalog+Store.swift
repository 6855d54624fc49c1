import KinerjaStore

extension EventCatalog: StoredEventChecking {
    /// The version new events of `type` are written with.
    package func currentVersion(of type: String) -> Int? {
        currentSchema(type: type)?.version
    }

    /// Whether the catalogue has a schema for `type` at `version`.
    package func knows(type: String, version: Int) -> Bool {
        EventType(rawValue: type)?.currentVersion == version || schema(type: type, version: version) != nil
    }

    /// Whether the two say the same as the codec reads them: numbers compare as numbers (`12.50` is `12.5`),
    /// so a spreadsheet re-saved with other trailing zeros records nothing twice. Data the codec cannot read
    /// must be equal as JSON.
    package func sameData(_ stored: StoredEvent, as event: NewEvent) -> Bool {
        if stored.data == event.data { return true }
        guard let old = try? EventCodec.standard.decode(stored), let new = try? EventCodec.standard.decode(event)
        else { return false }
        return old == new
    }
}

extension Ledger {
    /// Creates a new, empty ledger at `directory` that accepts the events of the standard catalogue.
    package static func create(at directory: String) throws(StoreError) -> Ledger {
        try create(at: directory, schemas: EventCatalog.standard)
    }

    /// Opens the existing ledger at `directory`, checking its events against the standard catalogue.
    package static func open(at directory: String) throws(StoreError) -> Ledger {
        try open(at: directory, schemas: EventCatalog.standard)
    }

    /// The catalogue the ledger checks its events against.
    package var catalog: EventCatalog {
        schemas as? EventCatalog ?? .standard
    }
}
