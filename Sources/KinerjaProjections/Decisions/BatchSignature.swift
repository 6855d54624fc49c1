import KinerjaEvents
import KinerjaStore

/// Signed batches: what an actor's signature covers, how it is made and checked with OpenSSH's `ssh-keygen -Y`
/// (namespace `kinerja`), and where it is kept (the `sig` of the batch's first stored event, the SSHSIG blob in
/// base64 on one line, so the line's hash covers it).
///
/// The signed content is one canonical JSON object (sorted keys, no spaces):
/// `{"actor":…,"events":[{"data":…,"effective":…,"id":…,"type":…,"v":…},…],"prev":"<hex>","stream":"…"}`: the
/// batch's events in order (`effective` only where given), who records them, the stream and the hash of the
/// line the batch extends. Nothing the store assigns later (seq, recording time) is in it.
package enum BatchSignature {
    /// The SSH signature namespace of the ledger.
    package static let namespace = "kinerja"

    /// One event as signed.
    package struct SignedEvent: Sendable, Equatable {
        /// The event's id.
        package var id: String
        /// Its type.
        package var type: String
        /// The schema version its data is written with.
        package var version: Int
        /// Its data.
        package var data: JSONObject
        /// The date it takes effect, where it has one.
        package var effective: CalendarDate?

        /// Makes an event as signed.
        package init(id: String, type: String, version: Int, data: JSONObject, effective: CalendarDate?) {
            self.id = id
            self.type = type
            self.version = version
            self.data = data
            self.effective = effective
        }

        /// The event as stored.
        package init(_ stored: StoredEvent) {
            self.init(
                id: stored.id, type: stored.type, version: stored.version, data: stored.data,
                effective: stored.effective)
        }
    }

    /// The bytes a batch's signature covers.
    package static func content(
        of events: [SignedEvent], actor: String, stream: StreamName, prev: SHA256Digest
    ) -> [UInt8] {
        let items: [JSONValue] = events.map { event in
            var object: JSONObject = [
                "data": .object(event.data), "id": .string(event.id), "type": .string(event.type),
                "v": .integer(event.version),
            ]
            if let effective = event.effective { object["effective"] = .string(effective.description) }
            return .object(object)
        }
        let value = JSONValue.object([
            "actor": .string(actor), "events": .array(items), "prev": .string(prev.hexString),
            "stream": .string(stream.rawValue),
        ])
        return Array(value.canonicalString.utf8)
    }

    /// The bytes the signature of a stored batch covers: its events as stored.
    package static func content(ofBatch events: [StoredEvent], stream: StreamName) -> [UInt8] {
        content(
            of: events.map(SignedEvent.init), actor: events.first?.actor ?? "", stream: stream,
            prev: events.first?.prev ?? .zero)
    }

    /// The armored form `ssh-keygen` reads of a stored signature.
    package static func armored(_ base64: String) -> String {
        var lines = ["-----BEGIN SSH SIGNATURE-----"]
        var rest = Substring(base64)
        while !rest.isEmpty {
            lines.append(String(rest.prefix(70)))
            rest = rest.dropFirst(70)
        }
        lines.append("-----END SSH SIGNATURE-----")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The stored form (base64 on one line) of an armored signature, or nil if the text is not one.
    package static func stored(fromArmored text: String) -> String? {
        let lines = text.split(whereSeparator: \.isNewline).map { String($0) }
        guard lines.count >= 3, lines.first == "-----BEGIN SSH SIGNATURE-----",
            lines.last == "-----END SSH SIGNATURE-----"
        else { return nil }
        let body = lines.dropFirst().dropLast().joined()
        return Base64.decode(body) == nil ? nil : body
    }

    /// The key a stored signature says made it, or nil if it is not an SSH signature of an accepted key type.
    package static func signer(of stored: String) -> SSHPublicKey? {
        SSHPublicKey.signer(ofSignature: armored(stored))
    }

    /// An allowed-signers file (`ssh-keygen -Y verify -f`): one line per actor and key, the principal being the
    /// actor's identity (``ActorRegistry/identity(_:)``), for namespace `kinerja` only.
    package static func allowedSigners(_ keys: [(actor: String, key: SSHPublicKey)]) -> [UInt8] {
        let lines = keys.map { "\(ActorRegistry.identity($0.actor)) namespaces=\"\(namespace)\" \($0.key)\n" }
        return Array(Set(lines).sorted().joined().utf8)
    }
}
