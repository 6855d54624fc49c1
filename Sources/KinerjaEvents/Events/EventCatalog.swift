import KinerjaStore

/// The event types the ledger knows, every version of each: stored events of old versions keep reading.
/// A class of constants: the store asks it of every line it reads, and a reference is passed without copying.
package final class EventCatalog: Sendable {
    /// Every schema, in catalogue order.
    package let schemas: [EventSchema]
    /// The versions of each proposal type: the fold asks once per event whether it is a proposal.
    private let proposalVersions: [String: Set<Int>]
    /// The frequent types' schemas, for summaries of their lines (``summary(type:version:effective:data:)``).
    let summarised: [SummarisedSchema]

    /// Makes a catalogue.
    package init(schemas: [EventSchema]) {
        self.schemas = schemas
        self.proposalVersions = schemas.filter(\.isProposal).reduce(into: [:]) { versions, schema in
            versions[schema.type, default: []].insert(schema.version)
        }
        self.summarised = Self.summarisedSchemas(in: schemas)
    }

    /// Whether `type` at `version` is a proposal type of the catalogue (as ``schema(type:version:)`` says).
    package func isProposal(type: String, version: Int) -> Bool {
        proposalVersions[type]?.contains(version) == true
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
    var typeNames: [String] {
        Array(Set(schemas.map(\.type))).sorted()
    }

    /// What is wrong with an event to be recorded (its type, id, effective date or data), as a phrase, or
    /// nil. The one check every way of recording goes through: `append` input, the secretariat's commands.
    package func problem(with event: NewEvent) -> String? {
        guard let schema = currentSchema(type: event.type) else {
            let hint = Suggestion.closest(to: event.type, among: typeNames).map { "did you mean \"\($0)\"? " } ?? ""
            return "unknown event type \"\(event.type)\" (\(hint)see 'kinerja types' for the catalogue)"
        }
        if let id = event.id, !InputEvent.isValidID(id) {
            return "id \"\(id)\" is not valid: use 1 to 128 letters, digits, '.', '_', ':' or '-'"
        }
        switch (schema.effectiveDate, event.effective) {
        case (.none, .some): return "\(event.type) takes no \"effective\" date"
        case (.required, .none):
            return "\(event.type) needs \"effective\", the date the decision takes effect (YYYY-MM-DD)"
        case (.whenKnown, .none) where !EventCodec.hasDateNote(event.data):
            return
                "\(event.type) needs \"effective\" (YYYY-MM-DD), or \"\(EventCodec.dateNotePath)\" saying why the date is "
                + "not known"
        default: return schema.problem(with: event.data)
        }
    }

    /// What is wrong with a stored event's type, version, effective date or data, or nil.
    package func problem(with event: StoredEvent) -> LineProblem? {
        guard let schema = schema(type: event.type, version: event.version) else {
            return .unknownType(event.type, version: event.version)
        }
        switch (schema.effectiveDate, event.effective) {
        case (.none, .some): return .unexpectedMember("effective")
        case (.required, .none): return .missingMember("effective")
        case (.whenKnown, .none) where !EventCodec.hasDateNote(event.data):
            return .missingMember(EventCodec.dateNotePath)
        default: break
        }
        if let reason = schema.problem(with: event.data) {
            return .invalidData(type: event.type, version: event.version, reason: reason)
        }
        return nil
    }
}
