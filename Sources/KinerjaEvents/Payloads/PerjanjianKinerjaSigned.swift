import KinerjaStore

/// `PerjanjianKinerjaSigned`: a Perjanjian Kinerja (PK) as signed, its version 1.
package struct PerjanjianKinerjaSigned: Sendable, Equatable {
    /// What the PK says.
    package var content: PerjanjianKinerjaContent
    /// Why the event has no effective date: what the source says, or does not say, about the date.
    package var dateNote: String?
    /// The document this event records.
    package var basis: Basis

    /// Makes a signed PK.
    package init(content: PerjanjianKinerjaContent, dateNote: String? = nil, basis: Basis) {
        self.content = content
        self.dateNote = dateNote
        self.basis = basis
    }
}
