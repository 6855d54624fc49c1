import KinerjaStore

/// A stored event with its decoded payload: the envelope the store sealed and the typed event it holds.
package struct RecordedEvent: Sendable, Equatable {
    /// The event as stored, with its envelope and hash.
    package let stored: StoredEvent
    /// Its data, decoded into the current shape of its type.
    package let event: DomainEvent

    /// Pairs a stored event with its decoding; ``EventCodec/recordedEvent(_:)`` makes one from the stored event.
    package init(stored: StoredEvent, event: DomainEvent) {
        self.stored = stored
        self.event = event
    }

    /// The event's unique id.
    package var id: String { stored.id }
    /// Its position in its stream.
    package var seq: Int { stored.seq }
    /// Who recorded it.
    package var actor: String { stored.actor }
    /// When the store recorded it.
    package var recordedAt: Timestamp { stored.recordedAt }
    /// The date the decision takes effect, for types that have one.
    package var effective: CalendarDate? { stored.effective }
    /// The seq range of the batch it was appended in.
    package var batch: BatchRange { stored.batch }
    /// The SHA-256 that seals its line.
    package var hash: SHA256Digest { stored.hash }
    /// The stored type name.
    package var type: String { stored.type }
    /// The version its data was stored with (``DomainEvent/version`` is the version it decodes to).
    package var version: Int { stored.version }
}
