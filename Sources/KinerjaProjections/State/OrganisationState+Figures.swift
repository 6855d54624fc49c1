import KinerjaEvents
import KinerjaStore

/// A figure and the event it came from.
package struct Sourced<Value: Sendable & Equatable>: Sendable, Equatable {
    /// The figure.
    package var value: Value
    /// The id of the event it came from.
    package var eventID: String
}

/// One recorded realisation with where it stands and the value in force after corrections.
package struct RealisasiEntry: Sendable, Equatable {
    /// The `RealisasiRecorded` event.
    package var event: RecordedEvent
    /// Where the recording stands (verified by another actor, or not).
    package var status: ProposalStatus
    /// The value as recorded (given, or computed from numerator and denominator).
    var recordedValue: DecimalNumber?
    /// The value after the latest approved correction, with the correction's id; nil when none applies.
    package var correctedValue: Sourced<DecimalNumber>?
    /// Corrections not yet decided, by id.
    package var pendingCorrections: [String]

    /// The value that counts: the corrected one if any, else the recorded one.
    package var value: DecimalNumber? { correctedValue?.value ?? recordedValue }
    /// The period.
    package var period: Period? { event.realisasi?.period }
    /// The capaian the source printed beside it.
    package var printedCapaian: DecimalNumber? { event.realisasi?.printedCapaian }
}

extension OrganisationState {
    /// The Renstra target of `indicator` for `year` (the latest approved proposal that sets it); with `date`,
    /// only decisions in force by then (by their effective dates; one without a date counts as always in force).
    package func renstraTarget(_ indicator: String, year: Int, inForceOn date: CalendarDate? = nil) -> Sourced<
        DecimalNumber
    >? {
        var found: Sourced<DecimalNumber>?
        let proposals = targetProposals[IndicatorYear(indicator: indicator, year: year)] ?? []
        for event in events(proposals) where counts(event) {
            if let date, let effective = event.effective, effective > date { continue }
            switch event.event {
            case .renstraTargetsProposed(let targets) where targets.indicator == indicator:
                for target in targets.targets where target.year == year {
                    found = Sourced(value: target.value, eventID: event.id)
                }
            case .targetChangeProposed(let change) where change.indicator == indicator && change.year == year:
                found = Sourced(value: change.value, eventID: event.id)
            default:
                break
            }
        }
        return found
    }

    /// The end-of-Renstra target of `indicator`.
    package func endOfPeriodTarget(_ indicator: String) -> Sourced<DecimalNumber>? {
        events(endOfPeriodProposals[indicator] ?? []).last(where: counts)
            .flatMap { event in event.renstraTargets?.endOfPeriod.map { Sourced(value: $0, eventID: event.id) } }
    }

    /// The PK versions for `year`: the signed one, then each approved amendment, in order; with `date`, only
    /// those in force by then (an amendment from its effective date; the signed version always).
    func pkVersions(year: Int, inForceOn date: CalendarDate? = nil) -> [RecordedEvent] {
        events(perjanjianKinerjaByYear[year] ?? []).filter { event in
            if case .perjanjianKinerjaSigned = event.event { return true }
            guard case .perjanjianKinerjaAmendmentProposed = event.event, counts(event) else { return false }
            return date.map { day in event.effective.map { $0 <= day } ?? true } ?? true
        }
    }

    /// The PK amendments proposed for `year` still waiting for a decision, in seq order.
    package func pendingAmendments(year: Int) -> [RecordedEvent] {
        events(perjanjianKinerjaByYear[year] ?? []).filter { event in
            event.perjanjianKinerjaAmendment != nil && status(of: event) == .pending
        }
    }

    /// The years with a signed PK.
    var perjanjianKinerjaYears: Set<Int> {
        Set(
            perjanjianKinerjaByYear.keys.filter { year in
                (perjanjianKinerjaByYear[year] ?? []).contains { event(at: $0)?.perjanjianKinerjaAmendment == nil }
            })
    }

    /// The seqs of every realisation recorded (for a period of `year`, when given), of any indicator, in seq
    /// order (read from the keys, no body).
    func realisasiSeqs(year: Int? = nil) -> [Int] {
        realisasiByIndicator.values.flatMap { Self.seqs(in: $0, year: year) }.sorted()
    }

    /// The seqs of the realisations of `indicator` for `period`, in seq order (the year's list, its period
    /// told by each one's flags).
    func realisasiSeqs(_ indicator: String, period: Period) -> [Int] {
        (realisasiByIndicator[indicator]?[period.year] ?? []).filter { flags[$0 - 1].periodSlot == period.slot }
    }

    /// The seqs of a table of realisations by year: those of `year`, or all.
    private static func seqs(in byYear: SeqLists, year: Int?) -> [Int] {
        guard let year else { return byYear.values.flatMap { $0 } }
        return Array(byYear[year] ?? [])
    }

    /// Every correction, in seq order.
    var allCorrections: [RecordedEvent] {
        events(corrections)
    }

    /// Every Renstra targets proposal, in seq order.
    var allRenstraTargets: [RecordedEvent] {
        events(renstraTargetProposals)
    }

    /// The target of `indicator` in the latest PK version for `year` (in force on `date`, when given).
    package func pkTarget(_ indicator: String, year: Int, inForceOn date: CalendarDate? = nil) -> Sourced<
        DecimalNumber
    >? {
        guard let version = pkVersions(year: year, inForceOn: date).last else { return nil }
        let targets = version.perjanjianKinerjaContent?.sasaran.lazy.flatMap(\.indicators)
        return targets?.first { $0.indicator == indicator }.map { Sourced(value: $0.target, eventID: version.id) }
    }

    /// Every realisation recorded for `indicator` (for a period of `year`, when given), in seq order, with
    /// status and corrections.
    package func realisasi(_ indicator: String, year: Int? = nil) -> [RealisasiEntry] {
        realisasiEntries(
            indicator, events: events(Self.seqs(in: realisasiByIndicator[indicator] ?? SeqLists(), year: year)))
    }

    /// The realisations of `indicator` for the periods of `year` that the year's current state shows: for
    /// each period, the latest approved one (the one that counts) and those still waiting for a decision, in
    /// seq order; and how many it leaves out of each period (approved before the one that counts, or
    /// rejected), which the period's history lists. They are chosen by their flags (which hold each one's
    /// period), so a period recorded again and again costs the bodies of the few shown, not of every
    /// recording.
    package func currentRealisasi(_ indicator: String, year: Int) -> (
        entries: [RealisasiEntry], leftOut: [Period: Int]
    ) {
        var shown: [Int] = []
        var counted = Set<Int>()
        var leftOut: [Period: Int] = [:]
        for seq in (realisasiByIndicator[indicator]?[year] ?? []).reversed() {
            let flags = flags[seq - 1]
            if !flags.contains(.approved), flags.contains(.proposal), !flags.contains(.rejected) {
                shown.append(seq)
            } else if flags.contains(.approved), counted.insert(flags.periodSlot).inserted {
                shown.append(seq)
            } else if let period = Period(year: year, slot: flags.periodSlot) {
                leftOut[period, default: 0] += 1
            }
        }
        return (realisasiEntries(indicator, events: events(shown)), leftOut)
    }

    /// The realisations `events` of `indicator`, with status and corrections.
    func realisasiEntries(_ indicator: String, events: [RecordedEvent]) -> [RealisasiEntry] {
        let definition = knownIndicator(indicator)
        return events.map { event in
            var corrected: Sourced<DecimalNumber>?
            var pending: [String] = []
            for seq in correctionsByRealisasi[event.seq] ?? [] {
                guard let correction = self.event(at: seq) else { continue }
                switch status(at: seq) ?? .pending {
                case .approved:
                    if let value = Self.value(of: correction, definition: definition) {
                        corrected = Sourced(value: value, eventID: correction.id)
                    }
                case .pending: pending.append(correction.id)
                case .rejected: break
                }
            }
            return RealisasiEntry(
                event: event, status: status(of: event) ?? .pending,
                recordedValue: Self.value(of: event, definition: definition), correctedValue: corrected,
                pendingCorrections: pending)
        }
    }

    /// The value a realisation or a correction gives, as ``value(_:numerator:denominator:definition:)`` makes
    /// it; nil for any other event.
    package static func value(of event: RecordedEvent, definition: IndicatorDefinition?) -> DecimalNumber? {
        switch event.event {
        case .realisasiRecorded(let realisasi):
            value(
                realisasi.value, numerator: realisasi.numerator, denominator: realisasi.denominator,
                definition: definition)
        case .realisasiCorrected(let correction):
            value(
                correction.value, numerator: correction.numerator, denominator: correction.denominator,
                definition: definition)
        default:
            nil
        }
    }

    /// A realisation's value: `value` when given, else numerator / denominator (× 100 for percentages),
    /// rounded half away from zero to the indicator's decimal places (2 when it does not say).
    package static func value(
        _ value: DecimalNumber?, numerator: DecimalNumber?, denominator: DecimalNumber?,
        definition: IndicatorDefinition?
    ) -> DecimalNumber? {
        if let value { return value }
        guard let numerator, let denominator else { return nil }
        return ofParts(
            numerator, denominator, isPercentage: definition?.isPercentage == true, scale: definition?.decimals ?? 2)
    }

    /// What a numerator and denominator give: their ratio (× 100 for a percentage), rounded half away from zero
    /// to `scale` decimals; nil when it cannot be computed (a zero denominator, a result past the limits). The
    /// one computation behind a realisation's value, the Decider's check of a value against its parts, and the
    /// finding about one that does not match.
    package static func ofParts(
        _ numerator: DecimalNumber, _ denominator: DecimalNumber, isPercentage: Bool, scale: Int
    ) -> DecimalNumber? {
        let scaled = isPercentage ? (try? numerator * DecimalNumber(100)) : numerator
        return scaled.flatMap { try? $0.dividing(by: denominator, scale: scale) }
    }
}
