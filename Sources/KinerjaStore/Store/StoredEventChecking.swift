/// What the store asks of the event catalogue above it: the schema version new events of a type are
/// written with, and what is wrong with a stored event's type, version, effective date or data. The store
/// knows bytes and envelopes, never SAKIP; the catalogue (in `KinerjaEvents`) answers these.
/// A class's: a replay passes the catalogue to the reading of every line, and an existential of a
/// reference is passed and asked without being copied (one of any type was copied, a line at a time).
package protocol StoredEventChecking: AnyObject, Sendable {
    /// The schema version new events of `type` are written with, or nil for a type the catalogue lacks.
    func currentVersion(of type: String) -> Int?
    /// What is wrong with a stored event's type, version, effective date or data, or nil.
    func problem(with event: StoredEvent) -> LineProblem?
    /// Whether the catalogue knows `type` at `version`. A stored event it does not know (written by a newer
    /// kinerja) stays readable and verifiable by its hash and chain; it is reported, and not interpreted.
    func knows(type: String, version: Int) -> Bool
    /// Whether `event`'s data says what `stored`'s says (their types and effective dates being equal).
    func sameData(_ stored: StoredEvent, as event: NewEvent) -> Bool
    /// Checks a stored line's `data` (its bytes as written) against the schema of `type` (its bytes) at `version`, with
    /// the line's effective date, without building a JSON tree, and returns what a replay folds from it; nil
    /// when it cannot tell that way (the data is then decoded and checked whole, which words any problem).
    /// Non-nil only for an event ``problem(with:)`` would accept.
    func summary(type: UnsafeRawBufferPointer, version: Int, effective: CalendarDate?, data: UnsafeRawBufferPointer)
        -> LineSummary?
}

extension StoredEventChecking {
    /// No summaries: every line's data is decoded and checked whole.
    package func summary(
        type: UnsafeRawBufferPointer, version: Int, effective: CalendarDate?, data: UnsafeRawBufferPointer
    ) -> LineSummary? {
        nil
    }

    /// Whether `event` asks to record what `stored` already holds: the same type, effective date and data.
    /// The catalogue compares the data as its types read it (so `"12.50"` and `"12.5"` are one number);
    /// without one, the data must be equal as JSON.
    package func sameContent(_ stored: StoredEvent, as event: NewEvent) -> Bool {
        stored.type == event.type && stored.effective == event.effective && sameData(stored, as: event)
    }
}
