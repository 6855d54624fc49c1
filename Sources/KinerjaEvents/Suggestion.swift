import KinerjaStore

/// "Did you mean …?" for a mistyped name.
package enum Suggestion {
    /// The candidate closest to `name` when it is at most two edits away (the first of the closest on a tie).
    package static func closest(to name: String, among candidates: [String]) -> String? {
        Matcher(candidates).closest(to: name)?.candidate
    }

    /// The Levenshtein distance between two strings (counted in Unicode scalars).
    package static func editDistance(_ lhs: String, _ rhs: String) -> Int {
        let left = Array(lhs.unicodeScalars.map(\.value))
        let right = Array(rhs.unicodeScalars.map(\.value))
        let most = max(left.count, right.count)
        return editDistance(left, right, limit: most) ?? most
    }

    /// Candidates prepared once, to find the closest to many names (every unknown field of a wide header).
    ///
    /// Linear in the candidates and cheap for names far from all of them: a candidate whose length differs by
    /// more than the limit is skipped, and a distance stops being computed once a whole row of its table
    /// passes the limit, so a header of a hundred thousand names, or one name of a megabyte, is checked
    /// quickly.
    package struct Matcher: Sendable {
        private let candidates: [(text: String, scalars: [UInt32])]

        /// Prepares `candidates`.
        package init(_ candidates: [String]) {
            self.candidates = candidates.map { ($0, Array($0.unicodeScalars.map(\.value))) }
        }

        /// The candidate closest to `name` and its distance, when at most `limit` edits away (the first of the
        /// closest on a tie).
        package func closest(to name: String, limit: Int = 2) -> (candidate: String, distance: Int)? {
            let target = Array(name.unicodeScalars.map(\.value))
            var best: (candidate: String, distance: Int)?
            for candidate in candidates {
                let bound = best.map { $0.distance - 1 } ?? limit
                guard let distance = Suggestion.editDistance(candidate.scalars, target, limit: bound) else { continue }
                best = (candidate.text, distance)
                if distance == 0 { break }
            }
            return best
        }
    }

    /// The Levenshtein distance between `left` and `right` when it is at most `limit`, else nil.
    private static func editDistance(_ left: [UInt32], _ right: [UInt32], limit: Int) -> Int? {
        guard limit >= 0, abs(left.count - right.count) <= limit else { return nil }
        let width = right.count
        var previous = [Int](repeating: 0, count: width + 1)
        var current = [Int](repeating: 0, count: width + 1)
        var column = 0
        while column <= width {
            previous[column] = column
            column += 1
        }
        var row = 0
        while row < left.count {
            current[0] = row + 1
            var smallest = current[0]
            let character = left[row]
            column = 0
            while column < width {
                let substitution = previous[column] + (character == right[column] ? 0 : 1)
                let value = min(previous[column + 1] + 1, current[column] + 1, substitution)
                current[column + 1] = value
                if value < smallest { smallest = value }
                column += 1
            }
            guard smallest <= limit else { return nil }
            swap(&previous, &current)
            row += 1
        }
        return previous[width] <= limit ? previous[width] : nil
    }
}
