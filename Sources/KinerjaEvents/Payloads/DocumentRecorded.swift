import KinerjaStore

/// `DocumentRecorded`: a document of the SAKIP cycle (LKj, its reviu, the DPA) with its date and what it cites.
package struct DocumentRecorded: Sendable, Equatable {
    /// What the document is.
    package enum Kind: String, Sendable, Hashable, CaseIterable {
        /// A Laporan Kinerja (LKj).
        case lkj
        /// The reviu of an LKj.
        case reviuLkj = "reviu-lkj"
        /// A Dokumen Pelaksanaan Anggaran (DPA).
        case dpa
        /// A DPA Perubahan.
        case dpaPerubahan = "dpa-perubahan"
        /// Any other document.
        case other
    }

    /// What the document is.
    package var kind: Kind
    /// The year it is about.
    package var year: Int?
    /// Its title as printed.
    package var title: String
    /// Its number.
    package var number: String?
    /// The date it was signed or approved.
    package var date: CalendarDate?
    /// Who signed it.
    package var signatory: Official?
    /// The regulations it cites (Mengingat).
    package var cites: [Citation]?
    /// Why the event has no effective date: what the source says, or does not say, about the date.
    package var dateNote: String?
    /// The document this event records.
    package var basis: Basis

    /// Makes a document's record.
    package init(
        kind: Kind, year: Int? = nil, title: String, number: String? = nil, date: CalendarDate? = nil,
        signatory: Official? = nil, cites: [Citation]? = nil, dateNote: String? = nil, basis: Basis
    ) {
        self.kind = kind
        self.year = year
        self.title = title
        self.number = number
        self.date = date
        self.signatory = signatory
        self.cites = cites
        self.dateNote = dateNote
        self.basis = basis
    }
}
