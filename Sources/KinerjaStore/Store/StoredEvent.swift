/// One event as stored: a line of a stream file, its envelope and the hash that seals it.
///
/// The stored form is the public format (see the README): members in sorted key order, `hash` last,
/// `hash` = SHA-256 of the line's bytes before `,"hash":"`, `prev` = the hash of the line before in the
/// same stream. The envelope's members read directly: `event.seq`, `event.data`.
@dynamicMemberLookup
package struct StoredEvent: Sendable, Equatable {
    /// Everything the hash covers.
    package var envelope: EventEnvelope
    /// The SHA-256 of this line's bytes before `,"hash":"`.
    package var hash: SHA256Digest

    /// Makes a stored event from its envelope and hash.
    package init(envelope: EventEnvelope, hash: SHA256Digest) {
        self.envelope = envelope
        self.hash = hash
    }

    /// A member of the envelope.
    package subscript<Value>(dynamicMember keyPath: KeyPath<EventEnvelope, Value>) -> Value {
        envelope[keyPath: keyPath]
    }

    /// The `prev` of a stream's first event: 64 zeros.
    static let zeroHash = SHA256Digest.zero
}

/// The members of a stored event that its hash covers.
package struct EventEnvelope: Sendable, Equatable {
    /// The position in its stream: 1, 2, 3… without gaps.
    package var seq: Int
    /// The event's unique id, given by the caller or generated.
    package var id: String
    /// The event type, for example `NoteRecorded`.
    package var type: String
    /// The schema version of `type` the data follows (the member `v`).
    package var version: Int
    /// When the store recorded the event (UTC); never decreases along a stream.
    package var recordedAt: Timestamp
    /// Who recorded the event.
    package var actor: String
    /// The date the decision takes effect, for types that have one.
    package var effective: CalendarDate?
    /// The seq range of the batch this event was appended in.
    package var batch: BatchRange
    /// The type's payload.
    package var data: JSONObject
    /// The hash of the line before, 64 zeros on the first line.
    package var prev: SHA256Digest

    /// Makes an envelope.
    package init(
        seq: Int, id: String, type: String, version: Int, recordedAt: Timestamp, actor: String,
        effective: CalendarDate?, batch: BatchRange, data: JSONObject, prev: SHA256Digest
    ) {
        self.seq = seq
        self.id = id
        self.type = type
        self.version = version
        self.recordedAt = recordedAt
        self.actor = actor
        self.effective = effective
        self.batch = batch
        self.data = data
        self.prev = prev
    }
}

/// The seq range of one atomic batch: every event of the batch carries it, so a batch cut short by a crash
/// is recognisable from its own lines.
package struct BatchRange: Sendable, Equatable {
    /// The seq of the batch's first event.
    package var first: Int
    /// The seq of the batch's last event.
    package var last: Int

    /// Makes a batch range.
    package init(first: Int, last: Int) {
        self.first = first
        self.last = last
    }
}
