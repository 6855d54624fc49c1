import KinerjaStore

/// A reporting period a realisation is measured over: a year, a semester, a triwulan (quarter) or a month.
///
/// Written `2024`, `2024-S1`, `2024-Q3` (triwulan III) or `2024-M07`.
package struct Period: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// How long the period is.
    package enum Kind: String, Sendable, CaseIterable {
        case year
        case semester
        case quarter
        case month

        /// How many periods of this kind a year has.
        package var countPerYear: Int {
            switch self {
            case .year: 1
            case .semester: 2
            case .quarter: 4
            case .month: 12
            }
        }

        fileprivate var letter: Character? {
            switch self {
            case .year: nil
            case .semester: "S"
            case .quarter: "Q"
            case .month: "M"
            }
        }
    }

    /// The year.
    package var year: Int
    /// The kind of period.
    package var kind: Kind
    /// Its number within the year: 1 for the year itself, 1–2 semesters, 1–4 quarters, 1–12 months.
    package var number: Int

    /// Makes a period if the number fits the kind.
    package init?(year: Int, kind: Kind, number: Int = 1) {
        guard (1900...2999).contains(year), (1...kind.countPerYear).contains(number) else { return nil }
        self.year = year
        self.kind = kind
        self.number = number
    }

    /// Parses `2024`, `2024-S1`, `2024-Q3` or `2024-M07`.
    package init?(parsing text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard let yearText = parts.first, yearText.count == 4, yearText.allSatisfy(\.isASCII), let year = Int(yearText)
        else { return nil }
        if parts.count == 1 {
            self.init(year: year, kind: .year)
            return
        }
        guard parts.count == 2, let letter = parts[1].first,
            let kind = Kind.allCases.first(where: { $0.letter == letter }),
            parts[1].count == (kind == .month ? 3 : 2), let number = Int(parts[1].dropFirst()),
            parts[1].dropFirst().allSatisfy(\.isASCII)
        else { return nil }
        self.init(year: year, kind: kind, number: number)
    }

    /// Parses a stored period in its bytes (UTF-8), as ``init(parsing:)`` parses its text: digits are read
    /// in place; any other spelling goes through the text parser.
    package init?(parsing bytes: UnsafeRawBufferPointer) {
        if let stored = Self(storedForm: bytes) {
            self = stored
            return
        }
        self.init(parsing: String(decoding: bytes, as: UTF8.self))
    }

    /// The period `bytes` (UTF-8) spell in the stored form, read in place: `2024`, `2024-S1`, `2024-Q3` or
    /// `2024-M07`, which is then the period's ``description``; nil for any other spelling.
    package init?(storedForm bytes: UnsafeRawBufferPointer) {
        func digits(_ start: Int, _ count: Int) -> Int? {
            var value = 0
            for index in start..<(start + count) {
                let digit = bytes[index] &- UInt8(ascii: "0")
                guard digit < 10 else { return nil }
                value = value * 10 + Int(digit)
            }
            return value
        }
        let kind: Kind? =
            switch bytes.count {
            case 4: .year
            case 7 where bytes[5] == UInt8(ascii: "S"): .semester
            case 7 where bytes[5] == UInt8(ascii: "Q"): .quarter
            case 8 where bytes[5] == UInt8(ascii: "M"): .month
            default: nil
            }
        guard let kind, let year = digits(0, 4), bytes.count == 4 || bytes[4] == UInt8(ascii: "-"),
            let number = kind == .year ? 1 : digits(6, bytes.count - 6)
        else { return nil }
        self.init(year: year, kind: kind, number: number)
    }

    /// Parses a period as people write it: a stored form in any case, with triwulan written `TW` as well as
    /// `Q` (`2025-TW2`, `2025-tw2` and `2025-Q2` are one period), surrounding spaces ignored. The one parser of
    /// periods typed or imported; stored data is read with ``init(parsing:)``, which takes the stored form only.
    package init?(written text: String) {
        let normalised = Self.trimmed(text).uppercased().replacing("TW", with: "Q")
        self.init(parsing: normalised)
    }

    /// A year as people type it: four ASCII digits from 1900 to 2999 (`2024`; not `02024` or `24`). The one
    /// parser of years typed or imported.
    package static func year(written text: String) -> Int? {
        let trimmed = Self.trimmed(text)
        guard trimmed.count == 4, trimmed.allSatisfy({ $0.isASCII && $0.isNumber }), let year = Int(trimmed),
            (1900...2999).contains(year)
        else { return nil }
        return year
    }

    private static func trimmed(_ text: String) -> String {
        String(text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }

    /// The written form.
    package var description: String {
        guard let letter = kind.letter else { return String(year) }
        let digits = kind == .month && number < 10 ? "0\(number)" : String(number)
        return "\(year)-\(letter)\(digits)"
    }

    /// Where the period stands among those of its year, 0–18: 0 for the year itself, 1–2 the semesters, 3–6
    /// the quarters and 7–18 the months.
    package var slot: Int {
        let first =
            switch kind {
            case .year: 0
            case .semester: 1
            case .quarter: 3
            case .month: 7
            }
        return first + number - 1
    }

    /// The period of `year` at `slot` (see ``slot``); nil for a slot no period has.
    package init?(year: Int, slot: Int) {
        switch slot {
        case 0: self.init(year: year, kind: .year)
        case 1...2: self.init(year: year, kind: .semester, number: slot)
        case 3...6: self.init(year: year, kind: .quarter, number: slot - 2)
        case 7...18: self.init(year: year, kind: .month, number: slot - 6)
        default: return nil
        }
    }

    /// The period as one number, `year × 32 + slot`.
    package var key: Int { year * 32 + slot }

    /// The period whose ``key`` is `key`; nil for a number no period has.
    package init?(key: Int) {
        let (year, slot) = key.quotientAndRemainder(dividingBy: 32)
        self.init(year: year, slot: slot)
    }

    /// The last month of the period (1–12): orders periods that end at the same time.
    package var endMonth: Int { number * 12 / kind.countPerYear }

    /// The Indonesian name: `Tahun 2024`, `Semester I 2024`, `Triwulan III 2024`, `Bulan 7 2024`.
    package var indonesianName: String {
        let roman = ["I", "II", "III", "IV"]
        switch kind {
        case .year: return "Tahun \(year)"
        case .semester: return "Semester \(roman[number - 1]) \(year)"
        case .quarter: return "Triwulan \(roman[number - 1]) \(year)"
        case .month: return "Bulan \(number) \(year)"
        }
    }

    /// Orders by year, then by when the period ends, longer periods after shorter ones ending with them.
    package static func < (lhs: Period, rhs: Period) -> Bool {
        (lhs.year, lhs.endMonth, -lhs.kind.countPerYear) < (rhs.year, rhs.endMonth, -rhs.kind.countPerYear)
    }
}
