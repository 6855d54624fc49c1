/// The event types the ledger knows, every version of each: stored events of old versions keep reading.
package struct EventCatalog: Sendable {
    /// Every schema, in catalogue order.
    package let schemas: [EventSchema]

    /// Makes a catalogue.
    package init(schemas: [EventSchema]) {
        self.schemas = schemas
    }

    /// The catalogue this version of kinerja writes and reads.
    package static let standard = EventCatalog(schemas: [EventSchema.noteRecorded] + EventSchema.sakip)

    /// The schema of `type` at `version`.
    package func schema(type: String, version: Int) -> EventSchema? {
        schemas.first { $0.type == type && $0.version == version }
    }

    /// The newest schema of `type`: the one new events are written with.
    package func currentSchema(type: String) -> EventSchema? {
        schemas.filter { $0.type == type }.max { $0.version < $1.version }
    }

    /// The type names, sorted.
    package var typeNames: [String] {
        Array(Set(schemas.map(\.type))).sorted()
    }

    /// What is wrong with a stored event's type, version, effective date or data, or nil.
    package func problem(with event: StoredEvent) -> LineProblem? {
        guard let schema = schema(type: event.type, version: event.version) else {
            return .unknownType(event.type, version: event.version)
        }
        switch (schema.effectiveDate, event.effective) {
        case (.none, .some): return .unexpectedMember("effective")
        case (.required, .none): return .missingMember("effective")
        case (.whenKnown, .none) where event.data["dateNote"] == nil: return .missingMember("data.dateNote")
        default: break
        }
        if let reason = schema.problem(with: event.data) {
            return .invalidData(type: event.type, version: event.version, reason: reason)
        }
        return nil
    }
}
