import KinerjaStore

extension DecimalNumber {
    /// The canonical stored form: `56.70`, `-0.003`, `13821027400`; the scale is kept, there is no grouping.
    package var plainDescription: String {
        let (integerPart, fractionPart) = digitParts
        let sign = isNegative ? "-" : ""
        return fractionPart.isEmpty ? sign + integerPart : "\(sign)\(integerPart).\(fractionPart)"
    }

    /// The form Indonesian documents use: a decimal comma and, with `grouping`, thousands dots.
    ///
    /// `56,70`, `13.821.027.400`, `1.234,5`, `-0,003`; without grouping `13821027400`.
    package func indonesian(grouping: Bool = true) -> String {
        let (integerPart, fractionPart) = digitParts
        var integerText = integerPart
        if grouping {
            var groups: [Substring] = []
            var end = integerPart.endIndex
            while end > integerPart.startIndex {
                let start =
                    integerPart.index(end, offsetBy: -3, limitedBy: integerPart.startIndex)
                    ?? integerPart.startIndex
                groups.insert(integerPart[start..<end], at: 0)
                end = start
            }
            integerText = groups.joined(separator: ".")
        }
        let sign = isNegative ? "-" : ""
        return fractionPart.isEmpty ? sign + integerText : "\(sign)\(integerText),\(fractionPart)"
    }

    /// Reads exactly the canonical form that ``plainDescription`` writes, or returns nil.
    ///
    /// An optional `-`, then `0` or digits without a leading zero, then optionally `.` and one or more digits:
    /// `56.70`, `-0.003`, `0`. Refused: `+1`, `056`, `.5`, `5.`, `-0`, `1,5`, `1e3`, spaces, more than 30
    /// significant digits or 18 decimal places.
    package init?(plain text: String) {
        if let common = text.utf8.withContiguousStorageIfAvailable({ Self(commonPlain: UnsafeRawBufferPointer($0)) }),
            let common
        {
            self = common
            return
        }
        self.init(readingPlainText: text)
    }

    /// ``init(plain:)`` for any spelling: the digits and scale read from the text, kept when the number
    /// written back is the text. (The common spellings are read in place before this.)
    init?(readingPlainText text: String) {
        let isNegative = text.hasPrefix("-")
        let unsigned = isNegative ? text.dropFirst() : Substring(text)
        let parts = unsigned.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let fraction = parts.count == 2 ? parts[1] : ""
        guard let integer = parts.first, !integer.isEmpty, parts.count == 1 || !fraction.isEmpty,
            let value = DecimalNumber(digits: integer + fraction, scale: fraction.count, isNegative: isNegative),
            value.plainDescription == text
        else { return nil }
        self = value
    }

    /// Whether `bytes` (UTF-8) are a number in plain form, as ``init(plain:)`` reads it: the common spellings
    /// (no sign, no leading zeros, up to 15 digits before the point and 6 after) are judged in place; any
    /// other goes through the text parser.
    package static func isPlain(_ bytes: UnsafeRawBufferPointer) -> Bool {
        DecimalNumber(commonPlain: bytes) != nil || DecimalNumber(plain: String(decoding: bytes, as: UTF8.self)) != nil
    }

    /// The number `bytes` (UTF-8) spell in the common plain form: no sign, no leading zeros, 1 to 15 digits
    /// before the point and up to 6 after it (a point only with digits after it). Such a spelling is its
    /// number's plain form, so it is read in place with no text made; nil for any other.
    private init?(commonPlain bytes: UnsafeRawBufferPointer) {
        var index = 0
        var significand: Int128 = 0
        while index < bytes.count, bytes[index] &- UInt8(ascii: "0") < 10 {
            significand = significand * 10 + Int128(bytes[index] &- UInt8(ascii: "0"))
            index += 1
        }
        let integerDigits = index
        var fractionDigits = 0
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            while index < bytes.count, bytes[index] &- UInt8(ascii: "0") < 10, index - integerDigits <= 6 {
                significand = significand * 10 + Int128(bytes[index] &- UInt8(ascii: "0"))
                index += 1
            }
            fractionDigits = index - integerDigits - 1
        }
        guard index == bytes.count, (1...15).contains(integerDigits),
            integerDigits == bytes.count || fractionDigits > 0,
            integerDigits == 1 || bytes[0] != UInt8(ascii: "0")
        else { return nil }
        self.init(unchecked: significand, scale: fractionDigits)
    }

    /// The digits before and after the point, without sign; the integer part is at least `0`.
    private var digitParts: (integer: String, fraction: String) {
        let digits = String(significand.magnitude)
        guard scale > 0 else { return (digits, "") }
        let padded = String(repeating: "0", count: max(0, scale + 1 - digits.count)) + digits
        let point = padded.index(padded.endIndex, offsetBy: -scale)
        return (String(padded[..<point]), String(padded[point...]))
    }
}
