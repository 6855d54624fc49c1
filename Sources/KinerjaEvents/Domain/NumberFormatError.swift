import KinerjaStore

/// Why some text is not a number the ledger will read; each case carries the text as given.
package enum NumberFormatError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Nothing but spaces.
    case empty(String)
    /// Decorations or separators, but no digit.
    case noDigits(String)
    /// A letter where a number should be.
    case letters(String)
    /// A character that belongs in no number (a space inside it, `/`, `+`, a second sign).
    case unexpectedCharacter(String, Character)
    /// Both `Rp` and `%`.
    case rupiahAndPercent(String)
    /// More than one decimal comma.
    case severalCommas(String)
    /// Commas for thousands and a dot for decimals, with the two readings the ledger accepts.
    case englishSeparators(String, plain: String, indonesian: String)
    /// A comma before a dot, in no known layout.
    case commaBeforeDot(String)
    /// A comma or dot without digits on both sides.
    case separatorWithoutDigits(String, separator: Character)
    /// Dots that do not separate groups of three digits.
    case badGroups(String)
    /// One dot followed by three digits after a possible first group: thousands or decimal point.
    case ambiguous(String, thousands: String, decimal: String)
    /// A single comma before three digits: a decimal comma in Indonesian, a thousands comma in English.
    case localeDependent(String, thousands: String, decimal: String)
    /// More than 30 significant digits.
    case tooManyDigits(String)
    /// More than 18 decimal places.
    case tooManyDecimals(String)

    /// One sentence naming the text and what is wrong with it.
    package var description: String {
        switch self {
        case .empty(let text): "\(quoted(text)) holds no number"
        case .noDigits(let text): "\(quoted(text)) has no digits"
        case .letters(let text): "\(quoted(text)) contains letters; a number has digits, a dot or comma, and Rp or %"
        case .unexpectedCharacter(let text, let character) where character.isWhitespace:
            "\(quoted(text)) has a space inside the number"
        case .unexpectedCharacter(let text, let character):
            "\(quoted(text)) contains \(quoted(String(character))), which is not part of a number"
        case .rupiahAndPercent(let text): "\(quoted(text)) has both Rp and %; a figure is an amount or a percentage"
        case .severalCommas(let text): "\(quoted(text)) has several commas; the decimal comma appears once"
        case .englishSeparators(let text, let plain, let indonesian):
            "\(quoted(text)) uses English thousands separators; write \(plain) or \(indonesian)"
        case .commaBeforeDot(let text):
            "\(quoted(text)) has a comma before a dot; write thousands dots then one decimal comma, as in 1.234,5"
        case .separatorWithoutDigits(let text, let separator):
            "\(quoted(text)) needs digits on both sides of the \(separator == "," ? "comma" : "dot")"
        case .badGroups(let text):
            "\(quoted(text)) is not grouped in thousands: after a first group of 1 to 3 digits, every dot must be"
                + " followed by exactly three digits"
        case .ambiguous(let text, let thousands, let decimal):
            "\(quoted(text)) is ambiguous: \(thousands) with a thousands dot, or \(decimal) with a decimal point;"
                + " write \(thousands) for the first, or say which with --locale id (the first) or --locale en"
        case .localeDependent(let text, let thousands, let decimal):
            "\(quoted(text)) depends on who wrote it: \(thousands) with an English thousands comma, or "
                + "\(decimal) with an Indonesian decimal comma; say which with --locale en or --locale id"
        case .tooManyDigits(let text):
            "\(quoted(text)) has more than \(DecimalNumber.maximumDigits) significant digits"
        case .tooManyDecimals(let text):
            "\(quoted(text)) has more than \(DecimalNumber.maximumScale) decimal places"
        }
    }
}

private func quoted(_ text: String) -> String {
    "\"\(text)\""
}
