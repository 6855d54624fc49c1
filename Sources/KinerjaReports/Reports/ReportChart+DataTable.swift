import KinerjaEvents
import KinerjaProjections
import KinerjaStore

extension ReportChart {
    /// The chart's data as a table, for the formats that cannot draw: Markdown prints it in place of the chart.
    ///
    /// Bars are capaian, so their values are percentages and the reference (100 %) is named in a note. A line
    /// chart has one row per series and one column per category; a gap is an empty cell.
    var dataTable: ReportTable {
        switch self {
        case .bars(let caption, let items, let reference):
            ReportTable(
                name: "grafik", caption: caption,
                columns: [.init("Uraian"), .init("Nilai", .percent)],
                rows: items.map { [.text($0.label), ReportTable.Cell(.number($0.value))] },
                notes: ["Garis acuan: \(ReportTable.CellKind.percent.formatted(reference))"])
        case .lines(let caption, let categories, let series):
            ReportTable(
                name: "grafik", caption: caption,
                columns: [.init("Uraian")] + categories.map { ReportTable.Column($0, .number) },
                rows: series.map { line in
                    [.text(line.name)]
                        + categories.indices.map { index in
                            let value = line.values.indices.contains(index) ? line.values[index] : nil
                            return value.map { ReportTable.Cell(.number($0)) } ?? .empty
                        }
                })
        }
    }
}
