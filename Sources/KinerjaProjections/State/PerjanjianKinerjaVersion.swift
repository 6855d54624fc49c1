import KinerjaEvents
import KinerjaStore

/// One version of a Perjanjian Kinerja: as signed (version 1) or as amended (2, 3…), read from its event.
package struct PerjanjianKinerjaVersion: Sendable, Equatable {
    /// One indicator and its target.
    package struct Line: Sendable, Equatable {
        /// The sasaran as printed.
        package var sasaran: String
        /// The indicator's code.
        package var indicator: String
        /// The target.
        package var target: DecimalNumber
        /// The unit as printed, if given.
        package var unit: String?
    }

    /// A program and its budget.
    package struct Program: Sendable, Equatable {
        /// The program's name.
        package var name: String
        /// Its anggaran in rupiah.
        package var anggaran: DecimalNumber
    }

    /// The version number: 1 as signed, then 2, 3… per approved amendment.
    package var number: Int
    /// The event (signing or amendment).
    package var event: RecordedEvent
    /// Indicators and targets, in order.
    package var lines: [Line]
    /// Programs and their budget.
    package var programs: [Program]

    /// Reads version `number` from its event.
    package init(number: Int, event: RecordedEvent) {
        self.init(number: number, event: event, content: event.perjanjianKinerjaContent)
    }

    /// Version `number` with the targets and programs of `content`: a version read from `event`, or a draft of
    /// the next one (its event then the version it follows), compared before it is recorded.
    package init(number: Int, event: RecordedEvent, content: PerjanjianKinerjaContent?) {
        self.number = number
        self.event = event
        lines = (content?.sasaran ?? []).flatMap { sasaran in
            sasaran.indicators.map { entry in
                Line(sasaran: sasaran.text, indicator: entry.indicator, target: entry.target, unit: entry.unit)
            }
        }
        programs = (content?.programs ?? []).map { Program(name: $0.name, anggaran: $0.anggaran) }
    }

    /// The programs' anggaran added up.
    package var totalAnggaran: DecimalNumber {
        programs.reduce(DecimalNumber.zero) { sum, program in (try? sum + program.anggaran) ?? sum }
    }

    /// The total anggaran the document printed, if it printed one.
    package var printedTotalAnggaran: DecimalNumber? {
        event.perjanjianKinerjaContent?.totalAnggaran
    }

    /// What changed from `earlier` to this version, one sentence per change, in both languages.
    package func changes(since earlier: PerjanjianKinerjaVersion) -> [Localized] {
        var changes: [Localized] = []
        for line in lines {
            if let old = earlier.lines.first(where: { $0.indicator == line.indicator }) {
                if old.target != line.target {
                    changes.append(
                        Localized(
                            verbatim:
                                "target \(line.indicator): \(old.target.indonesian()) → \(line.target.indonesian())"))
                }
            } else {
                changes.append(
                    Localized(
                        id: "indikator ditambahkan: \(line.indicator), target \(line.target.indonesian())",
                        en: "indicator added: \(line.indicator), target \(line.target.indonesian())"))
            }
        }
        for old in earlier.lines where !lines.contains(where: { $0.indicator == old.indicator }) {
            changes.append(
                Localized(id: "indikator dihapus: \(old.indicator)", en: "indicator removed: \(old.indicator)"))
        }
        for program in programs {
            if let old = earlier.programs.first(where: { $0.name == program.name }) {
                if old.anggaran != program.anggaran {
                    changes.append(
                        Localized(
                            verbatim:
                                "anggaran \(program.name): Rp\(old.anggaran.indonesian()) → Rp\(program.anggaran.indonesian())"
                        ))
                }
            } else {
                changes.append(
                    Localized(
                        id: "program ditambahkan: \(program.name), Rp\(program.anggaran.indonesian())",
                        en: "program added: \(program.name), Rp\(program.anggaran.indonesian())"))
            }
        }
        for old in earlier.programs where !programs.contains(where: { $0.name == old.name }) {
            changes.append(Localized(id: "program dihapus: \(old.name)", en: "program removed: \(old.name)"))
        }
        let (before, after) = (earlier.event.perjanjianKinerjaContent, event.perjanjianKinerjaContent)
        let parties: [(String, KeyPath<PerjanjianKinerjaContent, Official?>)] = [
            ("pihak pertama", \.pihakPertama), ("pihak kedua", \.pihakKedua),
        ]
        for (party, official) in parties where before?[keyPath: official] != after?[keyPath: official] {
            let name = after?[keyPath: official]?.name
            changes.append(
                Localized(
                    id: "\(party): kini \(name ?? "(tidak ada)")", en: "\(party): now \(name ?? "(none)")"))
        }
        return changes
    }
}

extension OrganisationState {
    /// The PK for `year` as signed and as amended (approved amendments), numbered 1, 2, 3…
    package func perjanjianKinerja(year: Int) -> [PerjanjianKinerjaVersion] {
        pkVersions(year: year).enumerated().map { PerjanjianKinerjaVersion(number: $0.offset + 1, event: $0.element) }
    }
}
