import KinerjaStore

extension EventCodec {
    /// Where the date note sits in an event, as messages name it: the member of `data` saying why an event
    /// whose type takes an effective date when it is known has none.
    static let dateNotePath = "data.dateNote"

    /// Whether `data` holds a date note (``dateNotePath``), whatever its value: the value is checked with the
    /// rest of the data, so this asks only whether the recorder gave one, before the data is decoded.
    static func hasDateNote(_ data: JSONObject) -> Bool {
        data["dateNote"] != nil
    }
}
