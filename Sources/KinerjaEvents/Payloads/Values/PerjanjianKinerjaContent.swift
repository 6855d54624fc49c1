import KinerjaStore

/// What a Perjanjian Kinerja says, as signed or as amended: the year, the parties, the sasaran with their
/// indicators and targets, and the programs with their budget.
package struct PerjanjianKinerjaContent: Sendable, Equatable {
    /// A sasaran of the PK with its indicators and the year's targets.
    package struct Sasaran: Sendable, Equatable {
        /// The sasaran's code.
        package var code: String?
        /// The sasaran as printed.
        package var text: String
        /// Its indicators and targets.
        package var indicators: [IndicatorTarget]

        /// Makes a sasaran.
        package init(code: String? = nil, text: String, indicators: [IndicatorTarget]) {
            self.code = code
            self.text = text
            self.indicators = indicators
        }
    }

    /// An indicator of a PK sasaran and its target for the year.
    package struct IndicatorTarget: Sendable, Equatable {
        /// The indicator's code.
        package var indicator: String
        /// The year's target.
        package var target: DecimalNumber
        /// The unit as printed.
        package var unit: String?

        /// Makes an indicator's target.
        package init(indicator: String, target: DecimalNumber, unit: String? = nil) {
            self.indicator = indicator
            self.target = target
            self.unit = unit
        }
    }

    /// A program of the PK and its budget.
    package struct Program: Sendable, Equatable {
        /// The program's code.
        package var code: String?
        /// The program as printed.
        package var name: String
        /// Its budget (anggaran) in rupiah.
        package var anggaran: DecimalNumber

        /// Makes a program.
        package init(code: String? = nil, name: String, anggaran: DecimalNumber) {
            self.code = code
            self.name = name
            self.anggaran = anggaran
        }
    }

    /// The year the PK is for.
    package var year: Int
    /// Where it was signed.
    package var place: String?
    /// The head of the organisation (pihak pertama).
    package var pihakPertama: Official?
    /// Their superior, the Bupati (pihak kedua).
    package var pihakKedua: Official?
    /// The sasaran, indicators and targets.
    package var sasaran: [Sasaran]
    /// The programs and their budget (anggaran).
    package var programs: [Program]?
    /// The total budget as printed.
    package var totalAnggaran: DecimalNumber?

    /// Makes the content of a PK.
    package init(
        year: Int, place: String? = nil, pihakPertama: Official? = nil, pihakKedua: Official? = nil,
        sasaran: [Sasaran], programs: [Program]? = nil, totalAnggaran: DecimalNumber? = nil
    ) {
        self.year = year
        self.place = place
        self.pihakPertama = pihakPertama
        self.pihakKedua = pihakKedua
        self.sasaran = sasaran
        self.programs = programs
        self.totalAnggaran = totalAnggaran
    }
}
