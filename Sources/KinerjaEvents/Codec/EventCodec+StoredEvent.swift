import KinerjaStore

extension EventCodec {
    /// The typed event a stored event holds.
    ///
    /// Throws when its data does not decode. The store's schema check already refuses such lines for the
    /// types the catalogue knows, so a failure here means a catalogue and codec that disagree, or a version
    /// without an upcast: the caller decides whether to stop or to go on without the event.
    package func decode(_ stored: StoredEvent) throws(EventCodecError) -> DomainEvent {
        try decode(type: stored.type, version: stored.version, data: stored.data)
    }

    /// The stored event with its typed event, thrown as ``decode(_:)`` throws.
    package func recordedEvent(_ stored: StoredEvent) throws(EventCodecError) -> RecordedEvent {
        RecordedEvent(stored: stored, event: try decode(stored))
    }

    /// The typed event an event to append holds, its data read at its type's current version (the version the
    /// store will write it with); an unknown type decodes to ``DomainEvent/unknown(type:version:data:)``.
    package func decode(_ event: NewEvent) throws(EventCodecError) -> DomainEvent {
        try decode(type: event.type, version: EventType(rawValue: event.type)?.currentVersion ?? 1, data: event.data)
    }

    /// The event to append for `event`, with the caller's `id` (nil: the store makes one) and the date it
    /// takes effect. The store writes the type's current version; an unknown event keeps its type and data.
    package func newEvent(_ event: DomainEvent, id: String? = nil, effective: CalendarDate? = nil) -> NewEvent {
        let encoded = encode(event)
        return NewEvent(type: encoded.type, id: id, data: encoded.data, effective: effective)
    }
}
