import KinerjaStore

extension DomainEvent {
    /// The event's type, or nil for an unknown one.
    package var eventType: EventType? {
        switch self {
        case .noteRecorded: .noteRecorded
        case .actorRegistered: .actorRegistered
        case .organisationRegistered: .organisationRegistered
        case .renstraAdopted: .renstraAdopted
        case .ikuDecisionProposed: .ikuDecisionProposed
        case .renstraTargetsProposed: .renstraTargetsProposed
        case .targetChangeProposed: .targetChangeProposed
        case .perjanjianKinerjaSigned: .perjanjianKinerjaSigned
        case .perjanjianKinerjaAmendmentProposed: .perjanjianKinerjaAmendmentProposed
        case .realisasiRecorded: .realisasiRecorded
        case .realisasiCorrected: .realisasiCorrected
        case .budgetLineRecorded: .budgetLineRecorded
        case .documentRecorded: .documentRecorded
        case .organisationTimeZoneSet: .organisationTimeZoneSet
        case .signingPolicySet: .signingPolicySet
        case .proposalApproved: .proposalApproved
        case .proposalRejected: .proposalRejected
        case .unknown: nil
        }
    }
}
