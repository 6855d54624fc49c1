/// Why some bytes are not one well-formed JSON value, and where (a 0-based byte offset).
package struct JSONSyntaxError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The 0-based offset of the offending byte.
    package var offset: Int
    /// What is wrong, as a phrase ("duplicate key \"type\"").
    package var reason: String

    /// The problem and its 1-based column.
    package var description: String { "\(reason) at column \(offset + 1)" }
}
