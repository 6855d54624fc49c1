import KinerjaStore

/// Indonesia's three time zones: an organisation's times are shown in its own, with the zone named.
package enum IndonesianTimeZone: String, Sendable, CaseIterable, Equatable {
    /// Waktu Indonesia Barat, UTC+7: Sumatra, Java, West and Central Kalimantan.
    case wib = "WIB"
    /// Waktu Indonesia Tengah, UTC+8: Bali, Nusa Tenggara, South, East and North Kalimantan, Sulawesi.
    case wita = "WITA"
    /// Waktu Indonesia Timur, UTC+9: Maluku, Papua.
    case wit = "WIT"

    /// The zone used when nothing names one (the capital's).
    package static let standard: IndonesianTimeZone = .wib

    /// Hours ahead of UTC.
    package var hoursAheadOfUTC: Int {
        switch self {
        case .wib: 7
        case .wita: 8
        case .wit: 9
        }
    }

    /// The zone `text` names (`WIB`, `wita`…), or nil.
    package init?(naming text: String) {
        self.init(rawValue: text.uppercased())
    }

    /// The local date and minute of the day of `time` in this zone.
    package func local(_ time: Timestamp) -> (date: CalendarDate, minuteOfDay: Int) {
        let shifted = Timestamp(
            millisecondsSinceEpoch: time.millisecondsSinceEpoch + Int64(hoursAheadOfUTC) * 3_600_000)
        let minutes = Int((shifted.millisecondsSinceEpoch - Int64(shifted.date.daysSinceEpoch) * 86_400_000) / 60_000)
        return (shifted.date, minutes)
    }

    /// The instant of `minuteOfDay` on `date` in this zone.
    package func instant(_ date: CalendarDate, minuteOfDay: Int) -> Timestamp {
        Timestamp(
            millisecondsSinceEpoch: (Int64(date.daysSinceEpoch) * 1440 + Int64(minuteOfDay - hoursAheadOfUTC * 60))
                * 60_000)
    }

    /// The zone of a province, as registrations write it (`Sulawesi Selatan`, `Prov. Riau`, `NTB`), or nil when
    /// the name is not one of Indonesia's provinces.
    package init?(province: String) {
        let words = province.lowercased().replacingOccurrences(of: "provinsi ", with: "")
            .replacingOccurrences(of: "prov. ", with: "").trimmedSpaces
        if let zone = Self.provinces[words] {
            self = zone
            return
        }
        return nil
    }

    /// Indonesia's provinces (and their usual abbreviations), lowercased, with their zones.
    static let provinces: [String: IndonesianTimeZone] = {
        var table: [String: IndonesianTimeZone] = [:]
        let wib = [
            "aceh", "nanggroe aceh darussalam", "sumatera utara", "sumut", "sumatera barat", "sumbar", "riau",
            "kepulauan riau", "kepri", "jambi", "sumatera selatan", "sumsel", "kepulauan bangka belitung",
            "bangka belitung", "babel", "bengkulu", "lampung", "dki jakarta", "jakarta", "jawa barat", "jabar",
            "banten", "jawa tengah", "jateng", "di yogyakarta", "daerah istimewa yogyakarta", "yogyakarta", "diy",
            "jawa timur", "jatim", "kalimantan barat", "kalbar", "kalimantan tengah", "kalteng",
        ]
        let wita = [
            "bali", "nusa tenggara barat", "ntb", "nusa tenggara timur", "ntt", "kalimantan selatan", "kalsel",
            "kalimantan timur", "kaltim", "kalimantan utara", "kaltara", "sulawesi utara", "sulut", "gorontalo",
            "sulawesi tengah", "sulteng", "sulawesi barat", "sulbar", "sulawesi selatan", "sulsel",
            "sulawesi tenggara", "sultra",
        ]
        let wit = [
            "maluku", "maluku utara", "malut", "papua", "papua barat", "papua barat daya", "papua selatan",
            "papua tengah", "papua pegunungan",
        ]
        for name in wib { table[name] = .wib }
        for name in wita { table[name] = .wita }
        for name in wit { table[name] = .wit }
        return table
    }()
}

extension String {
    /// The string without leading and trailing spaces.
    fileprivate var trimmedSpaces: String {
        var text = Substring(self)
        while text.first == " " { text = text.dropFirst() }
        while text.last == " " { text = text.dropLast() }
        return String(text)
    }

    /// The string with every `target` replaced by `replacement`.
    fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
        var result = ""
        var rest = Substring(self)
        while let range = rest.firstRange(of: target) {
            result += rest[..<range.lowerBound] + replacement
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}
