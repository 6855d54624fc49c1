/// A JSON value as the ledger reads and writes it.
///
/// Numbers keep the literal text they were written with (`56.70` stays `56.70`), so no figure ever passes
/// through binary floating point. Objects keep their members in the order they were read; the canonical
/// encoding sorts them.
package enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    /// A number, as its literal JSON text (already checked against the JSON number grammar).
    case number(String)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)

    /// The string, if this is a string.
    package var stringValue: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    /// The object, if this is an object.
    package var objectValue: JSONObject? {
        if case .object(let value) = self { return value }
        return nil
    }

    /// The elements, if this is an array.
    package var arrayValue: [JSONValue]? {
        if case .array(let value) = self { return value }
        return nil
    }

    /// The value as an `Int`, if this is a number literal written as a plain integer that fits.
    package var intValue: Int? {
        guard case .number(let literal) = self else { return nil }
        return Int(literal)
    }

    /// A short English name of the kind of value, for error messages ("a string", "an object").
    package var kindDescription: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }

    /// Makes a number value from an integer.
    package static func integer(_ value: Int) -> JSONValue {
        .number(String(value))
    }
}

/// A JSON object: members in the order they were read or built, keys unique.
package struct JSONObject: Sendable, Equatable, ExpressibleByDictionaryLiteral {
    /// One member of an object.
    package struct Member: Sendable, Equatable {
        /// The member's key.
        package var key: String
        /// The member's value.
        package var value: JSONValue
    }

    /// The members, in reading or insertion order.
    package private(set) var members: [Member]

    /// Makes an object from members whose keys the caller guarantees to be unique.
    package init(uniqueMembers members: [Member] = []) {
        self.members = members
    }

    /// Makes an object from a literal; later duplicates replace earlier ones.
    package init(dictionaryLiteral elements: (String, JSONValue)...) {
        self.members = []
        for (key, value) in elements { self[key] = value }
    }

    /// The value stored under `key`, or nil; setting nil removes the member.
    package subscript(key: String) -> JSONValue? {
        get { members.first { $0.key == key }?.value }
        set {
            let index = members.firstIndex { $0.key == key }
            switch (index, newValue) {
            case (let index?, let value?): members[index].value = value
            case (let index?, nil): members.remove(at: index)
            case (nil, let value?): members.append(Member(key: key, value: value))
            case (nil, nil): break
            }
        }
    }

    /// The keys, in member order.
    package var keys: [String] { members.map(\.key) }

    /// Objects are equal when they hold the same keys with equal values, whatever the order.
    package static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        guard lhs.members.count == rhs.members.count else { return false }
        return lhs.members.allSatisfy { member in rhs[member.key] == member.value }
    }
}
