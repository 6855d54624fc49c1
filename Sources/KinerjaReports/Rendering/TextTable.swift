/// Plain-text tables with aligned columns, for terminal output.
package struct TextTable: Sendable {
    /// How a column's cells line up.
    package enum Alignment: Sendable {
        case left
        case right
    }

    /// The column headings.
    package var headings: [String]
    /// The alignment of each column.
    package var alignments: [Alignment]
    /// The rows, each with one cell per column.
    package var rows: [[String]] = []

    /// Makes an empty table.
    package init(headings: [String], alignments: [Alignment]) {
        self.headings = headings
        self.alignments = alignments
    }

    /// The table as lines: headings, then rows; columns two spaces apart, the last column unpadded.
    package var lines: [String] {
        let all = [headings] + rows
        let widths = headings.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        return all.map { row in
            row.indices.map { column -> String in
                let isLast = column == row.count - 1
                switch alignments[column] {
                case .left: return isLast ? row[column] : TextTable.pad(row[column], to: widths[column])
                case .right: return TextTable.pad(row[column], to: widths[column], leading: true)
                }
            }.joined(separator: "  ")
        }
    }

    /// `text` padded with spaces to `width` characters, after it or, with `leading`, before it.
    package static func pad(_ text: String, to width: Int, leading: Bool = false) -> String {
        let padding = String(repeating: " ", count: max(0, width - text.count))
        return leading ? padding + text : text + padding
    }
}
