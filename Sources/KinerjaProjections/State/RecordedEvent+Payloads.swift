import KinerjaEvents

// The payloads several views read, so each view asks for the one it wants instead of matching the event again.

extension RecordedEvent {
    /// The organisation's registration, when the event is one.
    var organisationRegistration: OrganisationRegistered? {
        if case .organisationRegistered(let registration) = event { return registration }
        return nil
    }

    /// The IKU decision, when the event proposes one.
    var ikuDecision: IkuDecisionProposed? {
        if case .ikuDecisionProposed(let decision) = event { return decision }
        return nil
    }

    /// An indicator's Renstra targets, when the event proposes them.
    var renstraTargets: RenstraTargetsProposed? {
        if case .renstraTargetsProposed(let targets) = event { return targets }
        return nil
    }

    /// The realisation, when the event records one.
    package var realisasi: RealisasiRecorded? {
        if case .realisasiRecorded(let realisasi) = event { return realisasi }
        return nil
    }

    /// What the PK says, when the event signs one or proposes an amendment of one.
    package var perjanjianKinerjaContent: PerjanjianKinerjaContent? {
        switch event {
        case .perjanjianKinerjaSigned(let signed): signed.content
        case .perjanjianKinerjaAmendmentProposed(let amendment): amendment.content
        default: nil
        }
    }

    /// The document the event records, for every type that names one.
    package var basis: Basis? {
        switch event {
        case .organisationRegistered(let payload): payload.basis
        case .renstraAdopted(let payload): payload.basis
        case .ikuDecisionProposed(let payload): payload.basis
        case .renstraTargetsProposed(let payload): payload.basis
        case .targetChangeProposed(let payload): payload.basis
        case .perjanjianKinerjaSigned(let payload): payload.basis
        case .perjanjianKinerjaAmendmentProposed(let payload): payload.basis
        case .realisasiRecorded(let payload): payload.basis
        case .realisasiCorrected(let payload): payload.basis
        case .budgetLineRecorded(let payload): payload.basis
        case .documentRecorded(let payload): payload.basis
        case .organisationTimeZoneSet(let payload): payload.basis
        case .signingPolicySet(let payload): payload.basis
        case .noteRecorded, .actorRegistered, .proposalApproved, .proposalRejected, .unknown: nil
        }
    }

    /// The decree that makes the decision (a Renstra or an IKU decision), if the event cites one.
    package var decree: Decree? {
        switch event {
        case .renstraAdopted(let payload): payload.decree
        case .ikuDecisionProposed(let payload): payload.decree
        default: nil
        }
    }

    /// Why the event was recorded, as its type states it: a target change's, a correction's or a
    /// rejection's reason, an IKU decision's or targets' reason, a PK amendment's permitted reason (its word).
    package var reason: String? {
        switch event {
        case .ikuDecisionProposed(let payload): payload.reason
        case .renstraTargetsProposed(let payload): payload.reason
        case .targetChangeProposed(let payload): payload.reason
        case .perjanjianKinerjaAmendmentProposed(let payload): payload.reason.rawValue
        case .realisasiCorrected(let payload): payload.reason
        case .proposalRejected(let payload): payload.reason
        case .organisationTimeZoneSet(let payload): payload.reason
        case .signingPolicySet(let payload): payload.reason
        default: nil
        }
    }

    /// An approval's remark, if it has one.
    package var approvalNote: String? {
        if case .proposalApproved(let approval) = event { return approval.note }
        return nil
    }

    /// Why the event gives no effective date (what the source says, or does not say, about it), if it says.
    package var dateNote: String? {
        switch event {
        case .renstraAdopted(let payload): payload.dateNote
        case .ikuDecisionProposed(let payload): payload.dateNote
        case .renstraTargetsProposed(let payload): payload.dateNote
        case .perjanjianKinerjaSigned(let payload): payload.dateNote
        case .documentRecorded(let payload): payload.dateNote
        default: nil
        }
    }

    /// The PK amendment, when the event proposes one.
    package var perjanjianKinerjaAmendment: PerjanjianKinerjaAmendmentProposed? {
        if case .perjanjianKinerjaAmendmentProposed(let amendment) = event { return amendment }
        return nil
    }
}
