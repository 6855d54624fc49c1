import KinerjaStore

/// `OrganisationRegistered`: the perangkat daerah (organisation) a stream belongs to.
package struct OrganisationRegistered: Sendable, Equatable {
    /// The organisation's full name.
    package var name: String
    /// The kabupaten or kota.
    package var region: String
    /// The province.
    package var province: String?
    /// The government it belongs to, e.g. Pemerintah Kabupaten Luwu Timur.
    var parentGovernment: String?
    /// The rating scale it uses; Permendagri 54/2010 when nil.
    package var ratingScale: String?
    /// The document this event records.
    package var basis: Basis

    /// Makes an organisation's registration.
    package init(
        name: String, region: String, province: String? = nil, parentGovernment: String? = nil,
        ratingScale: String? = nil, basis: Basis
    ) {
        self.name = name
        self.region = region
        self.province = province
        self.parentGovernment = parentGovernment
        self.ratingScale = ratingScale
        self.basis = basis
    }
}
