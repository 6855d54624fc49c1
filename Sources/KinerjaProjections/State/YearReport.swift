import KinerjaEvents
import KinerjaStore

/// The current state of one organisation for one year: the IKU in force and, per indicator, the Renstra and
/// PK targets, realisations by period, the yearly realisation, capaian and rating, and pending proposals.
/// Every figure names the event it came from.
package struct YearReport: Sendable {
    /// How a yearly realisation was obtained.
    package enum YearFigure: Sendable, Equatable {
        /// Recorded for the year itself.
        case recorded(Sourced<DecimalNumber>)
        /// Aggregated from the periods, by the indicator's rule.
        case aggregated(DecimalNumber, rule: String, from: [String])
        /// Not available, and why (in both languages).
        case missing(Localized)

        /// The value, when there is one.
        package var value: DecimalNumber? {
            switch self {
            case .recorded(let sourced): sourced.value
            case .aggregated(let value, _, _): value
            case .missing: nil
            }
        }
    }

    /// A capaian printed in a source that differs from the one the rules give for that same realisation.
    package struct PrintedDifference: Sendable, Equatable {
        /// The printed capaian.
        package var printed: DecimalNumber
        /// The capaian the rules give for the realisation it was printed beside, against the same target.
        package var computed: DecimalNumber
        /// The event that recorded it.
        package var eventID: String
        /// The formula that reproduces the printed figure, if one does.
        package var reproducedBy: CapaianFormula?
    }

    /// One indicator's line.
    package struct Row: Sendable {
        /// The indicator as in force.
        package var indicator: IndicatorDefinition
        /// The decision that last defined or amended it (or `renstra`).
        package var decision: String
        /// The Renstra target for the year.
        package var renstraTarget: Sourced<DecimalNumber>?
        /// The end-of-Renstra target.
        package var endOfPeriodTarget: Sourced<DecimalNumber>?
        /// The target in the latest PK version for the year.
        package var pkTarget: Sourced<DecimalNumber>?
        /// The realisations recorded for periods of the year: for each period the one that counts and those
        /// waiting for a decision.
        package var realisasi: [RealisasiEntry]
        /// How many recordings of each period of the year `realisasi` leaves out: approved before the one
        /// that counts, or rejected.
        package var otherRecordings: [Period: Int]
        /// The yearly realisation, from verified figures only.
        package var year: YearFigure
        /// Capaian against the PK target (or the Renstra target when there is no PK), by the indicator's rule.
        package var capaian: CapaianOutcome?
        /// Which target capaian used: `PK` or `Renstra`.
        package var targetKind: String?
        /// The rating of the capaian.
        package var rating: RatingBand?
        /// Printed capaian that differ from the computed one.
        package var printedDifferences: [PrintedDifference]
    }

    /// The organisation's name.
    package var organisation: String
    /// The year.
    package var year: Int
    /// The IKU decisions in force at the end of the year, in order.
    package var decisions: [IkuVersion]
    /// The rating scale used.
    package var scale: RatingScale
    /// One row per indicator in force at the end of the year.
    package var rows: [Row]
    /// Every proposal in the stream still waiting for a decision.
    package var pending: [RecordedEvent]
    /// The stream head the report was computed at.
    package var head: LedgerDigest
    /// With `--as-of`: the time the report looks back to (only events recorded by then).
    package var asOf: Timestamp?
    /// The date whose decisions in force the report shows (31 December of the year unless asked).
    package var inForceOn: CalendarDate
}

extension OrganisationState {
    /// The report for `year`, from the events folded so far. Each row holds the realisations that count and
    /// those pending (``currentRealisasi(_:year:)``), and the printed capaian of those it holds that differ
    /// from the rules' (the consistency review compares every recording's: see ``findings(year:)``).
    package func report(
        year: Int, head: LedgerDigest, asOf: Timestamp? = nil, inForceOn: CalendarDate? = nil,
        scale: RatingScale? = nil
    ) -> YearReport {
        let scale = scale ?? ratingScale
        let end = Self.endOfReport(year: year, inForceOn: inForceOn)
        let inForce = ikuInForce(on: end)
        let usedDecisions = Set(inForce.map(\.decision))
        return YearReport(
            organisation: organisationName ?? stream.rawValue, year: year,
            decisions: ikuVersions.filter {
                usedDecisions.contains($0.event.id) || ($0.status.isApproved && $0.inForceFrom <= end)
            },
            scale: scale, rows: rows(year: year, inForce: inForce, on: end, scale: scale),
            pending: pendingProposals, head: head, asOf: asOf, inForceOn: end)
    }

    /// The rows of ``report(year:head:asOf:inForceOn:scale:)`` of `year` alone, one per indicator in force on
    /// 31 December: for a reader of the figures only (the LKj's earlier Renstra years), without the report's
    /// list of pending proposals, which reads every event's flags and the bodies of those pending.
    package func rows(year: Int) -> [YearReport.Row] {
        let end = Self.endOfReport(year: year)
        return rows(year: year, inForce: ikuInForce(on: end), on: end, scale: ratingScale)
    }

    /// The date a report of `year` shows the decisions in force on: `inForceOn`, else 31 December.
    static func endOfReport(year: Int, inForceOn: CalendarDate? = nil) -> CalendarDate {
        inForceOn ?? CalendarDate(year: year, month: 12, day: 31) ?? CalendarDate(daysSinceEpoch: 0)
    }

    private func rows(
        year: Int, inForce: [(definition: IndicatorDefinition, decision: String)], on end: CalendarDate,
        scale: RatingScale
    ) -> [YearReport.Row] {
        inForce.map { entry in
            row(for: entry.definition, decision: entry.decision, year: year, on: end, scale: scale)
        }
    }

    private func row(
        for indicator: IndicatorDefinition, decision: String, year: Int, on date: CalendarDate, scale: RatingScale
    ) -> YearReport.Row {
        let code = indicator.code
        let (entries, others) = currentRealisasi(code, year: year)
        let verified = entries.filter { $0.status.isApproved }
        let figure = yearFigure(verified, indicator: indicator)
        let pk = pkTarget(code, year: year, inForceOn: date)
        let renstra = renstraTarget(code, year: year, inForceOn: date)
        let target = pk ?? renstra
        var capaian: CapaianOutcome?
        var rating: RatingBand?
        if let realisasi = figure.value, let target {
            let outcome = Capaian.compute(
                realisasi: realisasi, target: .value(target.value), polarity: indicator.polarity,
                formula: indicator.capaianFormula)
            capaian = outcome
            if let computed = outcome.capaian {
                rating = scale.rating(for: computed.value)
            }
        }
        let differences = target.map { printedDifferences(of: verified, indicator: indicator, against: $0) } ?? []
        return YearReport.Row(
            indicator: indicator, decision: decision, renstraTarget: renstra,
            endOfPeriodTarget: endOfPeriodTarget(code),
            pkTarget: pk, realisasi: entries, otherRecordings: others, year: figure, capaian: capaian,
            targetKind: pk != nil ? "PK" : (renstra != nil ? "Renstra" : nil),
            rating: rating, printedDifferences: differences)
    }

    /// The capaian printed beside the yearly ones among `verified` that differ from what the rules give for
    /// the realisation they were printed beside, against `target`, in the order of `verified`.
    func printedDifferences(
        of verified: [RealisasiEntry], indicator: IndicatorDefinition, against target: Sourced<DecimalNumber>
    ) -> [YearReport.PrintedDifference] {
        verified.compactMap { entry in
            guard entry.period?.kind == .year, let printed = entry.printedCapaian, let own = entry.value else {
                return nil
            }
            func capaian(_ formula: CapaianFormula) -> DecimalNumber? {
                Capaian.compute(
                    realisasi: own, target: .value(target.value), polarity: indicator.polarity, formula: formula
                ).capaian?.value
            }
            guard let computed = capaian(indicator.capaianFormula), computed != printed else { return nil }
            let reproducing = CapaianFormula.allCases.first { capaian($0) == printed }
            return .init(printed: printed, computed: computed, eventID: entry.event.id, reproducedBy: reproducing)
        }
    }

    /// The year's figure from its verified realisations, as ``YearReport/Row/year`` gives it: the latest
    /// verified yearly one, or the latest of each shorter period aggregated by the indicator's rule.
    func yearFigure(_ verified: [RealisasiEntry], indicator: IndicatorDefinition) -> YearReport.YearFigure {
        if let yearly = verified.last(where: { $0.period?.kind == .year }), let value = yearly.value {
            return .recorded(Sourced(value: value, eventID: yearly.correctedValue?.eventID ?? yearly.event.id))
        }
        guard !verified.isEmpty else {
            return .missing(Localized(id: "tidak ada realisasi terverifikasi", en: "no verified realisasi"))
        }
        let kinds = Set(verified.compactMap { $0.period?.kind })
        guard kinds.count == 1, let kind = kinds.first else {
            let lengths = kinds.map(\.rawValue).sorted().joined(separator: ", ")
            return .missing(
                Localized(
                    id: "realisasi dicatat untuk periode yang panjangnya berbeda (\(lengths))",
                    en: "realisasi recorded for periods of different lengths (\(lengths))"))
        }
        guard let rule = indicator.aggregation, let code = indicator.aggregationKind?.rawValue else {
            return .missing(
                Localized(
                    id: "indikator tidak memiliki aturan agregasi untuk membentuk angka tahunan dari angka "
                        + "\(kind.rawValue)-nya",
                    en: "the indicator has no aggregation rule to make the year from its \(kind.rawValue) figures"))
        }
        var latest: [Int: RealisasiEntry] = [:]
        for entry in verified { if let number = entry.period?.number { latest[number] = entry } }
        let values = latest.compactMap { number, entry in entry.value.map { PeriodValue(period: number, value: $0) } }
        guard let value = try? rule.aggregate(values) else {
            return .missing(
                Localized(
                    id: "angka \(kind.rawValue) tidak dapat diagregasi",
                    en: "the \(kind.rawValue) figures do not aggregate"))
        }
        return .aggregated(value, rule: code, from: latest.keys.sorted().compactMap { latest[$0]?.event.id })
    }
}
