extension StoredEvent {
    /// The event as a JSON object with every stored member, plus `stream` when given: the `--format json`
    /// form of queries.
    package func jsonObject(stream: StreamName? = nil) -> JSONValue {
        let envelope = self.envelope
        var object: JSONObject = [
            "actor": .string(envelope.actor),
            "batch": .object(["first": .integer(envelope.batch.first), "last": .integer(envelope.batch.last)]),
            "data": .object(envelope.data),
            "hash": .string(hash.hexString),
            "id": .string(envelope.id),
            "prev": .string(envelope.prev.hexString),
            "recordedAt": .string(envelope.recordedAt.description),
            "seq": .integer(envelope.seq),
            "type": .string(envelope.type),
            "v": .integer(envelope.version),
        ]
        if let effective = envelope.effective { object["effective"] = .string(effective.description) }
        if let signature = envelope.signature { object["sig"] = .string(signature) }
        if let stream { object["stream"] = .string(stream.rawValue) }
        return .object(object)
    }
}
