import KinerjaStore

/// `PerjanjianKinerjaAmendmentProposed`: a PK Perubahan, the new version in full with one of the permitted
/// reasons; a proposal, counting once approved.
package struct PerjanjianKinerjaAmendmentProposed: Sendable, Equatable {
    /// The reasons a PK may be amended (PermenPAN-RB 53/2014 as restated in later rules).
    package enum Reason: String, Sendable, Hashable, CaseIterable {
        /// The official who signed changed (pergantian pejabat).
        case pergantianPejabat = "pergantian-pejabat"
        /// The strategy changed (perubahan strategi).
        case perubahanStrategi = "perubahan-strategi"
        /// The priorities changed (perubahan prioritas).
        case perubahanPrioritas = "perubahan-prioritas"
    }

    /// What the amended PK says, in full.
    package var content: PerjanjianKinerjaContent
    /// The permitted reason.
    package var reason: Reason
    /// What changed and why.
    package var explanation: String
    /// The document this event records.
    package var basis: Basis

    /// Makes a proposed amendment.
    package init(content: PerjanjianKinerjaContent, reason: Reason, explanation: String, basis: Basis) {
        self.content = content
        self.reason = reason
        self.explanation = explanation
        self.basis = basis
    }
}
