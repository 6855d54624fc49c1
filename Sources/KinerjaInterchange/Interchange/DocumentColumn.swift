import KinerjaEvents
import KinerjaProjections
import KinerjaStore

/// A column of a table shaped like a document (the IKU table of a decree, the annex of a PK): the name it is
/// known by, the header names it goes by in documents, and what a cell holds.
///
/// Header names are compared after ``normalized(_:)``: case, punctuation and spacing do not matter, so
/// `INDIKATOR KINERJA UTAMA`, `Indikator  Kinerja Utama` and `indikator-kinerja-utama` are one name.
package struct DocumentColumn: Sendable, Equatable {
    /// The name messages and the help use: the first header name it goes by, as a document prints it.
    var name: String
    /// Every header name it goes by, normalized.
    var aliases: [String]
    /// Whether every file must have it.
    var isRequired: Bool
    /// Whether its cells are read at all (the row number a document prints is not).
    var isIgnored: Bool
    /// What a cell holds, for the help.
    var meaning: String

    /// A column named `name`, going by `name` and `aliases` too.
    static func column(
        _ name: String, _ aliases: [String] = [], required: Bool = false, ignored: Bool = false, _ meaning: String
    ) -> DocumentColumn {
        DocumentColumn(
            name: name, aliases: ([name] + aliases).map(normalized), isRequired: required, isIgnored: ignored,
            meaning: meaning)
    }

    /// `text` in lowercase, every run of characters other than letters and digits one space, trimmed.
    static func normalized(_ text: String) -> String {
        var words: [String] = []
        var word = ""
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                word.append(character)
            } else if !word.isEmpty {
                words.append(word)
                word = ""
            }
        }
        if !word.isEmpty { words.append(word) }
        return words.joined(separator: " ")
    }

    /// The columns as the help lists them: name (with `*` when required), the meaning, and the other names,
    /// wrapped to lines of at most 100 characters.
    package static func helpList(_ columns: [DocumentColumn]) -> String {
        let width = columns.map { $0.name.count + 2 }.max() ?? 0
        let indent = String(repeating: " ", count: width + 4)
        return columns.map { column in
            let name = column.name + (column.isRequired ? " *" : "")
            let padding = String(repeating: " ", count: max(0, width - name.count))
            let others = column.aliases.dropFirst()
            var lines = wrap(column.meaning, width: 100 - indent.count)
            if !others.isEmpty { lines += wrap("also: " + others.joined(separator: ", "), width: 100 - indent.count) }
            return "  \(name)\(padding)  " + lines.joined(separator: "\n" + indent)
        }.joined(separator: "\n")
    }

    /// `text` in lines of at most `width` characters, broken between words.
    private static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty && line.count + 1 + word.count > width {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }
}

/// The header row of a document-shaped table matched to its columns: which field holds which column, and the
/// header text each was written with (for messages).
struct DocumentHeader {
    /// The column name (``DocumentColumn/name``) of each field; empty for a field not read.
    var names: [String] = []
    /// The header text of each column found, as written, by column name.
    var written: [String: String] = [:]
    /// What is wrong with the header.
    var problems: [ImportError.Problem] = []

    /// Matches `row` against `columns`; `extra` names more header names a column goes by in this file.
    init(_ row: CSVTable.Row, columns: [DocumentColumn], extra: [String: String] = [:]) {
        var known: [String: DocumentColumn] = [:]
        for column in columns {
            for alias in column.aliases { known[alias] = column }
        }
        for (alias, name) in extra {
            if let column = columns.first(where: { $0.name == name }) {
                known[DocumentColumn.normalized(alias)] = column
            }
        }
        var fieldOf: [String: Int] = [:]
        for (index, field) in row.fields.enumerated() {
            let text = field.trimmed
            let key = DocumentColumn.normalized(text)
            guard !key.isEmpty else {
                names.append("")
                continue
            }
            guard let column = Self.column(named: text, known: known) else {
                names.append("")
                problems.append(.init(row: row.number, reason: Self.unknown(text, columns: columns, known: known)))
                continue
            }
            if let first = fieldOf[column.name] {
                problems.append(
                    .init(
                        row: row.number, column: text,
                        reason: "names the column \(column.name) again (fields \(first + 1) and \(index + 1))"))
                names.append("")
                continue
            }
            fieldOf[column.name] = index
            written[column.name] = text
            names.append(column.isIgnored ? "" : column.name)
        }
        for column in columns where column.isRequired && fieldOf[column.name] == nil {
            problems.append(.init(row: row.number, column: column.name, reason: "missing from the header"))
        }
    }

    /// The column `text` names: one of its names, or names of the same column joined by `/`
    /// (`Formula / Cara Perhitungan`).
    private static func column(named text: String, known: [String: DocumentColumn]) -> DocumentColumn? {
        if let column = known[DocumentColumn.normalized(text)] { return column }
        let parts = text.split { $0 == "/" || $0 == "|" }.map { known[DocumentColumn.normalized(String($0))] }
        guard let first = parts.first ?? nil, parts.allSatisfy({ $0?.name == first.name }) else { return nil }
        return first
    }

    /// Why `text` names no column: with the closest name, or the columns that its parts name.
    private static func unknown(_ text: String, columns: [DocumentColumn], known: [String: DocumentColumn]) -> String {
        let parts = text.split { $0 == "/" || $0 == "|" }.map { DocumentColumn.normalized(String($0)) }
        let named = parts.compactMap { known[$0]?.name }
        if parts.count > 1 && named.count == parts.count {
            let list = named.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
            return "the column \(text.quotedForMessage) holds \(list.joined(separator: " and ")) together;"
                + " give each its own column"
        }
        let key = DocumentColumn.normalized(text)
        let hint = Suggestion.closest(to: key, among: Array(known.keys).sorted()).map { " (did you mean \($0)?)" } ?? ""
        return "unknown column \(text.quotedForMessage)\(hint); the columns are "
            + columns.map(\.name).joined(separator: ", ")
    }
}
