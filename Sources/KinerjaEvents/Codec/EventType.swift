import KinerjaStore

/// The event types this build reads and writes, by their stored names: the one place the names are written.
package enum EventType: String, Sendable, CaseIterable {
    /// A free-text note.
    case noteRecorded = "NoteRecorded"
    /// An actor and their roles.
    case actorRegistered = "ActorRegistered"
    /// The organisation of a stream.
    case organisationRegistered = "OrganisationRegistered"
    /// The time zone of an organisation.
    case organisationTimeZoneSet = "OrganisationTimeZoneSet"
    /// From when an organisation's decisions must be signed.
    case signingPolicySet = "SigningPolicySet"
    /// A Renstra adopted.
    case renstraAdopted = "RenstraAdopted"
    /// An IKU decision proposed.
    case ikuDecisionProposed = "IkuDecisionProposed"
    /// An indicator's Renstra targets proposed.
    case renstraTargetsProposed = "RenstraTargetsProposed"
    /// A change of one year's target proposed.
    case targetChangeProposed = "TargetChangeProposed"
    /// A PK signed.
    case perjanjianKinerjaSigned = "PerjanjianKinerjaSigned"
    /// A PK amendment proposed.
    case perjanjianKinerjaAmendmentProposed = "PerjanjianKinerjaAmendmentProposed"
    /// A realisation recorded.
    case realisasiRecorded = "RealisasiRecorded"
    /// A realisation corrected.
    case realisasiCorrected = "RealisasiCorrected"
    /// A budget line recorded.
    case budgetLineRecorded = "BudgetLineRecorded"
    /// A document of the cycle recorded.
    case documentRecorded = "DocumentRecorded"
    /// A proposal approved.
    case proposalApproved = "ProposalApproved"
    /// A proposal rejected.
    case proposalRejected = "ProposalRejected"

    /// The version new events of the type are written with, and the one ``EventCodec`` decodes; older versions
    /// are raised to it by the codec's upcasts.
    package var currentVersion: Int {
        switch self {
        case .noteRecorded, .actorRegistered, .organisationRegistered, .organisationTimeZoneSet, .signingPolicySet,
            .renstraAdopted,
            .ikuDecisionProposed,
            .renstraTargetsProposed, .targetChangeProposed, .perjanjianKinerjaSigned,
            .perjanjianKinerjaAmendmentProposed, .realisasiRecorded, .realisasiCorrected, .budgetLineRecorded,
            .documentRecorded, .proposalApproved, .proposalRejected:
            1
        }
    }
}
