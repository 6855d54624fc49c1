extension StoredEvent {
    /// The event as a JSON object with every stored member, plus `stream` when given: the `--format json`
    /// form of queries.
    package func jsonObject(stream: StreamName? = nil) -> JSONValue {
        var object: JSONObject = [
            "actor": .string(actor),
            "batch": .object(["first": .integer(batch.first), "last": .integer(batch.last)]),
            "data": .object(data),
            "hash": .string(hash.hexString),
            "id": .string(id),
            "prev": .string(prev.hexString),
            "recordedAt": .string(recordedAt.description),
            "seq": .integer(seq),
            "type": .string(type),
            "v": .integer(version),
        ]
        if let effective { object["effective"] = .string(effective.description) }
        if let stream { object["stream"] = .string(stream.rawValue) }
        return .object(object)
    }
}
