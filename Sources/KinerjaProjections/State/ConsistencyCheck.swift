import KinerjaEvents
import KinerjaStore

/// One thing an Inspektorat reviewer would question, pointing at the events involved.
package struct Finding: Sendable, Equatable {
    /// What kind of finding it is (a stable code for JSON and scripts).
    package var kind: String
    /// One sentence in both languages, with the figures in Indonesian notation.
    package var message: Localized
    /// The ids of the events involved.
    package var events: [String]

    /// Makes a finding.
    package init(kind: String, message: Localized, events: [String]) {
        self.kind = kind
        self.message = message
        self.events = events
    }
}

extension OrganisationState {
    /// The consistency review of the stream, for one year or all of them: figures recorded differently by
    /// different sources, printed capaian that the rules do not give, values that do not match their own
    /// numerator and denominator, PK targets that differ from the Renstra with no recorded reason, and
    /// realisations for indicators not in force in their period.
    package func findings(year: Int? = nil) -> [Finding] {
        var findings: [Finding] = []
        let realisations = realisasiFindings(year: year)
        findings += realisations.figures
        // Targets for one year recorded differently.
        var targets: [String: [(RecordedEvent, DecimalNumber)]] = [:]
        let renstraTargets = allRenstraTargets
        for event in renstraTargets {
            guard let proposal = event.renstraTargets else { continue }
            for target in proposal.targets where year == nil || year == target.year {
                targets["\(proposal.indicator):\(target.year)", default: []].append((event, target.value))
            }
        }
        for key in targets.keys.sorted() {
            guard let group = targets[key], Set(group.map(\.1)).count > 1 else { continue }
            findings.append(
                Finding(
                    kind: "target-recorded-differently",
                    message: Localized(
                        id: "target Renstra \(key.split(separator: ":").joined(separator: " ")) dicatat dengan nilai "
                            + "berbeda: "
                            + group.map { "\($0.1.indonesian()) (\(Self.source(of: $0.0).id))" }.joined(separator: "; "),
                        en: "the Renstra target \(key.split(separator: ":").joined(separator: " ")) is recorded with "
                            + "different values: "
                            + group.map { "\($0.1.indonesian()) (\(Self.source(of: $0.0).en))" }.joined(separator: "; ")
                    ),
                    events: group.map(\.0.id)))
        }
        // End-of-Renstra targets recorded differently.
        var endTargets: [String: [(RecordedEvent, DecimalNumber)]] = [:]
        for event in renstraTargets {
            guard let proposal = event.renstraTargets, let value = proposal.endOfPeriod else { continue }
            endTargets[proposal.indicator, default: []].append((event, value))
        }
        for code in endTargets.keys.sorted() {
            guard let group = endTargets[code], Set(group.map(\.1)).count > 1 else { continue }
            findings.append(
                Finding(
                    kind: "target-recorded-differently",
                    message: Localized(
                        id: "target akhir Renstra \(code) dicatat dengan nilai berbeda: "
                            + group.map { "\($0.1.indonesian()) (\(Self.source(of: $0.0).id))" }.joined(separator: "; "),
                        en: "the end-of-Renstra target of \(code) is recorded with different values: "
                            + group.map { "\($0.1.indonesian()) (\(Self.source(of: $0.0).en))" }.joined(separator: "; ")
                    ),
                    events: group.map(\.0.id)))
        }
        findings += realisations.mismatches
        findings += realisations.outsideIKU
        // Printed capaian the rules do not give, and PK targets that differ from the Renstra unexplained.
        let years = realisations.years
            .union(perjanjianKinerjaYears)
            .filter { year == nil || $0 == year }
        for reportYear in years.sorted() {
            // What the year's report would show of each indicator in force, but for its figures: its targets.
            let end = Self.endOfReport(year: reportYear)
            for entry in ikuInForce(on: end) {
                let indicator = entry.definition
                let code = indicator.code
                let pkTarget = pkTarget(code, year: reportYear, inForceOn: end)
                let renstraTarget = renstraTarget(code, year: reportYear, inForceOn: end)
                // Verified already: `printedYearly` holds the approved ones.
                let verified = realisasiEntries(code, events: realisations.printedYearly["\(code):\(reportYear)"] ?? [])
                let differences =
                    (pkTarget ?? renstraTarget).map {
                        printedDifferences(of: verified, indicator: indicator, against: $0)
                    } ?? []
                for difference in differences {
                    let how = difference.reproducedBy.map { "; it matches \($0.formulaText)" } ?? ""
                    let howID = difference.reproducedBy.map { "; sesuai dengan \($0.formulaText)" } ?? ""
                    findings.append(
                        Finding(
                            kind: "printed-capaian-differs",
                            message: Localized(
                                id: "\(indicator.code) \(reportYear): sumber mencetak capaian "
                                    + "\(difference.printed.indonesian())\(howID), aturan memberikan "
                                    + "\(difference.computed.indonesian()) (\(indicator.polarity.code), "
                                    + "\(indicator.capaianFormula.formulaText))",
                                en: "\(indicator.code) \(reportYear): the source printed capaian "
                                    + "\(difference.printed.indonesian())\(how), the rules give "
                                    + "\(difference.computed.indonesian()) (\(indicator.polarity.code), "
                                    + "\(indicator.capaianFormula.formulaText))"),
                            events: [difference.eventID]))
                }
                if let pk = pkTarget, let renstra = renstraTarget, pk.value != renstra.value {
                    // A PK Perubahan always records its reason and explanation; the PK as signed records neither.
                    var explained = false
                    if case .perjanjianKinerjaAmendmentProposed = event(pk.eventID)?.event { explained = true }
                    if !explained {
                        findings.append(
                            Finding(
                                kind: "pk-target-differs-from-renstra",
                                message: Localized(
                                    id:
                                        "\(indicator.code) \(reportYear): target PK \(pk.value.indonesian()) berbeda "
                                        + "dari target Renstra \(renstra.value.indonesian()) dan tidak ada alasan yang "
                                        + "dicatat",
                                    en: "\(indicator.code) \(reportYear): the PK target \(pk.value.indonesian()) "
                                        + "differs from the Renstra target \(renstra.value.indonesian()) and no reason is "
                                        + "recorded"),
                                events: [pk.eventID, renstra.eventID]))
                    }
                }
            }
        }
        return findings + backDatedCorrections(year: year) + documentFindings(year: year)
            + unsignedDecisions(year: year)
    }

    /// What the review finds in the realisations (of `year`, when given): figures recorded with different
    /// values, values that do not match their own numerator and denominator, and realisations for indicators
    /// not in force in their period, each kind in the order the review lists it (by figure; by seq); with the
    /// verified yearly recordings that print a capaian (by indicator and year), and the years that have a
    /// realisation. The realisations are read once, in stream order (each part of the file read once), on both
    /// cores a chunk at a time, and none is held but those printing a capaian: of the others a figure keeps its
    /// events' ids and, per value and document, how many there are and the first and last.
    private func realisasiFindings(year: Int?) -> (
        figures: [Finding], mismatches: [Finding], outsideIKU: [Finding], printedYearly: [String: [RecordedEvent]],
        years: Set<Int>
    ) {
        var figures: [String: RecordedFigure] = [:]
        var mismatches: [Finding] = []
        var outside: [Finding] = []
        var printedYearly: [String: [RecordedEvent]] = [:]
        var years = Set<Int>()
        var inForce = InForceCodes(self)
        // Each indicator's definition, and whether it is a percentage (read from its unit's words), once.
        var definitions: [String: (definition: IndicatorDefinition?, isPercentage: Bool)] = [:]
        forEachEvent(at: realisasiSeqs(year: year)) { event in
            guard let realisasi = event.realisasi else { return }
            let code = realisasi.indicator
            years.insert(realisasi.period.year)
            if definitions[code] == nil {
                let definition = knownIndicator(code)
                definitions[code] = (definition, definition?.isPercentage ?? false)
            }
            let (definition, isPercentage) = definitions[code] ?? (nil, false)
            figures["\(code):\(realisasi.period)", default: RecordedFigure()].add(
                event.id, value: Self.value(of: event, definition: definition), document: Self.document(of: event))
            if let finding = Self.mismatch(event, realisasi, isPercentage: isPercentage) {
                mismatches.append(finding)
            }
            if !inForce.contains(code, for: realisasi.period) { outside.append(Self.outsideIKU(event, realisasi)) }
            if realisasi.period.kind == .year, realisasi.printedCapaian != nil, counts(event) {
                printedYearly["\(code):\(realisasi.period.year)", default: []].append(event)
            }
        }
        let differing = figures.keys.sorted().compactMap { key in figures[key]?.finding(key) }
        return (differing, mismatches, outside, printedYearly, years)
    }

    /// The finding that a realisation's value does not match its own numerator and denominator (× 100 for a
    /// percentage); nil when it matches or does not give all three.
    private static func mismatch(_ event: RecordedEvent, _ realisasi: RealisasiRecorded, isPercentage percentage: Bool)
        -> Finding?
    {
        guard let value = realisasi.value, let numerator = realisasi.numerator,
            let denominator = realisasi.denominator, !denominator.isZero
        else { return nil }
        guard let computed = Self.ofParts(numerator, denominator, isPercentage: percentage, scale: value.scale),
            computed != value
        else { return nil }
        let parts =
            "\(numerator.indonesian()) / \(denominator.indonesian())" + (percentage ? " × 100" : "")
            + " = \(computed.indonesian())"
        return Finding(
            kind: "value-mismatches-parts",
            message: Localized(
                id: "realisasi \(realisasi.indicator) \(realisasi.period) adalah \(value.indonesian()), tetapi "
                    + "\(parts) (\(Self.source(of: event).id))",
                en: "realisasi \(realisasi.indicator) \(realisasi.period) is \(value.indonesian()), but "
                    + "\(parts) (\(Self.source(of: event).en))"),
            events: [event.id])
    }

    /// The finding that a realisation is for an indicator not in force in its period.
    private static func outsideIKU(_ event: RecordedEvent, _ realisasi: RealisasiRecorded) -> Finding {
        Finding(
            kind: "realisasi-outside-iku",
            message: Localized(
                id: "realisasi \(realisasi.indicator) \(realisasi.period) untuk indikator yang tidak berlaku "
                    + "pada periode itu (keputusan IKU yang dicatat kemudian mengubah apa yang berlaku)",
                en: "realisasi \(realisasi.indicator) \(realisasi.period) is for an indicator not in force "
                    + "in that period (an IKU decision recorded later changed what was in force)"),
            events: [event.id])
    }

    /// Once the organisation has a signing policy: the decisions recorded (in `year`, when given) without a
    /// signature, those before the policy's first day (which it does not reach back to) in one finding, and any
    /// after it (written past the writers, which refuse them) in another.
    ///
    /// It reads no decision's body: whether its batch is signed is in its flags, and recording times never
    /// decrease along a stream, so the seqs where a day or a year starts are found by halving the stream.
    private func unsignedDecisions(year: Int?) -> [Finding] {
        guard let from = signingRequiredFrom else { return [] }
        var before: [String] = []
        var after: [String] = []
        // Every seq here is a decision's (IKU decisions, PK signings and amendments, approvals, rejections).
        latestDecision.checkAll()
        let approvalsAndRejections = latestDecision.filter { $0 != 0 } + earlierDecisions.values.joined()
        let decisions = Set(ikuDecisions).union(perjanjianKinerjaByYear.values.joined()).union(approvalsAndRejections)
        let policyStart = firstSeq(recordedOnOrAfter: from)
        let years = year.flatMap { year -> Range<Int>? in
            guard let start = CalendarDate(year: year, month: 1, day: 1),
                let end = CalendarDate(year: year + 1, month: 1, day: 1)
            else { return nil }
            return firstSeq(recordedOnOrAfter: start)..<firstSeq(recordedOnOrAfter: end)
        }
        for seq in decisions.sorted() where years?.contains(seq) ?? true {
            guard !flags[seq - 1].contains(.inSignedBatch) else { continue }
            if seq < policyStart { before.append(ids.id(at: seq)) } else { after.append(ids.id(at: seq)) }
        }
        var findings: [Finding] = []
        func listed(_ ids: [String]) -> String {
            ids.prefix(10).joined(separator: ", ") + (ids.count > 10 ? ", …" : "")
        }
        if !before.isEmpty {
            findings.append(
                Finding(
                    kind: "unsigned-decision",
                    message: Localized(
                        id: "keputusan tanpa tanda tangan yang dicatat sebelum kebijakan tanda tangan berlaku "
                            + "(\(IndonesianDate.written(from))): \(before.count) (\(listed(before)))",
                        en: "unsigned decisions recorded before the signing policy starts (\(from)): "
                            + "\(before.count) (\(listed(before)))"),
                    events: before))
        }
        if !after.isEmpty {
            findings.append(
                Finding(
                    kind: "unsigned-decision-under-policy",
                    message: Localized(
                        id: "keputusan tanpa tanda tangan padahal kebijakan tanda tangan berlaku sejak "
                            + "\(IndonesianDate.written(from)) (ditulis melewati pencatat): \(after.count) (\(listed(after)))",
                        en: "unsigned decisions although the signing policy applies since \(from) (written past the "
                            + "recorders): \(after.count) (\(listed(after)))"),
                    events: after))
        }
        return findings
    }

    /// The first seq recorded on or after `day` in the organisation's zone (`eventCount + 1` when none is).
    /// An event whose body cannot be read counts as recorded after it (the command reports the damage).
    private func firstSeq(recordedOnOrAfter day: CalendarDate) -> Int {
        let zone = timeZone
        return firstSeq { zone.local($0).date >= day }
    }

    /// How many days before its recording a correction may say it applies from without a finding.
    static let backDatingAllowance = 30

    /// Corrections that say they apply from a date more than ``backDatingAllowance`` days before they were
    /// recorded: a figure changed after the fact for a time already reported on.
    private func backDatedCorrections(year: Int?) -> [Finding] {
        let candidates = year.map { events(correctionsByEffectiveYear[$0] ?? []) } ?? allCorrections
        return candidates.compactMap { event in
            guard case .realisasiCorrected(let correction) = event.event, let effective = event.effective,
                year == nil || effective.year == year
            else { return nil }
            let recorded = event.recordedAt.date
            let days = recorded.daysSinceEpoch - effective.daysSinceEpoch
            guard days > Self.backDatingAllowance else { return nil }
            return Finding(
                kind: "correction-back-dated",
                message: Localized(
                    id:
                        "koreksi \(event.id) atas \(correction.corrects), dicatat pada \(IndonesianDate.written(recorded)), "
                        + "berlaku sejak \(IndonesianDate.written(effective)): \(days) hari lebih awal (lebih dari "
                        + "\(Self.backDatingAllowance))",
                    en: "correction \(event.id) of \(correction.corrects), recorded on \(recorded), applies from "
                        + "\(effective): \(days) days earlier (more than \(Self.backDatingAllowance))"),
                events: [event.id, correction.corrects])
        }
    }

    /// Where a realisation or a Renstra target came from (document and locator), and its event.
    private static func source(of event: RecordedEvent) -> Localized {
        let document = document(of: event)
        return Localized(id: document + "peristiwa \(event.id)", en: document + "event \(event.id)")
    }

    /// The document and place a realisation or a Renstra target cites, followed by `; `; empty when none.
    private static func document(of event: RecordedEvent) -> String {
        let basis: Basis? =
            switch event.event {
            case .realisasiRecorded(let realisasi): realisasi.basis
            case .renstraTargetsProposed(let proposal): proposal.basis
            default: nil
            }
        let parts = [basis?.document, basis?.locator].compactMap { $0 }
        return parts.isEmpty ? "" : parts.joined(separator: ", ") + "; "
    }
}

extension OrganisationState {
    /// Findings about documents and their dates: a document citing a regulation dated after itself, a PK
    /// signed more than a month after the DPA of its year, an LKj signed before its reviu.
    func documentFindings(year: Int? = nil) -> [Finding] {
        var findings: [Finding] = []
        for event in events([self.documents, renstraAdoptions, ikuDecisions].joined()) {
            guard let document = Self.citingDocument(event), let dated = document.date,
                year == nil || dated.year == year
            else { continue }
            for cited in document.cites ?? [] {
                guard let date = cited.date, date > dated else { continue }
                findings.append(
                    Finding(
                        kind: "cites-later-regulation",
                        message: Localized(
                            id: "\(document.number ?? document.title ?? event.id), bertanggal "
                                + "\(IndonesianDate.written(dated)), merujuk \(cited.title) bertanggal "
                                + "\(IndonesianDate.written(date)), setelah dirinya sendiri",
                            en: "\(document.number ?? document.title ?? event.id), dated \(dated), cites "
                                + "\(cited.title) dated \(date), after itself"),
                        events: [event.id]))
            }
        }
        func documents(_ kind: DocumentRecorded.Kind) -> [(event: RecordedEvent, year: Int, date: CalendarDate)] {
            events(self.documents).compactMap { event in
                guard case .documentRecorded(let document) = event.event, document.kind == kind,
                    let year = document.year, let date = document.date
                else { return nil }
                return (event, year, date)
            }
        }
        for dpa in documents(.dpa) where year == nil || dpa.year == year {
            let due = Self.oneMonthAfter(dpa.date)
            for pk in events(perjanjianKinerjaByYear[dpa.year] ?? []) where pk.perjanjianKinerjaAmendment == nil {
                guard let signed = pk.effective, signed > due else { continue }
                findings.append(
                    Finding(
                        kind: "pk-signed-late",
                        message: Localized(
                            id:
                                "PK \(dpa.year) ditandatangani pada \(IndonesianDate.written(signed)), lebih dari sebulan "
                                + "setelah DPA tanggal \(IndonesianDate.written(dpa.date)) (paling lambat "
                                + "\(IndonesianDate.written(due)))",
                            en: "the PK \(dpa.year) was signed on \(signed), more than a month after the DPA of "
                                + "\(dpa.date) (due by \(due))"), events: [pk.id, dpa.event.id]))
            }
        }
        for lkj in documents(.lkj) where year == nil || lkj.year == year {
            for reviu in documents(.reviuLkj) where reviu.year == lkj.year && reviu.date > lkj.date {
                findings.append(
                    Finding(
                        kind: "lkj-signed-before-reviu",
                        message: Localized(
                            id: "LKj \(lkj.year) ditandatangani pada \(IndonesianDate.written(lkj.date)), sebelum "
                                + "reviunya selesai pada \(IndonesianDate.written(reviu.date))",
                            en: "the LKj \(lkj.year) was signed on \(lkj.date), before its reviu was finished on "
                                + "\(reviu.date)"),
                        events: [lkj.event.id, reviu.event.id]))
            }
        }
        return findings
    }

    /// The number, title, date and citations of a recorded document, or of the decree of a Renstra or an IKU
    /// decision; nil for other events.
    private static func citingDocument(
        _ event: RecordedEvent
    ) -> (number: String?, title: String?, date: CalendarDate?, cites: [Citation]?)? {
        let decree: Decree?
        switch event.event {
        case .documentRecorded(let document):
            return (document.number, document.title, document.date, document.cites)
        case .renstraAdopted(let renstra): decree = renstra.decree
        case .ikuDecisionProposed(let decision): decree = decision.decree
        default: decree = nil
        }
        return decree.map { ($0.number, $0.title, $0.date, $0.cites) }
    }

    /// The same day a month later (the last day of that month when it is shorter).
    static func oneMonthAfter(_ date: CalendarDate) -> CalendarDate {
        let (year, month) = date.month == 12 ? (date.year + 1, 1) : (date.year, date.month + 1)
        for day in stride(from: date.day, through: 1, by: -1) {
            if let candidate = CalendarDate(year: year, month: month, day: day) { return candidate }
        }
        return CalendarDate(year: year, month: month, day: 28) ?? date
    }
}

/// One figure's recordings as the review reads them: their events' ids, and per value and document (in the
/// order first seen) how many, the first and the last.
private struct RecordedFigure {
    struct Source: Hashable {
        var value: DecimalNumber?
        var document: String
    }

    private var ids: [String] = []
    private var sources: [Source] = []
    private var bySource: [Source: (count: Int, first: String, last: String)] = [:]

    mutating func add(_ id: String, value: DecimalNumber?, document: String) {
        ids.append(id)
        let source = Source(value: value, document: document)
        if let seen = bySource[source] {
            bySource[source] = (seen.count + 1, seen.first, id)
        } else {
            sources.append(source)
            bySource[source] = (1, id, id)
        }
    }

    /// The finding that the figure `key` (`indicator:period`) is recorded with different values; nil when its
    /// recordings give one value (numbers as numbers: 12,50 is 12,5). Recordings of one value from one
    /// document are named together: a figure recorded again and again is one part of the finding, with how
    /// many times and the first and last event.
    func finding(_ key: String) -> Finding? {
        guard Set(sources.map(\.value)).count > 1 else { return nil }
        func described(_ language: Language) -> String {
            sources.map { source in
                let (count, first, last) = bySource[source] ?? (0, "", "")
                let named =
                    count == 1
                    ? Localized(id: "peristiwa \(first)", en: "event \(first)")
                    : Localized(id: "\(count) peristiwa, \(first) … \(last)", en: "\(count) events, \(first) … \(last)")
                return "\(source.value?.indonesian() ?? "-") (\(source.document)\(named(language)))"
            }.joined(separator: "; ")
        }
        let figure = key.split(separator: ":").joined(separator: " ")
        return Finding(
            kind: "figure-recorded-differently",
            message: Localized(
                id: "realisasi \(figure) dicatat dengan nilai berbeda: " + described(.id),
                en: "realisasi \(figure) is recorded with different values: " + described(.en)),
            events: ids)
    }
}
