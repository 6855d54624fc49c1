import KinerjaStore

/// One value of an event's data with its path (`data.targets[2].value`), read as the kind its member holds.
///
/// Every reader checks the value as the schema does and also that writing it back gives the same text, so a
/// decoded value encodes to the very bytes it was read from. A failure names the path and the value.
struct DataValue {
    /// The value as stored.
    let value: JSONValue
    /// Where it is in the event, starting at `data`: its object's path and its member, put together only
    /// when asked for (for an error, or a nested object), not for every member read.
    private let parent: String
    private let member: String?

    /// Where it is in the event, starting at `data`.
    var path: String { member.map { "\(parent).\($0)" } ?? parent }

    /// The value `value` at `path`.
    init(value: JSONValue, path: String) {
        (self.value, parent, member) = (value, path, nil)
    }

    /// The value `value` of the member `member` of the object at `parent`.
    init(value: JSONValue, member: String, of parent: String) {
        (self.value, self.parent, self.member) = (value, parent, member)
    }

    /// A string with at least one character other than a space.
    func text() throws(EventCodecError) -> String {
        try string("a string with a character other than a space") { !$0.allSatisfy(\.isWhitespace) }
    }

    /// A code: letters, digits, `.` and `-` (`ppks`, `s1`, `K1`).
    func code() throws(EventCodecError) -> String {
        try string("a code of letters, digits, '.' and '-' (as in ppks, K1 or IKU-1)", Field.Kind.isCode)
    }

    /// An OpenSSH public key, `ssh-ed25519 BASE64` or `sk-ssh-ed25519@openssh.com BASE64`.
    func publicKey() throws(EventCodecError) -> SSHPublicKey {
        try parsed(
            "an OpenSSH public key written 'ssh-ed25519 AAAA…' or 'sk-ssh-ed25519@openssh.com AAAA…'",
            SSHPublicKey.init(parsing:))
    }

    /// The id of another event.
    func eventID() throws(EventCodecError) -> String {
        try string("an event id of 1 to 128 letters, digits, '.', '_', ':' or '-'", InputEvent.isValidID)
    }

    /// A date written `YYYY-MM-DD`.
    func date() throws(EventCodecError) -> CalendarDate {
        try parsed("a date written YYYY-MM-DD", CalendarDate.init(parsing:))
    }

    /// A reporting period: `2024`, `2024-S1`, `2024-Q3` or `2024-M07`.
    func period() throws(EventCodecError) -> Period {
        // The stored form, read in its bytes, is its period's written form (no text made to compare).
        if let text = value.stringValue,
            let period = text.utf8.withContiguousStorageIfAvailable({ Period(storedForm: UnsafeRawBufferPointer($0)) }),
            let period
        {
            return period
        }
        return try parsed("a period: 2024, 2024-S1, 2024-Q3 or 2024-M07", Period.init(parsing:))
    }

    /// An exact decimal written as a string in plain form, keeping its scale: `"56.70"` stays 56.70.
    func decimal() throws(EventCodecError) -> DecimalNumber {
        // A plain form read (``DecimalNumber/init(plain:)``) is the number's written form: nothing to compare.
        guard let text = value.stringValue, let number = DecimalNumber(plain: text) else {
            throw invalid("a number written as a string in plain form, like \"56.70\"")
        }
        return number
    }

    /// A whole number within `range`, written as a JSON number in its plain form (`2024`, not `-0` or `2024.0`).
    func integer(in range: ClosedRange<Int>) throws(EventCodecError) -> Int {
        guard case .number(let literal) = value, let number = Int(literal), String(number) == literal,
            range.contains(number)
        else { throw invalid("a whole number from \(range.lowerBound) to \(range.upperBound)") }
        return number
    }

    /// A year, 1900 to 2999.
    func year() throws(EventCodecError) -> Int {
        try integer(in: 1900...2999)
    }

    /// One of the stored words of `Word`.
    func word<Word: StoredWord>(_: Word.Type = Word.self) throws(EventCodecError) -> Word {
        guard let text = value.stringValue, let word = Word.allCases.first(where: { $0.code == text }) else {
            throw invalid("one of " + Word.allCases.map { "\"\($0.code)\"" }.joined(separator: ", "))
        }
        return word
    }

    /// An array, each element read by `element`.
    func list<Element>(
        _ element: (DataValue) throws(EventCodecError) -> Element
    ) throws(EventCodecError) -> [Element] {
        guard let items = value.arrayValue else { throw invalid("an array") }
        var elements: [Element] = []
        elements.reserveCapacity(items.count)
        for (index, item) in items.enumerated() {
            elements.append(try element(DataValue(value: item, path: "\(path)[\(index)]")))
        }
        return elements
    }

    /// An object with the members of `Shape`, and no others.
    func object<Shape: DataCoding>(_: Shape.Type = Shape.self) throws(EventCodecError) -> Shape {
        guard let object = value.objectValue else { throw invalid("an object") }
        return try Shape(decoding: object, at: path)
    }

    /// An array of objects with the members of `Shape`.
    func objects<Shape: DataCoding>(_: Shape.Type = Shape.self) throws(EventCodecError) -> [Shape] {
        try list { value throws(EventCodecError) in try value.object() }
    }

    /// An array of texts.
    func texts() throws(EventCodecError) -> [String] {
        try list { value throws(EventCodecError) in try value.text() }
    }

    /// An array of codes.
    func codes() throws(EventCodecError) -> [String] {
        try list { value throws(EventCodecError) in try value.code() }
    }

    /// An array of stored words of `Word`.
    func words<Word: StoredWord>(_: Word.Type = Word.self) throws(EventCodecError) -> [Word] {
        try list { value throws(EventCodecError) in try value.word() }
    }

    /// The error saying the value is not `expected`.
    func invalid(_ expected: String) -> EventCodecError {
        .invalidValue(path: path, value: value, expected: expected)
    }

    /// A string that `isValid` accepts.
    private func string(
        _ expected: String, _ isValid: (String) -> Bool
    ) throws(EventCodecError) -> String {
        guard let text = value.stringValue, isValid(text) else { throw invalid(expected) }
        return text
    }

    /// A string that `parse` reads and that the value's written form gives back exactly.
    private func parsed<Parsed: CustomStringConvertible>(
        _ expected: String, _ parse: (String) -> Parsed?
    ) throws(EventCodecError) -> Parsed {
        guard let text = value.stringValue, let parsed = parse(text), parsed.description == text else {
            throw invalid(expected)
        }
        return parsed
    }
}
