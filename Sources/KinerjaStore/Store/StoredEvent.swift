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
    /// Set only by a summarising scan (``StreamScanner``): the catalogue checked the line's data in its
    /// bytes and read what a replay folds from it, and `data` was left empty, not decoded.
    package var summary: LineSummary?

    /// Makes a stored event from its envelope and hash (and a summary in place of its decoded data).
    package init(envelope: EventEnvelope, hash: SHA256Digest, summary: LineSummary? = nil) {
        self.envelope = envelope
        self.hash = hash
        self.summary = summary
    }

    /// A member of the envelope.
    package subscript<Value>(dynamicMember keyPath: KeyPath<EventEnvelope, Value>) -> Value {
        envelope[keyPath: keyPath]
    }

    // The members every replay reads for every event, spelled out: a key path lookup costs a tenth of a
    // replay's time.

    /// The envelope's seq.
    package var seq: Int { envelope.seq }
    /// The envelope's id.
    package var id: String { envelope.id }
    /// The envelope's type.
    package var type: String { envelope.type }
    /// The envelope's schema version.
    package var version: Int { envelope.version }
    /// The envelope's recording time.
    package var recordedAt: Timestamp { envelope.recordedAt }
    /// The envelope's actor.
    package var actor: String { envelope.actor }
    /// The envelope's effective date.
    package var effective: CalendarDate? { envelope.effective }
    /// The envelope's batch.
    package var batch: BatchRange { envelope.batch }
    /// The envelope's data.
    package var data: JSONObject { envelope.data }
    /// The envelope's prev.
    package var prev: SHA256Digest { envelope.prev }
    /// The envelope's batch signature (on the first event of a signed batch).
    package var signature: String? { envelope.signature }

    /// The `prev` of a stream's first event: 64 zeros.
    static let zeroHash = SHA256Digest.zero

    /// No event: what a scan's decoded lines hold for a line that is not one (its problem kept beside).
    static let none = StoredEvent(
        envelope: EventEnvelope(
            seq: 0, id: "", type: "", version: 0, recordedAt: Timestamp(millisecondsSinceEpoch: 0), actor: "",
            effective: nil, batch: BatchRange(first: 0, last: 0), data: JSONObject(), prev: .zero),
        hash: .zero)
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
    /// The member `sig`, on the first event of a signed batch only: the actor's SSH signature (namespace
    /// `kinerja`) of the batch's signed content, as the base64 of the SSHSIG blob (the armored form's body on
    /// one line). The store keeps it and its hash covers it; what it signs is judged above the store.
    package var signature: String?

    /// Makes an envelope.
    package init(
        seq: Int, id: String, type: String, version: Int, recordedAt: Timestamp, actor: String,
        effective: CalendarDate?, batch: BatchRange, data: JSONObject, prev: SHA256Digest, signature: String? = nil
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
        self.signature = signature
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
