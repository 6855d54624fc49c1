/// A UUID's lowercase text (8-4-4-4-12 hex digits, 36 characters), the form of the ids `kinerja` makes, and
/// its 16 bytes: written by the executable when it makes an id, and by a snapshot, which keeps such an id as
/// its bytes and writes its text back when it is read.
package enum UUIDText {
    /// The length of the text of 16 bytes.
    package static let length = 36

    /// Writes the text of `bytes` into `text` (which must hold ``length`` bytes), returning how many it
    /// wrote: fewer than 16 bytes (a snapshot's bytes that end early) write the shorter text they make.
    package static func write(_ bytes: some Collection<UInt8>, into text: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var at = 0
        for (position, byte) in bytes.prefix(16).enumerated() {
            if position == 4 || position == 6 || position == 8 || position == 10 {
                text[at] = UInt8(ascii: "-")
                at += 1
            }
            text[at] = lowercaseHexDigit(byte >> 4)
            text[at + 1] = lowercaseHexDigit(byte & 0x0F)
            at += 2
        }
        return at
    }

    /// The text of 16 bytes.
    package static func text(of bytes: [UInt8]) -> String {
        String(unsafeUninitializedCapacity: length) { write(bytes, into: $0) }
    }

    /// The 16 bytes of `text` if it is a UUID in lowercase text, such that ``write(_:into:)`` writes it back
    /// the same (upper case, another digit or a misplaced dash: nil).
    package static func bytes(of text: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        guard text.count == length else { return nil }
        var bytes: [UInt8] = []
        var high: UInt8?
        bytes.reserveCapacity(16)
        for (position, character) in text.enumerated() {
            if position == 8 || position == 13 || position == 18 || position == 23 {
                guard character == UInt8(ascii: "-") else { return nil }
                continue
            }
            let digit: UInt8
            switch character {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = character - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = character - UInt8(ascii: "a") + 10
            default: return nil
            }
            if let first = high {
                bytes.append(first << 4 | digit)
                high = nil
            } else {
                high = digit
            }
        }
        return bytes
    }
}
