/// What reading a stream file from start to end found: the committed events' head, an incomplete tail left
/// by a crash (which readers ignore and the next writer quarantines), or damage (which nothing repairs).
package struct StreamScan: Sendable, Equatable {
    /// The stream.
    package var stream: StreamName
    /// The stream file's path.
    package var path: String
    /// The number of events in complete batches.
    package var eventCount = 0
    /// The hash of the last committed event, or 64 zeros.
    package var headHash = StoredEvent.zeroHash
    /// The recordedAt of the last committed event.
    package var lastRecordedAt: Timestamp?
    /// The byte length of the complete batches: where the next batch is written.
    package var committedLength = 0
    /// Bytes at the end left by an interrupted write, if any.
    package var incompleteTail: IncompleteTail?
    /// The first damaged line, if any; scanning stops there.
    package var damage: StreamDamage?
    /// Committed events of types (or versions) the catalogue does not know: read and verified, not
    /// interpreted; writers refuse the stream.
    var unrecognised: [UnrecognisedEvent] = []
    /// How many committed events read carry a signature (`sig`).
    package var signedEvents = 0

    /// Makes a scan's result: the position `eventCount`, `headHash`, `lastRecordedAt`, `committedLength`.
    package init(
        stream: StreamName, path: String, eventCount: Int = 0, headHash: SHA256Digest = StoredEvent.zeroHash,
        lastRecordedAt: Timestamp? = nil, committedLength: Int = 0
    ) {
        self.stream = stream
        self.path = path
        self.eventCount = eventCount
        self.headHash = headHash
        self.lastRecordedAt = lastRecordedAt
        self.committedLength = committedLength
    }

    /// The stream's head in the form `verify --digest` takes: `stream:seq:hash`.
    package var digest: LedgerDigest {
        LedgerDigest(stream: stream, seq: eventCount, hash: headHash)
    }
}

/// A stored event of a type or version the catalogue does not know (written by a newer kinerja).
package struct UnrecognisedEvent: Sendable, Equatable {
    /// Its seq.
    package var seq: Int
    /// Its type.
    package var type: String
    /// Its version.
    package var version: Int
}

/// Bytes at the end of a stream that do not form complete batches: a torn last line or a batch whose last
/// event is missing.
package struct IncompleteTail: Sendable, Equatable, CustomStringConvertible {
    /// Where the incomplete bytes start.
    package var offset: Int
    /// How many bytes there are.
    package var length: Int
    /// The seq of the last complete event before them.
    var afterSeq: Int
    /// What the bytes are, in words.
    package var reason: String
    /// How many whole lines they hold that chain on from seq `afterSeq` (lines of a batch cut short).
    var chainedLines = 0

    /// One sentence for the clerk and the auditor.
    package var description: String {
        "\(length) bytes after seq \(afterSeq) at offset \(offset) are an interrupted write (\(reason))"
    }
}

/// A stream head an auditor can write down and later check with `verify --digest`: `stream:seq:hash`.
package struct LedgerDigest: Sendable, Equatable, CustomStringConvertible {
    /// The stream.
    package var stream: StreamName
    /// The seq of the head event (0 for an empty stream).
    package var seq: Int
    /// The head event's hash (64 zeros for an empty stream).
    package var hash: SHA256Digest

    /// Makes a digest.
    package init(stream: StreamName, seq: Int, hash: SHA256Digest) {
        self.stream = stream
        self.seq = seq
        self.hash = hash
    }

    /// Parses `stream:seq:hash`.
    package init?(parsing text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 3, let stream = StreamName(String(parts[0])), let seq = Int(parts[1]), seq >= 0,
            let hash = SHA256Digest(hex: String(parts[2]))
        else { return nil }
        self.init(stream: stream, seq: seq, hash: hash)
    }

    /// `stream:seq:hash`.
    package var description: String { "\(stream):\(seq):\(hash)" }
}
