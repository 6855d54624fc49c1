import KinerjaStore

/// How `--as-of` is written: a date (the end of that day), a date and time to the minute (the end of that
/// minute) or to the second (that instant), with or without a zone (`Z`, `+08:00`, `WIB`, `WITA`, `WIT`).
/// Without one, the time is read in the organisation's zone.
package enum AsOfTime {
    /// The last instant `text` covers, reading a time without a zone in `zone`; nil if `text` is none of the
    /// accepted forms: `2025-04-10`, `2025-04-10T23:59`, `2025-04-10 23:59`, `2025-04-10T23:59:30`, each
    /// optionally followed by `Z`, `±HH:MM` or (after an optional space) `WIB`, `WITA` or `WIT`.
    package static func parse(_ text: String, zone: IndonesianTimeZone) -> Timestamp? {
        var rest = Substring(text)
        var named: IndonesianTimeZone?
        for candidate in IndonesianTimeZone.allCases.sorted(by: { $0.rawValue.count > $1.rawValue.count }) {
            if rest.uppercased().hasSuffix(candidate.rawValue) {
                named = candidate
                rest = rest.dropLast(candidate.rawValue.count)
                while rest.last == " " { rest = rest.dropLast() }
                break
            }
        }
        let zone = named ?? zone
        if rest.count == 10 {
            guard let date = CalendarDate(parsing: String(rest)) else { return nil }
            return zone.instant(date, minuteOfDay: 24 * 60).advanced(byMilliseconds: -1)
        }
        guard rest.count >= 16 else { return nil }
        let separator = rest[rest.index(rest.startIndex, offsetBy: 10)]
        guard separator == "T" || separator == " " else { return nil }
        var iso = String(rest.prefix(10)) + "T" + String(rest.dropFirst(11))
        let hasOffset =
            iso.hasSuffix("Z") || (iso.count >= 22 && ["+", "-"].contains(iso[iso.index(iso.endIndex, offsetBy: -6)]))
        if named != nil && hasOffset { return nil }  // two zones
        let written = hasOffset ? iso.dropLast(iso.hasSuffix("Z") ? 1 : 6) : Substring(iso)
        let toTheMinute = written.count == 16
        if !hasOffset {
            let hours = zone.hoursAheadOfUTC
            iso += "+" + (hours < 10 ? "0" : "") + "\(hours):00"
        }
        guard let time = Timestamp(parsing: iso) else { return nil }
        return toTheMinute ? time.advanced(byMilliseconds: 59_999) : time
    }
}

extension Timestamp {
    /// The instant `milliseconds` later (earlier when negative).
    package func advanced(byMilliseconds milliseconds: Int64) -> Timestamp {
        Timestamp(millisecondsSinceEpoch: millisecondsSinceEpoch + milliseconds)
    }
}
