import KinerjaEvents
import KinerjaProjections
import KinerjaStore

/// Escaping of text for HTML and SVG, in content and in quoted attribute values alike.
enum HTMLText {
    /// `text` with `&`, `<`, `>`, `"` and `'` written as character references, so it reads as text and can
    /// neither open markup nor leave an attribute. Control characters other than tab and line breaks, which
    /// XML (and so inline SVG) forbids, become U+FFFD.
    static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\t", "\n", "\r", "\r\n": result.append(character)
            default:
                let isControl = character.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }
                result.append(isControl ? "\u{FFFD}" : character)
            }
        }
        return result
    }
}
