import KinerjaStore

/// A decree (Keputusan) that makes a decision: its number, place, date, signatory and what it cites.
package struct Decree: Sendable, Equatable {
    /// The decree number as printed, e.g. `72 Tahun 2021`.
    package var number: String
    /// What it is about (tentang …).
    package var title: String?
    /// Where it was issued (ditetapkan di).
    package var place: String?
    /// The date it was issued (pada tanggal).
    package var date: CalendarDate?
    /// Who signed it.
    package var signatory: Official?
    /// The regulations it cites (Mengingat).
    package var cites: [Citation]?

    /// Makes a decree.
    package init(
        number: String, title: String? = nil, place: String? = nil, date: CalendarDate? = nil,
        signatory: Official? = nil, cites: [Citation]? = nil
    ) {
        self.number = number
        self.title = title
        self.place = place
        self.date = date
        self.signatory = signatory
        self.cites = cites
    }
}
