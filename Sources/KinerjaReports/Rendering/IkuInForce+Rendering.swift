import KinerjaEvents
import KinerjaProjections
import KinerjaStore

extension IkuInForce {
    /// The IKU as text: the decisions in force, then one block per indicator with every component and the
    /// decision that last defined it.
    package func text(organisation: String, head: LedgerDigest, asOf: Timestamp?) -> String {
        let count = entries.count
        var lines = [
            "IKU of \(organisation) in force on \(date): \(count) indicator\(count == 1 ? "" : "s")",
            "ledger head \(head)" + (asOf.map { " (as of \($0))" } ?? ""),
        ]
        lines.append("decisions in force:" + (decisions.isEmpty ? " none approved by then" : ""))
        lines += decisions.map { "  \(Self.describe($0))" }
        for entry in entries {
            let indicator = entry.definition.indicator
            lines.append("")
            lines.append("\(indicator.code): \(indicator.name)")
            var rows: [(String, String?)] = [
                ("sasaran", indicator.sasaran.map { code in entry.sasaranText.map { "\(code): \($0)" } ?? code }),
                ("unit", indicator.unit),
                (
                    "polarity",
                    "\(indicator.polarity.code); capaian \(indicator.capaianFormula.formulaText)"
                        + " (\(indicator.capaianFormula.code))"
                ),
                ("formula", indicator.formula),
            ]
            if indicator.numerator != nil || indicator.denominator != nil {
                rows += [("numerator", indicator.numerator), ("denominator", indicator.denominator)]
            }
            rows += [
                ("data source", indicator.dataSource),
                ("penanggung jawab", indicator.penanggungJawab.map { $0.joined(separator: "; ") }),
            ]
            if let alasan = indicator.alasan { rows.append(("alasan", alasan)) }
            rows.append(("aggregation", indicator.aggregation?.rawValue))
            if let decimals = indicator.decimals { rows.append(("decimals", String(decimals))) }
            rows.append(("defined by", Self.describe(entry.decision)))
            let width = rows.map(\.0.count).max() ?? 0
            lines += rows.map { "  \(TextTable.pad($0.0, to: width))  \($0.1 ?? "(not stated)")" }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A decision in brief: id, kind, decree, the date it is in force from.
    private static func describe(_ version: IkuVersion) -> String {
        let decree = version.event.decree.map { decree in
            "decree \(decree.number)" + (decree.date.map { ", \($0)" } ?? "")
        }
        return "\(version.event.id) (\(version.kind), \(decree ?? "no decree stated")), in force from"
            + " \(version.inForceFrom)\(version.hasStatedDate ? "" : " (derived)")"
    }

    /// The IKU as JSON: the date, the decisions in force, and each indicator's components as stored with its
    /// sasaran's text and the decision that last defined it.
    package func json(stream: StreamName, organisation: String, head: LedgerDigest, asOf: Timestamp?) -> JSONValue {
        var object: JSONObject = [
            "stream": .string(stream.rawValue), "organisation": .string(organisation), "on": .string(date.description),
            "head": .string(head.description),
            "decisions": .array(decisions.map(Self.decisionJSON)),
            "indicators": .array(
                entries.map { entry in
                    var indicator = entry.definition.components
                    if let text = entry.sasaranText { indicator["sasaranText"] = .string(text) }
                    indicator["definedBy"] = Self.decisionJSON(entry.decision)
                    return .object(indicator)
                }),
        ]
        if let asOf { object["asOf"] = .string(asOf.description) }
        return .object(object)
    }

    /// A decision in brief, as JSON.
    private static func decisionJSON(_ version: IkuVersion) -> JSONValue {
        var object: JSONObject = [
            "id": .string(version.event.id), "kind": .string(version.kind),
            "inForceFrom": .string(version.inForceFrom.description), "dateStated": .bool(version.hasStatedDate),
        ]
        if let decree = version.event.decree { object["decree"] = decree.storedJSON }
        return .object(object)
    }
}
