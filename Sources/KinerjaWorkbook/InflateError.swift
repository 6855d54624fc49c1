/// Why a deflate stream (RFC 1951) could not be inflated; the offset is the byte of the stream where the reading
/// stopped.
package enum InflateError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The stream ends before its last block does.
    case truncated(offset: Int)
    /// A block header names block type 3, which does not exist.
    case invalidBlockType(offset: Int)
    /// A stored block's length and its one's complement disagree.
    case storedLengthMismatch(offset: Int)
    /// A dynamic block's code lengths do not make a usable prefix code (`table` names which).
    case invalidCode(table: String, offset: Int)
    /// A bit sequence that no symbol of the current code has, or a length or distance symbol that does not exist.
    case invalidSymbol(offset: Int)
    /// A back-reference reaches before the start of the output.
    case distanceTooFar(distance: Int, available: Int, offset: Int)
    /// The output would grow beyond `limit` bytes.
    case outputTooLarge(limit: Int)

    /// One sentence naming the problem and where it was.
    package var description: String {
        switch self {
        case .truncated(let offset):
            "the compressed data ends before its last block (at byte \(offset))"
        case .invalidBlockType(let offset):
            "the compressed data has a block of type 3, which does not exist (at byte \(offset))"
        case .storedLengthMismatch(let offset):
            "an uncompressed block's length does not match its check value (at byte \(offset))"
        case .invalidCode(let table, let offset):
            "the compressed data has an invalid \(table) code (at byte \(offset))"
        case .invalidSymbol(let offset):
            "the compressed data holds a code that means nothing (at byte \(offset))"
        case .distanceTooFar(let distance, let available, let offset):
            "the compressed data refers \(distance) bytes back when only \(available) were written (at byte \(offset))"
        case .outputTooLarge(let limit):
            "the data would inflate beyond \(limit) bytes"
        }
    }
}
