/// The name of one stream: its file is `<name>.jsonl` in the ledger directory.
///
/// Lowercase letters, digits and hyphens, starting with a letter or digit, at most 64 characters, so the
/// name is also a safe, portable file name.
package struct StreamName: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The stream of ledger-wide facts (actors and roles, for instance).
    package static let ledger = StreamName(validated: "ledger")

    /// The name as written.
    package let rawValue: String

    private init(validated: String) {
        rawValue = validated
    }

    /// Makes a stream name, or nil if `rawValue` is not one.
    package init?(_ rawValue: String) {
        let bytes = Array(rawValue.utf8)
        guard (1...64).contains(bytes.count), bytes[0] != UInt8(ascii: "-") else { return nil }
        let allowed = bytes.allSatisfy { byte in
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                || byte == UInt8(ascii: "-")
        }
        guard allowed else { return nil }
        self.rawValue = rawValue
    }

    /// The stream's file name, `<name>.jsonl`.
    package var fileName: String { rawValue + ".jsonl" }

    /// The file beside the stream that receives bytes moved out of it by recovery, `<name>.quarantine`.
    package var quarantineFileName: String { rawValue + ".quarantine" }

    /// The suffix of acknowledged-head records.
    static let headSuffix = ".head"

    /// The stream's acknowledged-head record, `<name>.head` (see ``AcknowledgedHead``).
    package var headFileName: String { rawValue + Self.headSuffix }

    /// The name as written.
    package var description: String { rawValue }

    /// Orders names by their text.
    package static func < (lhs: StreamName, rhs: StreamName) -> Bool { lhs.rawValue < rhs.rawValue }
}
