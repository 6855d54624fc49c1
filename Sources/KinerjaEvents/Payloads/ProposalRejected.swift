import KinerjaStore

/// `ProposalRejected`: another actor rejects a proposal, with the reason.
package struct ProposalRejected: Sendable, Equatable {
    /// The id of the proposal.
    package var proposal: String
    /// Why.
    package var reason: String

    /// Makes a rejection.
    package init(proposal: String, reason: String) {
        self.proposal = proposal
        self.reason = reason
    }
}
