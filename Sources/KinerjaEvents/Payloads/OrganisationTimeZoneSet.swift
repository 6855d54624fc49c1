import KinerjaStore

/// `OrganisationTimeZoneSet`: the time zone an organisation's times are shown in, when its registration does
/// not say it (a region whose province is not named) or says it wrongly. The latest one counts.
package struct OrganisationTimeZoneSet: Sendable, Equatable {
    /// The zone: WIB, WITA or WIT.
    package var zone: IndonesianTimeZone
    /// Why it is set (the province, a correction).
    package var reason: String?
    /// The document that says where the organisation is.
    package var basis: Basis

    /// Makes the setting of a zone.
    package init(zone: IndonesianTimeZone, reason: String? = nil, basis: Basis) {
        self.zone = zone
        self.reason = reason
        self.basis = basis
    }
}
