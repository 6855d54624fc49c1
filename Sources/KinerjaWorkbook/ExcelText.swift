/// Excel's escape for characters XML cannot hold (ST_Xstring): `_x000D_` is a carriage return, and `_x005F_`
/// an underscore that would otherwise start such an escape.
enum ExcelText {
    /// `text` with every `_xHHHH_` replaced by the character it names.
    static func unescape(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        let scalars = Array(text.unicodeScalars)
        var output = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if scalars[index] == "_", startsEscape(scalars, at: index),
                let value = UInt32(String(String.UnicodeScalarView(scalars[index + 2..<index + 6])), radix: 16),
                let scalar = Unicode.Scalar(value)
            {
                output.append(scalar)
                index += 7
            } else {
                output.append(scalars[index])
                index += 1
            }
        }
        return String(output)
    }

    /// `text` as Excel writes it: characters XML 1.0 cannot hold, and carriage returns (which XML reads as line
    /// feeds), as `_xHHHH_`; and the underscore of anything that reads as such an escape as `_x005F_`.
    static func escape(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var output = ""
        for (index, scalar) in scalars.enumerated() {
            if !isXMLCharacter(scalar) || scalar == "\r" {
                output += "_x" + hex(scalar.value) + "_"
            } else if scalar == "_", startsEscape(scalars, at: index) {
                output += "_x005F_"
            } else {
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    /// Whether `_xHHHH_` starts at `index`.
    private static func startsEscape(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard index + 6 < scalars.count, scalars[index + 1] == "x", scalars[index + 6] == "_" else { return false }
        return scalars[index + 2..<index + 6].allSatisfy { $0.properties.isASCIIHexDigit }
    }

    /// Whether XML 1.0 can hold the character: tab, line feed, carriage return, and everything from space up
    /// except U+FFFE and U+FFFF.
    private static func isXMLCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D, 0x20...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
