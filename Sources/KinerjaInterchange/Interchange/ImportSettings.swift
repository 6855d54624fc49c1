import KinerjaEvents
import KinerjaProjections
import KinerjaStore

/// What the command line gives every row of an import: the source document, and defaults for cells left out.
package struct ImportSettings: Sendable, Equatable {
    /// The source document every row records (`basis.document`).
    package var document: String
    /// Where in it (`basis.locator`); each row adds its own row number and the file's name.
    package var locator: String?
    /// A remark on the source (`basis.note`); a row's `keterangan` is added to it.
    package var basisNote: String?
    /// Targets: the reason for rows without `keterangan`.
    package var reason: String?
    /// Targets: the date the changes take effect.
    package var effective: CalendarDate?
    /// Budget: the year for rows without `tahun`.
    package var year: Int?

    /// Makes settings.
    package init(
        document: String, locator: String? = nil, basisNote: String? = nil, reason: String? = nil,
        effective: CalendarDate? = nil, year: Int? = nil
    ) {
        self.document = document
        self.locator = locator
        self.basisNote = basisNote
        self.reason = reason
        self.effective = effective
        self.year = year
    }
}
