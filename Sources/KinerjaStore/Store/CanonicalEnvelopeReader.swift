#if canImport(Glibc)
    import Glibc
#endif

/// What the line before gave for the members that the lines of a batch share, the recording time and the
/// actor, and for its hash, which the next line names as its `prev`, kept by one reader of consecutive
/// lines: a line with the same bytes there takes them from here instead of reading them again (reading them
/// again was some 800 of the 11,000 instructions a line took outside its hash).
package struct EnvelopeMemo {
    private var recordedAtBytes: (UInt64, UInt64, UInt64) = (0, 0, 0)
    private var lastRecordedAt: Timestamp?
    private var lastHashText = SIMD8<UInt64>()
    private var lastHash: SHA256Digest?
    private var actorBytes: [UInt8] = []
    private var lastActor = ""

    /// An empty memo.
    package init() {}

    /// The time in the 24 bytes `text` (``Timestamp/init(canonical:)``), from the memo when the line before
    /// had the same bytes.
    @inline(__always)
    mutating func recordedAt(_ text: UnsafeRawBufferPointer) -> Timestamp? {
        let words = (
            text.loadUnaligned(as: UInt64.self), text.loadUnaligned(fromByteOffset: 8, as: UInt64.self),
            text.loadUnaligned(fromByteOffset: 16, as: UInt64.self)
        )
        if let lastRecordedAt, words == recordedAtBytes { return lastRecordedAt }
        lastRecordedAt = Timestamp(canonical: text)
        recordedAtBytes = words
        return lastRecordedAt
    }

    /// The digest written as the 64 hex digits `text` (``SHA256Digest/init(hex:)``), from the memo when they
    /// are those of the line before's hash (a line's `prev` is the hash of the line before it).
    @inline(__always)
    func digest(_ text: UnsafeRawBufferPointer) -> SHA256Digest? {
        if let lastHash, text.loadUnaligned(as: SIMD8<UInt64>.self) == lastHashText { return lastHash }
        return SHA256Digest(hex: text)
    }

    /// Keeps `digest`, the hash of the line just read, written as the 64 hex digits `text`.
    @inline(__always)
    mutating func keep(hash digest: SHA256Digest, writtenAs text: UnsafeRawBufferPointer) {
        lastHashText = text.loadUnaligned(as: SIMD8<UInt64>.self)
        lastHash = digest
    }

    /// The string of the actor's bytes `text` (already checked as a string's content), from the memo when
    /// the line before had the same actor.
    @inline(__always)
    mutating func actor(_ text: UnsafeRawBufferPointer) -> String {
        if actorBytes.withUnsafeBytes({ sameBytes($0, text) }) { return lastActor }
        actorBytes.removeAll(keepingCapacity: true)
        actorBytes.append(contentsOf: text)
        lastActor = String(decoding: text, as: UTF8.self)
        return lastActor
    }
}

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
    /// `memo` keeps what the line before gave for the members lines of a batch share (see ``EnvelopeMemo``).
    @inline(__always)
    static func read(
        _ body: UnsafeRawBufferPointer, hash: SHA256Digest, summarising: (any StoredEventChecking)? = nil,
        memo: inout EnvelopeMemo
    ) -> StoredEvent? {
        var reader = CanonicalEnvelopeReader(bytes: body)
        return reader.readEvent(hash: hash, summarising: summarising, memo: &memo)
    }

    @inline(__always)
    private mutating func readEvent(
        hash: SHA256Digest, summarising: (any StoredEventChecking)?, memo: inout EnvelopeMemo
    ) -> StoredEvent? {
        guard expect(#"{"actor":""#), let actorRange = stringRange(),
            expect(#","batch":{"first":"#), let first = positiveInteger(),
            expect(#","last":"#), let last = positiveInteger(), first <= last,
            expect(#"},"data":"#)
        else { return nil }
        let dataStart = index
        var data = JSONObject()
        if summarising != nil {
            guard skipToDataEnd() else { return nil }
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
            expect(#","prev":""#), bytes.count - index >= 64, let prev = memo.digest(slice(64))
        else { return nil }
        index += 64
        guard expect(#"","recordedAt":""#), bytes.count - index >= 24,
            let recordedAt = memo.recordedAt(slice(24))
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
        if summarising != nil {
            // Called through the optional, not on a copy bound by `if let`: a copy retains and releases the
            // catalogue once per line, from every core at once. (The catalogue being a class, the optional is
            // a reference: a protocol existential of any type was copied whole here, every line.)
            let dataBytes = UnsafeRawBufferPointer(rebasing: bytes[dataStart..<dataEnd])
            summary = summarising?.summary(type: typeBytes, version: version, effective: effective, data: dataBytes)
            if summary == nil {
                index = dataStart
                guard let object = object(), index == dataEnd else { return nil }
                data = object
            }
        }
        let type = summary?.type ?? String(decoding: typeBytes, as: UTF8.self)
        let actor = memo.actor(UnsafeRawBufferPointer(rebasing: bytes[actorRange]))
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
    @inline(__always)
    private mutating func expect(_ literal: StaticString) -> Bool {
        guard follows(literal, at: index) else { return false }
        index += literal.utf8CodeUnitCount
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
        var ascii = true
        while index < bytes.count {
            index = UTF8Validation.endOfPlainASCII(bytes, from: index)
            guard index < bytes.count else { break }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let range = start..<index
                guard
                    ascii
                        || UTF8Validation.firstInvalidOffset(in: UnsafeRawBufferPointer(rebasing: bytes[range])) == nil
                else { return nil }
                index += 1
                return range
            }
            if byte == UInt8(ascii: "\\") || byte < 0x20 { return nil }
            if byte >= 0x80 { ascii = false }
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

    /// Moves past the data object without reading it: to the first closing brace followed by what comes
    /// after the data in the canonical layout (`,"effective":"` or `,"id":"`), found with `memchr`. It judges
    /// nothing, and a brace inside a string could stop it early: the data is then summarised or parsed, and
    /// either must end exactly here (a JSON object ends where its own braces close, so a whole object that
    /// ends here is the data), or the line goes to the general parser.
    private mutating func skipToDataEnd() -> Bool {
        guard index < bytes.count, bytes[index] == UInt8(ascii: "{"), let base = bytes.baseAddress else { return false }
        var from = index + 1
        while from < bytes.count, let found = memchr(base + from, Int32(UInt8(ascii: "}")), bytes.count - from) {
            let end = base.distance(to: UnsafeRawPointer(found)) + 1
            if follows(#","id":""#, at: end) || follows(#","effective":""#, at: end) {
                index = end
                return true
            }
            from = end
        }
        return false
    }

    /// Whether the bytes at `position` are `literal`: compared a word at a time, the last word overlapping
    /// the one before (the literals are a few bytes long, and a call of `memcmp` for each cost more than
    /// the comparison).
    @inline(__always)
    private func follows(_ literal: StaticString, at position: Int) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard let base = bytes.baseAddress, bytes.count - position >= count else { return false }
        let (here, there) = (base + position, UnsafeRawPointer(literal.utf8Start))
        func word<Word: FixedWidthInteger>(_ offset: Int, _: Word.Type) -> Bool {
            here.loadUnaligned(fromByteOffset: offset, as: Word.self)
                == there.loadUnaligned(fromByteOffset: offset, as: Word.self)
        }
        guard count >= 8 else {
            guard count >= 4 else { return memcmp(here, there, count) == 0 }
            return word(0, UInt32.self) && word(count - 4, UInt32.self)
        }
        var offset = 0
        while offset + 8 < count {
            guard word(offset, UInt64.self) else { return false }
            offset += 8
        }
        return word(count - 8, UInt64.self)
    }

    private mutating func object() -> JSONObject? {
        guard let (value, end) = try? JSONParser.parsePrefix(bytes, from: index), let object = value.objectValue
        else { return nil }
        index = end
        return object
    }
}
