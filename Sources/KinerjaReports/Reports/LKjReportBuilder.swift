import KinerjaEvents
import KinerjaProjections
import KinerjaStore

extension ReportDocument {
    /// The tables of an LKj's Bab III for `year`, from the organisation's state: capaian per sasaran and
    /// indicator, the years against the Renstra targets, budget realisation, a summary by rating band, the
    /// consistency findings, and charts. Every figure cell names the events it came from.
    package static func makeLKj(
        state: OrganisationState, year: Int, head: LedgerDigest, asOf: Timestamp? = nil
    ) -> ReportDocument {
        LKjReportBuilder(state: state, year: year, head: head, asOf: asOf).document
    }
}

/// Builds the LKj document from the year's ``YearReport`` (targets, realisasi, capaian, rating) and the
/// other projections of the state; it computes no figure those projections already give.
struct LKjReportBuilder {
    let state: OrganisationState
    let year: Int
    let head: LedgerDigest
    let asOf: Timestamp?
    /// The year's report: the IKU in force at the end of the year and each indicator's figures.
    let report: YearReport
    /// The rows of `report`, in the order of the Renstra's sasaran.
    let rows: [YearReport.Row]

    init(state: OrganisationState, year: Int, head: LedgerDigest, asOf: Timestamp?) {
        self.state = state
        self.year = year
        self.head = head
        self.asOf = asOf
        report = state.report(year: year, head: head, asOf: asOf)
        let order = state.renstraSasaran?.sasaran.map(\.code) ?? []
        rows = report.rows.enumerated().sorted { first, second in
            let firstRank = first.element.indicator.sasaran.flatMap { order.firstIndex(of: $0) } ?? order.count
            let secondRank = second.element.indicator.sasaran.flatMap { order.firstIndex(of: $0) } ?? order.count
            return (firstRank, first.offset) < (secondRank, second.offset)
        }.map(\.element)
    }

    var document: ReportDocument {
        ReportDocument(
            kind: "lkj", title: "Laporan Kinerja Tahun \(year)",
            subtitle: [report.organisation, "Bab III Akuntabilitas Kinerja"],
            provenance: ReportDocument.provenance(
                state: state, head: head, asOf: asOf,
                extra: [
                    .init("Tahun", String(year)),
                    .init("IKU berlaku pada", "\(report.inForceOn) (\(rows.count) indikator)"),
                ]),
            sections: [capaianSection, renstraSection, budgetSection, summarySection, findingsSection])
    }

    // MARK: - 3.1 Capaian kinerja

    private var capaianSection: ReportDocument.Section {
        var blocks: [ReportDocument.Block] = [.table(capaianTable)]
        let bars = rows.compactMap { row in
            row.capaian?.capaian.map { ReportChart.BarItem(label: row.indicator.name, value: $0.value) }
        }
        if !bars.isEmpty {
            blocks.append(
                .chart(
                    .bars(
                        caption: "Capaian kinerja \(year) per indikator terhadap 100 %", items: bars,
                        reference: DecimalNumber(100))))
        }
        return .init("3.1 Capaian Kinerja Tahun \(year)", blocks)
    }

    private var capaianTable: ReportTable {
        let columns: [ReportTable.Column] = [
            .init("Sasaran Strategis"), .init("Indikator Kinerja"), .init("Satuan"), .init("Target", .number),
            .init("Realisasi", .number), .init("Capaian", .percent), .init("Rumus capaian"), .init("Peringkat"),
        ]
        let table = rows.map { row -> [ReportTable.Cell] in
            let target = row.capaianTarget
            let capaianSources = row.capaianSources
            let targetRemark = row.targetKind == "Renstra" ? "target Renstra (tidak ada target PK \(year))" : nil
            var realisasiRemark: String?
            if case .missing(let reason) = row.year { realisasiRemark = "tidak tersedia: \(reason.id)" }
            let computed = row.capaian?.capaian
            return [
                sasaranCell(row), .text(row.indicator.name, sources: [row.decision]),
                .text(UnitName.shown(row.indicator.unit)),
                .number(target?.value, sources: target.map { [$0.eventID] } ?? [], remark: targetRemark),
                .number(row.year.value, sources: row.yearSources, remark: realisasiRemark),
                .number(computed?.value, sources: capaianSources, remark: capaianRemark(row)),
                computed.map { .text($0.formula.formulaText, sources: capaianSources) } ?? .empty,
                row.rating.map { .text("\($0.code) \($0.label)", sources: capaianSources) } ?? .empty,
            ]
        }
        let scale = report.scale
        let bands = scale.bands.map { "\($0.code) \($0.label) \($0.interval)" }.joined(separator: "; ")
        return ReportTable(
            name: "capaian-kinerja", caption: "Tabel 3.1 Capaian Kinerja Tahun \(year)", columns: columns,
            rows: table,
            notes: [
                "Target: target Perjanjian Kinerja \(year) (versi terakhir yang berlaku pada \(report.inForceOn)); "
                    + "bila tidak ada PK, target Renstra.",
                "Realisasi: realisasi tahunan yang telah diverifikasi (atau gabungan periode menurut aturan agregasi "
                    + "indikator); koreksi yang disetujui berlaku.",
                "Capaian dihitung menurut polaritas dan rumus masing-masing indikator, dibulatkan dua desimal; "
                    + "bila dokumen sumber mencetak capaian lain, angka cetakannya tertulis di sampingnya.",
                "Peringkat menurut \(scale.name) versi \(scale.version): \(bands).",
            ], csvKey: .init(heading: "Kode", position: 1, values: rows.map(\.indicator.code)))
    }

    /// The sasaran an indicator measures, as the Renstra prints it (else as the PK prints it).
    func sasaranCell(_ row: YearReport.Row) -> ReportTable.Cell {
        if let code = row.indicator.sasaran, let renstra = state.renstraSasaran,
            let sasaran = renstra.sasaran.first(where: { $0.code == code })
        {
            return .text(sasaran.text, sources: [renstra.eventID])
        }
        if let pk = row.pkTarget, let event = state.event(pk.eventID) {
            let line = PerjanjianKinerjaVersion(number: 1, event: event).lines.first {
                $0.indicator == row.indicator.code
            }
            if let line { return .text(line.sasaran, sources: [pk.eventID]) }
        }
        return .empty
    }

    /// The capaian the source printed beside the year's own realisation, when the rules give another; or why
    /// there is no capaian.
    private func capaianRemark(_ row: YearReport.Row) -> String? {
        if let problem = row.capaian?.problem { return "tidak dapat dihitung: \(problem.localized.id)" }
        let sources = Set(row.yearSources)
        guard let difference = row.printedDifferences.first(where: { sources.contains($0.eventID) }) else {
            return nil
        }
        let how = difference.reproducedBy.map { " (\($0.formulaText))" } ?? ""
        return "dokumen mencetak \(difference.printed.indonesian())\(how)"
    }

    // MARK: - Summary and findings

    private var summarySection: ReportDocument.Section {
        var met: [YearReport.Row] = []
        var notMet: [YearReport.Row] = []
        var none: [YearReport.Row] = []
        for row in rows {
            guard let capaian = row.capaian?.capaian else {
                none.append(row)
                continue
            }
            if capaian.value >= DecimalNumber(100) { met.append(row) } else { notMet.append(row) }
        }
        func line(_ label: String, _ group: [YearReport.Row]) -> [ReportTable.Cell] {
            let sources = group.flatMap { $0.capaianSources }.uniqued
            return [
                .text(label), .number(DecimalNumber(group.count), sources: sources),
                .text(group.map(\.indicator.name).joined(separator: "; "), sources: sources),
            ]
        }
        let columns: [ReportTable.Column] = [.init("Kelompok"), .init("Jumlah indikator", .number), .init("Indikator")]
        let target = ReportTable(
            name: "ringkasan-target", caption: "Tabel 3.4 Indikator yang Memenuhi Target Tahun \(year)",
            columns: columns,
            rows: [
                line("Memenuhi target (capaian ≥ 100 %)", met), line("Belum memenuhi target (capaian < 100 %)", notMet),
                line("Capaian tidak dapat dihitung", none), line("Jumlah", rows),
            ])
        let bands = ReportTable(
            name: "ringkasan-peringkat", caption: "Tabel 3.5 Indikator per Peringkat Tahun \(year)",
            columns: columns,
            rows: report.scale.bands.map { band in
                line("\(band.code) \(band.label) (\(band.interval))", rows.filter { $0.rating == band })
            },
            notes: ["Peringkat menurut \(report.scale.name) versi \(report.scale.version)."])
        return .init("3.4 Ringkasan Capaian", [.table(target), .table(bands)])
    }

    private var findingsSection: ReportDocument.Section {
        let findings = state.findings(year: year)
        let lead = ReportDocument.Block.paragraph(
            findings.isEmpty
                ? "Pemeriksaan konsistensi (kinerja check --year \(year)) tidak menemukan hal yang perlu ditanyakan."
                : "Hal yang akan ditanyakan pemeriksa (kinerja check --year \(year)): \(findings.count) temuan, "
                    + "masing-masing dengan peristiwa yang terlibat.")
        let block = ReportDocument.Block.findings(findings)
        return .init("3.5 Temuan Pemeriksaan Konsistensi", findings.isEmpty ? [lead] : [lead, block])
    }
}

extension YearReport.Row {
    /// The events the year's realisation came from: each recording used and each approved correction applied.
    var yearSources: [String] {
        switch year {
        case .recorded(let sourced):
            let entry = realisasi.first { $0.correctedValue?.eventID == sourced.eventID }
            return ((entry.map { [$0.event.id] } ?? []) + [sourced.eventID]).uniqued
        case .aggregated(_, _, let from):
            return from.flatMap { id in
                [id] + (realisasi.first { $0.event.id == id }?.correctedValue.map { [$0.eventID] } ?? [])
            }
        case .missing:
            return []
        }
    }

    /// The target capaian is measured against: the PK's, else the Renstra's.
    var capaianTarget: Sourced<DecimalNumber>? { pkTarget ?? renstraTarget }

    /// The events capaian came from: the target's and the realisation's; none without a capaian.
    var capaianSources: [String] {
        guard capaian?.capaian != nil else { return [] }
        return ((capaianTarget.map { [$0.eventID] } ?? []) + yearSources).uniqued
    }
}
