import KinerjaStore

/// Reads numbers as clerks type them and spreadsheets hold them, refusing what it would have to guess.
///
/// Accepted, around the number: leading and trailing spaces (non-breaking ones too), an `Rp` or `Rp.` prefix
/// with or without a space, a trailing `%`, and a leading `-` or `−` (U+2212), before or after the `Rp`.
///
/// The number itself is read by these rules:
/// - a comma is the decimal separator and may appear once: `56,70`, `0,003`, `1.234,5`;
/// - dots before a comma, or two or more dots, are thousands dots: a first group of 1 to 3 digits not starting
///   with `0`, then groups of exactly three (`13.821.027.400`); anything else is refused (`1.23.456`);
/// - a single dot with no comma is a decimal point (`56.70`, `0.003`, `1234.567`), except when it is followed
///   by exactly three digits after what could be a first thousands group (`1.234`, `12.500`): both readings
///   are possible, so it is refused as ambiguous. `0.003` is not ambiguous, since no group starts with `0`;
/// - with an `Rp` prefix that ambiguous case reads as thousands (`Rp 12.500` is 12500): rupiah are written
///   with at most two decimals (sen), so three decimals cannot be meant;
/// - a comma before a dot is English layout (`1,234.5`) and is refused with the two accepted spellings.
///
/// - a single comma followed by exactly three digits after what could be a first thousands group (`100,214`,
///   `1,580`) is a decimal comma in Indonesian and a thousands comma in English: its reading depends on who
///   wrote it, so it is refused with both readings unless the locale is known.
///
/// A known locale decides the ambiguous cases: ``NumberLocale/indonesian`` reads `1.580` as 1580 and `100,214`
/// as 100,214; ``NumberLocale/english`` swaps the two separators (`1,580` is 1580, `1.580` is 1,58,
/// `1,234.5` is 1234,5). A file delimited by semicolons was written with Indonesian settings.
///
/// Leading zeros are ignored (`007` is 7); the number of digits after the separator is kept as the scale.
package enum NumberParser {
    /// Reads `text` as a number, with the decorations it carried; throws a message naming the text otherwise.
    /// With `locale`, the separators are read as that locale writes them; without, a number whose reading
    /// depends on the locale is refused with both readings.
    package static func parse(_ text: String, locale: NumberLocale? = nil) throws(NumberFormatError) -> ParsedNumber {
        var rest = trimmingSpaces(Substring(text))
        guard !rest.isEmpty else { throw .empty(text) }
        var isNegative = takeSign(&rest)
        let hasRupiahPrefix = takeRupiahPrefix(&rest)
        if !isNegative { isNegative = takeSign(&rest) }
        let hasPercentSign = rest.last == "%"
        if hasPercentSign { rest = trimmingSpaces(rest.dropLast()) }
        guard !(hasRupiahPrefix && hasPercentSign) else { throw .rupiahAndPercent(text) }
        for character in rest where !character.isASCIIDigit && character != "." && character != "," {
            throw character.isLetter ? .letters(text) : .unexpectedCharacter(text, character)
        }
        guard rest.contains(where: \.isASCIIDigit) else { throw .noDigits(text) }
        if locale == .english {
            rest = Substring(String(rest.map { $0 == "," ? "." : $0 == "." ? "," : $0 }))
        }
        let (integer, fraction) = try separate(
            rest, text: text, isNegative: isNegative, isRupiah: hasRupiahPrefix, localeKnown: locale != nil)
        guard let value = DecimalNumber(digits: integer + fraction, scale: fraction.count, isNegative: isNegative)
        else {
            throw fraction.count > DecimalNumber.maximumScale ? .tooManyDecimals(text) : .tooManyDigits(text)
        }
        return ParsedNumber(value: value, hasPercentSign: hasPercentSign, hasRupiahPrefix: hasRupiahPrefix)
    }

    /// Splits the bare number (digits, dots, commas) into integer digits and fraction digits.
    private static func separate(
        _ number: Substring, text: String, isNegative: Bool, isRupiah: Bool, localeKnown: Bool
    ) throws(NumberFormatError) -> (integer: Substring, fraction: Substring) {
        let commas = number.filter { $0 == "," }.count
        if let comma = number.firstIndex(of: ","), number[comma...].contains(".") {
            throw englishError(number, text: text, isNegative: isNegative)
        }
        guard commas <= 1 else { throw .severalCommas(text) }
        let parts = number.split(separator: commas == 1 ? "," : ".", omittingEmptySubsequences: false)
        if commas == 1 || parts.count == 2 {
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                throw .separatorWithoutDigits(text, separator: commas == 1 ? "," : ".")
            }
            if commas == 1 {
                if !localeKnown, !parts[0].contains("."), parts[1].count == 3, isFirstGroup(parts[0]) {
                    // 100,214: a decimal comma, or an English thousands comma. Rupiah have no third decimal.
                    if isRupiah { return (parts[0] + parts[1], "") }
                    let sign = isNegative ? "-" : ""
                    throw .localeDependent(text, thousands: sign + parts[0] + parts[1], decimal: sign + number)
                }
                guard parts[0].contains(".") else { return (parts[0], parts[1]) }
                guard let integer = thousandsDigits(parts[0]) else { throw .badGroups(text) }
                return (integer, parts[1])
            }
            guard parts[1].count == 3, isFirstGroup(parts[0]) else { return (parts[0], parts[1]) }
            guard isRupiah || localeKnown else {
                let sign = isNegative ? "-" : ""
                throw .ambiguous(text, thousands: sign + parts[0] + parts[1], decimal: sign + number)
            }
            return (parts[0] + parts[1], "")
        }
        guard parts.count > 1 else { return (number, "") }
        guard let integer = thousandsDigits(number) else { throw .badGroups(text) }
        return (integer, "")
    }

    /// The digits of `1.234.567`, or nil unless it is a first group then groups of exactly three.
    private static func thousandsDigits(_ text: Substring) -> Substring? {
        let groups = text.split(separator: ".", omittingEmptySubsequences: false)
        guard let first = groups.first, isFirstGroup(first), groups.dropFirst().allSatisfy({ $0.count == 3 })
        else { return nil }
        return Substring(groups.joined())
    }

    /// Whether `digits` can open a thousands-grouped number: 1 to 3 digits, not starting with `0`.
    private static func isFirstGroup(_ digits: Substring) -> Bool {
        (1...3).contains(digits.count) && digits.first != "0"
    }

    /// The English-layout refusal, with the two accepted spellings when the layout is plain `1,234,567.89`.
    private static func englishError(_ number: Substring, text: String, isNegative: Bool) -> NumberFormatError {
        let halves = number.split(separator: ".", omittingEmptySubsequences: false)
        let groups = halves[0].split(separator: ",", omittingEmptySubsequences: false)
        guard halves.count == 2, let first = groups.first, isFirstGroup(first),
            groups.dropFirst().allSatisfy({ $0.count == 3 }), !halves[1].isEmpty, !halves[1].contains(","),
            let value = DecimalNumber(
                digits: groups.joined() + halves[1], scale: halves[1].count, isNegative: isNegative)
        else { return .commaBeforeDot(text) }
        return .englishSeparators(text, plain: value.plainDescription, indonesian: value.indonesian())
    }

    /// Removes a leading `-` or `−`, and says whether there was one.
    private static func takeSign(_ text: inout Substring) -> Bool {
        guard let first = text.first, first == "-" || first == "\u{2212}" else { return false }
        text = text.dropFirst()
        return true
    }

    /// Removes a leading `Rp` or `Rp.` (any case) and the spaces after it, and says whether there was one.
    private static func takeRupiahPrefix(_ text: inout Substring) -> Bool {
        guard text.prefix(2).lowercased() == "rp" else { return false }
        text = text.dropFirst(2)
        if text.first == "." { text = text.dropFirst() }
        text = trimmingSpaces(text)
        return true
    }

    /// The text without leading or trailing white space (spaces, tabs, non-breaking spaces).
    private static func trimmingSpaces(_ text: Substring) -> Substring {
        let start = text.firstIndex { !$0.isWhitespace } ?? text.endIndex
        let end = text.lastIndex { !$0.isWhitespace }.map { text.index(after: $0) } ?? start
        return text[start..<end]
    }
}

/// The separators a number is written with: Indonesian (`1.234,5`) or English (`1,234.5`).
package enum NumberLocale: String, Sendable, CaseIterable {
    /// A decimal comma and thousands dots.
    case indonesian = "id"
    /// A decimal point and thousands commas.
    case english = "en"
}

extension Character {
    /// Whether this is one of the ASCII digits `0`–`9`.
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
