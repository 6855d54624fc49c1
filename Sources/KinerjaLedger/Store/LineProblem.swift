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
        }
    }
}
