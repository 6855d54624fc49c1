import KinerjaEvents
import KinerjaStore

/// The ids of one stream's kept events, sorted, to resolve what a user types for an event id (the whole id or
/// a unique prefix of it) and to show generated ids short.
///
/// Building it sorts the ids once, O(n log n); each resolution is then a binary search, O(log n) (plus O(k)
/// for the k candidates an ambiguous prefix lists), and each short form compares an id with its two
/// neighbours.
package struct EventIDIndex: Sendable {
    /// The fewest characters a prefix needs (the whole id is always accepted).
    package static let minimumPrefixLength = 4
    /// The fewest characters a generated id is shortened to.
    package static let minimumShortLength = 8
    /// How many candidates an ambiguous prefix lists.
    package static let listedCandidates = 5

    /// The stream the ids belong to, for messages.
    package let stream: StreamName
    /// The ids, in byte order (ids are ASCII: see ``InputEvent/isValidID(_:)``).
    private let ids: [String]

    /// An index of `ids`, the events of `stream`.
    package init(stream: StreamName, ids: some Sequence<String>) {
        self.stream = stream
        self.ids = ids.sorted(by: Self.precedes)
    }

    /// The one id `text` names: the id equal to it, else the one id beginning with it (at least
    /// ``minimumPrefixLength`` characters); or why it names none or several.
    package func resolve(_ text: String) -> Result<String, EventIDError> {
        let matches = range(beginningWith: text)
        if let first = matches.first, ids[first] == text { return .success(text) }
        if matches.isEmpty { return .failure(.unknown(text, stream: stream, suggestion: suggestion(for: text))) }
        guard text.utf8.count >= Self.minimumPrefixLength else {
            return .failure(.tooShort(text, stream: stream, minimum: Self.minimumPrefixLength))
        }
        guard matches.count > 1 else { return .success(ids[matches.lowerBound]) }
        let listed = ids[matches].prefix(Self.listedCandidates).map(shortForm)
        return .failure(.ambiguous(text, stream: stream, candidates: listed, count: matches.count))
    }

    /// How `id` is shown: a generated id (see ``isGenerated(_:)``) by its shortest prefix of at least
    /// ``minimumShortLength`` characters that no other id of the stream begins with; any other id whole.
    package func shortForm(of id: String) -> String {
        guard Self.isGenerated(id) else { return id }
        let index = lowerBound(id)
        guard index < ids.count, ids[index] == id else { return id }
        let before = index > 0 ? Self.commonPrefixLength(ids[index - 1], id) : 0
        let after = index + 1 < ids.count ? Self.commonPrefixLength(id, ids[index + 1]) : 0
        let length = max(Self.minimumShortLength, max(before, after) + 1)
        guard length < id.utf8.count else { return id }
        return String(decoding: id.utf8.prefix(length), as: UTF8.self)
    }

    /// Whether `id` looks generated rather than chosen by someone: at least 16 hex digits, with only dashes
    /// between them, after an optional word of letters and a dash. A UUID (`9f3c2a4e-…`) and an import's
    /// content id (`imp-` and 20 hex digits) are; `ltim-real-ppks-2024` and `gen-12` are not.
    package static func isGenerated(_ id: String) -> Bool {
        func isHexBody(_ text: Substring.UTF8View) -> Bool {
            text.allSatisfy { isHexDigit($0) || $0 == UInt8(ascii: "-") } && text.filter(isHexDigit).count >= 16
        }
        let utf8 = Substring(id).utf8
        if isHexBody(utf8) { return true }
        guard let dash = utf8.firstIndex(of: UInt8(ascii: "-")), dash > utf8.startIndex,
            utf8[..<dash].allSatisfy(isLetter)
        else { return false }
        return isHexBody(utf8[utf8.index(after: dash)...])
    }

    /// The positions of the ids that begin with `prefix` (all of them, for an empty prefix).
    private func range(beginningWith prefix: String) -> Range<Int> {
        let start = lowerBound(prefix)
        // The ids before `prefix` or beginning with it form a leading part of the sorted ids.
        var low = start
        var high = ids.count
        while low < high {
            let middle = (low + high) / 2
            if ids[middle].utf8.starts(with: prefix.utf8) { low = middle + 1 } else { high = middle }
        }
        return start..<low
    }

    /// The position of the first id not before `text`.
    private func lowerBound(_ text: String) -> Int {
        var low = 0
        var high = ids.count
        while low < high {
            let middle = (low + high) / 2
            if Self.precedes(ids[middle], text) { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The id to suggest for `text`, which no id is or begins with: the id, or the one id beginning with the
    /// prefix of the same length, closest to it (see ``Suggestion/closest(to:among:)``), shown short.
    private func suggestion(for text: String) -> String? {
        let length = text.utf8.count
        let prefixes = ids.map { String(decoding: $0.utf8.prefix(length), as: UTF8.self) }
        guard let closest = Suggestion.closest(to: text, among: ids + prefixes) else { return nil }
        let matches = range(beginningWith: closest)
        if let first = matches.first, ids[first] == closest { return shortForm(of: closest) }
        return matches.count == 1 ? shortForm(of: ids[matches.lowerBound]) : nil
    }

    /// Byte order, the order prefixes are contiguous in.
    private static func precedes(_ lhs: String, _ rhs: String) -> Bool {
        lhs.utf8.lexicographicallyPrecedes(rhs.utf8)
    }

    private static func commonPrefixLength(_ lhs: String, _ rhs: String) -> Int {
        zip(lhs.utf8, rhs.utf8).prefix { $0 == $1 }.count
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
            || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(byte)
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
    }
}

extension OrganisationState {
    /// An index of the ids of every kept event (every event but notes), to resolve prefixes and show short
    /// ids; built in O(n log n), so a command that resolves or shows many ids builds it once.
    package var eventIDs: EventIDIndex {
        EventIDIndex(stream: stream, ids: keptIDs)
    }

    /// An index that shows each of `shown` as ``eventIDs`` would, built from the ids that matter to that: a
    /// generated id's short form depends only on the ids sharing at least its first
    /// ``EventIDIndex/minimumShortLength`` characters, which one pass over the ids' bytes finds.
    package func shortFormIndex(showing shown: [String]) -> EventIDIndex {
        let prefixes = Set(shown.filter(EventIDIndex.isGenerated).compactMap(EventIDs.prefixKey))
        guard !prefixes.isEmpty else { return EventIDIndex(stream: stream, ids: Set(shown)) }
        let sharing = ids.seqs(withPrefixIn: prefixes).filter { flags[$0 - 1].contains(.kept) }.map(ids.id(at:))
        return EventIDIndex(stream: stream, ids: Set(sharing + shown))
    }

    /// The one kept event's id `text` names: the whole id, or a unique prefix of at least 4 characters. A
    /// whole id is found without an index of every id, and so is a prefix of at least
    /// ``EventIDIndex/minimumShortLength`` characters (as short forms are), from the ids that begin with its
    /// first eight, found in one pass over the ids' bytes; only a shorter prefix, or one no id begins with
    /// (whose message suggests the closest id), sorts every id.
    package func resolveID(_ text: String) -> Result<String, EventIDError> {
        if event(text) != nil { return .success(text) }
        if let key = EventIDs.prefixKey(text) {
            let sharing = ids.seqs(withPrefixIn: [key]).filter { flags[$0 - 1].contains(.kept) }.map(ids.id(at:))
            let resolved = EventIDIndex(stream: stream, ids: sharing).resolve(text)
            if case .failure(.unknown) = resolved {} else { return resolved }
        }
        return eventIDs.resolve(text)
    }
}
