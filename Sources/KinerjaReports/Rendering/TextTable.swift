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
    ///
    /// Each line is put together as bytes, and each cell's width worked out once (its UTF-8 length when it
    /// is ASCII, as most are): a history of 15,000 events made of strings padded and joined cell by cell spent
    /// two thirds of its time here.
    package var lines: [String] {
        var lines: [String] = []
        lines.reserveCapacity(rows.count + 1)
        forEachLine { lines.append($0) }
        return lines
    }

    /// Writes ``lines`` to `output`, each followed by a newline, without holding them all: a long table is
    /// held once, where `output` keeps it.
    package func write(to output: inout some TextOutputStream) {
        forEachLine { line in
            output.write(line)
            output.write("\n")
        }
    }

    private func forEachLine(_ body: (String) -> Void) {
        let headingWidths = headings.map(TextTable.width)
        let cellWidths = rows.map { row in row.map(TextTable.width) }
        let widths = headings.indices.map { column in
            max(headingWidths[column], cellWidths.lazy.map { $0[column] }.max() ?? 0)
        }
        var line: [UInt8] = []
        func emit(_ row: [String], _ rowWidths: [Int]) {
            line.removeAll(keepingCapacity: true)
            for column in row.indices {
                if column > 0 { line.append(contentsOf: [0x20, 0x20]) }
                let padding = repeatElement(UInt8(0x20), count: max(0, widths[column] - rowWidths[column]))
                switch alignments[column] {
                case .left:
                    line.append(contentsOf: row[column].utf8)
                    if column != row.count - 1 { line.append(contentsOf: padding) }
                case .right:
                    line.append(contentsOf: padding)
                    line.append(contentsOf: row[column].utf8)
                }
            }
            body(String(decoding: line, as: UTF8.self))
        }
        emit(headings, headingWidths)
        for index in rows.indices { emit(rows[index], cellWidths[index]) }
    }

    /// `text` padded with spaces to `width` characters, after it or, with `leading`, before it.
    package static func pad(_ text: String, to width: Int, leading: Bool = false) -> String {
        let padding = String(repeating: " ", count: max(0, width - Self.width(text)))
        return leading ? padding + text : text + padding
    }

    /// How many characters `text` is: its UTF-8 length when it is ASCII (found without breaking it into
    /// characters), else its count of characters.
    static func width(_ text: String) -> Int {
        text.utf8.allSatisfy { $0 < 0x80 } ? text.utf8.count : text.count
    }
}
