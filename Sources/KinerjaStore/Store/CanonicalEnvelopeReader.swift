#if canImport(Glibc)
    import Glibc
#endif

/// Reads the envelope of a line in the exact layout this store writes, in one pass, without building a JSON
/// tree for anything but `data`. Returns nil at the first departure from that layout, so the caller falls
/// back to the general parser (which accepts any valid layout and words every error).
struct CanonicalEnvelopeReader: ~Copyable {
    private let bytes: UnsafeRawBufferPointer
    private var index = 0

    private init(bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
    }

    /// Reads `body` (a stored line before `,"hash":"`) as a canonical envelope. With `summarising`, the data
    /// is first offered to that catalogue's byte check (``StoredEventChecking/summary(type:version:effective:data:)``)
    /// and decoded only where it cannot summarise it.
    static func read(
        _ body: UnsafeRawBufferPointer, hash: SHA256Digest, summarising: (any StoredEventChecking)? = nil
    ) -> StoredEvent? {
        var reader = CanonicalEnvelopeReader(bytes: body)
        return reader.readEvent(hash: hash, summarising: summarising)
    }

    private mutating func readEvent(hash: SHA256Digest, summarising: (any StoredEventChecking)?) -> StoredEvent? {
        guard expect(#"{"actor":""#), let actor = string(),
            expect(#","batch":{"first":"#), let first = positiveInteger(),
            expect(#","last":"#), let last = positiveInteger(), first <= last,
            expect(#"},"data":"#)
        else { return nil }
        let dataStart = index
        var data = JSONObject()
        if summarising != nil {
            guard skipObject() else { return nil }
        } else {
            guard let object = object() else { return nil }
            data = object
        }
        let dataEnd = index
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
        guard expect(#","type":""#), let typeRange = stringRange(),
            expect(#","v":"#), let version = positiveInteger(), index == bytes.count
        else { return nil }
        let typeBytes = UnsafeRawBufferPointer(rebasing: bytes[typeRange])
        var summary: LineSummary?
        if let summarising {
            let dataBytes = UnsafeRawBufferPointer(rebasing: bytes[dataStart..<dataEnd])
            summary = summarising.summary(type: typeBytes, version: version, effective: effective, data: dataBytes)
            if summary == nil {
                index = dataStart
                guard let object = object(), index == dataEnd else { return nil }
                data = object
            }
        }
        let type = summary?.type ?? String(decoding: typeBytes, as: UTF8.self)
        let envelope = EventEnvelope(
            seq: seq, id: id, type: type, version: version, recordedAt: recordedAt, actor: actor,
            effective: effective, batch: BatchRange(first: first, last: last), data: data, prev: prev,
            signature: signature)
        return StoredEvent(envelope: envelope, hash: hash, summary: summary)
    }

    private func slice(_ count: Int) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(rebasing: bytes[index..<(index + count)])
    }

    /// Consumes `literal` if the bytes continue with it.
    private mutating func expect(_ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard bytes.count - index >= count, let base = bytes.baseAddress,
            memcmp(base + index, literal.utf8Start, count) == 0
        else { return false }
        index += count
        return true
    }

    /// Reads a string's content up to its closing quote; nil if it has escapes, control characters or
    /// invalid UTF-8 (the general parser then handles it).
    private mutating func string() -> String? {
        stringRange().map { String(decoding: UnsafeRawBufferPointer(rebasing: bytes[$0]), as: UTF8.self) }
    }

    /// The range of a string's content, read as ``string()`` reads it.
    private mutating func stringRange() -> Range<Int>? {
        let start = index
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let range = start..<index
                guard UTF8Validation.firstInvalidOffset(in: UnsafeRawBufferPointer(rebasing: bytes[range])) == nil
                else { return nil }
                index += 1
                return range
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

    /// Moves past one object without reading it: to the brace that closes the one at `index`, strings and
    /// their escapes skipped. It judges nothing; the object is then summarised or parsed, which does.
    private mutating func skipObject() -> Bool {
        guard index < bytes.count, bytes[index] == UInt8(ascii: "{") else { return false }
        var depth = 0
        var inString = false
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if inString {
                if byte == UInt8(ascii: "\\") {
                    index += 1
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                if depth == 0 { return index <= bytes.count }
            default: break
            }
        }
        return false
    }

    private mutating func object() -> JSONObject? {
        guard let (value, end) = try? JSONParser.parsePrefix(bytes, from: index), let object = value.objectValue
        else { return nil }
        index = end
        return object
    }
}
