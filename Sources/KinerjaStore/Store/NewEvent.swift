/// An event to append, as the caller gives it: the store adds seq, recordedAt, actor, batch, prev and hash.
package struct NewEvent: Sendable, Equatable {
    /// The event type.
    package var type: String
    /// The caller's id, or nil to have one generated.
    package var id: String?
    /// The payload.
    package var data: JSONObject
    /// The date the decision takes effect, for types that have one.
    package var effective: CalendarDate?

    /// Makes an event to append.
    package init(type: String, id: String? = nil, data: JSONObject, effective: CalendarDate? = nil) {
        self.type = type
        self.id = id
        self.data = data
        self.effective = effective
    }
}

/// What an append did.
package struct AppendOutcome: Sendable, Equatable {
    /// The stream written to.
    package var stream: StreamName
    /// The events written, in order (empty when every event was already present).
    package var written: [StoredEvent]
    /// Events whose id the stream already held with the same content: not written again.
    package var alreadyPresent: [(id: String, seq: Int)]
    /// An interrupted write found at the end of the stream and moved to the quarantine file first.
    package var recovered: IncompleteTail?
    /// The stream's head after the append.
    package var head: LedgerDigest
    /// Where the line of each written event starts in the stream file, in order.
    package var writtenOffsets: [Int] = []

    /// Compares outcomes member by member.
    package static func == (lhs: AppendOutcome, rhs: AppendOutcome) -> Bool {
        lhs.stream == rhs.stream && lhs.written == rhs.written && lhs.recovered == rhs.recovered
            && lhs.head == rhs.head && lhs.alreadyPresent.map(\.id) == rhs.alreadyPresent.map(\.id)
            && lhs.alreadyPresent.map(\.seq) == rhs.alreadyPresent.map(\.seq)
    }
}
