import KinerjaEvents
import KinerjaStore

extension OrganisationState {
    /// The organisation's time zone: the latest one set (``OrganisationTimeZoneSet``), else the one its
    /// province (else its region) lies in, else WIB.
    package var timeZone: IndonesianTimeZone {
        if case .organisationTimeZoneSet(let setting) = timeZoneSettings.last.flatMap(event(at:))?.event {
            return setting.zone
        }
        guard let registration else { return .standard }
        return IndonesianTimeZone.of(province: registration.province, region: registration.region) ?? .standard
    }

    /// Where ``timeZone`` comes from, in both languages: the event that set it, the province or region, or none.
    package var timeZoneSource: Localized {
        if let setting = timeZoneSettings.last.flatMap(event(at:)) {
            return Localized(id: "ditetapkan oleh peristiwa \(setting.id)", en: "set by event \(setting.id)")
        }
        guard let registration else { return Localized(id: "bawaan", en: "the default") }
        if let province = registration.province, IndonesianTimeZone(province: province) != nil {
            return Localized(id: "provinsi \(province)", en: "the province \(province)")
        }
        if IndonesianTimeZone.of(province: nil, region: registration.region) != nil {
            return Localized(id: "wilayah \(registration.region)", en: "the region \(registration.region)")
        }
        return Localized(
            id: "bawaan: provinsinya tidak dikenal; tetapkan dengan 'kinerja org zone'",
            en: "the default: its province is not known; set it with 'kinerja org zone'")
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
