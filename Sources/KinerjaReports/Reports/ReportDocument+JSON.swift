import KinerjaEvents
import KinerjaProjections
import KinerjaStore

/// The output formats of `kinerja report`.
package enum ReportFormat: String, Sendable, CaseIterable {
    /// Markdown, for pasting into documents.
    case markdown = "md"
    /// One self-contained HTML file (CSS and SVG charts inline), printable on A4.
    case html
    /// Every table as CSV for Excel with Indonesian settings.
    case csv
    /// The document as stable JSON (sorted keys, numbers as exact decimal strings).
    case json
}

extension ReportDocument {
    /// The document as JSON: stable member names, sorted keys, numbers as strings in plain form (`56.70`).
    package var json: JSONValue {
        .object([
            "report": .string(kind), "title": .string(title), "subtitle": .array(subtitle.map(JSONValue.string)),
            "provenance": .array(provenance.map(\.json)), "sections": .array(sections.map(\.json)),
        ])
    }
}

extension ReportDocument.Fact {
    var json: JSONValue { .object(["label": .string(label), "value": .string(value)]) }
}

extension ReportDocument.Section {
    var json: JSONValue { .object(["title": .string(title), "blocks": .array(blocks.map(\.json))]) }
}

extension ReportDocument.Block {
    var json: JSONValue {
        switch self {
        case .paragraph(let text): .object(["paragraph": .string(text)])
        case .facts(let facts): .object(["facts": .array(facts.map(\.json))])
        case .table(let table): .object(["table": table.json])
        case .chart(let chart): .object(["chart": chart.json])
        case .signatures(let signatories):
            .object([
                "signatures": .array(
                    signatories.map { signatory in
                        var object: JSONObject = [
                            "party": .string(signatory.party), "position": .string(signatory.position),
                        ]
                        if let name = signatory.name { object["name"] = .string(name) }
                        if let nip = signatory.nip { object["nip"] = .string(nip) }
                        return .object(object)
                    })
            ])
        case .findings(let findings):
            .object([
                "findings": .array(findings.map(\.json))
            ])
        }
    }
}

extension ReportTable {
    /// The table as JSON: columns with their kinds, and rows of cells.
    var json: JSONValue {
        .object([
            "name": .string(name), "caption": .string(caption),
            "columns": .array(
                columns.map { .object(["heading": .string($0.heading), "kind": .string($0.kind.rawValue)]) }),
            "rows": .array(rows.map { .array($0.map(\.json)) }), "notes": .array(notes.map(JSONValue.string)),
        ])
    }
}

extension ReportTable.Cell {
    var json: JSONValue {
        var object: JSONObject = [:]
        switch value {
        case .text(let text): object["text"] = .string(text)
        case .number(let number): object["number"] = .string(number.plainDescription)
        case .empty: break
        }
        if !sources.isEmpty { object["events"] = .array(sources.map(JSONValue.string)) }
        if let remark { object["remark"] = .string(remark) }
        return .object(object)
    }
}

extension ReportChart {
    var json: JSONValue {
        switch self {
        case .bars(let caption, let items, let reference):
            .object([
                "kind": .string("bars"), "caption": .string(caption), "reference": .string(reference.plainDescription),
                "items": .array(
                    items.map { .object(["label": .string($0.label), "value": .string($0.value.plainDescription)]) }),
            ])
        case .lines(let caption, let categories, let series):
            .object([
                "kind": .string("lines"), "caption": .string(caption),
                "categories": .array(categories.map(JSONValue.string)),
                "series": .array(
                    series.map { line in
                        .object([
                            "name": .string(line.name),
                            "values": .array(line.values.map { $0.map { .string($0.plainDescription) } ?? .null }),
                        ])
                    }),
            ])
        }
    }
}
