import KinerjaEvents
import KinerjaProjections
import KinerjaStore

extension IkuInForce {
    /// The IKU as text in `words`' language: the decisions in force, then one block per indicator with every
    /// component and the decision that last defined it.
    package func text(
        organisation: String, head: LedgerDigest, asOf: Timestamp?, words: ReportWords = ReportWords(language: .en)
    ) -> String {
        let language = words.language
        let count = entries.count
        let asOfText = asOf.map { Localized(id: " (per \(words.time($0)))", en: " (as of \($0))")(language) } ?? ""
        var lines = [
            Localized(
                id: "IKU \(organisation) yang berlaku pada \(words.date(date)): \(count) indikator",
                en: "IKU of \(organisation) in force on \(date): \(count) indicator\(count == 1 ? "" : "s")")(language),
            Localized(id: "head ledger \(head)", en: "ledger head \(head)")(language) + asOfText,
        ]
        lines.append(
            Localized(id: "keputusan yang berlaku:", en: "decisions in force:")(language)
                + (decisions.isEmpty
                    ? Localized(id: " belum ada yang disetujui saat itu", en: " none approved by then")(language) : ""))
        lines += decisions.map { "  \(Self.describe($0, words: words))" }
        let names = LocalizedList(
            id: [
                "sasaran", "satuan", "polaritas", "rumus", "pembilang", "penyebut", "sumber data", "penanggung jawab",
                "alasan", "agregasi", "desimal", "ditetapkan oleh",
            ],
            en: [
                "sasaran", "unit", "polarity", "formula", "numerator", "denominator", "data source", "penanggung jawab",
                "alasan", "aggregation", "decimals", "defined by",
            ])(language)
        for entry in entries {
            let indicator = entry.definition.indicator
            lines.append("")
            lines.append("\(indicator.code): \(indicator.name)")
            var rows: [(String, String?)] = [
                (names[0], indicator.sasaran.map { code in entry.sasaranText.map { "\(code): \($0)" } ?? code }),
                (names[1], indicator.unit),
                (
                    names[2],
                    "\(indicator.polarity.code); capaian \(indicator.capaianFormula.formulaText)"
                        + " (\(indicator.capaianFormula.code))"
                ),
                (names[3], indicator.formula),
            ]
            if indicator.numerator != nil || indicator.denominator != nil {
                rows += [(names[4], indicator.numerator), (names[5], indicator.denominator)]
            }
            rows += [
                (names[6], indicator.dataSource),
                (names[7], indicator.penanggungJawab.map { $0.joined(separator: "; ") }),
            ]
            if let alasan = indicator.alasan { rows.append((names[8], alasan)) }
            rows.append((names[9], indicator.aggregation?.rawValue))
            if let decimals = indicator.decimals { rows.append((names[10], String(decimals))) }
            rows.append((names[11], Self.describe(entry.decision, words: words)))
            let width = rows.map(\.0.count).max() ?? 0
            let notStated = Localized(id: "(tidak disebutkan)", en: "(not stated)")(language)
            lines += rows.map { "  \(TextTable.pad($0.0, to: width))  \($0.1 ?? notStated)" }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A decision in brief: id, kind, decree, the date it is in force from.
    private static func describe(_ version: IkuVersion, words: ReportWords) -> String {
        let decree = version.event.decree.map { decree in
            Localized(id: "keputusan", en: "decree")(words.language) + " \(decree.number)"
                + (decree.date.map { ", \(words.date($0))" } ?? "")
        }
        return Localized(
            id: "\(version.event.id) (\(version.kind), \(decree ?? "tanpa keputusan yang disebutkan")), berlaku sejak "
                + "\(words.date(version.inForceFrom))\(version.hasStatedDate ? "" : " (diturunkan)")",
            en: "\(version.event.id) (\(version.kind), \(decree ?? "no decree stated")), in force from"
                + " \(version.inForceFrom)\(version.hasStatedDate ? "" : " (derived)")")(words.language)
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
