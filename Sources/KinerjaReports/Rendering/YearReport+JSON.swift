import KinerjaEvents
import KinerjaProjections
import KinerjaStore

extension YearReport {
    /// The report as JSON: stable member names, sorted keys, numbers as strings in plain form.
    package var json: JSONValue {
        var object: JSONObject = [
            "organisation": .string(organisation),
            "year": .integer(year),
            "head": .string(head.description),
            "inForceOn": .string(inForceOn.description),
            "ratingScale": .object(["name": .string(scale.name), "version": .integer(scale.version)]),
            "ikuDecisions": .array(decisions.map(\.summaryJSON)),
            "indicators": .array(rows.map(\.json)),
            "pending": .array(
                pending.map { event in
                    .object([
                        "id": .string(event.id), "seq": .integer(event.seq), "type": .string(event.type),
                        "actor": .string(event.actor), "recordedAt": .string(event.recordedAt.description),
                    ])
                }),
        ]
        if let asOf { object["asOf"] = .string(asOf.description) }
        return .object(object)
    }
}

extension YearReport.Row {
    var json: JSONValue {
        var object: JSONObject = [
            "code": .string(indicator.code), "name": .string(indicator.name), "unit": .string(indicator.unit),
            "polarity": .string(indicator.polarity.code), "capaianFormula": .string(indicator.capaianFormula.code),
            "decision": .string(decision),
            "realisasi": .array(
                realisasi.map { entry in
                    var item: JSONObject = [
                        "event": .string(entry.event.id), "period": .string(entry.period?.description ?? ""),
                        "status": .string(entry.status.word),
                    ]
                    if let value = entry.value { item["value"] = .string(value.plainDescription) }
                    if let corrected = entry.correctedValue { item["correctedBy"] = .string(corrected.eventID) }
                    return .object(item)
                }),
        ]
        if !otherRecordings.isEmpty {
            var counts: JSONObject = [:]
            for (period, count) in otherRecordings { counts[period.description] = .integer(count) }
            object["otherRecordings"] = .object(counts)
        }
        func sourced(_ value: Sourced<DecimalNumber>?) -> JSONValue? {
            value.map { .object(["value": .string($0.value.plainDescription), "event": .string($0.eventID)]) }
        }
        object["renstraTarget"] = sourced(renstraTarget)
        object["endOfPeriodTarget"] = sourced(endOfPeriodTarget)
        object["pkTarget"] = sourced(pkTarget)
        switch year {
        case .recorded(let value): object["yearRealisasi"] = sourced(value)
        case .aggregated(let value, let rule, let from):
            object["yearRealisasi"] = .object([
                "value": .string(value.plainDescription), "aggregation": .string(rule),
                "events": .array(from.map(JSONValue.string)),
            ])
        case .missing(let reason): object["yearRealisasiMissing"] = .string(reason.en)
        }
        if let capaian = capaian?.capaian {
            object["capaian"] = .object([
                "value": .string(capaian.value.plainDescription), "formula": .string(capaian.formula.code),
                "target": .string(targetKind ?? ""), "explanation": .string(capaian.explanation),
            ])
        } else if let problem = capaian?.problem {
            object["capaianNotComputable"] = .string("\(problem)")
        }
        if let rating { object["rating"] = .object(["code": .string(rating.code), "label": .string(rating.label)]) }
        if !printedDifferences.isEmpty {
            object["printedCapaian"] = .array(
                printedDifferences.map { difference in
                    var item: JSONObject = [
                        "value": .string(difference.printed.plainDescription), "event": .string(difference.eventID),
                    ]
                    if let formula = difference.reproducedBy { item["reproducedBy"] = .string(formula.code) }
                    return .object(item)
                })
        }
        return .object(object)
    }
}
