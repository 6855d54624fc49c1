import KinerjaEvents
import KinerjaStore

extension OrganisationState {
    /// The organisation's time zone: the one its province (else its region) lies in, WIB when neither names
    /// a place whose zone is known.
    package var timeZone: IndonesianTimeZone {
        guard let registration else { return .standard }
        return IndonesianTimeZone.of(province: registration.province, region: registration.region) ?? .standard
    }
}

extension IndonesianTimeZone {
    /// The zone of an organisation registered in `province` (when given) or `region`: the province's, else
    /// the zone of a region whose province is known here (the kabupaten of the default ledger), else nil.
    package static func of(province: String?, region: String) -> IndonesianTimeZone? {
        if let province, let zone = IndonesianTimeZone(province: province) { return zone }
        let name = region.lowercased()
        for (known, zone) in regions where name.hasSuffix(known) { return zone }
        return nil
    }

    /// Regions registered without a province, with their province's zone: Indragiri Hilir (Riau),
    /// Lombok Tengah (Nusa Tenggara Barat), Luwu Timur (Sulawesi Selatan), Barito Kuala (Kalimantan Selatan).
    static let regions: [(String, IndonesianTimeZone)] = [
        ("indragiri hilir", .wib), ("lombok tengah", .wita), ("luwu timur", .wita), ("barito kuala", .wita),
    ]
}
