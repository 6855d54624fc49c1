/// Reads the envelope of a line in the exact layout this store writes, in one pass, without building a JSON
/// tree for anything but `data`. Returns nil at the first departure from that layout, so the caller falls
/// back to the general parser (which accepts any valid layout and words every error).
struct CanonicalEnvelopeReader: ~Copyable {
    private let bytes: UnsafeRawBufferPointer
    private var index = 0

    private init(bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
    }

    /// Reads `body` (a stored line before `,"hash":"`) as a canonical envelope.
    static func read(_ body: UnsafeRawBufferPointer, hash: SHA256Digest) -> StoredEvent? {
        var reader = CanonicalEnvelopeReader(bytes: body)
        return reader.readEvent(hash: hash)
    }

    private mutating func readEvent(hash: SHA256Digest) -> StoredEvent? {
        guard expect(#"{"actor":""#), let actor = string(),
            expect(#","batch":{"first":"#), let first = positiveInteger(),
            expect(#","last":"#), let last = positiveInteger(), first <= last,
            expect(#"},"data":"#), let data = object()
        else { return nil }
        var effective: CalendarDate?
        if expect(#","effective":""#) {
            guard bytes.count - index >= 11, bytes[index + 10] == UInt8(ascii: "\""),
                let date = CalendarDate(parsing: String(decoding: slice(10), as: UTF8.self))
            else { return nil }
            effective = date
            index += 11
        }
        guard expect(#","id":""#), let id = string(),
            expect(#","prev":""#), bytes.count - index >= 64, let prev = SHA256Digest(hex: slice(64))
        else { return nil }
        index += 64
        guard expect(#"","recordedAt":""#), bytes.count - index >= 24,
            let recordedAt = Timestamp(canonical: slice(24))
        else { return nil }
        index += 24
        guard expect(#"","seq":"#), let seq = positiveInteger() else { return nil }
        var signature: String?
        if expect(#","sig":""#) {
            guard let text = string() else { return nil }
            signature = text
        }
        guard expect(#","type":""#), let type = string(),
            expect(#","v":"#), let version = positiveInteger(), index == bytes.count
        else { return nil }
        let envelope = EventEnvelope(
            seq: seq, id: id, type: type, version: version, recordedAt: recordedAt, actor: actor,
            effective: effective, batch: BatchRange(first: first, last: last), data: data, prev: prev,
            signature: signature)
        return StoredEvent(envelope: envelope, hash: hash)
    }

    private func slice(_ count: Int) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(rebasing: bytes[index..<(index + count)])
    }

    /// Consumes `literal` if the bytes continue with it.
    private mutating func expect(_ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard bytes.count - index >= count,
            slice(count).elementsEqual(UnsafeRawBufferPointer(start: literal.utf8Start, count: count))
        else { return false }
        index += count
        return true
    }

    /// Reads a string's content up to its closing quote; nil if it has escapes, control characters or
    /// invalid UTF-8 (the general parser then handles it).
    private mutating func string() -> String? {
        let start = index
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let content = UnsafeRawBufferPointer(rebasing: bytes[start..<index])
                guard UTF8Validation.firstInvalidOffset(in: content) == nil else { return nil }
                index += 1
                return String(decoding: content, as: UTF8.self)
            }
            if byte == UInt8(ascii: "\\") || byte < 0x20 { return nil }
            index += 1
        }
        return nil
    }

    /// Reads a whole number from 1 written without leading zeros, at most 18 digits.
    private mutating func positiveInteger() -> Int? {
        let start = index
        var value = 0
        while index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") {
            value = value &* 10 &+ Int(bytes[index] &- UInt8(ascii: "0"))
            index += 1
        }
        let length = index - start
        guard length >= 1, length <= 18, bytes[start] != UInt8(ascii: "0") else { return nil }
        return value
    }

    private mutating func object() -> JSONObject? {
        guard let (value, end) = try? JSONParser.parsePrefix(bytes, from: index), let object = value.objectValue
        else { return nil }
        index = end
        return object
    }
}
