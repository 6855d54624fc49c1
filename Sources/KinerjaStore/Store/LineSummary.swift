/// What the event catalogue read from a stored line's data for a replay's fold, having checked the data
/// against its schema in its bytes, without building a JSON tree (see
/// ``StoredEventChecking/summary(type:version:effective:data:)``). Opaque to the store, which passes it on.
package struct LineSummary: Sendable, Equatable {
    /// The event's type, as the catalogue spells it (one shared string, not one made per line).
    package var type: String
    /// Which kind of fold step it is, in the catalogue's numbering.
    package var kind: UInt8
    /// A text member the fold keys on (a code or an id), or empty.
    package var text: String
    /// A number member the fold keys on (a year), or 0.
    package var number: Int

    /// Makes a summary.
    package init(type: String, kind: UInt8, text: String = "", number: Int = 0) {
        self.type = type
        self.kind = kind
        self.text = text
        self.number = number
    }
}
