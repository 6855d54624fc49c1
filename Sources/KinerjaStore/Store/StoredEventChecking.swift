/// What the store asks of the event catalogue above it: the schema version new events of a type are
/// written with, and what is wrong with a stored event's type, version, effective date or data. The store
/// knows bytes and envelopes, never SAKIP; the catalogue (in `KinerjaEvents`) answers these.
package protocol StoredEventChecking: Sendable {
    /// The schema version new events of `type` are written with, or nil for a type the catalogue lacks.
    func currentVersion(of type: String) -> Int?
    /// What is wrong with a stored event's type, version, effective date or data, or nil.
    func problem(with event: StoredEvent) -> LineProblem?
    /// Whether the catalogue knows `type` at `version`. A stored event it does not know (written by a newer
    /// kinerja) stays readable and verifiable by its hash and chain; it is reported, and not interpreted.
    func knows(type: String, version: Int) -> Bool
}
