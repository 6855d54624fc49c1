import KinerjaStore

/// Builds an object of an event's data member by member.
struct DataWriter {
    /// The members written so far.
    private(set) var object = JSONObject()

    /// Writes `value` under `key`, or nothing when it is nil.
    mutating func write(_ key: String, _ value: (some DataEncodable)?) {
        if let value { object[key] = value.dataValue }
    }
}
