import KinerjaEvents
import KinerjaProjections
import KinerjaStore

extension ReportDocument {
    /// The document as GitHub-flavoured Markdown, for pasting into other documents.
    ///
    /// The title is a level-1 heading, each section a level-2 heading. Tables are pipe tables whose number,
    /// percent and rupiah columns are right-aligned (`---:`), figures written the Indonesian way (`56,70`,
    /// `208,59 %`, `Rp13.821.027.400`). A cell's remark is shown by a marker (`[1]`) in the cell and listed
    /// under the table; equal remarks share a marker. Charts print as their data table, findings as a list
    /// naming their events, signatures as labelled lines. Text is escaped so that it prints as written.
    package var markdown: String {
        var blocks: [String] = ["# " + MarkdownText.inline(title)]
        if !subtitle.isEmpty {
            blocks.append(subtitle.map(MarkdownText.inline).joined(separator: "\\\n"))
        }
        if !provenance.isEmpty { blocks.append(MarkdownText.facts(provenance)) }
        for section in sections {
            blocks.append("## " + MarkdownText.inline(section.title))
            blocks += section.blocks.map(\.markdown).filter { !$0.isEmpty }
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }
}

extension ReportDocument.Block {
    /// The block as Markdown, without surrounding blank lines.
    var markdown: String {
        switch self {
        case .paragraph(let text): MarkdownText.paragraph(text)
        case .facts(let facts): MarkdownText.facts(facts)
        case .table(let table): table.markdown
        case .chart(let chart): chart.dataTable.markdown
        case .signatures(let signatories):
            signatories.map { signatory in
                var lines = ["**\(MarkdownText.inline(signatory.party))**", MarkdownText.inline(signatory.position)]
                if let name = signatory.name { lines.append("Nama: " + MarkdownText.inline(name)) }
                if let nip = signatory.nip { lines.append("NIP: " + MarkdownText.inline(nip)) }
                return lines.joined(separator: "\\\n")
            }.joined(separator: "\n\n")
        case .findings(let findings):
            findings.map { finding in
                let events =
                    finding.events.isEmpty
                    ? "" : " (peristiwa: \(finding.events.map(MarkdownText.code).joined(separator: ", ")))"
                return "- **\(MarkdownText.inline(finding.kind))**: \(MarkdownText.inline(finding.message.id))\(events)"
            }.joined(separator: "\n")
        }
    }
}

extension ReportTable {
    /// The table as a bold caption, a pipe table, the remarks its markers point to, and its notes.
    var markdown: String {
        var remarks: [String] = []
        let width = max(columns.count, rows.map(\.count).max() ?? 0)
        let body = rows.map { row in
            (0..<width).map { index -> String in
                guard row.indices.contains(index) else { return "" }
                let cell = row[index]
                var text = MarkdownText.inline(cell.printed(as: kind(ofColumn: index)))
                if let remark = cell.remark {
                    if !remarks.contains(remark) { remarks.append(remark) }
                    let marker = "[\((remarks.firstIndex(of: remark) ?? 0) + 1)]"
                    text += text.isEmpty ? marker : " " + marker
                }
                return text
            }
        }
        let headings = (0..<width).map { columns.indices.contains($0) ? MarkdownText.inline(columns[$0].heading) : "" }
        let alignments = (0..<width).map { kind(ofColumn: $0).isNumeric ? "---:" : "---" }
        var parts = [
            "**\(MarkdownText.inline(caption))**",
            ([headings, alignments] + body).map { "| " + $0.joined(separator: " | ") + " |" }.joined(separator: "\n"),
        ]
        if !remarks.isEmpty {
            parts.append(
                remarks.enumerated().map { "- [\($0.offset + 1)] \(MarkdownText.inline($0.element))" }
                    .joined(separator: "\n"))
        }
        parts += notes.map(MarkdownText.paragraph)
        return parts.joined(separator: "\n\n")
    }
}

/// Escaping of plain text for Markdown, so that it prints as written and never as markup.
enum MarkdownText {
    /// Characters that start or end inline markup, escaped with a backslash wherever they appear.
    private static let inlineSpecials: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "~"]

    /// Text on one line: markup characters escaped (the pipe too, so a table cell ends where it should),
    /// line breaks turned into spaces.
    static func inline(_ text: String) -> String {
        // Most cells hold none of the characters escaped or turned into spaces: they are returned as they are,
        // found so from their bytes (a large audit report's table cells were a fifth of its time).
        let plain = text.utf8.allSatisfy { byte in
            switch byte {
            case 0x0A...0x0D, 0x2A, 0x3C, 0x3E, 0x5B...0x5D, 0x5F, 0x60, 0x7C, 0x7E: false
            // U+0085, U+2028 and U+2029 (line breaks) start with these; other text that does passes below.
            case 0xC2, 0xE2: false
            default: true
            }
        }
        return plain ? text : escaped(text)
    }

    /// ``inline(_:)`` character by character.
    static func escaped(_ text: String) -> String {
        var result = ""
        for character in text {
            if character.isNewline {
                result.append(" ")
            } else {
                if inlineSpecials.contains(character) { result.append("\\") }
                result.append(character)
            }
        }
        return result
    }

    /// A paragraph: each line escaped, and a line that would start a heading, list, quote or rule escaped
    /// at its start (`# x`, `- x`, `+ x`, `1. x`, `---`);
    /// leading spaces, which would make a code block, are dropped.
    static func paragraph(_ text: String) -> String {
        text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map { line in
            var escaped = inline(String(line.drop { $0 == " " || $0 == "\t" }))
            let marker = escaped.prefix { $0.isASCII && $0.isNumber }
            let rest = escaped.dropFirst(marker.count)
            let opensBlock: Bool
            if marker.isEmpty {
                let isRule = !escaped.isEmpty && escaped.allSatisfy { "-=".contains($0) }
                opensBlock =
                    escaped.hasPrefix("#") || isRule || ["- ", "+ "].contains(escaped.prefix(2))
                    || ["-", "+"].contains(escaped)
            } else {
                opensBlock = [".", ")"].contains(rest.first) && (rest.count == 1 || rest.dropFirst().first == " ")
            }
            if opensBlock { escaped.insert("\\", at: escaped.index(escaped.startIndex, offsetBy: marker.count)) }
            return escaped
        }.joined(separator: "\n")
    }

    /// Labelled values as a list: `- **Label:** value`.
    static func facts(_ facts: [ReportDocument.Fact]) -> String {
        facts.map { "- **\(inline($0.label)):** \(inline($0.value))" }.joined(separator: "\n")
    }

    /// An identifier as a code span, fenced with enough backticks that none inside ends it.
    static func code(_ text: String) -> String {
        let flat = text.map { $0.isNewline ? " " : String($0) }.joined()
        var longest = 0
        var run = 0
        for character in flat {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: longest + 1)
        let padding = flat.hasPrefix("`") || flat.hasSuffix("`") ? " " : ""
        return fence + padding + flat + padding + fence
    }
}
