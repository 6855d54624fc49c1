import KinerjaStore

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
        var check = SchemaBytesCheck(bytes: data, wanted: wanted)
        guard check.object(fields, depth: 1, topLevel: true), check.index == data.count else { return nil }
        let found = check.found
        return (found.0.map { check.text($0) }, found.1.map { check.text($0) })
    }

    private func text(_ range: Range<Int>) -> String {
        String(decoding: UnsafeRawBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    private var next: UInt8? {
        index < bytes.count ? bytes[index] : nil
    }

    private mutating func object(_ fields: [Field], depth: Int, topLevel: Bool) -> Bool {
        guard depth <= JSONParser.maximumDepth, fields.count <= 64, next == UInt8(ascii: "{") else { return false }
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
                    let field = fields.firstIndex(where: { field in
                        var name = field.name
                        return name.withUTF8 { keyBytes.elementsEqual(UnsafeRawBufferPointer($0)) }
                    }), seen & (1 << field) == 0
                else { return false }  // an unknown or repeated member: the tree check words it
                seen |= 1 << field
                let valueStart = index
                guard value(fields[field].kind, depth: depth) else { return false }
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
        for (position, field) in fields.enumerated() where field.isRequired && seen & (1 << position) == 0 {
            return false
        }
        return true
    }

    private mutating func value(_ kind: Field.Kind, depth: Int) -> Bool {
        switch kind {
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
        case .oneOf(let words): return stringConforms(words.contains)
        case .period:
            guard let range = string() else { return false }
            return Period(parsing: UnsafeRawBufferPointer(rebasing: bytes[range])) != nil
        case .eventID:
            guard let range = string() else { return false }
            return InputEvent.isValidID(UnsafeRawBufferPointer(rebasing: bytes[range]))
        case .integer(let range):
            guard let number = integer() else { return false }
            return range.contains(number)
        case .list(let element):
            guard depth < JSONParser.maximumDepth, next == UInt8(ascii: "[") else { return false }
            index += 1
            if next == UInt8(ascii: "]") {
                index += 1
                return true
            }
            while true {
                guard value(element, depth: depth + 1), let separator = next else { return false }
                index += 1
                if separator == UInt8(ascii: "]") { return true }
                guard separator == UInt8(ascii: ",") else { return false }
            }
        case .object(let fields):
            return object(fields, depth: depth + 1, topLevel: false)
        }
    }

    /// Reads a string with no escapes and no control characters, in valid UTF-8; the range of its content.
    private mutating func string() -> Range<Int>? {
        guard next == UInt8(ascii: "\"") else { return nil }
        index += 1
        let start = index
        var ascii = true
        while index < bytes.count {
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
