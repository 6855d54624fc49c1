import KinerjaStore

/// Dates and times as Indonesians write them in text for people: `8 September 2021`, `14.30 WITA`.
/// JSON keeps the ISO forms.
package enum IndonesianDate {
    /// The month names, January first.
    static let months = [
        "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
        "November", "Desember",
    ]
    /// The English month names, January first.
    static let englishMonths = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]

    /// `date` written for people: `8 September 2021` (Indonesian), `8 September 2021` with English month names.
    package static func written(_ date: CalendarDate, _ language: Language = .id) -> String {
        let names = language == .id ? months : englishMonths
        return "\(date.day) \(names[date.month - 1]) \(date.year)"
    }

    /// The time of day of `time` in `zone`, written `14.30 WITA` (Indonesian) or `14:30 WITA` (English).
    package static func clock(_ time: Timestamp, in zone: IndonesianTimeZone, _ language: Language = .id) -> String {
        let local = zone.local(time)
        let separator = language == .id ? "." : ":"
        return "\(pad(local.minuteOfDay / 60))\(separator)\(pad(local.minuteOfDay % 60)) \(zone.rawValue)"
    }

    /// `time` in `zone` with its date and the zone named: `8 September 2021 14.30 WITA`.
    package static func written(_ time: Timestamp, in zone: IndonesianTimeZone, _ language: Language = .id) -> String {
        written(zone.local(time).date, language) + " " + clock(time, in: zone, language)
    }

    private static func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
