import KinerjaStore

/// `SigningPolicySet`: from a date on, an organisation's decisions (approvals and rejections, IKU decisions,
/// PK signing and amendments) must be signed by the actor who records them; unsigned ones are refused from
/// then on. The latest policy counts.
package struct SigningPolicySet: Sendable, Equatable {
    /// The first day (in the organisation's time zone) on which decisions must be signed.
    package var from: CalendarDate
    /// Why (the instruction that requires it).
    package var reason: String?
    /// The document that sets the policy.
    package var basis: Basis

    /// Makes a policy.
    package init(from: CalendarDate, reason: String? = nil, basis: Basis) {
        self.from = from
        self.reason = reason
        self.basis = basis
    }
}
