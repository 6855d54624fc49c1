import KinerjaEvents
import KinerjaStore

/// One thing an Inspektorat reviewer would question, pointing at the events involved.
package struct Finding: Sendable, Equatable {
    /// What kind of finding it is (a stable code for JSON and scripts).
    package var kind: String
    /// One sentence, with the figures in Indonesian notation.
    package var message: String
    /// The ids of the events involved.
    package var events: [String]
}

extension OrganisationState {
    /// The consistency review of the stream, for one year or all of them: figures recorded differently by
    /// different sources, printed capaian that the rules do not give, values that do not match their own
    /// numerator and denominator, PK targets that differ from the Renstra with no recorded reason, and
    /// realisations for indicators not in force in their period.
    package func findings(year: Int? = nil) -> [Finding] {
        var findings: [Finding] = []
        let realisasiEvents = events(ofType: .realisasiRecorded).filter { event in
            year == nil || event.data["period"]?.stringValue.flatMap(Period.init(parsing:))?.year == year
        }
        // One figure recorded with different values by different sources.
        var byFigure: [String: [RecordedEvent]] = [:]
        for event in realisasiEvents {
            let key = "\(event.data["indicator"]?.stringValue ?? ""):\(event.data["period"]?.stringValue ?? "")"
            byFigure[key, default: []].append(event)
        }
        for key in byFigure.keys.sorted() {
            guard let group = byFigure[key], group.count > 1 else { continue }
            let definition = knownIndicator(String(key.prefix { $0 != ":" }))
            let values = group.map { Self.value(of: $0, definition: definition) }
            guard Set(values.map { $0?.plainDescription ?? "-" }).count > 1 else { continue }
            let described = zip(group, values).map { event, value in
                "\(value?.indonesian() ?? "-") (\(Self.source(of: event)))"
            }
            findings.append(
                Finding(
                    kind: "figure-recorded-differently",
                    message:
                        "realisasi \(key.split(separator: ":").joined(separator: " ")) is recorded with different values: "
                        + described.joined(separator: "; "), events: group.map(\.id)))
        }
        // Targets for one year recorded differently.
        var targets: [String: [(RecordedEvent, DecimalNumber)]] = [:]
        for event in events(ofType: .renstraTargetsProposed) {
            for target in event.data["targets"]?.arrayValue?.compactMap(\.objectValue) ?? [] {
                guard let targetYear = target["year"]?.intValue, year == nil || year == targetYear,
                    let value = target["value"]?.stringValue.flatMap(DecimalNumber.init(plain:))
                else { continue }
                targets["\(event.data["indicator"]?.stringValue ?? ""):\(targetYear)", default: []].append(
                    (event, value))
            }
        }
        for key in targets.keys.sorted() {
            guard let group = targets[key], Set(group.map(\.1.plainDescription)).count > 1 else { continue }
            findings.append(
                Finding(
                    kind: "target-recorded-differently",
                    message:
                        "the Renstra target \(key.split(separator: ":").joined(separator: " ")) is recorded with different values: "
                        + group.map { "\($0.1.indonesian()) (\(Self.source(of: $0.0)))" }.joined(separator: "; "),
                    events: group.map(\.0.id)))
        }
        // End-of-Renstra targets recorded differently.
        var endTargets: [String: [(RecordedEvent, DecimalNumber)]] = [:]
        for event in events(ofType: .renstraTargetsProposed) {
            guard let value = event.data["endOfPeriod"]?.stringValue.flatMap(DecimalNumber.init(plain:)) else {
                continue
            }
            endTargets[event.data["indicator"]?.stringValue ?? "", default: []].append((event, value))
        }
        for code in endTargets.keys.sorted() {
            guard let group = endTargets[code], Set(group.map(\.1.plainDescription)).count > 1 else { continue }
            findings.append(
                Finding(
                    kind: "target-recorded-differently",
                    message: "the end-of-Renstra target of \(code) is recorded with different values: "
                        + group.map { "\($0.1.indonesian()) (\(Self.source(of: $0.0)))" }.joined(separator: "; "),
                    events: group.map(\.0.id)))
        }
        // A value that does not match its own numerator and denominator.
        for event in realisasiEvents {
            let data = event.data
            guard let value = data["value"]?.stringValue.flatMap(DecimalNumber.init(plain:)),
                let numerator = data["numerator"]?.stringValue.flatMap(DecimalNumber.init(plain:)),
                let denominator = data["denominator"]?.stringValue.flatMap(DecimalNumber.init(plain:)),
                !denominator.isZero
            else { continue }
            let percentage = knownIndicator(data["indicator"]?.stringValue ?? "")?.isPercentage ?? false
            let scaled = percentage ? ((try? numerator * DecimalNumber(100)) ?? numerator) : numerator
            guard let computed = try? scaled.dividing(by: denominator, scale: value.scale), computed != value else {
                continue
            }
            findings.append(
                Finding(
                    kind: "value-mismatches-parts",
                    message:
                        "realisasi \(data["indicator"]?.stringValue ?? "") \(data["period"]?.stringValue ?? "") is "
                        + "\(value.indonesian()), but \(numerator.indonesian()) / \(denominator.indonesian())"
                        + (percentage ? " × 100" : "") + " = \(computed.indonesian()) (\(Self.source(of: event)))",
                    events: [event.id]))
        }
        // Realisations for indicators not in force in their period.
        for event in realisasiEvents {
            guard let code = event.data["indicator"]?.stringValue,
                let period = event.data["period"]?.stringValue.flatMap(Period.init(parsing:)),
                indicatorInForce(code, for: period) == nil
            else { continue }
            findings.append(
                Finding(
                    kind: "realisasi-outside-iku",
                    message: "realisasi \(code) \(period) is for an indicator not in force in that period "
                        + "(an IKU decision recorded later changed what was in force)", events: [event.id]))
        }
        // Printed capaian the rules do not give, and PK targets that differ from the Renstra unexplained.
        let years = Set(
            realisasiEvents.compactMap { $0.data["period"]?.stringValue.flatMap(Period.init(parsing:))?.year }
        )
        .union(events(ofType: .perjanjianKinerjaSigned).compactMap { $0.data["year"]?.intValue })
        .filter { year == nil || $0 == year }
        for reportYear in years.sorted() {
            let report = report(year: reportYear, head: LedgerDigest(stream: stream, seq: 0, hash: .zero))
            for row in report.rows {
                for difference in row.printedDifferences {
                    let how = difference.reproducedBy.map { "; it matches \($0.formulaText)" } ?? ""
                    findings.append(
                        Finding(
                            kind: "printed-capaian-differs",
                            message: "\(row.indicator.code) \(reportYear): the source printed capaian "
                                + "\(difference.printed.indonesian())\(how), the rules give "
                                + "\(difference.computed.indonesian()) (\(row.indicator.polarity.code), "
                                + "\(row.indicator.capaianFormula.formulaText))",
                            events: [difference.eventID]))
                }
                if let pk = row.pkTarget, let renstra = row.renstraTarget, pk.value != renstra.value {
                    let pkEvent = event(pk.eventID)
                    let explained = pkEvent?.data["reason"] != nil || pkEvent?.data["explanation"] != nil
                    if !explained {
                        findings.append(
                            Finding(
                                kind: "pk-target-differs-from-renstra",
                                message:
                                    "\(row.indicator.code) \(reportYear): the PK target \(pk.value.indonesian()) differs "
                                    + "from the Renstra target \(renstra.value.indonesian()) and no reason is recorded",
                                events: [pk.eventID, renstra.eventID]))
                    }
                }
            }
        }
        return findings + backDatedCorrections(year: year) + documentFindings(year: year)
    }

    /// How many days before its recording a correction may say it applies from without a finding.
    package static let backDatingAllowance = 30

    /// Corrections that say they apply from a date more than ``backDatingAllowance`` days before they were
    /// recorded: a figure changed after the fact for a time already reported on.
    private func backDatedCorrections(year: Int?) -> [Finding] {
        events(ofType: .realisasiCorrected).compactMap { correction in
            guard let effective = correction.effective, year == nil || effective.year == year else { return nil }
            let recorded = correction.recordedAt.date
            let days = recorded.daysSinceEpoch - effective.daysSinceEpoch
            guard days > Self.backDatingAllowance else { return nil }
            let corrected = correction.data["corrects"]?.stringValue ?? "?"
            return Finding(
                kind: "correction-back-dated",
                message: "correction \(correction.id) of \(corrected), recorded on \(recorded), applies from "
                    + "\(effective): \(days) days earlier (more than \(Self.backDatingAllowance))",
                events: [correction.id, corrected])
        }
    }

    private static func source(of event: RecordedEvent) -> String {
        let basis = event.data["basis"]?.objectValue
        let parts = [basis?["document"]?.stringValue, basis?["locator"]?.stringValue].compactMap { $0 }
        return (parts.isEmpty ? "" : parts.joined(separator: ", ") + "; ") + "event \(event.id)"
    }
}

extension OrganisationState {
    /// Findings about documents and their dates: a document citing a regulation dated after itself, a PK
    /// signed more than a month after the DPA of its year, an LKj signed before its reviu.
    package func documentFindings(year: Int? = nil) -> [Finding] {
        var findings: [Finding] = []
        for event in events {
            let data = event.data
            let document = event.type == "DocumentRecorded" ? data : data["decree"]?.objectValue
            guard let document, let dated = document["date"]?.stringValue.flatMap(CalendarDate.init(parsing:)),
                year == nil || dated.year == year
            else { continue }
            for cited in document["cites"]?.arrayValue?.compactMap(\.objectValue) ?? [] {
                guard let date = cited["date"]?.stringValue.flatMap(CalendarDate.init(parsing:)), date > dated else {
                    continue
                }
                findings.append(
                    Finding(
                        kind: "cites-later-regulation",
                        message:
                            "\(document["number"]?.stringValue ?? document["title"]?.stringValue ?? event.id), dated "
                            + "\(dated), cites \(cited["title"]?.stringValue ?? "a regulation") dated \(date), after itself",
                        events: [event.id]))
            }
        }
        func documents(_ kind: String) -> [(event: RecordedEvent, year: Int, date: CalendarDate)] {
            events(ofType: .documentRecorded).compactMap { event in
                guard event.data["kind"]?.stringValue == kind, let year = event.data["year"]?.intValue,
                    let date = event.data["date"]?.stringValue.flatMap(CalendarDate.init(parsing:))
                else { return nil }
                return (event, year, date)
            }
        }
        for dpa in documents("dpa") where year == nil || dpa.year == year {
            let due = Self.oneMonthAfter(dpa.date)
            for pk in events(ofType: .perjanjianKinerjaSigned) where pk.data["year"]?.intValue == dpa.year {
                guard let signed = pk.effective, signed > due else { continue }
                findings.append(
                    Finding(
                        kind: "pk-signed-late",
                        message: "the PK \(dpa.year) was signed on \(signed), more than a month after the DPA of "
                            + "\(dpa.date) (due by \(due))", events: [pk.id, dpa.event.id]))
            }
        }
        for lkj in documents("lkj") where year == nil || lkj.year == year {
            for reviu in documents("reviu-lkj") where reviu.year == lkj.year && reviu.date > lkj.date {
                findings.append(
                    Finding(
                        kind: "lkj-signed-before-reviu",
                        message:
                            "the LKj \(lkj.year) was signed on \(lkj.date), before its reviu was finished on \(reviu.date)",
                        events: [lkj.event.id, reviu.event.id]))
            }
        }
        return findings
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
