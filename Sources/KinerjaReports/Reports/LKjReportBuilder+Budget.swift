import KinerjaEvents
import KinerjaProjections
import KinerjaStore

extension LKjReportBuilder {
    var budgetSection: ReportDocument.Section {
        let title = "3.3 Realisasi Anggaran Tahun \(year)"
        let lines = state.budgetLines(year: year)
        guard !lines.isEmpty else {
            return .init(title, [.paragraph("Tidak ada anggaran yang tercatat untuk tahun \(year).")])
        }
        let byCode = Dictionary(lines.map { ($0.code, $0) }) { first, _ in first }
        let columns: [ReportTable.Column] = [
            .init("Kode"), .init("Tingkat"), .init("Program / Kegiatan / Sub Kegiatan"), .init("Anggaran", .rupiah),
            .init("Realisasi", .rupiah), .init("Realisasi (%)", .percent),
        ]
        var table = lines.map { line -> [ReportTable.Cell] in
            let children = line.children.compactMap { byCode[$0] }
            return [
                .text(line.code, sources: [line.eventID]), .text(Self.levelNames[line.level] ?? line.level),
                .text(line.name, sources: [line.eventID]),
                .number(line.pagu, sources: [line.eventID], remark: Self.sumRemark(line.pagu, children.map(\.pagu))),
                .number(
                    line.realisasi, sources: [line.eventID],
                    remark: line.realisasi == nil
                        ? "tidak tercatat" : Self.sumRemark(line.realisasi, children.map(\.realisasi))),
                .number(line.percentage, sources: [line.eventID]),
            ]
        }
        let top = lines.filter { $0.depth == 0 }
        let pagu = Self.sum(top.map(\.pagu))
        let missing = top.filter { $0.realisasi == nil }.count
        // No realisation recorded for any program: the total is unknown, not zero.
        let spent = missing == top.count ? nil : Self.sum(top.compactMap(\.realisasi))
        let sources = top.map(\.eventID)
        table.append([
            .text("JUMLAH"), .empty, .text("Total belanja (\(top.count) program)"),
            .number(pagu, sources: sources),
            .number(spent, sources: sources, remark: missing > 0 ? "\(missing) program tanpa realisasi tercatat" : nil),
            .number(pagu.flatMap { BudgetLine.percentage(spent, of: $0) }, sources: sources),
        ])
        return .init(
            title,
            [
                .table(
                    ReportTable(
                        name: "realisasi-anggaran", caption: "Tabel 3.3 Realisasi Anggaran Tahun \(year)",
                        columns: columns, rows: table,
                        notes: [
                            "Anggaran (pagu) dan realisasi per program, kegiatan dan sub kegiatan sebagaimana dicatat; "
                                + "jumlah = jumlah program.",
                            "Realisasi (%) = realisasi / anggaran × 100, dibulatkan dua desimal.",
                            "Bila rincian suatu baris tidak berjumlah sama dengan baris itu, jumlah rinciannya "
                                + "tertulis di sampingnya.",
                        ]))
            ])
    }

    /// The levels as a DPA prints them.
    private static let levelNames = ["program": "Program", "kegiatan": "Kegiatan", "sub-kegiatan": "Sub Kegiatan"]

    /// The sum, or nil when a figure is too large to add.
    private static func sum(_ values: [DecimalNumber]) -> DecimalNumber? {
        var total = DecimalNumber.zero
        for value in values {
            guard let next = try? total + value else { return nil }
            total = next
        }
        return total
    }

    /// A remark when the lines under a figure do not add up to it.
    private static func sumRemark(_ value: DecimalNumber?, _ parts: [DecimalNumber?]) -> String? {
        guard let value, !parts.isEmpty else { return nil }
        let known = parts.compactMap { $0 }
        guard known.count == parts.count, let sum = sum(known), sum != value else { return nil }
        return "rincian berjumlah \(sum.indonesian())"
    }
}
