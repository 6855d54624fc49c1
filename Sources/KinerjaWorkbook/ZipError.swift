/// Why a ZIP archive (the container of a workbook) could not be read: the problem and the entry it was in.
package enum ZipError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No end-of-central-directory record: the bytes are not a ZIP archive (or were cut short).
    case notAnArchive
    /// The archive says it spans several files (a split or spanned archive).
    case multipleDisks
    /// The archive uses ZIP64 (more than 65,535 entries, or sizes or offsets of 4 GiB), which no workbook needs.
    case zip64
    /// The central directory or an entry's header lies outside the file, or has the wrong signature.
    case damaged(String)
    /// Two entries have the same name, so which one is meant cannot be told.
    case duplicateEntry(String)
    /// The entry is encrypted.
    case encrypted(String)
    /// The entry is compressed with a method other than stored (0) or deflate (8).
    case unsupportedMethod(String, method: Int)
    /// The entry declares an uncompressed size beyond what is read.
    case tooLarge(String, size: Int, limit: Int)
    /// The entry declares an uncompressed size that deflate cannot reach from its compressed size (a zip bomb).
    case suspiciousRatio(String, compressed: Int, uncompressed: Int)
    /// The entry holds more or fewer bytes than its header declares (`actual` nil: more).
    case sizeMismatch(String, declared: Int, actual: Int?)
    /// The entry's bytes do not have the CRC-32 its header declares.
    case checksumMismatch(String, declared: UInt32, actual: UInt32)
    /// The entry's deflate data is broken.
    case inflate(String, InflateError)

    /// One sentence naming the problem and the entry.
    package var description: String {
        switch self {
        case .notAnArchive:
            "the file is not a ZIP archive (no end of central directory), so not an .xlsx workbook"
        case .multipleDisks:
            "the archive is split over several files"
        case .zip64:
            "the archive uses ZIP64 (over 65,535 entries or 4 GiB), which a workbook does not need"
        case .damaged(let reason):
            "the archive is damaged: \(reason)"
        case .duplicateEntry(let name):
            "the archive holds two entries named \(name)"
        case .encrypted(let name):
            "\(name) is encrypted; save the workbook without a password"
        case .unsupportedMethod(let name, let method):
            "\(name) is compressed with method \(method); only stored (0) and deflate (8) are read"
        case .tooLarge(let name, let size, let limit):
            "\(name) would be \(size) bytes uncompressed, more than the \(limit) read"
        case .suspiciousRatio(let name, let compressed, let uncompressed):
            "\(name) claims \(compressed) bytes inflate to \(uncompressed), more than deflate can (a zip bomb)"
        case .sizeMismatch(let name, let declared, let actual):
            if let actual {
                "\(name) holds \(actual) bytes but its header says \(declared)"
            } else {
                "\(name) holds more than the \(declared) bytes its header says"
            }
        case .checksumMismatch(let name, let declared, let actual):
            "\(name) has CRC-32 \(hex(actual)) but its header says \(hex(declared))"
        case .inflate(let name, let error):
            "\(name) cannot be decompressed: \(error)"
        }
    }

    /// `0x` and eight hexadecimal digits.
    private func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return "0x" + String(repeating: "0", count: 8 - digits.count) + digits
    }
}
