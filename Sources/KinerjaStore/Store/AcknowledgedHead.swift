/// The durable record of how far a stream has been acknowledged: the last event a writer reported as
/// recorded, with its hash and where its line lies, written after the data's `fsync` and before success is
/// reported. It is the file `<stream>.head` in the ledger directory, replaced atomically on every append.
///
/// A stream may run past its acknowledged head (a writer that crashed after its data's `fsync` and before
/// this record), never stop short of it: a stream without the acknowledged line where the record says is
/// missing acknowledged events, which no crash can cause, so it is treated as damage.
///
/// The record also holds the digest of each checkpoint file written for the stream, so that a query uses
/// only a checkpoint whose bytes are the ones the checkpoint writer wrote.
package struct AcknowledgedHead: Sendable, Equatable {
    /// The format of the record, stated in it as `v`.
    package static let formatVersion = 1

    /// A checkpoint file the writer recorded: its seq and the digest of its bytes (the SHA-256 of the SHA-256s of
    /// its 4 KiB pieces, ``SHA256/pieceDigests(of:)``, which the file carries after them).
    package struct CheckpointDigest: Sendable, Equatable {
        /// The seq the checkpoint was taken at.
        package var seq: Int
        /// The digest of the whole checkpoint file (member `sha256`).
        package var sha256: SHA256Digest

        /// Makes a checkpoint digest.
        package init(seq: Int, sha256: SHA256Digest) {
            self.seq = seq
            self.sha256 = sha256
        }
    }

    /// The stream.
    package var stream: StreamName
    /// The seq of the last acknowledged event (0: none yet).
    package var seq: Int
    /// Its hash (64 zeros when `seq` is 0).
    package var hash: SHA256Digest
    /// Where its line starts in the stream file.
    package var lineOffset: Int
    /// The stream's length after it: where the line ends, newline included.
    package var end: Int
    /// The checkpoint files written for the stream, ascending by seq.
    package var checkpoints: [CheckpointDigest] = []

    /// Makes a record.
    package init(
        stream: StreamName, seq: Int, hash: SHA256Digest, lineOffset: Int, end: Int,
        checkpoints: [CheckpointDigest] = []
    ) {
        self.stream = stream
        self.seq = seq
        self.hash = hash
        self.lineOffset = lineOffset
        self.end = end
        self.checkpoints = checkpoints
    }

    /// The record of a stream nothing has been acknowledged in yet.
    package static func empty(_ stream: StreamName) -> AcknowledgedHead {
        AcknowledgedHead(stream: stream, seq: 0, hash: StoredEvent.zeroHash, lineOffset: 0, end: 0)
    }

    /// The head as `verify --digest` takes it.
    package var digest: LedgerDigest { LedgerDigest(stream: stream, seq: seq, hash: hash) }

    /// The recorded digest of the checkpoint at `seq`, if there is one.
    package func checkpointDigest(seq: Int) -> SHA256Digest? {
        checkpoints.first { $0.seq == seq }?.sha256
    }

    private static let checkMarker: [UInt8] = Array(#","sha256":""#.utf8)

    /// The file's bytes: one JSON line, members sorted, ending in `"sha256"`, the SHA-256 of the bytes
    /// before `,"sha256":"` (as a stored event ends in its hash), so accidental damage is found.
    package var bytes: [UInt8] {
        let object: JSONValue = .object([
            "v": .integer(Self.formatVersion), "stream": .string(stream.rawValue), "seq": .integer(seq),
            "hash": .string(hash.hexString), "lineOffset": .integer(lineOffset), "end": .integer(end),
            "checkpoints": .array(
                checkpoints.map { .object(["seq": .integer($0.seq), "sha256": .string($0.sha256.hexString)]) }),
        ])
        var line = object.canonicalBytes
        line.removeLast()  // the closing brace
        let check = SHA256.hash(line)
        return line + Self.checkMarker + Array(check.hexString.utf8) + Array("\"}\n".utf8)
    }

    /// Reads a record of `stream` from a file's bytes, or says why they are not one.
    package static func parse(_ bytes: [UInt8], stream: StreamName) -> Result<AcknowledgedHead, HeadRecordProblem> {
        guard bytes.last == 0x0A else { return .failure(.damaged("it does not end in a newline")) }
        let line = Array(bytes.dropLast())
        let suffixLength = checkMarker.count + 64 + 2
        guard line.count > suffixLength, Array(line.suffix(2)) == Array("\"}".utf8),
            Array(line[(line.count - suffixLength)..<(line.count - 66)]) == checkMarker,
            let stated = SHA256Digest(hex: String(decoding: line.suffix(66).prefix(64), as: UTF8.self))
        else { return .failure(.damaged("it does not end in its \"sha256\" check")) }
        guard SHA256.hash(line[..<(line.count - suffixLength)]) == stated else {
            return .failure(.damaged("its bytes do not match their \"sha256\" check"))
        }
        guard let object = try? JSONParser.parse(line).objectValue else {
            return .failure(.damaged("it is not a JSON object"))
        }
        guard object["v"] == .integer(formatVersion) else {
            return .failure(.damaged("it has format \(object["v"]?.canonicalString ?? "none"), not \(formatVersion)"))
        }
        guard object["stream"] == .string(stream.rawValue) else {
            return .failure(.damaged("it names stream \(object["stream"]?.canonicalString ?? "none")"))
        }
        guard let seq = object["seq"]?.intValue, seq >= 0,
            let hash = object["hash"]?.stringValue.flatMap(SHA256Digest.init(hex:)),
            let lineOffset = object["lineOffset"]?.intValue, let end = object["end"]?.intValue,
            0 <= lineOffset, lineOffset <= end, (seq == 0) == (end == 0),
            case .array(let list)? = object["checkpoints"]
        else { return .failure(.damaged("its members are not a stream position")) }
        var checkpoints: [CheckpointDigest] = []
        for item in list {
            guard let entry = item.objectValue, let checkpointSeq = entry["seq"]?.intValue,
                let digest = entry["sha256"]?.stringValue.flatMap(SHA256Digest.init(hex:))
            else { return .failure(.damaged("a checkpoint entry is not a seq with a sha256")) }
            checkpoints.append(CheckpointDigest(seq: checkpointSeq, sha256: digest))
        }
        return .success(
            AcknowledgedHead(
                stream: stream, seq: seq, hash: hash, lineOffset: lineOffset, end: end, checkpoints: checkpoints))
    }
}

/// Why a stream's acknowledged-head record cannot be used.
package enum HeadRecordProblem: Error, Sendable, Equatable, CustomStringConvertible {
    /// The stream has events but no record: it was deleted (no crash removes it once written).
    case missing
    /// The record is unreadable or its bytes do not match their check.
    case damaged(String)

    /// Words for the clerk and the auditor.
    package var description: String {
        switch self {
        case .missing: "is missing"
        case .damaged(let reason): "is damaged: \(reason)"
        }
    }
}
