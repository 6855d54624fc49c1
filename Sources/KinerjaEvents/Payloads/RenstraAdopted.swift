import KinerjaStore

/// `RenstraAdopted`: the five-year plan (Renstra): its period, tujuan and sasaran.
package struct RenstraAdopted: Sendable, Equatable {
    /// A goal (tujuan) of the Renstra and its indicators.
    package struct Tujuan: Sendable, Equatable {
        /// The tujuan's code.
        package var code: String
        /// The tujuan as printed.
        package var text: String
        /// Its indicators.
        package var indicators: [Indicator]?

        /// Makes a tujuan.
        package init(code: String, text: String, indicators: [Indicator]? = nil) {
            self.code = code
            self.text = text
            self.indicators = indicators
        }
    }

    /// A strategic objective (sasaran) of the Renstra.
    package struct Sasaran: Sendable, Equatable {
        /// The sasaran's code.
        package var code: String
        /// The code of the tujuan it serves.
        package var tujuan: String?
        /// The sasaran as printed.
        package var text: String

        /// Makes a sasaran.
        package init(code: String, tujuan: String? = nil, text: String) {
            self.code = code
            self.tujuan = tujuan
            self.text = text
        }
    }

    /// The Renstra period.
    package var period: YearSpan
    /// The goals.
    package var tujuan: [Tujuan]?
    /// The strategic objectives.
    package var sasaran: [Sasaran]
    /// The decree that adopts it.
    package var decree: Decree?
    /// Why the event has no effective date: what the source says, or does not say, about the date.
    package var dateNote: String?
    /// The document this event records.
    package var basis: Basis

    /// Makes a Renstra's adoption.
    package init(
        period: YearSpan, tujuan: [Tujuan]? = nil, sasaran: [Sasaran], decree: Decree? = nil,
        dateNote: String? = nil, basis: Basis
    ) {
        self.period = period
        self.tujuan = tujuan
        self.sasaran = sasaran
        self.decree = decree
        self.dateNote = dateNote
        self.basis = basis
    }
}
