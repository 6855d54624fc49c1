import KinerjaEvents
import KinerjaProjections
import KinerjaStore

extension ReportDocument {
    /// The document as one self-contained HTML file: UTF-8, `lang="id"`, the stylesheet inline, charts as
    /// inline SVG; no script, font, image or link is fetched from anywhere.
    ///
    /// It reads on screen and prints on A4: table rows do not break across pages and table headings repeat
    /// on every page. Nothing needs colour to be understood. A figure cell names the events it came from in a
    /// `data-sources` attribute (ids separated by spaces) and in its tooltip (`title="peristiwa: …"`); a
    /// cell's remark is printed under its value. Every text is escaped. The output depends only on the
    /// document: no date, no generated id (charts are numbered in order: `grafik-1`, `grafik-2`).
    package var html: String {
        var lines = [
            "<!DOCTYPE html>", "<html lang=\"id\">", "<head>", "<meta charset=\"utf-8\">",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            "<title>\(HTMLText.escaped(title))</title>", "<style>", ReportStylesheet.css, "</style>", "</head>",
            "<body>", "<header>", "<h1>\(HTMLText.escaped(title))</h1>",
        ]
        lines += subtitle.map { "<p class=\"subtitle\">\(HTMLText.escaped($0))</p>" }
        lines.append("</header>")
        if !provenance.isEmpty {
            lines.append("<section class=\"provenance\" aria-label=\"Asal data\">")
            lines.append(Self.html(facts: provenance))
            lines.append("</section>")
        }
        var chartCount = 0
        for section in sections {
            lines.append("<section>")
            lines.append("<h2>\(HTMLText.escaped(section.title))</h2>")
            for block in section.blocks {
                if case .chart = block { chartCount += 1 }
                lines.append(block.html(chartID: "grafik-\(chartCount)"))
            }
            lines.append("</section>")
        }
        lines += ["</body>", "</html>"]
        return lines.joined(separator: "\n") + "\n"
    }

    /// Labelled values as a definition list.
    static func html(facts: [Fact]) -> String {
        let items = facts.map { "<dt>\(HTMLText.escaped($0.label))</dt><dd>\(HTMLText.escaped($0.value))</dd>" }
        return (["<dl class=\"facts\">"] + items + ["</dl>"]).joined(separator: "\n")
    }
}

extension ReportDocument.Block {
    /// The block as HTML; a chart's SVG title gets the id `chartID`.
    func html(chartID: String) -> String {
        switch self {
        case .paragraph(let text):
            "<p>\(HTMLText.escaped(text).split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).joined(separator: "<br>"))</p>"
        case .facts(let facts): ReportDocument.html(facts: facts)
        case .table(let table): table.html
        case .chart(let chart):
            [
                "<figure class=\"chart\">", "<figcaption>\(HTMLText.escaped(chart.caption))</figcaption>",
                chart.svg(id: chartID), "</figure>",
            ].joined(separator: "\n")
        case .signatures(let signatories):
            (["<div class=\"signatures\">"]
                + signatories.map { signatory in
                    var parts = [
                        "<div class=\"signature\">", "<p class=\"party\">\(HTMLText.escaped(signatory.party))</p>",
                        "<p class=\"position\">\(HTMLText.escaped(signatory.position))</p>",
                        "<div class=\"space\" aria-hidden=\"true\"></div>",
                    ]
                    if let name = signatory.name { parts.append("<p class=\"name\">\(HTMLText.escaped(name))</p>") }
                    if let nip = signatory.nip { parts.append("<p class=\"nip\">NIP \(HTMLText.escaped(nip))</p>") }
                    return (parts + ["</div>"]).joined(separator: "\n")
                } + ["</div>"]).joined(separator: "\n")
        case .findings(let findings):
            (["<ul class=\"findings\">"]
                + findings.map { finding in
                    let events =
                        finding.events.isEmpty
                        ? ""
                        : "<br><span class=\"events\">Peristiwa: "
                            + finding.events.map { "<code>\(HTMLText.escaped($0))</code>" }.joined(separator: ", ")
                            + "</span>"
                    return "<li><strong class=\"code\">\(HTMLText.escaped(finding.kind))</strong> "
                        + "\(HTMLText.escaped(finding.message.id))\(events)</li>"
                } + ["</ul>"]).joined(separator: "\n")
        }
    }
}

extension ReportTable {
    /// Tables with more columns than this are set smaller (class `wide`), so they fit an A4 page.
    static let wideColumnCount = 8

    /// The table as HTML: a captioned table whose heading row repeats on every printed page, then its notes.
    var html: String {
        let width = max(columns.count, rows.map(\.count).max() ?? 0)
        func numericClass(_ index: Int) -> String { kind(ofColumn: index).isNumeric ? " class=\"num\"" : "" }
        var lines = [
            "<div class=\"table-wrap\">",
            "<table\(width > Self.wideColumnCount ? " class=\"wide\"" : "") data-table=\"\(HTMLText.escaped(name))\">",
            "<caption>\(HTMLText.escaped(caption))</caption>", "<thead>", "<tr>",
        ]
        for index in 0..<width {
            let heading = columns.indices.contains(index) ? columns[index].heading : ""
            lines.append("<th scope=\"col\"\(numericClass(index))>\(HTMLText.escaped(heading))</th>")
        }
        lines += ["</tr>", "</thead>", "<tbody>"]
        for row in rows {
            lines.append("<tr>")
            for index in 0..<width {
                let cell = row.indices.contains(index) ? row[index] : .empty
                lines.append(cell.html(kind: kind(ofColumn: index)))
            }
            lines.append("</tr>")
        }
        lines += ["</tbody>", "</table>", "</div>"]
        lines += notes.map { "<p class=\"note\">\(HTMLText.escaped($0))</p>" }
        return lines.joined(separator: "\n")
    }
}

extension ReportTable.Cell {
    /// The cell as a `<td>`: its printed value, the events it came from, and its remark under the value.
    func html(kind: ReportTable.CellKind) -> String {
        var classes: [String] = []
        if kind.isNumeric { classes.append("num") }
        var attributes = ""
        if !sources.isEmpty {
            classes.append("sourced")
            attributes += " data-sources=\"\(HTMLText.escaped(sources.joined(separator: " ")))\""
            attributes += " title=\"peristiwa: \(HTMLText.escaped(sources.joined(separator: ", ")))\""
        }
        let classAttribute = classes.isEmpty ? "" : " class=\"\(classes.joined(separator: " "))\""
        let remarkHTML = remark.map { "<span class=\"remark\">\(HTMLText.escaped($0))</span>" } ?? ""
        return "<td\(classAttribute)\(attributes)>\(HTMLText.escaped(printed(as: kind)))\(remarkHTML)</td>"
    }
}
