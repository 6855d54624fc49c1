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
    var realisasi: RealisasiRecorded? {
        if case .realisasiRecorded(let realisasi) = event { return realisasi }
        return nil
    }

    /// What the PK says, when the event signs one or proposes an amendment of one.
    var perjanjianKinerjaContent: PerjanjianKinerjaContent? {
        switch event {
        case .perjanjianKinerjaSigned(let signed): signed.content
        case .perjanjianKinerjaAmendmentProposed(let amendment): amendment.content
        default: nil
        }
    }
}
