/// A UTC instant with millisecond precision, written `2024-05-01T08:30:00.000Z`.
///
/// The written form has a fixed width, so comparing two written timestamps as strings orders them in time.
package struct Timestamp: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Milliseconds since 1970-01-01T00:00:00Z.
    package var millisecondsSinceEpoch: Int64

    /// Makes a timestamp from milliseconds since the Unix epoch.
    package init(millisecondsSinceEpoch: Int64) {
        self.millisecondsSinceEpoch = millisecondsSinceEpoch
    }

    /// The fixed-width ISO 8601 form, `YYYY-MM-DDTHH:MM:SS.sssZ`.
    package var description: String {
        let milliseconds = Int64(floorMod(millisecondsSinceEpoch, 1000))
        let seconds = (millisecondsSinceEpoch - milliseconds) / 1000
        let secondOfDay = Int(floorMod(seconds, 86_400))
        let day = CalendarDate(daysSinceEpoch: Int((seconds - Int64(secondOfDay)) / 86_400))
        return "\(day)T\(pad(secondOfDay / 3600, 2)):\(pad(secondOfDay / 60 % 60, 2)):\(pad(secondOfDay % 60, 2))"
            + ".\(pad(Int(milliseconds), 3))Z"
    }

    /// Parses `YYYY-MM-DDTHH:MM[:SS[.fff]]` followed by `Z` or an offset `±HH:MM`, or a bare date
    /// `YYYY-MM-DD` (the start of that day, UTC). Returns nil for anything else.
    package init?(parsing text: String) {
        let bytes = Array(text.utf8)
        if bytes.count == 10 {
            guard let date = CalendarDate(parsing: text) else { return nil }
            self.init(millisecondsSinceEpoch: Int64(date.daysSinceEpoch) * 86_400_000)
            return
        }
        guard bytes.count >= 17, bytes[10] == UInt8(ascii: "T"),
            let date = CalendarDate(parsing: String(decoding: bytes[0..<10], as: UTF8.self)),
            let hour = digits(bytes, 11, 2), bytes[13] == UInt8(ascii: ":"), let minute = digits(bytes, 14, 2),
            hour < 24, minute < 60
        else { return nil }
        var index = 16
        var second = 0
        var milliseconds = 0
        if bytes[index] == UInt8(ascii: ":") {
            guard let value = digits(bytes, index + 1, 2), value < 60 else { return nil }
            second = value
            index += 3
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
                let start = index + 1
                var end = start
                while end < bytes.count, bytes[end] >= UInt8(ascii: "0"), bytes[end] <= UInt8(ascii: "9") { end += 1 }
                guard end > start, end - start <= 3, let fraction = digits(bytes, start, end - start) else {
                    return nil
                }
                milliseconds = fraction * [100, 10, 1][end - start - 1]
                index = end
            }
        }
        var offsetMinutes = 0
        guard index < bytes.count else { return nil }
        switch bytes[index] {
        case UInt8(ascii: "Z"):
            guard index + 1 == bytes.count else { return nil }
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            guard bytes.count == index + 6, let hours = digits(bytes, index + 1, 2),
                bytes[index + 3] == UInt8(ascii: ":"),
                let minutes = digits(bytes, index + 4, 2), hours < 24, minutes < 60
            else { return nil }
            offsetMinutes = (hours * 60 + minutes) * (bytes[index] == UInt8(ascii: "+") ? 1 : -1)
        default:
            return nil
        }
        let secondsOfDay = Int64(hour * 3600 + minute * 60 + second - offsetMinutes * 60)
        self.init(
            millisecondsSinceEpoch: (Int64(date.daysSinceEpoch) * 86_400 + secondsOfDay) * 1000 + Int64(milliseconds))
    }

    /// The UTC calendar date of this instant.
    package var date: CalendarDate {
        CalendarDate(daysSinceEpoch: Int(floorDivide(millisecondsSinceEpoch, 86_400_000)))
    }

    /// Orders timestamps in time.
    package static func < (lhs: Timestamp, rhs: Timestamp) -> Bool {
        lhs.millisecondsSinceEpoch < rhs.millisecondsSinceEpoch
    }
}

/// A calendar date (proleptic Gregorian), written `YYYY-MM-DD`: the date a decision takes effect.
package struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The year, 1...9999.
    package var year: Int
    /// The month, 1...12.
    package var month: Int
    /// The day of the month.
    package var day: Int

    /// Makes a date if the year, month and day name a real date.
    package init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...CalendarDate.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses exactly `YYYY-MM-DD` naming a real date.
    package init?(parsing text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            let year = digits(bytes, 0, 4), let month = digits(bytes, 5, 2), let day = digits(bytes, 8, 2)
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The date `days` after 1970-01-01 (Howard Hinnant's civil-from-days).
    package init(daysSinceEpoch days: Int) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    }

    /// Days since 1970-01-01 (Howard Hinnant's days-from-civil).
    package var daysSinceEpoch: Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// `YYYY-MM-DD`.
    package var description: String { "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))" }

    /// Orders dates in time.
    package static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

private func digits(_ bytes: [UInt8], _ start: Int, _ count: Int) -> Int? {
    guard start >= 0, start + count <= bytes.count else { return nil }
    var value = 0
    for byte in bytes[start..<start + count] {
        guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
        value = value * 10 + Int(byte - UInt8(ascii: "0"))
    }
    return value
}

private func pad(_ value: Int, _ width: Int) -> String {
    let text = String(value)
    return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
}

private func floorMod(_ value: Int64, _ divisor: Int64) -> Int64 {
    let remainder = value % divisor
    return remainder < 0 ? remainder + divisor : remainder
}

private func floorDivide(_ value: Int64, _ divisor: Int64) -> Int64 {
    (value - floorMod(value, divisor)) / divisor
}

extension Timestamp {
    /// Reads exactly the 24-byte written form `YYYY-MM-DDTHH:MM:SS.sssZ`, or returns nil.
    package init?(canonical bytes: UnsafeRawBufferPointer) {
        guard bytes.count == 24, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
            bytes[19] == UInt8(ascii: "."), bytes[23] == UInt8(ascii: "Z")
        else { return nil }
        func number(_ start: Int, _ count: Int) -> Int? {
            var value = 0
            for offset in start..<(start + count) {
                let byte = bytes[offset]
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(0, 4), let month = number(5, 2), let day = number(8, 2),
            let date = CalendarDate(year: year, month: month, day: day), let hour = number(11, 2), hour < 24,
            let minute = number(14, 2), minute < 60, let second = number(17, 2), second < 60,
            let millisecond = number(20, 3)
        else { return nil }
        let seconds = Int64(date.daysSinceEpoch) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
        self.init(millisecondsSinceEpoch: seconds * 1000 + Int64(millisecond))
    }
}
