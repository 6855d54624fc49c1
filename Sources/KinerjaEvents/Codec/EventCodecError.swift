import KinerjaStore

/// Why an event's data cannot be read as its type: a member missing, unknown or holding a bad value, or a
/// version this build does not read. Each names the member's path (`data.targets[2].value`) and the value.
package enum EventCodecError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A required member is absent.
    case missingMember(path: String)
    /// A member the type does not have; `expected` lists the members it does.
    case unknownMember(path: String, value: JSONValue, expected: [String])
    /// A member holds a value of the wrong kind or form; `expected` says what it must be, as a phrase.
    case invalidValue(path: String, value: JSONValue, expected: String)
    /// A known type at a version this build neither reads nor raises to one it reads.
    case unknownVersion(type: String, version: Int, readable: [Int])

    /// One sentence naming the member and the value.
    package var description: String {
        switch self {
        case .missingMember(let path):
            "missing member \"\(path)\""
        case .unknownMember(let path, let value, let expected):
            "unknown member \"\(path)\" holding \(Self.show(value))"
                + " (expected \(expected.map { "\"\($0)\"" }.joined(separator: ", ")))"
        case .invalidValue(let path, let value, let expected):
            "\"\(path)\" must be \(expected), not \(Self.show(value))"
        case .unknownVersion(let type, let version, let readable):
            "\(type) version \(version) is not one this build reads (it reads version"
                + "\(readable.count == 1 ? "" : "s") \(readable.map(String.init).joined(separator: ", ")))"
        }
    }

    /// The most characters of a value a message shows.
    static let shownLength = 60

    /// The value as JSON, shortened to ``shownLength`` characters.
    private static func show(_ value: JSONValue) -> String {
        let text = value.canonicalString
        return text.count <= shownLength ? text : text.prefix(shownLength - 1) + "…"
    }
}
