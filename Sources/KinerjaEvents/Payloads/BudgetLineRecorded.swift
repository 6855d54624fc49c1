import KinerjaStore

/// `BudgetLineRecorded`: a program, kegiatan or sub kegiatan's pagu and realisation for a year.
package struct BudgetLineRecorded: Sendable, Equatable {
    /// The level of a budget line.
    package enum Level: String, Sendable, Hashable, CaseIterable {
        /// A program.
        case program
        /// A kegiatan (activity) of a program.
        case kegiatan
        /// A sub kegiatan of a kegiatan.
        case subKegiatan = "sub-kegiatan"
    }

    /// The budget year.
    package var year: Int
    /// Program, kegiatan or sub-kegiatan.
    package var level: Level
    /// Its code, unique within the year.
    package var code: String
    /// The code of the line it belongs to.
    package var parent: String?
    /// Its name as printed.
    package var name: String
    /// Its output indicator as printed.
    package var indicator: String?
    /// Its output target as printed.
    package var target: String?
    /// The budget (pagu) in rupiah.
    package var pagu: DecimalNumber
    /// The spending in rupiah.
    package var realisasi: DecimalNumber?
    /// The document this event records.
    package var basis: Basis

    /// Makes a budget line.
    package init(
        year: Int, level: Level, code: String, parent: String? = nil, name: String, indicator: String? = nil,
        target: String? = nil, pagu: DecimalNumber, realisasi: DecimalNumber? = nil, basis: Basis
    ) {
        self.year = year
        self.level = level
        self.code = code
        self.parent = parent
        self.name = name
        self.indicator = indicator
        self.target = target
        self.pagu = pagu
        self.realisasi = realisasi
        self.basis = basis
    }
}
