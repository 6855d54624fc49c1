import KinerjaStore

/// The shape of one version of one event type: what its `data` holds and whether it takes effect on a date.
package struct EventSchema: Sendable {
    /// Whether events of a type carry the date their decision takes effect.
    package enum EffectiveDate: Sendable, Equatable {
        /// The type has no effective date; giving one is refused.
        case none
        /// Every event of the type must give one.
        case required
        /// May be given: the date the change applies from, when that is not the day it was recorded.
        case optional
        /// Given when the source states it; when it does not, `data.dateNote` must say so instead of inventing.
        case whenKnown
    }

    /// The event type, for example `NoteRecorded`.
    package let type: String
    /// The schema version (the stored member `v`).
    package let version: Int
    /// One line saying what the event records, for help and the reference page.
    package let summary: String
    /// Whether the type carries an effective date.
    let effectiveDate: EffectiveDate
    /// The members of `data`.
    package let fields: [Field]
    /// The stream an event of this type belongs in, if its data determines it.
    package let stream: @Sendable (JSONObject) -> StreamName?
    /// Whether the event is a proposal that counts only once another actor approves it.
    package let isProposal: Bool
    /// The role the recorder must hold once the ledger has registered actors; nil: any registered actor.
    package let requiredRole: Role?

    /// Makes a schema.
    package init(
        type: String, version: Int, summary: String, effectiveDate: EffectiveDate, fields: [Field],
        isProposal: Bool = false, requiredRole: Role? = .recorder,
        stream: @escaping @Sendable (JSONObject) -> StreamName? = { _ in nil }
    ) {
        self.isProposal = isProposal
        self.requiredRole = requiredRole
        self.type = type
        self.version = version
        self.summary = summary
        self.effectiveDate = effectiveDate
        self.fields = fields
        self.stream = stream
    }

    /// The first way `data` departs from this schema, as a phrase, or nil if it conforms.
    package func problem(with data: JSONObject) -> String? {
        // The fast check allocates nothing; the wording is worked out only for data that does not conform.
        if Field.Kind.object(fields).conforms(.object(data)) { return nil }
        return Field.problem(with: data, fields: fields, path: "data")
    }
}

/// One member of an event's data.
package struct Field: Sendable {
    /// What a member holds.
    package indirect enum Kind: Sendable {
        /// A string with at least one non-space character.
        case text
        /// A date written `YYYY-MM-DD`.
        case date
        /// An exact decimal number written as a string in plain form: `"56.70"`, `"-0.003"`, `"13821027400"`.
        case decimal
        /// A whole number within the given range, written as a JSON number.
        case integer(ClosedRange<Int>)
        /// A code: letters, digits, `.` and `-`, starting with a letter or digit (`ppks`, `s1`, `K1`).
        case code
        /// One of the listed words.
        case oneOf([String])
        /// A reporting period: `2024`, `2024-S1` (semester), `2024-Q3` (triwulan) or `2024-M07` (month).
        case period
        /// The id of another event in the same stream.
        case eventID
        /// A list of values of one kind.
        case list(Kind)
        /// An object with the given members.
        case object([Field])
    }

    /// The member's key.
    package let name: String
    /// What it holds.
    package let kind: Kind
    /// Whether it must be present.
    package let isRequired: Bool
    /// What it means, for the reference page.
    package let meaning: String

    /// A member that must be present.
    package static func required(_ name: String, _ kind: Kind, _ meaning: String) -> Field {
        Field(name: name, kind: kind, isRequired: true, meaning: meaning)
    }

    /// A member that may be left out.
    package static func optional(_ name: String, _ kind: Kind, _ meaning: String) -> Field {
        Field(name: name, kind: kind, isRequired: false, meaning: meaning)
    }

    static func problem(with object: JSONObject, fields: [Field], path: String) -> String? {
        for key in object.keys where !fields.contains(where: { $0.name == key }) {
            return
                "unknown member \"\(path).\(key)\" (expected \(fields.map { "\"\($0.name)\"" }.joined(separator: ", ")))"
        }
        for field in fields {
            guard let value = object[field.name] else {
                if field.isRequired { return "missing member \"\(path).\(field.name)\"" }
                continue
            }
            if let problem = field.kind.problem(with: value, path: "\(path).\(field.name)") { return problem }
        }
        return nil
    }
}

extension Field.Kind {
    func conforms(_ value: JSONValue) -> Bool {
        switch (self, value) {
        case (.text, .string(let text)): return !text.allSatisfy(\.isWhitespace)
        case (.date, .string(let text)): return CalendarDate(parsing: text) != nil
        case (.decimal, .string(let text)): return DecimalNumber(plain: text) != nil
        case (.integer(let range), _): return value.intValue.map(range.contains) ?? false
        case (.code, .string(let text)): return Field.Kind.isCode(text)
        case (.oneOf(let words), .string(let text)): return words.contains(text)
        case (.period, .string(let text)): return Period(parsing: text) != nil
        case (.eventID, .string(let text)): return InputEvent.isValidID(text)
        case (.list(let element), .array(let items)): return items.allSatisfy { element.conforms($0) }
        case (.object(let fields), .object(let object)):
            for member in object.members where !fields.contains(where: { $0.name == member.key }) { return false }
            for field in fields {
                if let value = object[field.name] {
                    if !field.kind.conforms(value) { return false }
                } else if field.isRequired {
                    return false
                }
            }
            return true
        default: return false
        }
    }

    func problem(with value: JSONValue, path: String) -> String? {
        switch self {
        case .text:
            guard let text = value.stringValue else {
                return "\"\(path)\" must be a string, not \(value.kindDescription)"
            }
            if text.allSatisfy(\.isWhitespace) { return "\"\(path)\" must not be empty" }
            return nil
        case .date:
            guard let text = value.stringValue, CalendarDate(parsing: text) != nil else {
                return "\"\(path)\" must be a date written YYYY-MM-DD"
            }
            return nil
        case .decimal:
            guard let text = value.stringValue, DecimalNumber(plain: text) != nil else {
                return "\"\(path)\" must be a number written as a string in plain form, like \"56.70\""
            }
            return nil
        case .integer(let range):
            guard let number = value.intValue, range.contains(number) else {
                return "\"\(path)\" must be a whole number from \(range.lowerBound) to \(range.upperBound)"
            }
            return nil
        case .code:
            guard let text = value.stringValue, Field.Kind.isCode(text) else {
                return "\"\(path)\" must be a code of letters, digits, '.' and '-' (as in ppks, K1 or IKU-1)"
            }
            return nil
        case .oneOf(let words):
            guard let text = value.stringValue, words.contains(text) else {
                return "\"\(path)\" must be one of \(words.map { "\"\($0)\"" }.joined(separator: ", "))"
            }
            return nil
        case .period:
            guard let text = value.stringValue, Period(parsing: text) != nil else {
                return "\"\(path)\" must be a period: 2024, 2024-S1, 2024-Q3 or 2024-M07"
            }
            return nil
        case .eventID:
            guard let text = value.stringValue, InputEvent.isValidID(text) else {
                return "\"\(path)\" must be an event id of 1 to 128 letters, digits, '.', '_', ':' or '-', not "
                    + value.canonicalString
            }
            return nil
        case .list(let element):
            guard let elements = value.arrayValue else {
                return "\"\(path)\" must be an array, not \(value.kindDescription)"
            }
            for (index, item) in elements.enumerated() {
                if let problem = element.problem(with: item, path: "\(path)[\(index)]") { return problem }
            }
            return nil
        case .object(let fields):
            guard let object = value.objectValue else {
                return "\"\(path)\" must be an object, not \(value.kindDescription)"
            }
            return Field.problem(with: object, fields: fields, path: path)
        }
    }
}

extension Field.Kind {
    /// Whether `text` is a code: 1 to 64 letters, digits, `.` and `-`, starting with a letter or digit, spelt as
    /// the decree spells it (`ppks`, `K1`, `IKU-1`). Codes are one code whatever their case: input is matched
    /// to the spelling the IKU records (``OrganisationState/indicatorCode(matching:)``).
    package static func isCode(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { isCode(UnsafeRawBufferPointer($0)) }
    }

    /// Whether `bytes` (UTF-8) spell a code, as ``isCode(_:)-(String)`` judges.
    static func isCode(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard (1...64).contains(bytes.count), let first = bytes.first, first != UInt8(ascii: "-"),
            first != UInt8(ascii: ".")
        else { return false }
        return bytes.allSatisfy { byte in
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
                || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
        }
    }
}
