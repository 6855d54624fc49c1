import Testing

@testable import KinerjaEvents

/// Stored numbers and periods are read in place when they are spelled the common way: such a spelling is
/// its value's written form, so nothing is written back to compare. These check, over every short spelling,
/// that the in-place reading accepts just what reading the text and writing it back accepts, with the same
/// value.
@Suite struct StoredFormReadingTests {
    @Test func plainNumbersAreReadAsTheirText() {
        let alphabet = Array("0159.-")
        var spellings: [String] = []
        func grow(_ prefix: String, _ left: Int) {
            spellings.append(prefix)
            guard left > 0 else { return }
            for character in alphabet { grow(prefix + String(character), left - 1) }
        }
        grow("", 6)
        spellings += [
            "123456789012345", "1234567890123456", "1.123456", "1.1234567", "0.000000", "0.0000000",
            "999999999999999.999999", "100000000000000.5", "56.70", "056.70", "56.700000", "1e5", " 1", "1 ",
        ]
        var accepted = 0
        for text in spellings {
            let read = DecimalNumber(plain: text)
            let fromText = DecimalNumber(readingPlainText: text)
            #expect(read == fromText, "\(text)")
            #expect(read?.scale == fromText?.scale, "\(text)")
            if read != nil { accepted += 1 }
        }
        #expect(accepted > 1000)
    }

    @Test func storedPeriodsAreReadAsTheirText() {
        var spellings: [String] = ["", "2024-", "-2024", "2024-S", "2024-M7", "2024-m07", "2024-Q3 ", "2024 "]
        for year in ["1899", "1900", "2024", "2999", "3000", "0999", "202", "20245", "2O24"] {
            spellings.append(year)
            for kind in ["S", "Q", "M", "X", "s"] {
                for number in ["0", "1", "2", "3", "4", "5", "00", "01", "07", "09", "10", "12", "13", "7", "001"] {
                    spellings.append("\(year)-\(kind)\(number)")
                }
            }
        }
        var accepted = 0
        for text in spellings {
            let inPlace = Array(text.utf8).withUnsafeBytes { Period(storedForm: $0) }
            let fromText = Period(parsing: text).flatMap { $0.description == text ? $0 : nil }
            #expect(inPlace == fromText, "\(text)")
            if inPlace != nil { accepted += 1 }
        }
        #expect(accepted == 3 * (1 + 2 + 4 + 5), "the years 1900, 2024 and 2999: the year, S1-2, Q1-4, five months")
    }
}
