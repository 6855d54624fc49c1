import KinerjaStore

/// "Did you mean …?" for a mistyped name.
package enum Suggestion {
    /// The candidate closest to `name` when it is at most two edits away.
    package static func closest(to name: String, among candidates: [String]) -> String? {
        let best = candidates.min { editDistance($0, name) < editDistance($1, name) }
        return best.flatMap { editDistance($0, name) <= 2 ? $0 : nil }
    }

    /// The Levenshtein distance between two strings.
    static func editDistance(_ lhs: String, _ rhs: String) -> Int {
        let left = Array(lhs)
        let right = Array(rhs)
        var previous = Array(0...right.count)
        for (row, leftCharacter) in left.enumerated() {
            var current = [row + 1]
            for (column, rightCharacter) in right.enumerated() {
                let substitution = previous[column] + (leftCharacter == rightCharacter ? 0 : 1)
                current.append(min(previous[column + 1] + 1, current[column] + 1, substitution))
            }
            previous = current
        }
        return previous[right.count]
    }
}
