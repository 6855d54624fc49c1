import KinerjaStore

/// `ProposalApproved`: another actor approves a proposal (a realisation: verifies it).
package struct ProposalApproved: Sendable, Equatable {
    /// The id of the proposal.
    package var proposal: String
    /// A remark.
    package var note: String?

    /// Makes an approval.
    package init(proposal: String, note: String? = nil) {
        self.proposal = proposal
        self.note = note
    }
}
