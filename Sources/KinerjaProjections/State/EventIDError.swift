import KinerjaEvents
import KinerjaStore

/// Why what was typed for an event id names no single event of a stream.
package enum EventIDError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No event's id is `text` or begins with it; `suggestion` is the closest id, if one is near.
    case unknown(String, stream: StreamName, suggestion: String?)
    /// `count` ids begin with `text`; `candidates` are the first few of them in id order, as shown short.
    case ambiguous(String, stream: StreamName, candidates: [String], count: Int)
    /// `text` is no event's id, and a prefix needs at least `minimum` characters.
    case tooShort(String, stream: StreamName, minimum: Int)

    /// One sentence naming the text and what it matched.
    package var description: String {
        switch self {
        case .unknown(let text, let stream, let suggestion):
            "there is no event \(text) in stream \(stream)" + (suggestion.map { "; did you mean \($0)?" } ?? "")
        case .ambiguous(let text, let stream, let candidates, let count):
            "'\(text)' begins \(count) event ids in stream \(stream): \(candidates.joined(separator: ", "))"
                + (count > candidates.count ? " and \(count - candidates.count) more" : "")
                + "; give more of the id"
        case .tooShort(let text, let stream, let minimum):
            "'\(text)' is no event's id in stream \(stream), and a prefix needs at least \(minimum) characters"
        }
    }
}
