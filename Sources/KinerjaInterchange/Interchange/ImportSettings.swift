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
    /// Budget and realisasi: the year for rows without `tahun` (nor, for realisasi, a year in `periode`).
    package var year: Int?
    /// The separators numbers are written with (`--locale`); nil: Indonesian in a file delimited by
    /// semicolons, else a number whose reading depends on it is refused.
    package var locale: NumberLocale?

    /// Makes settings.
    package init(
        document: String, locator: String? = nil, basisNote: String? = nil, reason: String? = nil,
        effective: CalendarDate? = nil, year: Int? = nil, locale: NumberLocale? = nil
    ) {
        self.document = document
        self.locator = locator
        self.basisNote = basisNote
        self.reason = reason
        self.effective = effective
        self.year = year
        self.locale = locale
    }
}
