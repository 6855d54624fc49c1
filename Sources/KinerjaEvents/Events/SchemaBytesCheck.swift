import KinerjaStore

#if canImport(Glibc)
    import Glibc
#endif

/// Checks an event's data in its bytes, as stored, against a schema without building a JSON tree: the
/// check a replay runs on every line of a long stream.
///
/// It accepts only data that the tree check (``Field/Kind/conforms(_:)`` on what ``JSONParser`` reads)
/// accepts, and only in the layout this store writes: no spaces between tokens, no escapes in strings, whole
/// numbers only where a whole number is expected. Anything else it does not judge (nil): the caller decodes
/// the data and checks it whole, which words every problem. So it changes how fast an answer comes, never the
/// answer.
struct SchemaBytesCheck {
    private let bytes: UnsafeRawBufferPointer
    private var index = 0
    /// The index, in the schema's fields, of the top-level members whose string values to keep.
    private let wanted: (Int, Int)
    /// The byte ranges of those members' string values.
    private var found: (Range<Int>?, Range<Int>?) = (nil, nil)

    private init(bytes: UnsafeRawBufferPointer, wanted: (Int, Int)) {
        self.bytes = bytes
        self.wanted = wanted
    }

    /// Whether `data` (one JSON object, exactly) conforms to `fields`; with the values of the top-level
    /// fields at indices `wanted` (−1: none) as text: a string's content, a number's digits. Nil when it
    /// cannot tell this way.
    static func check(_ data: UnsafeRawBufferPointer, fields: [Field], keeping wanted: (Int, Int) = (-1, -1))
        -> (String?, String?)?
    {
        check(data, schema: ByteSchema(fields), keeping: wanted)
    }

    /// ``check(_:fields:keeping:)`` with the fields laid out once, beforehand.
    static func check(_ data: UnsafeRawBufferPointer, schema: ByteSchema, keeping wanted: (Int, Int) = (-1, -1))
        -> (String?, String?)?
    {
        guard let found = checkKeepingRanges(data, schema: schema, keeping: wanted) else { return nil }
        func text(_ range: Range<Int>) -> String {
            String(decoding: UnsafeRawBufferPointer(rebasing: data[range]), as: UTF8.self)
        }
        return (found.0.map(text), found.1.map(text))
    }

    /// ``check(_:schema:keeping:)`` giving where the kept values lie in `data` (for a caller that reads one
    /// in place, such as a period's year, rather than as a string).
    static func checkKeepingRanges(
        _ data: UnsafeRawBufferPointer, schema: ByteSchema, keeping wanted: (Int, Int) = (-1, -1)
    ) -> (Range<Int>?, Range<Int>?)? {
        var check = SchemaBytesCheck(bytes: data, wanted: wanted)
        guard check.object(schema, node: schema.nodes[0], depth: 1, topLevel: true), check.index == data.count
        else { return nil }
        return check.found
    }

    private func text(_ range: Range<Int>) -> String {
        String(decoding: UnsafeRawBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    private var next: UInt8? {
        index < bytes.count ? bytes[index] : nil
    }

    private mutating func object(_ schema: ByteSchema, node: ByteSchema.Node, depth: Int, topLevel: Bool) -> Bool {
        let members = schema.members[node.first..<(node.first + node.count)]
        guard depth <= JSONParser.maximumDepth, node.count <= 64, next == UInt8(ascii: "{") else { return false }
        index += 1
        var seen: UInt64 = 0
        if next == UInt8(ascii: "}") {
            index += 1
        } else {
            while true {
                guard let key = string(), next == UInt8(ascii: ":") else { return false }
                index += 1
                let keyBytes = UnsafeRawBufferPointer(rebasing: bytes[key])
                guard
                    let position = members.firstIndex(where: { member in
                        member.nameCount == keyBytes.count && sameBytes(schema.name(of: member), keyBytes)
                    })
                else { return false }  // an unknown member: the tree check words it
                let field = position - node.first
                guard seen & (1 << field) == 0 else { return false }  // a repeated one
                seen |= 1 << field
                let valueStart = index
                guard value(schema, node: schema.nodes[members[position].node], depth: depth) else { return false }
                if topLevel && (field == wanted.0 || field == wanted.1) {
                    // A kept member is a string (its content kept) or a whole number (its digits kept).
                    let range =
                        bytes[valueStart] == UInt8(ascii: "\"") ? (valueStart + 1)..<(index - 1) : valueStart..<index
                    if field == wanted.0 { found.0 = range } else { found.1 = range }
                }
                guard let separator = next else { return false }
                index += 1
                if separator == UInt8(ascii: "}") { break }
                guard separator == UInt8(ascii: ",") else { return false }
            }
        }
        return seen & node.required == node.required
    }

    private mutating func value(_ schema: ByteSchema, node: ByteSchema.Node, depth: Int) -> Bool {
        switch node.kind {
        case .text:
            guard let range = string() else { return false }
            return isNotBlank(range)
        case .date: return stringConforms { CalendarDate(parsing: $0) != nil }
        case .decimal:
            guard let range = string() else { return false }
            return DecimalNumber.isPlain(UnsafeRawBufferPointer(rebasing: bytes[range]))
        case .code:
            guard let range = string() else { return false }
            return Field.Kind.isCode(UnsafeRawBufferPointer(rebasing: bytes[range]))
        case .oneOf: return stringConforms(schema.words[node.first].contains)
        case .period:
            guard let range = string() else { return false }
            return Period(parsing: UnsafeRawBufferPointer(rebasing: bytes[range])) != nil
        case .eventID:
            guard let range = string() else { return false }
            return InputEvent.isValidID(UnsafeRawBufferPointer(rebasing: bytes[range]))
        case .integer:
            guard let number = integer() else { return false }
            return number >= node.low && number <= node.high
        case .list:
            guard depth < JSONParser.maximumDepth, next == UInt8(ascii: "[") else { return false }
            index += 1
            if next == UInt8(ascii: "]") {
                index += 1
                return true
            }
            let element = schema.nodes[node.first]
            while true {
                guard value(schema, node: element, depth: depth + 1), let separator = next else { return false }
                index += 1
                if separator == UInt8(ascii: "]") { return true }
                guard separator == UInt8(ascii: ",") else { return false }
            }
        case .object:
            return object(schema, node: node, depth: depth + 1, topLevel: false)
        }
    }

    /// Reads a string with no escapes and no control characters, in valid UTF-8; the range of its content.
    private mutating func string() -> Range<Int>? {
        guard next == UInt8(ascii: "\"") else { return nil }
        index += 1
        let start = index
        var ascii = true
        while index < bytes.count {
            index = UTF8Validation.endOfPlainASCII(bytes, from: index)
            guard index < bytes.count else { break }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let range = start..<index
                index += 1
                if !ascii
                    && UTF8Validation.firstInvalidOffset(in: UnsafeRawBufferPointer(rebasing: bytes[range])) != nil
                {
                    return nil
                }
                return range
            }
            if byte == UInt8(ascii: "\\") || byte < 0x20 { return nil }
            if byte >= 0x80 { ascii = false }
            index += 1
        }
        return nil
    }

    /// Reads a string and asks `test` of its text.
    private mutating func stringConforms(_ test: (String) -> Bool) -> Bool {
        guard let range = string() else { return false }
        return test(text(range))
    }

    /// Whether the string's text is not all white space, as `Character.isWhitespace` judges.
    private func isNotBlank(_ range: Range<Int>) -> Bool {
        for offset in range {
            let byte = bytes[offset]
            if byte > 0x20 && byte < 0x7F { return true }  // printable ASCII: not white space
        }
        return !text(range).allSatisfy(\.isWhitespace)
    }

    /// Reads a whole number written plainly (`2024`, `-3`, `0`), as ``JSONValue/intValue`` reads it; nil for
    /// any other number (a fraction or exponent, leading zeros, too many digits).
    private mutating func integer() -> Int? {
        let start = index
        if next == UInt8(ascii: "-") { index += 1 }
        let digitsStart = index
        var value = 0
        while let byte = next, byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
            value = value &* 10 &+ Int(byte &- UInt8(ascii: "0"))
            index += 1
        }
        let digits = index - digitsStart
        guard digits >= 1, digits <= 18, digits == 1 || bytes[digitsStart] != UInt8(ascii: "0") else { return nil }
        if let byte = next, byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
            return nil
        }
        return bytes[start] == UInt8(ascii: "-") ? -value : value
    }
}

/// A schema's fields laid out for ``SchemaBytesCheck``: plain values in flat buffers, made once per schema,
/// so that checking a line copies and counts no references.
final class ByteSchema: @unchecked Sendable {
    /// What a node holds.
    enum Kind: UInt8 {
        case text, date, decimal, integer, code, oneOf, period, eventID, list, object
    }

    /// One value's kind: for an object, its members are `members[first..<first + count]` and `required` has
    /// a bit for each required one; for a list, `first` is its element's node; for a choice of words,
    /// `words[first]`; for a whole number, the range `low...high`.
    struct Node {
        var kind: Kind
        var first = 0
        var count = 0
        var required: UInt64 = 0
        var low = 0
        var high = 0
    }

    /// One member of an object: its name in `names`, and its value's node.
    struct Member {
        var nameStart: Int
        var nameCount: Int
        var node: Int
    }

    /// The nodes; the first is the data object itself.
    let nodes: UnsafeMutableBufferPointer<Node>
    let members: UnsafeMutableBufferPointer<Member>
    let names: UnsafeMutableBufferPointer<UInt8>
    /// The words of each choice.
    let words: [[String]]

    /// Lays out `fields`, the members of an event's data.
    init(_ fields: [Field]) {
        var nodes: [Node] = []
        var members: [Member] = []
        var names: [UInt8] = []
        var words: [[String]] = []
        func add(_ kind: Field.Kind) -> Int {
            let index = nodes.count
            nodes.append(Node(kind: .text))
            switch kind {
            case .text: nodes[index].kind = .text
            case .date: nodes[index].kind = .date
            case .decimal: nodes[index].kind = .decimal
            case .code: nodes[index].kind = .code
            case .period: nodes[index].kind = .period
            case .eventID: nodes[index].kind = .eventID
            case .integer(let range):
                nodes[index] = Node(kind: .integer, low: range.lowerBound, high: range.upperBound)
            case .oneOf(let choices):
                nodes[index] = Node(kind: .oneOf, first: words.count)
                words.append(choices)
            case .list(let element):
                let child = add(element)
                nodes[index] = Node(kind: .list, first: child)
            case .object(let fields):
                // The members first, in a row; then their values' nodes.
                let first = members.count
                var required: UInt64 = 0
                for (position, field) in fields.enumerated() {
                    members.append(Member(nameStart: names.count, nameCount: field.name.utf8.count, node: -1))
                    names += field.name.utf8
                    if field.isRequired && position < 64 { required |= 1 << position }
                }
                for (position, field) in fields.enumerated() { members[first + position].node = add(field.kind) }
                nodes[index] = Node(kind: .object, first: first, count: fields.count, required: required)
            }
            return index
        }
        _ = add(.object(fields))
        self.nodes = .allocate(capacity: nodes.count)
        _ = self.nodes.initialize(from: nodes)
        self.members = .allocate(capacity: max(members.count, 1))
        _ = self.members.initialize(from: members)
        self.names = .allocate(capacity: max(names.count, 1))
        _ = self.names.initialize(from: names)
        self.words = words
    }

    /// The name of `member`.
    func name(of member: Member) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(start: names.baseAddress.map { $0 + member.nameStart }, count: member.nameCount)
    }

    deinit {
        nodes.deallocate()
        members.deallocate()
        names.deallocate()
    }
}
