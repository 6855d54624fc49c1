import KinerjaEvents
import KinerjaProjections
import KinerjaStore

extension LKjReportBuilder {
    /// One indicator over the Renstra years: each year's target and realisation with their events.
    struct RenstraLine {
        var row: YearReport.Row
        /// The Renstra target of each year, as in force at the end of the report's year.
        var targets: [Int: Sourced<DecimalNumber>]
        /// Each year's realisation (from that year's report) and the events it came from.
        var realisasi: [Int: (value: DecimalNumber, sources: [String])]
    }

    /// The years the comparison shows: from the Renstra's first year with a target or a realisation of these
    /// indicators to the end of the Renstra (targets) or the report's year (realisations).
    struct RenstraYears {
        var targets: [Int]
        var realisasi: [Int]
    }

    var renstraSection: ReportDocument.Section {
        let title = "3.2 Perbandingan dengan Target Renstra"
        guard let period = state.renstraIndicators?.period else {
            return .init(title, [.paragraph("Renstra tidak tercatat, sehingga perbandingan ini tidak dapat disusun.")])
        }
        guard period.contains(year) else {
            return .init(
                title,
                [
                    .paragraph(
                        "Tahun \(year) di luar periode Renstra \(period.lowerBound)–\(period.upperBound) yang tercatat, "
                            + "sehingga perbandingan ini tidak disusun.")
                ])
        }
        let end = report.inForceOn
        let earlierRows = Dictionary(
            uniqueKeysWithValues: period.filter { $0 < year }.map { ($0, state.rows(year: $0)) })
        let lines: [RenstraLine] = rows.map { row in
            let code = row.indicator.code
            var targets: [Int: Sourced<DecimalNumber>] = [:]
            var realisasi: [Int: (value: DecimalNumber, sources: [String])] = [:]
            for year in period {
                targets[year] = state.renstraTarget(code, year: year, inForceOn: end)
                let yearRow = year == self.year ? row : earlierRows[year]?.first { $0.indicator.code == code }
                if year <= self.year, let yearRow, let value = yearRow.year.value {
                    realisasi[year] = (value, yearRow.yearSources)
                }
            }
            return RenstraLine(row: row, targets: targets, realisasi: realisasi)
        }
        let first =
            period.first { year in lines.contains { $0.targets[year] != nil || $0.realisasi[year] != nil } }
            ?? period.lowerBound
        let years = RenstraYears(
            targets: Array(first...period.upperBound), realisasi: first <= year ? Array(first...year) : [])
        var blocks: [ReportDocument.Block] = [.table(renstraTable(lines, years: years, period: period))]
        for line in lines {
            blocks.append(
                .chart(
                    .lines(
                        caption: "Target Renstra dan realisasi: \(line.row.indicator.name)",
                        categories: years.targets.map(String.init),
                        series: [
                            .init(name: "Target Renstra", values: years.targets.map { line.targets[$0]?.value }),
                            .init(name: "Realisasi", values: years.targets.map { line.realisasi[$0]?.value }),
                        ])))
        }
        return .init(title, blocks)
    }

    private func renstraTable(_ lines: [RenstraLine], years: RenstraYears, period: ClosedRange<Int>) -> ReportTable {
        var columns: [ReportTable.Column] = [.init("Sasaran Strategis"), .init("Indikator Kinerja")]
        columns += years.targets.map { .init("Target \($0)", .number) }
        columns.append(.init("Target akhir Renstra", .number))
        columns += years.realisasi.map { .init("Realisasi \($0)", .number) }
        columns += years.realisasi.map { .init("Capaian \($0)", .percent) }
        columns.append(.init("Capaian \(year) terhadap target akhir Renstra", .percent))
        let table = lines.map { line -> [ReportTable.Cell] in
            let indicator = line.row.indicator
            var cells: [ReportTable.Cell] = [
                sasaranCell(line.row), .text(indicator.name, sources: [line.row.decision]),
            ]
            cells += years.targets.map { year in
                .number(line.targets[year]?.value, sources: line.targets[year].map { [$0.eventID] } ?? [])
            }
            let endTarget = line.row.endOfPeriodTarget
            cells.append(.number(endTarget?.value, sources: endTarget.map { [$0.eventID] } ?? []))
            cells += years.realisasi.map { year in
                .number(line.realisasi[year]?.value, sources: line.realisasi[year]?.sources ?? [])
            }
            cells += years.realisasi.map { year in
                capaianCell(line.realisasi[year], against: line.targets[year], indicator: indicator)
            }
            cells.append(capaianCell(line.realisasi[year], against: endTarget, indicator: indicator))
            return cells
        }
        return ReportTable(
            name: "capaian-renstra",
            caption: "Tabel 3.2 Realisasi Kinerja sampai Tahun \(year) dibandingkan Target Renstra "
                + "\(period.lowerBound)–\(period.upperBound)",
            columns: columns, rows: table,
            notes: [
                "Target Renstra tiap tahun dan target akhir Renstra sebagaimana berlaku pada \(report.inForceOn).",
                "Realisasi tiap tahun: realisasi tahunan yang telah diverifikasi, seperti pada laporan tahun itu.",
                "Capaian tiap tahun dihitung terhadap target Renstra tahun itu, dan capaian terhadap target akhir "
                    + "dari realisasi \(year), menurut polaritas dan rumus indikator; capaian terhadap target PK "
                    + "ada di Tabel 3.1.",
            ], csvKey: .init(heading: "Kode", position: 1, values: lines.map(\.row.indicator.code)))
    }

    /// Capaian of a realisation against a target by the indicator's rule, naming both events.
    private func capaianCell(
        _ realisasi: (value: DecimalNumber, sources: [String])?, against target: Sourced<DecimalNumber>?,
        indicator: IndicatorDefinition
    ) -> ReportTable.Cell {
        guard let realisasi, let target else { return .empty }
        let outcome = Capaian.compute(
            realisasi: realisasi.value, target: .value(target.value), polarity: indicator.polarity,
            formula: indicator.capaianFormula)
        let sources = ([target.eventID] + realisasi.sources).uniqued
        switch outcome {
        case .computed(let capaian): return .number(capaian.value, sources: sources)
        case .notComputable(let problem):
            return .number(nil, sources: sources, remark: "tidak dapat dihitung: \(problem.localized.id)")
        }
    }
}
