/// The shape of one version of one event type: what its `data` holds and whether it takes effect on a date.
package struct EventSchema: Sendable {
    /// Whether events of a type carry the date their decision takes effect.
    package enum EffectiveDate: Sendable, Equatable {
        /// The type has no effective date; giving one is refused.
        case none
        /// Every event of the type must give one.
        case required
    }

    /// The event type, for example `NoteRecorded`.
    package let type: String
    /// The schema version (the stored member `v`).
    package let version: Int
    /// One line saying what the event records, for help and the reference page.
    package let summary: String
    /// Whether the type carries an effective date.
    package let effectiveDate: EffectiveDate
    /// The members of `data`.
    package let fields: [Field]
    /// The stream an event of this type belongs in, if its data determines it.
    package let stream: @Sendable (JSONObject) -> StreamName?

    /// Makes a schema.
    package init(
        type: String, version: Int, summary: String, effectiveDate: EffectiveDate, fields: [Field],
        stream: @escaping @Sendable (JSONObject) -> StreamName? = { _ in nil }
    ) {
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
