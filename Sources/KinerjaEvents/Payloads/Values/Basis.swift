import KinerjaStore

/// The document an event records, so every figure traces back to its source.
package struct Basis: Sendable, Equatable {
    /// The source document: kind, title, number, date.
    package var document: String
    /// Where in it: a table, page, section or annex.
    package var locator: String?
    /// What the transcriber noticed there, for example a contradiction.
    package var note: String?

    /// Makes a basis.
    package init(document: String, locator: String? = nil, note: String? = nil) {
        self.document = document
        self.locator = locator
        self.note = note
    }
}
