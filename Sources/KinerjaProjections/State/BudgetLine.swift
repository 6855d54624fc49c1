import KinerjaEvents
import KinerjaStore

/// One line of a year's budget: a program, kegiatan or sub kegiatan with its pagu and realisation, read from
/// its `BudgetLineRecorded` event.
package struct BudgetLine: Sendable, Equatable {
    /// The event that recorded it.
    package var eventID: String
    /// Its code, unique within the year.
    package var code: String
    /// `program`, `kegiatan` or `sub-kegiatan`.
    package var level: String
    /// The code of the line it belongs to, if any.
    package var parent: String?
    /// Its name as printed.
    package var name: String
    /// The budget (pagu) in rupiah.
    package var pagu: DecimalNumber
    /// The spending in rupiah, if recorded.
    package var realisasi: DecimalNumber?
    /// How deep it sits in the tree: 0 for a line without a parent, 1 for its children, and so on.
    package var depth: Int
    /// The lines directly under it, by code, in the order they were recorded.
    package var children: [String]

    /// Spending as a percentage of the pagu, rounded half away from zero to 2 decimals; nil without a
    /// realisation or with a pagu of 0.
    package var percentage: DecimalNumber? { Self.percentage(realisasi, of: pagu) }

    /// `realisasi` as a percentage of `pagu`, rounded half away from zero to 2 decimals; nil without a
    /// realisation or with a pagu of 0.
    package static func percentage(_ realisasi: DecimalNumber?, of pagu: DecimalNumber) -> DecimalNumber? {
        guard let realisasi, !pagu.isZero else { return nil }
        return try? (realisasi * DecimalNumber(100)).dividing(by: pagu, scale: 2)
    }
}

/// One year's budget lines by code, as a tree: the read model of `BudgetLineRecorded`.
struct BudgetYear: Sendable, Equatable {
    /// The lines by code (a code recorded again replaces its line).
    package private(set) var lines: [String: BudgetLine] = [:]
    /// The codes of the lines without a (known) parent, in the order they were recorded.
    private(set) var roots: [String] = []

    /// Adds the line `recorded` records, from event `eventID`: under its parent when that is known, else as a
    /// top line.
    mutating func add(_ recorded: BudgetLineRecorded, eventID: String) {
        let code = recorded.code
        lines[code] = BudgetLine(
            eventID: eventID, code: code, level: recorded.level.rawValue, parent: recorded.parent,
            name: recorded.name, pagu: recorded.pagu, realisasi: recorded.realisasi, depth: 0, children: [])
        if let parent = recorded.parent, lines[parent] != nil {
            lines[parent]?.children.append(code)
        } else {
            roots.append(code)
        }
    }

    /// The lines in reading order: each top line (a program), then each of its lines and theirs, depth first,
    /// siblings in the order they were recorded.
    package var ordered: [BudgetLine] {
        var ordered: [BudgetLine] = []
        func visit(_ code: String, depth: Int) {
            guard var line = lines[code] else { return }
            line.depth = depth
            ordered.append(line)
            for child in line.children { visit(child, depth: depth + 1) }
        }
        for root in roots { visit(root, depth: 0) }
        return ordered
    }
}

extension OrganisationState {
    /// The budget lines for `year` as a tree in reading order: each top line (a program), then each of its
    /// lines and theirs, depth first, siblings in the order they were recorded.
    package func budgetLines(year: Int) -> [BudgetLine] {
        budgetYear(year).ordered
    }

    /// The budget codes recorded for `year`.
    func budgetCodes(year: Int) -> Set<String> {
        Set(budgetYear(year).lines.keys)
    }

    /// The budget lines of `year`, read in seq order.
    private func budgetYear(_ year: Int) -> BudgetYear {
        var budget = BudgetYear()
        for event in events(budgetByYear[year] ?? []) {
            if case .budgetLineRecorded(let line) = event.event { budget.add(line, eventID: event.id) }
        }
        return budget
    }
}
