import KinerjaEvents
import KinerjaProjections
import KinerjaStore

/// Why a spreadsheet was refused: every problem found, each by row (as the spreadsheet numbers them, the header
/// being row 1) and column. Nothing was written.
package struct ImportError: Error, Equatable, Sendable, CustomStringConvertible {
    /// One problem.
    package struct Problem: Equatable, Sendable {
        /// The row, or nil for a problem with the whole file (an actor without the role, say).
        package var row: Int?
        /// The column's header name, or nil when the problem is with the whole row.
        package var column: String?
        /// What is wrong, naming the bad value.
        package var reason: String

        /// Makes a problem.
        package init(row: Int?, column: String? = nil, reason: String) {
            self.row = row
            self.column = column
            self.reason = reason
        }
    }

    /// The file, as named on the command line (`stdin` for standard input).
    package var source: String
    /// The problems, by row (whole-file problems first).
    package var problems: [Problem]

    /// Makes an error; the problems are put in row order.
    package init(source: String, problems: [Problem]) {
        self.source = source
        self.problems = problems.enumerated().sorted { lhs, rhs in
            (lhs.element.row ?? 0, lhs.offset) < (rhs.element.row ?? 0, rhs.offset)
        }.map(\.element)
    }

    /// One problem per line, `FILE:ROW: column NAME: reason`, then how many there were.
    package var description: String {
        let lines = problems.map { problem in
            let place = problem.row.map { "\(source):\($0):" } ?? "\(source):"
            let column = problem.column.map { " column \($0):" } ?? ""
            return "\(place)\(column) \(problem.reason)"
        }
        let count = problems.count
        return lines.joined(separator: "\n") + "\n\(count) problem\(count == 1 ? "" : "s"); nothing was written"
    }
}

extension ImportError.Problem {
    /// `problems` with each column named as the header wrote it (`writtenNames`, by column name), where that is
    /// not the column's own name.
    static func naming(_ problems: [ImportError.Problem], as writtenNames: [String: String]) -> [ImportError.Problem] {
        guard !writtenNames.isEmpty else { return problems }
        return problems.map { problem in
            var problem = problem
            if let column = problem.column, let text = writtenNames[column] { problem.column = text }
            return problem
        }
    }
}
