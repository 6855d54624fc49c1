import Testing

@testable import KinerjaCLI
@testable import KinerjaEvents
@testable import KinerjaInterchange
@testable import KinerjaProjections
@testable import KinerjaReports
@testable import KinerjaStore

@Suite struct NumberParserTests {
    /// What a clerk may type, and the exact plain value with its decorations.
    @Test(arguments: [
        ("56.70", "56.70", false, false),
        ("-0.5", "-0.5", false, false),
        ("1234", "1234", false, false),
        ("56,70", "56.70", false, false),
        ("1.234,5", "1234.5", false, false),
        ("13.821.027.400", "13821027400", false, false),
        ("0,003", "0.003", false, false),
        ("0.003", "0.003", false, false),
        ("0.500", "0.500", false, false),
        ("1234.567", "1234.567", false, false),
        ("1.2345", "1.2345", false, false),
        ("007", "7", false, false),
        ("-0,00", "0.00", false, false),
        ("  56,70  ", "56.70", false, false),
        ("\u{00A0}56,70\u{00A0}", "56.70", false, false),
        ("\t1.000.000 ", "1000000", false, false),
        ("−5,5", "-5.5", false, false),
        ("56,70%", "56.70", true, false),
        ("56,70 %", "56.70", true, false),
        ("100\u{00A0}%", "100", true, false),
        ("1.000.000,25%", "1000000.25", true, false),
        ("Rp 13.821.027.400", "13821027400", false, true),
        ("Rp13.821.027.400", "13821027400", false, true),
        ("Rp. 5.000,50", "5000.50", false, true),
        ("RP.12.500", "12500", false, true),
        ("rp 1.000", "1000", false, true),
        ("Rp\u{00A0}750", "750", false, true),
        ("-Rp 5.000", "-5000", false, true),
        ("Rp -5.000", "-5000", false, true),
        ("Rp 56.70", "56.70", false, true),
        ("123456789012345678901234567890", "123456789012345678901234567890", false, false),
        ("0,000000000000000001", "0.000000000000000001", false, false),
    ])
    func readsPlainAndIndonesianNumbersExactly(text: String, plain: String, percent: Bool, rupiah: Bool) throws {
        let parsed = try NumberParser.parse(text)
        #expect(parsed.value.plainDescription == plain)
        #expect(parsed.hasPercentSign == percent)
        #expect(parsed.hasRupiahPrefix == rupiah)
        #expect(try DecimalNumber(parsing: text).hasSameRepresentation(as: parsed.value))
    }

    /// What must be refused, the error, and the exact message.
    @Test(
        arguments: [
            ("", NumberFormatError.empty(""), #""" holds no number"#),
            ("   ", .empty("   "), #""   " holds no number"#),
            ("abc", .letters("abc"), #""abc" contains letters; a number has digits, a dot or comma, and Rp or %"#),
            ("12a", .letters("12a"), #""12a" contains letters; a number has digits, a dot or comma, and Rp or %"#),
            ("1e3", .letters("1e3"), #""1e3" contains letters; a number has digits, a dot or comma, and Rp or %"#),
            ("Rp", .noDigits("Rp"), #""Rp" has no digits"#),
            ("%", .noDigits("%"), #""%" has no digits"#),
            ("-", .noDigits("-"), #""-" has no digits"#),
            (",", .noDigits(","), #""," has no digits"#),
            ("1,2,3", .severalCommas("1,2,3"), #""1,2,3" has several commas; the decimal comma appears once"#),
            (
                "1,234.5", .englishSeparators("1,234.5", plain: "1234.5", indonesian: "1.234,5"),
                #""1,234.5" uses English thousands separators; write 1234.5 or 1.234,5"#
            ),
            (
                "-1,234,567.89", .englishSeparators("-1,234,567.89", plain: "-1234567.89", indonesian: "-1.234.567,89"),
                #""-1,234,567.89" uses English thousands separators; write -1234567.89 or -1.234.567,89"#
            ),
            (
                "1,2.3", .commaBeforeDot("1,2.3"),
                #""1,2.3" has a comma before a dot; write thousands dots then one decimal comma, as in 1.234,5"#
            ),
            (
                "1.23.456", .badGroups("1.23.456"),
                #""1.23.456" is not grouped in thousands: after a first group of 1 to 3 digits, every dot must be"#
                    + " followed by exactly three digits"
            ),
            ("1.2345.678", .badGroups("1.2345.678"), nil),
            ("0.123.456", .badGroups("0.123.456"), nil),
            ("1..234", .badGroups("1..234"), nil),
            ("1.23,5", .badGroups("1.23,5"), nil),
            ("1234.567,5", .badGroups("1234.567,5"), nil),
            (
                "1.234", .ambiguous("1.234", thousands: "1234", decimal: "1.234"),
                #""1.234" is ambiguous: 1234 with a thousands dot, or 1.234 with a decimal point; write 1234 for"#
                    + " the first, or say which with --locale id (the first) or --locale en"
            ),
            (
                "12.500", .ambiguous("12.500", thousands: "12500", decimal: "12.500"),
                #""12.500" is ambiguous: 12500 with a thousands dot, or 12.500 with a decimal point; write 12500"#
                    + " for the first, or say which with --locale id (the first) or --locale en"
            ),
            ("-123.456", .ambiguous("-123.456", thousands: "-123456", decimal: "-123.456"), nil),
            (
                "100,214", .localeDependent("100,214", thousands: "100214", decimal: "100,214"),
                #""100,214" depends on who wrote it: 100214 with an English thousands comma, or 100,214 with an"#
                    + " Indonesian decimal comma; say which with --locale en or --locale id"
            ),
            ("1,580", .localeDependent("1,580", thousands: "1580", decimal: "1,580"), nil),
            ("12.500%", .ambiguous("12.500%", thousands: "12500", decimal: "12.500"), nil),
            (",5", .separatorWithoutDigits(",5", separator: ","), #"",5" needs digits on both sides of the comma"#),
            ("5,", .separatorWithoutDigits("5,", separator: ","), nil),
            (".5", .separatorWithoutDigits(".5", separator: "."), #"".5" needs digits on both sides of the dot"#),
            ("5.", .separatorWithoutDigits("5.", separator: "."), nil),
            ("1 234", .unexpectedCharacter("1 234", " "), #""1 234" has a space inside the number"#),
            ("+5", .unexpectedCharacter("+5", "+"), #""+5" contains "+", which is not part of a number"#),
            ("--5", .unexpectedCharacter("--5", "-"), nil),
            ("1/2", .unexpectedCharacter("1/2", "/"), nil),
            ("5%%", .unexpectedCharacter("5%%", "%"), nil),
            ("Rp 5%", .rupiahAndPercent("Rp 5%"), #""Rp 5%" has both Rp and %; a figure is an amount or a percentage"#),
            (
                "1234567890123456789012345678901", .tooManyDigits("1234567890123456789012345678901"),
                #""1234567890123456789012345678901" has more than 30 significant digits"#
            ),
            (
                "0,0000000000000000001", .tooManyDecimals("0,0000000000000000001"),
                #""0,0000000000000000001" has more than 18 decimal places"#
            ),
        ] as [(String, NumberFormatError, String?)])
    func refusesWithAMessageNamingTheValue(text: String, error: NumberFormatError, message: String?) {
        #expect(throws: error) { try NumberParser.parse(text) }
        if let message { #expect(error.description == message) }
    }

    @Test(arguments: ["56.70", "0.003", "13821027400", "1234.5", "-0.003", "1234567", "0", "100", "-12.25"])
    func readsBackTheLedgersOwnIndonesianAndPlainForms(plain: String) throws {
        let number = try #require(DecimalNumber(plain: plain))
        #expect(try DecimalNumber(parsing: number.indonesian()).hasSameRepresentation(as: number))
        #expect(try DecimalNumber(parsing: number.plainDescription).hasSameRepresentation(as: number))
    }

    @Test func refusesTheIndonesianFormOfAnIntegerBelowAMillionWithOneThousandsDot() throws {
        // 1234 is written 1.234, which a clerk could also mean as a decimal; the canonical form reads back.
        #expect(throws: NumberFormatError.ambiguous("1.234", thousands: "1234", decimal: "1.234")) {
            try DecimalNumber(parsing: DecimalNumber(1234).indonesian())
        }
        #expect(try DecimalNumber(parsing: DecimalNumber(1234).plainDescription) == DecimalNumber(1234))
    }

    @Test(arguments: [
        ("100,214", NumberLocale.indonesian, "100.214"), ("100,214", .english, "100214"),
        ("1.580", .indonesian, "1580"), ("1.580", .english, "1.580"), ("1,234.5", .english, "1234.5"),
        ("1.234,5", .indonesian, "1234.5"), ("1,234,567", .english, "1234567"), ("56,70", .indonesian, "56.70"),
        ("56.70", .english, "56.70"), ("0,003", .indonesian, "0.003"),
    ])
    func aKnownLocaleDecidesWhatOtherwiseDependsOnIt(text: String, locale: NumberLocale, plain: String) throws {
        #expect(try NumberParser.parse(text, locale: locale).value.plainDescription == plain)
    }

    @Test func aDecimalCommaBeforeThreeDigitsIsNotAmbiguousWhenNoThousandsGroupCanStartThere() throws {
        #expect(try NumberParser.parse("0,016").value.plainDescription == "0.016")
        #expect(try NumberParser.parse("Rp 1,500").value.plainDescription == "1500")  // rupiah: no third decimal
        #expect(try NumberParser.parse("1234,567").value.plainDescription == "1234.567")
    }
}
