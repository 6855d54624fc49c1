/// Encodes and decodes the stored line of an event, hash included.
package enum EventLine {
    /// The bytes that introduce the hash: `,"hash":"`.
    package static let hashMarker: [UInt8] = Array(#","hash":""#.utf8)
    /// The length of the fixed suffix `,"hash":"<64 hex>"}`.
    package static let suffixLength = 9 + 64 + 2
    /// The longest stored or input line accepted, in bytes (newline excluded).
    package static let maximumLineLength = 1 << 20

    /// The envelope of an event without its hash: everything the hash covers.
    package struct Draft: Sendable, Equatable {
        /// See ``StoredEvent/seq``.
        package var seq: Int
        /// See ``StoredEvent/id``.
        package var id: String
        /// See ``StoredEvent/type``.
        package var type: String
        /// See ``StoredEvent/version``.
        package var version: Int
        /// See ``StoredEvent/recordedAt``.
        package var recordedAt: Timestamp
        /// See ``StoredEvent/actor``.
        package var actor: String
        /// See ``StoredEvent/effective``.
        package var effective: CalendarDate?
        /// See ``StoredEvent/batch``.
        package var batch: BatchRange
        /// See ``StoredEvent/data``.
        package var data: JSONObject
        /// See ``StoredEvent/prev``.
        package var prev: String
    }

    /// Encodes `draft` as its stored line (ending in a newline) and returns the line with its hash.
    package static func encode(_ draft: Draft) -> (line: [UInt8], event: StoredEvent) {
        var envelope: JSONObject = [
            "actor": .string(draft.actor),
            "batch": .object(["first": .integer(draft.batch.first), "last": .integer(draft.batch.last)]),
            "data": .object(draft.data),
            "id": .string(draft.id),
            "prev": .string(draft.prev),
            "recordedAt": .string(draft.recordedAt.description),
            "seq": .integer(draft.seq),
            "type": .string(draft.type),
            "v": .integer(draft.version),
        ]
        if let effective = draft.effective { envelope["effective"] = .string(effective.description) }
        var line: [UInt8] = [UInt8(ascii: "{")]
        envelope.appendCanonicalMembers(to: &line)
        let hash = SHA256.hash(line).hexString
        line.append(contentsOf: hashMarker)
        line.append(contentsOf: hash.utf8)
        line.append(contentsOf: Array("\"}\n".utf8))
        let event = StoredEvent(
            seq: draft.seq, id: draft.id, type: draft.type, version: draft.version, recordedAt: draft.recordedAt,
            actor: draft.actor, effective: draft.effective, batch: draft.batch, data: draft.data, prev: draft.prev,
            hash: hash)
        return (line, event)
    }

    /// Checks the hash of one stored line (without its newline) and decodes it.
    package static func decode(_ line: UnsafeRawBufferPointer) throws(LineProblem) -> StoredEvent {
        guard !line.isEmpty else { throw .empty }
        guard line.count > suffixLength, line[line.count - 2] == UInt8(ascii: "\""),
            line[line.count - 1] == UInt8(ascii: "}"),
            hashMarker.withUnsafeBytes({ marker in
                memoryEquals(UnsafeRawBufferPointer(rebasing: line[(line.count - suffixLength)...]), marker)
            })
        else { throw .hashNotLast }
        let body = UnsafeRawBufferPointer(rebasing: line[..<(line.count - suffixLength)])
        let statedHex = UnsafeRawBufferPointer(rebasing: line[(line.count - 66)..<(line.count - 2)])
        let digest = SHA256.hash(body)
        guard digest.matchesHex(statedHex) else {
            throw .hashMismatch(stated: String(decoding: statedHex, as: UTF8.self), computed: digest.hexString)
        }
        let value: JSONValue
        do {
            value = try JSONParser.parse(line)
        } catch {
            throw .notJSON(error)
        }
        return try StoredEvent(decoding: value, hash: digest.hexString)
    }

    private static func memoryEquals(_ lhs: UnsafeRawBufferPointer, _ rhs: UnsafeRawBufferPointer) -> Bool {
        guard lhs.count >= rhs.count else { return false }
        for index in 0..<rhs.count where lhs[index] != rhs[index] { return false }
        return true
    }
}
