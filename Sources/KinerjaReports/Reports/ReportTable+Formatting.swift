import KinerjaEvents
import KinerjaProjections
import KinerjaStore

extension ReportTable.CellKind {
    /// Whether the column holds numbers, which every format aligns to the right.
    var isNumeric: Bool { self != .text }

    /// A number as a printed report writes it in a column of this kind, the Indonesian way: `56,70`,
    /// `208,59 %`, `Rp13.821.027.400`, `-Rp1.500`. A text column prints numbers like a number column.
    func formatted(_ number: DecimalNumber) -> String {
        switch self {
        case .text, .number: number.indonesian()
        case .percent: number.indonesian() + " %"
        case .rupiah: (number.isNegative ? "-" : "") + "Rp" + number.magnitude.indonesian()
        }
    }
}

extension ReportTable.Cell {
    /// The value as printed in a column of `kind`; an empty cell prints nothing.
    package func printed(as kind: ReportTable.CellKind) -> String {
        switch value {
        case .text(let text): text
        case .number(let number): kind.formatted(number)
        case .empty: ""
        }
    }
}

extension ReportTable {
    /// The kind of the column at `index`, or text when a row has more cells than there are columns.
    package func kind(ofColumn index: Int) -> CellKind {
        columns.indices.contains(index) ? columns[index].kind : .text
    }
}
