import KinerjaStore

/// Why input lines were refused: every bad line found, each with its source and line number.
package struct InputError: Error, Equatable, Sendable, CustomStringConvertible {
    /// One bad line.
    package struct Problem: Equatable, Sendable, CustomStringConvertible {
        /// Where the input came from: a file path, or `stdin`.
        package var source: String
        /// The 1-based line number.
        package var line: Int
        /// What is wrong, as a phrase.
        package var reason: String

        /// Makes a problem.
        package init(source: String, line: Int, reason: String) {
            self.source = source
            self.line = line
            self.reason = reason
        }

        /// `source:line: reason`.
        package var description: String { "\(source):\(line): \(reason)" }
    }

    /// The problems, in line order.
    package var problems: [Problem]

    /// Makes an error of `problems`.
    package init(problems: [Problem]) {
        self.problems = problems
    }

    /// One problem per line of text, then how many lines were refused.
    package var description: String {
        let count = problems.count
        return problems.map(\.description).joined(separator: "\n")
            + "\n\(count) bad line\(count == 1 ? "" : "s"); nothing was written"
    }
}
