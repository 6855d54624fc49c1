import KinerjaStore

/// A regulation a document cites (Mengingat), with its number and date where printed.
package struct Citation: Sendable, Equatable {
    /// The regulation as printed.
    package var title: String
    /// Its number.
    package var number: String?
    /// Its date, where printed.
    package var date: CalendarDate?

    /// Makes a citation.
    package init(title: String, number: String? = nil, date: CalendarDate? = nil) {
        self.title = title
        self.number = number
        self.date = date
    }
}
