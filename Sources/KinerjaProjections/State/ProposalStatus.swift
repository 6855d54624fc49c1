import KinerjaEvents
import KinerjaStore

/// Where a proposal stands.
package enum ProposalStatus: Sendable, Equatable {
    /// Waiting for an approver.
    case pending
    /// Approved by `actor` in the event `decision`.
    case approved(by: String, at: Timestamp, decision: String)
    /// Rejected by `actor`, with the reason.
    case rejected(by: String, at: Timestamp, decision: String, reason: String)

    /// Whether the proposal counts.
    var isApproved: Bool {
        if case .approved = self { return true }
        return false
    }

    /// A short word: pending, approved, rejected.
    package var word: String {
        switch self {
        case .pending: "pending"
        case .approved: "approved"
        case .rejected: "rejected"
        }
    }
}
