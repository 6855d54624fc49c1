extension StoredEvent {
    /// The members a stored line has, in the order they are written (`effective` only where the type has one).
    package static let memberNames = [
        "actor", "batch", "data", "effective", "id", "prev", "recordedAt", "seq", "sig", "type", "v", "hash",
    ]

    /// Decodes the envelope of a stored line whose hash has been checked.
    init(decoding value: JSONValue, hash: SHA256Digest) throws(LineProblem) {
        guard let object = value.objectValue else { throw .notAnObject }
        for key in object.keys where !StoredEvent.memberNames.contains(key) {
            throw .unexpectedMember(key)
        }
        func member(_ name: String) throws(LineProblem) -> JSONValue {
            guard let value = object[name] else { throw .missingMember(name) }
            return value
        }
        func string(_ name: String) throws(LineProblem) -> String {
            let value = try member(name)
            guard let text = value.stringValue else { throw .mistypedMember(name, expected: "a string") }
            return text
        }
        func positive(_ value: JSONValue, _ name: String) throws(LineProblem) -> Int {
            guard let number = value.intValue, number >= 1 else {
                throw .mistypedMember(name, expected: "a whole number from 1")
            }
            return number
        }
        guard let batch = try member("batch").objectValue, batch.keys.sorted() == ["first", "last"],
            let first = batch["first"]?.intValue, let last = batch["last"]?.intValue, first >= 1, last >= first
        else { throw .mistypedMember("batch", expected: "an object {\"first\": seq, \"last\": seq}") }
        guard let data = try member("data").objectValue else { throw .mistypedMember("data", expected: "an object") }
        var recordedAtText = try string("recordedAt")
        guard let recordedAt = recordedAtText.withUTF8({ Timestamp(canonical: UnsafeRawBufferPointer($0)) })
        else { throw .mistypedMember("recordedAt", expected: "a UTC time written YYYY-MM-DDTHH:MM:SS.sssZ") }
        var effective: CalendarDate?
        if let value = object["effective"] {
            guard let text = value.stringValue, let date = CalendarDate(parsing: text) else {
                throw .mistypedMember("effective", expected: "a date written YYYY-MM-DD")
            }
            effective = date
        }
        guard let prev = SHA256Digest(hex: try string("prev")) else {
            throw .mistypedMember("prev", expected: "64 lowercase hex digits")
        }
        var signature: String?
        if let value = object["sig"] {
            guard let text = value.stringValue, !text.isEmpty else {
                throw .mistypedMember("sig", expected: "a signature: base64 text")
            }
            signature = text
        }
        let envelope = EventEnvelope(
            seq: try positive(try member("seq"), "seq"), id: try string("id"), type: try string("type"),
            version: try positive(try member("v"), "v"), recordedAt: recordedAt, actor: try string("actor"),
            effective: effective, batch: BatchRange(first: first, last: last), data: data, prev: prev,
            signature: signature)
        self.init(envelope: envelope, hash: hash)
    }
}
