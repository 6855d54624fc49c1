import KinerjaStore

/// An event of the catalogue with its typed payload, or an event of a type this build does not know, kept as
/// stored so that it stays readable. ``EventCodec`` translates between it and the stored `type`, `v`, `data`.
///
/// Indirect: each payload is kept in a box of its own, so a copy of an event is a reference, not the 321
/// bytes of the largest payload (views copy events into lists, caches and report rows: `check` on a stream of
/// 100,000 events spent a tenth of its time copying them).
package indirect enum DomainEvent: Sendable, Equatable {
    /// A free-text note.
    case noteRecorded(NoteRecorded)
    /// An actor and their roles.
    case actorRegistered(ActorRegistered)
    /// The organisation of a stream.
    case organisationRegistered(OrganisationRegistered)
    /// The time zone of an organisation.
    case organisationTimeZoneSet(OrganisationTimeZoneSet)
    /// From when an organisation's decisions must be signed.
    case signingPolicySet(SigningPolicySet)
    /// A Renstra adopted.
    case renstraAdopted(RenstraAdopted)
    /// An IKU decision proposed.
    case ikuDecisionProposed(IkuDecisionProposed)
    /// An indicator's Renstra targets proposed.
    case renstraTargetsProposed(RenstraTargetsProposed)
    /// A change of one year's target proposed.
    case targetChangeProposed(TargetChangeProposed)
    /// A PK signed.
    case perjanjianKinerjaSigned(PerjanjianKinerjaSigned)
    /// A PK amendment proposed.
    case perjanjianKinerjaAmendmentProposed(PerjanjianKinerjaAmendmentProposed)
    /// A realisation recorded.
    case realisasiRecorded(RealisasiRecorded)
    /// A realisation corrected.
    case realisasiCorrected(RealisasiCorrected)
    /// A budget line recorded.
    case budgetLineRecorded(BudgetLineRecorded)
    /// A document of the cycle recorded.
    case documentRecorded(DocumentRecorded)
    /// A proposal approved.
    case proposalApproved(ProposalApproved)
    /// A proposal rejected.
    case proposalRejected(ProposalRejected)
    /// An event of a type this build does not know, as stored.
    case unknown(type: String, version: Int, data: JSONObject)

    /// The stored type name, for example `RealisasiRecorded`.
    package var type: String {
        if case .unknown(let type, _, _) = self { return type }
        return eventType?.rawValue ?? ""
    }

    /// The version the event's data is written with: the current version of a known type (an older stored
    /// version decodes into the current shape), the stored version of an unknown one.
    package var version: Int {
        if case .unknown(_, let version, _) = self { return version }
        return eventType?.currentVersion ?? 0
    }

    /// Whether the event is a proposal that counts only once another actor approves it (never for unknown types).
    package var isProposal: Bool {
        switch self {
        case .ikuDecisionProposed, .renstraTargetsProposed, .targetChangeProposed,
            .perjanjianKinerjaAmendmentProposed, .realisasiRecorded, .realisasiCorrected:
            true
        case .noteRecorded, .actorRegistered, .organisationRegistered, .organisationTimeZoneSet, .signingPolicySet,
            .renstraAdopted, .perjanjianKinerjaSigned,
            .budgetLineRecorded, .documentRecorded, .proposalApproved, .proposalRejected, .unknown:
            false
        }
    }

    /// Whether the event is a decision a signing policy requires signed: an approval or rejection, an IKU
    /// decision, a PK signed or amended.
    package var isDecision: Bool {
        switch self {
        case .proposalApproved, .proposalRejected, .ikuDecisionProposed, .perjanjianKinerjaSigned,
            .perjanjianKinerjaAmendmentProposed:
            true
        default:
            false
        }
    }

    /// The stream the event belongs in when its type or data determines one (actors: the ledger stream), or nil.
    package var stream: StreamName? {
        if case .actorRegistered = self { return .ledger }
        return nil
    }
}
