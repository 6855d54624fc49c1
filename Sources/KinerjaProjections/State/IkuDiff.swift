import KinerjaEvents
import KinerjaStore

/// What changed between two IKU sets: indicators added, retired, and changed component by component.
package struct IkuDiff: Sendable, Equatable {
    /// One component that differs.
    package struct Change: Sendable, Equatable {
        /// The component (name, formula, unit, polarity…).
        package var component: String
        /// Its value before, as stored (nil: absent).
        package var before: JSONValue?
        /// Its value after.
        package var after: JSONValue?
    }

    /// The decision of the earlier set.
    package var from: String
    /// The decision of the later set.
    package var to: String
    /// Indicators in the later set only.
    package var added: [IndicatorDefinition]
    /// Indicators in the earlier set only.
    package var retired: [IndicatorDefinition]
    /// Indicators in both whose components differ, by code, in the later set's order.
    package var changed: [(code: String, changes: [Change])]

    /// Compares the sets right after decisions `from` and `to`.
    package init?(state: OrganisationState, from: String, to: String) {
        guard let before = state.ikuSet(after: from)?.map(\.definition),
            let after = state.ikuSet(after: to)?.map(\.definition)
        else { return nil }
        self.from = from
        self.to = to
        let beforeCodes = Set(before.map(\.code))
        let afterCodes = Set(after.map(\.code))
        added = after.filter { !beforeCodes.contains($0.code) }
        retired = before.filter { !afterCodes.contains($0.code) }
        changed = after.compactMap { later -> (String, [Change])? in
            guard let earlier = before.first(where: { $0.code == later.code }) else { return nil }
            let (beforeComponents, afterComponents) = (earlier.components, later.components)
            let keys = Set(beforeComponents.keys).union(afterComponents.keys)
            let order = Field.indicatorDefinition.map(\.name)
            let changes = keys.sorted { (order.firstIndex(of: $0) ?? 99, $0) < (order.firstIndex(of: $1) ?? 99, $1) }
                .compactMap { key -> Change? in
                    let old = beforeComponents[key]
                    let new = afterComponents[key]
                    return old == new ? nil : Change(component: key, before: old, after: new)
                }
            return changes.isEmpty ? nil : (later.code, changes)
        }
    }

    /// Compares diffs member by member.
    package static func == (lhs: IkuDiff, rhs: IkuDiff) -> Bool {
        lhs.from == rhs.from && lhs.to == rhs.to && lhs.added == rhs.added && lhs.retired == rhs.retired
            && lhs.changed.map(\.code) == rhs.changed.map(\.code)
            && lhs.changed.map(\.changes) == rhs.changed.map(\.changes)
    }

    /// The diff as English text for a reviewer: see ``text(_:)``.
    package var text: String { text(.en) }

    /// The diff as text for a reviewer, in `language`.
    package func text(_ language: Language) -> String {
        let labels = LocalizedList(
            id: ["ditambah", "dicabut ", "diubah  ", "(tidak ada)", "  tidak ada perubahan"],
            en: ["added   ", "retired ", "changed ", "(none)", "  no changes"])(language)
        var lines = [
            Localized(id: "perubahan IKU dari \(from) ke \(to):", en: "IKU changes from \(from) to \(to):")(language)
        ]
        if added.isEmpty && retired.isEmpty && changed.isEmpty { lines.append(labels[4]) }
        for indicator in added { lines.append("  \(labels[0]) \(indicator.code): \(indicator.name)") }
        for indicator in retired { lines.append("  \(labels[1]) \(indicator.code): \(indicator.name)") }
        for (code, changes) in changed {
            lines.append("  \(labels[2]) \(code):")
            for change in changes {
                let before = change.before.map(Self.show) ?? labels[3]
                let after = change.after.map(Self.show) ?? labels[3]
                lines.append("    \(change.component): \(before) → \(after)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func show(_ value: JSONValue) -> String {
        if case .string(let text) = value { return "\"\(text)\"" }
        return value.canonicalString
    }
}
