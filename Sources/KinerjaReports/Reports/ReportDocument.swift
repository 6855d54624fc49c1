import KinerjaEvents
import KinerjaProjections
import KinerjaStore

/// A report as a document: the one structure every output format (Markdown, HTML, CSV, JSON) renders, so
/// the formats can never disagree with each other or with the ledger.
///
/// Builders (the LKj, the PK document, the audit report) turn projections into a document; renderers turn a
/// document into bytes. Every figure cell names the events it came from.
package struct ReportDocument: Sendable, Equatable {
    /// Which report: `lkj`, `pk` or `audit`.
    package var kind: String
    /// The title, for example `Laporan Kinerja Tahun 2024`.
    package var title: String
    /// Lines under the title: the organisation, the year or period.
    var subtitle: [String]
    /// What the report was computed from: the ledger digest, `--as-of`, the rating scale. Printed on the
    /// document so a paper copy can be checked against the ledger.
    var provenance: [Fact]
    /// The sections, in order.
    var sections: [Section]

    /// Makes a document.
    package init(kind: String, title: String, subtitle: [String], provenance: [Fact], sections: [Section]) {
        self.kind = kind
        self.title = title
        self.subtitle = subtitle
        self.provenance = provenance
        self.sections = sections
    }

    /// Every table of the document, in order (what CSV output writes).
    package var tables: [ReportTable] {
        sections.flatMap { section in
            section.blocks.compactMap { block in
                if case .table(let table) = block { table } else { nil }
            }
        }
    }
}

extension ReportDocument {
    /// A labelled value: `Digest buku besar: luwu-timur-dinsos-p3a:155:ab12…`.
    package struct Fact: Sendable, Equatable {
        /// The label, in Indonesian.
        package var label: String
        /// The value as printed.
        package var value: String

        /// Makes a fact.
        package init(_ label: String, _ value: String) {
            self.label = label
            self.value = value
        }
    }

    /// A titled part of the document (an LKj's "3.1 Capaian Kinerja").
    package struct Section: Sendable, Equatable {
        /// The heading.
        package var title: String
        /// The content, in order.
        package var blocks: [Block]

        /// Makes a section.
        package init(_ title: String, _ blocks: [Block]) {
            self.title = title
            self.blocks = blocks
        }
    }

    /// One piece of a section.
    package enum Block: Sendable, Equatable {
        /// A paragraph of plain text.
        case paragraph(String)
        /// Labelled values (the PK's parties, a summary).
        case facts([Fact])
        /// A table.
        case table(ReportTable)
        /// A chart (rendered as inline SVG in HTML; as its data table elsewhere).
        case chart(ReportChart)
        /// Signature blocks side by side (the PK's pihak pertama and pihak kedua).
        case signatures([Signatory])
        /// Findings a reviewer would question, each naming its events.
        case findings([Finding])
    }

    /// One signature block.
    package struct Signatory: Sendable, Equatable {
        /// The party, for example `Pihak Pertama`.
        package var party: String
        /// The position (jabatan) as printed.
        package var position: String
        /// The name, when the source gives it.
        package var name: String?
        /// The NIP, when the source gives it.
        package var nip: String?

        /// Makes a signature block.
        package init(party: String, position: String, name: String? = nil, nip: String? = nil) {
            self.party = party
            self.position = position
            self.name = name
            self.nip = nip
        }
    }

}

/// A table: a caption, typed columns and rows of cells.
package struct ReportTable: Sendable, Equatable {
    /// A stable name for the table, used for CSV sections and JSON (`capaian-kinerja`).
    package var name: String
    /// The caption, for example `Tabel 3.1 Capaian Kinerja Tahun 2024`.
    var caption: String
    /// The columns.
    package var columns: [Column]
    /// The rows; each has one cell per column.
    package var rows: [[Cell]]
    /// Notes printed under the table (sources, disagreements).
    package var notes: [String]
    /// A column only the CSV has, so a clerk can fill the table and import it back: the indicators' codes
    /// beside their names (`Kode`). The other renderers name indicators as the documents print them.
    package var csvKey: KeyColumn?

    /// Makes a table.
    package init(
        name: String, caption: String, columns: [Column], rows: [[Cell]], notes: [String] = [],
        csvKey: KeyColumn? = nil
    ) {
        self.name = name
        self.caption = caption
        self.columns = columns
        self.rows = rows
        self.notes = notes
        self.csvKey = csvKey
    }

    /// A column the CSV adds before the column at `position`: its heading, and its text on each row.
    package struct KeyColumn: Sendable, Equatable {
        /// The heading (`Kode`).
        var heading: String
        /// The index of the column it goes before.
        var position: Int
        /// Its text on each row, in row order.
        var values: [String]

        /// Makes a key column.
        package init(heading: String, position: Int, values: [String]) {
            self.heading = heading
            self.position = position
            self.values = values
        }
    }

    /// A column: its heading and what kind of values it holds (which sets alignment and number format).
    package struct Column: Sendable, Equatable {
        /// The heading.
        var heading: String
        /// The kind of values.
        package var kind: CellKind

        /// Makes a column.
        package init(_ heading: String, _ kind: CellKind = .text) {
            self.heading = heading
            self.kind = kind
        }
    }

    /// What a column holds.
    package enum CellKind: String, Sendable, Equatable {
        /// Text, left-aligned.
        case text
        /// A number printed as recorded (`56,70`), right-aligned.
        case number
        /// A percentage (`208,59 %`), right-aligned.
        case percent
        /// Rupiah (`Rp13.821.027.400`), right-aligned.
        case rupiah
    }

    /// One cell: a value, the events it came from, and a remark (a disagreement, a missing figure).
    package struct Cell: Sendable, Equatable {
        /// The value.
        package var value: Value
        /// The ids of the events the value came from, in order.
        package var sources: [String]
        /// A remark shown beside the value, for example `dokumen mencetak 125,00`.
        package var remark: String?

        /// Makes a cell.
        package init(_ value: Value, sources: [String] = [], remark: String? = nil) {
            self.value = value
            self.sources = sources
            self.remark = remark
        }

        /// A text cell.
        package static func text(_ text: String) -> Cell { Cell(.text(text)) }
        /// An empty cell.
        package static let empty = Cell(.empty)
    }

    /// A cell's value.
    package enum Value: Sendable, Equatable {
        /// Text.
        case text(String)
        /// An exact number, formatted by the column's kind.
        case number(DecimalNumber)
        /// No value.
        case empty
    }
}

/// A chart's data; HTML draws it as inline SVG, the other formats print its data.
package enum ReportChart: Sendable, Equatable {
    /// Horizontal bars, one per item, against a reference line (capaian per indicator against 100 %).
    case bars(caption: String, items: [BarItem], reference: DecimalNumber)
    /// Lines over categories (realisation and target over the Renstra years); a nil value is a gap.
    case lines(caption: String, categories: [String], series: [Series])

    /// One bar.
    package struct BarItem: Sendable, Equatable {
        /// The label (an indicator's name).
        package var label: String
        /// The value.
        package var value: DecimalNumber

        /// Makes a bar.
        package init(label: String, value: DecimalNumber) {
            self.label = label
            self.value = value
        }
    }

    /// One line of a line chart.
    package struct Series: Sendable, Equatable {
        /// The name (`Target Renstra`, `Realisasi`).
        package var name: String
        /// One value per category.
        package var values: [DecimalNumber?]

        /// Makes a series.
        package init(name: String, values: [DecimalNumber?]) {
            self.name = name
            self.values = values
        }
    }

    /// The caption.
    var caption: String {
        switch self {
        case .bars(let caption, _, _), .lines(let caption, _, _): caption
        }
    }
}
