/// Encodes and decodes the stored line of an event, hash included.
///
/// Lines this store writes have one canonical layout (members in sorted key order, no spaces), which the
/// decoder reads in a single pass without building a JSON tree for the envelope. Any other valid layout
/// (a line written by another tool) and every error go through the general JSON parser, so the fast path
/// changes speed, never answers.
package enum EventLine {
    /// The bytes that introduce the hash: `,"hash":"`.
    static let hashMarker: [UInt8] = Array(#","hash":""#.utf8)
    /// The length of the fixed suffix `,"hash":"<64 hex>"}`.
    package static let suffixLength = 9 + 64 + 2
    /// The longest stored or input line accepted, in bytes (newline excluded).
    package static let maximumLineLength = 1 << 20

    /// Encodes `draft` as its stored line (ending in a newline) and returns the line with the stored event.
    /// `recordedAtText` may pass the already written form of `draft.recordedAt` (a batch shares one).
    package static func encode(_ draft: EventEnvelope, recordedAtText: String? = nil) -> (
        line: [UInt8], event: StoredEvent
    ) {
        var line = canonicalBody(draft, recordedAtText: recordedAtText)
        let hash = line.withUnsafeBytes { SHA256.hash($0) }
        line.append(contentsOf: hashMarker)
        appendHex(hash, to: &line)
        line.append(contentsOf: Array("\"}\n".utf8))
        return (line, StoredEvent(envelope: draft, hash: hash))
    }

    /// The canonical line of an event already stored, with the hash it was stored with (not recomputed:
    /// a line another tool wrote in another layout keeps its own hash). For caches that trust the stream.
    package static func storedLine(of event: StoredEvent) -> [UInt8] {
        var line = canonicalBody(event.envelope)
        line.append(contentsOf: hashMarker)
        appendHex(event.hash, to: &line)
        line.append(contentsOf: Array("\"}\n".utf8))
        return line
    }

    /// The canonical bytes of an envelope: what the hash covers.
    private static func canonicalBody(_ draft: EventEnvelope, recordedAtText: String? = nil) -> [UInt8] {
        var line: [UInt8] = []
        line.reserveCapacity(512)
        func key(_ name: StaticString) {
            line.append(contentsOf: UnsafeRawBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
        }
        key(#"{"actor":"#)
        JSONValue.appendQuoted(draft.actor, to: &line)
        key(#","batch":{"first":"#)
        line.append(contentsOf: String(draft.batch.first).utf8)
        key(#","last":"#)
        line.append(contentsOf: String(draft.batch.last).utf8)
        key(#"},"data":"#)
        draft.data.appendCanonical(to: &line)
        if let effective = draft.effective {
            key(#","effective":""#)
            line.append(contentsOf: effective.description.utf8)
            key(#"""#)
        }
        key(#","id":"#)
        JSONValue.appendQuoted(draft.id, to: &line)
        key(#","prev":""#)
        appendHex(draft.prev, to: &line)
        key(#"","recordedAt":""#)
        line.append(contentsOf: (recordedAtText ?? draft.recordedAt.description).utf8)
        key(#"","seq":"#)
        line.append(contentsOf: String(draft.seq).utf8)
        if let signature = draft.signature {
            key(#","sig":"#)
            JSONValue.appendQuoted(signature, to: &line)
        }
        key(#","type":"#)
        JSONValue.appendQuoted(draft.type, to: &line)
        key(#","v":"#)
        line.append(contentsOf: String(draft.version).utf8)
        return line
    }

    private static func appendHex(_ digest: SHA256Digest, to line: inout [UInt8]) {
        let start = line.count
        line.append(contentsOf: repeatElement(0, count: 64))
        line.withUnsafeMutableBytes { buffer in
            digest.writeHex(into: UnsafeMutableRawBufferPointer(rebasing: buffer[start..<(start + 64)]))
        }
    }

    /// Decodes one stored line (without its newline). With `checkingHash` (the default) the line's bytes
    /// are hashed and must match its `hash`; without, the stated hash is taken as it is (for replays of a
    /// stream whose hashes were verified). With `summarising`, data that catalogue can check and summarise
    /// in its bytes is not decoded (``StoredEvent/summary``).
    package static func decode(
        _ line: UnsafeRawBufferPointer, checkingHash: Bool = true, summarising: (any StoredEventChecking)? = nil
    ) throws(LineProblem) -> StoredEvent {
        var memo = EnvelopeMemo()
        return try decode(line, checkingHash: checkingHash, summarising: summarising, memo: &memo)
    }

    /// The bytes of a stored line (without its newline) that its hash covers, those before `,"hash":"`, if
    /// the line ends with its hash as stored lines do.
    package static func hashedBytes(of line: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer? {
        guard line.count > suffixLength, line[line.count - 2] == UInt8(ascii: "\""),
            line[line.count - 1] == UInt8(ascii: "}"),
            hashMarker.withUnsafeBytes({ marker in
                UnsafeRawBufferPointer(rebasing: line[(line.count - suffixLength)...]).starts(with: marker)
            })
        else { return nil }
        return UnsafeRawBufferPointer(rebasing: line[..<(line.count - suffixLength)])
    }

    /// Decodes one stored line as ``decode(_:checkingHash:summarising:)`` does, taking from `memo` what the
    /// line before (read with the same memo) shares with it, and leaving there what the next may share.
    /// `hashed` may give the SHA-256 of the line's ``hashedBytes(of:)``, worked out already (a scan hashes two
    /// lines side by side), for the check against the stated hash.
    package static func decode(
        _ line: UnsafeRawBufferPointer, checkingHash: Bool = true, summarising: (any StoredEventChecking)? = nil,
        memo: inout EnvelopeMemo, hashed: SHA256Digest? = nil
    ) throws(LineProblem) -> StoredEvent {
        guard !line.isEmpty else { throw .empty }
        guard let body = hashedBytes(of: line) else { throw .hashNotLast }
        let statedHex = UnsafeRawBufferPointer(rebasing: line[(line.count - 66)..<(line.count - 2)])
        let digest: SHA256Digest
        if checkingHash {
            digest = hashed ?? SHA256.hash(body)
            guard digest.matchesHex(statedHex) else {
                throw .hashMismatch(stated: String(decoding: statedHex, as: UTF8.self), computed: digest.hexString)
            }
        } else {
            guard let stated = SHA256Digest(hex: statedHex) else { throw .hashNotLast }
            digest = stated
        }
        let event = CanonicalEnvelopeReader.read(body, hash: digest, summarising: summarising, memo: &memo)
        memo.keep(hash: digest, writtenAs: statedHex)
        if let event { return event }
        let value: JSONValue
        switch Result(catching: { () throws(JSONSyntaxError) in try JSONParser.parse(line) }) {
        case .success(let parsed): value = parsed
        case .failure(let error): throw .notJSON(error)
        }
        return try StoredEvent(decoding: value, hash: digest)
    }
}
