import KinerjaStore

/// An object of an event's data being read member by member: it remembers which members were asked for, so
/// a member the type does not have is refused rather than lost on the way back.
struct DataObject {
    /// The object as stored.
    let object: JSONObject
    /// Where it is in the event, starting at `data`.
    let path: String
    /// The members asked for so far, in order: the members the type has.
    private(set) var expectedKeys: [String] = []

    /// Starts reading `object`, found at `path`.
    init(_ object: JSONObject, at path: String) {
        self.object = object
        self.path = path
    }

    /// The member `key`, which must be present.
    mutating func required(_ key: String) throws(EventCodecError) -> DataValue {
        guard let value = optional(key) else { throw .missingMember(path: "\(path).\(key)") }
        return value
    }

    /// The member `key`, or nil when it is absent.
    mutating func optional(_ key: String) -> DataValue? {
        expectedKeys.append(key)
        return object[key].map { DataValue(value: $0, member: key, of: path) }
    }

    /// `value`, read earlier from the member `key`, which must have been present.
    func present<Value>(_ value: Value?, _ key: String) throws(EventCodecError) -> Value {
        guard let value else { throw .missingMember(path: "\(path).\(key)") }
        return value
    }

    /// Refuses the first member that was never asked for.
    func checkNoOtherMembers() throws(EventCodecError) {
        for member in object.members where !expectedKeys.contains(member.key) {
            throw .unknownMember(path: "\(path).\(member.key)", value: member.value, expected: expectedKeys)
        }
    }
}
