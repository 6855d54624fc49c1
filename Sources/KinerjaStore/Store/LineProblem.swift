/// What is wrong with one line of a stream file, as `verify` reports it.
package enum LineProblem: Error, Equatable, Sendable, CustomStringConvertible {
    case empty
    case hashNotLast
    case hashMismatch(stated: String, computed: String)
    case notJSON(JSONSyntaxError)
    case notAnObject
    case unexpectedMember(String)
    case missingMember(String)
    case mistypedMember(String, expected: String)
    case seqOutOfOrder(found: Int, expected: Int)
    case prevMismatch(found: SHA256Digest, expected: SHA256Digest)
    case recordedAtDecreased(found: Timestamp, previous: Timestamp)
    case batchInconsistent(String)
    case duplicateID(String, firstSeq: Int)
    case invalidData(type: String, version: Int, reason: String)
    case unknownType(String, version: Int)
    /// The file ends (at byte `fileEnd`) inside the line a read model knows starts at its offset: the stream
    /// was cut short after the line was read.
    case cutShort(fileEnd: Int)
    /// No line starts at `offset`, where a read model (a snapshot, damaged or forged) says one does: before
    /// the file's start.
    case noLine(offset: Int)
    /// Events the stream's head record acknowledges are not in the stream (`present`: how many lines the
    /// stream still holds, when the whole stream was read).
    case acknowledgedMissing(acknowledged: Int, present: Int?, headFile: String)
    /// The line where the head record says the acknowledged event is holds another event or other bytes.
    case acknowledgedChanged(seq: Int, hash: SHA256Digest, headFile: String)
    /// The stream's head record is missing or damaged, so removed events could not be told from a crash.
    case headRecord(file: String, HeadRecordProblem)

    /// One sentence naming the problem.
    package var description: String {
        switch self {
        case .empty: "the line is empty"
        case .hashNotLast: "\"hash\" is not the last member with 64 lowercase hex digits"
        case .hashMismatch(let stated, let computed):
            "hash \(stated.prefix(12))… does not match the line (its bytes hash to \(computed.prefix(12))…): "
                + "the line was changed after it was written"
        case .notJSON(let error): "not JSON: \(error)"
        case .notAnObject: "not a JSON object"
        case .unexpectedMember(let name): "unexpected member \"\(name)\""
        case .missingMember(let name): "missing member \"\(name)\""
        case .mistypedMember(let name, let expected): "\"\(name)\" must be \(expected)"
        case .seqOutOfOrder(let found, let expected):
            "seq is \(found), expected \(expected) (a line is missing, repeated or out of order)"
        case .prevMismatch(let found, let expected):
            "prev \(found.hexString.prefix(12))… is not the hash of the line before (\(expected.hexString.prefix(12))…)"
        case .recordedAtDecreased(let found, let previous):
            "recordedAt \(found) is earlier than the line before (\(previous))"
        case .batchInconsistent(let reason): "batch: \(reason)"
        case .duplicateID(let id, let firstSeq): "id \"\(id)\" is already used by seq \(firstSeq)"
        case .invalidData(let type, let version, let reason): "\(type) v\(version) data: \(reason)"
        case .unknownType(let type, let version): "unknown event type \(type) v\(version)"
        case .cutShort(let fileEnd):
            "the file ends at byte \(fileEnd), inside this line: the stream file was cut short (truncated) while "
                + "the command was reading it"
        case .noLine(let offset):
            "no line of the stream starts at byte \(offset), where a snapshot says this event's line does: the "
                + "snapshot does not match the stream"
        case .acknowledgedMissing(let acknowledged, let present?, let headFile):
            "\(present + 1 == acknowledged ? "seq \(acknowledged) is" : "seq \(present + 1)–\(acknowledged) are") "
                + "missing: \(headFile) records the stream as acknowledged up to seq \(acknowledged), and the stream "
                + "holds \(present == 0 ? "no line" : present == 1 ? "only seq 1" : "only seq 1–\(present)"); "
                + "events reported as recorded were removed (truncated or deleted), which no crash can do"
        case .acknowledgedMissing(let acknowledged, nil, let headFile):
            "the stream ends before seq \(acknowledged), which \(headFile) records as acknowledged; "
                + "events reported as recorded were removed (truncated or deleted), which no crash can do"
        case .acknowledgedChanged(let seq, let hash, let headFile):
            "the line of seq \(seq) is not the one \(headFile) acknowledges (hash \(hash.hexString.prefix(12))…): "
                + "history was rewritten after it was recorded"
        case .headRecord(let file, let problem):
            "the stream's acknowledged-head record \(file) \(problem); without it, events removed from the "
                + "stream's end could not be told from an interrupted write"
        }
    }

    /// What ends an acknowledgement problem: restoring the stream, or only its head record.
    func remedy(stream: StreamName) -> String {
        if case .headRecord = self {
            "restore \(stream.headFileName) from a backup (an older one will do: a stream may run past its record)"
        } else {
            "restore \(stream.fileName) from a backup that holds every acknowledged event"
        }
    }

    /// Whether the problem is a loss of acknowledged events or of the record of them, rather than a bad line.
    var isAcknowledgementProblem: Bool {
        switch self {
        case .acknowledgedMissing, .acknowledgedChanged, .headRecord: true
        default: false
        }
    }
}
