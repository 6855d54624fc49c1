import KinerjaEvents
import KinerjaStore

/// Checks a decision against the ledger's state before anything is written: the pure `decide` step.
///
/// Rules: until an actor is registered no decision is accepted (only actors, organisations, notes); the recorder holds the
/// role the type needs, and the last administrator keeps that role; actor ids compare trimmed and lowercased; an organisation stream
/// starts with its OrganisationRegistered; indicators exist, and a realisation's indicator is in force for
/// its period; an IKU decision adds only what is not in force and amends or retires only what is; nobody
/// approves their own proposal (under any of their ids) and a proposal is decided once; a correction names a realisation; one signed
/// PK per year, amended only once signed; budget codes are unique per year and parents exist.
enum Decider {
    /// Checks `event` (with its id and the date it takes effect) recorded by `actor` into `stream`, given the
    /// registry and, for an organisation stream, its state.
    package static func check(
        _ event: DomainEvent, id: String, effective: CalendarDate?, actor: String, stream: StreamName,
        registry: ActorRegistry, state: OrganisationState, recordedAt: Timestamp, catalog: EventCatalog = .standard
    ) throws(DecisionError) {
        guard let schema = catalog.currentSchema(type: event.type) else { return }
        if case .actorRegistered(let registration) = event {
            guard stream == .ledger else { throw .wrongStream(type: event.type, stream: stream) }
            if !registry.isEnforcing {
                guard registration.roles.contains(.administrator) else {
                    throw .firstActorMustBeAdministrator(registration.actor)
                }
                return
            }
            // One key, one identity: a key registered for another id would let one person sign as two.
            if let key = registration.key, let holder = registry.otherHolder(of: key, than: registration.actor) {
                throw .keyOfAnotherActor(actor: registration.actor, holder: holder)
            }
            // Someone must always be able to register actors: the last administrator keeps the role.
            let administrators = registry.holders(of: .administrator)
            if administrators == [registration.actor] && !registration.roles.contains(.administrator) {
                throw .lastAdministrator(registration.actor)
            }
        } else if stream == .ledger && event.eventType != .noteRecorded {
            throw .wrongStream(type: event.type, stream: stream)
        }
        // Until an actor is registered nobody's roles can be checked, so no decision is accepted: only setup
        // (actors, organisations) and notes, which decide nothing.
        if !registry.isEnforcing && event.eventType != .organisationRegistered && event.eventType != .noteRecorded {
            throw .noActorsYet(type: event.type)
        }
        try checkRole(schema, actor: actor, stream: stream, registry: registry)
        guard stream != .ledger else { return }
        if case .organisationRegistered(let organisation) = event {
            guard state.organisationName == nil else { throw .organisationAlreadyRegistered(stream) }
            if let scale = organisation.ratingScale, RatingScale.named(scale) == nil {
                throw .unknownRatingScale(scale, known: RatingScale.catalogue.map(\.name))
            }
            return
        }
        guard event.eventType == .noteRecorded || state.organisationName != nil else {
            throw .organisationNotRegistered(stream, type: event.type)
        }
        try checkContent(
            event, effective: effective, actor: actor, registry: registry, state: state, recordedAt: recordedAt)
    }

    /// The signer of a signed batch recorded by `actor`: the actor has a registered key and, once the signature
    /// is made (`signatureMade`), `signer` (the key the signature names) is that key.
    package static func checkSigner(
        _ signer: SSHPublicKey?, actor: String, registry: ActorRegistry, signatureMade: Bool = false
    ) throws(DecisionError) {
        guard let key = registry.actor(actor)?.key else { throw .noKeyToSignWith(actor: actor) }
        guard signatureMade else { return }
        guard let signer, signer == key else {
            throw .signedWithAnotherKey(actor: actor, signer: signer?.description ?? "unreadable")
        }
    }

    /// The rules about what an event says, against the organisation's state.
    private static func checkContent(
        _ event: DomainEvent, effective: CalendarDate?, actor: String, registry: ActorRegistry,
        state: OrganisationState, recordedAt: Timestamp
    ) throws(DecisionError) {
        switch event {
        case .ikuDecisionProposed(let decision):
            try checkIkuDecision(decision, effective: effective, state: state, recordedAt: recordedAt)
        case .renstraTargetsProposed(let targets):
            try requireKnownIndicator(targets.indicator, state: state)
        case .targetChangeProposed(let change):
            try requireKnownIndicator(change.indicator, state: state)
        case .perjanjianKinerjaSigned(let signed):
            let year = signed.content.year
            guard state.pkVersions(year: year).isEmpty else { throw .pkAlreadySigned(year: year) }
            if let effective, effective > recordedAt.date {
                throw .datedAfterRecording(what: "the PK \(year)", date: effective, recordedOn: recordedAt.date)
            }
            try requireKnownIndicators(of: signed.content, state: state)
        case .perjanjianKinerjaAmendmentProposed(let amendment):
            let year = amendment.content.year
            guard let signed = state.pkVersions(year: year).first else { throw .pkNotSigned(year: year) }
            if let effective, let signedOn = signed.effective, effective < signedOn {
                throw .amendmentBeforeSigning(year: year, date: effective, signedOn: signedOn)
            }
            try requireKnownIndicators(of: amendment.content, state: state)
        case .realisasiRecorded(let realisasi):
            try requireKnownIndicator(realisasi.indicator, state: state)
            guard let definition = state.indicatorInForce(realisasi.indicator, for: realisasi.period) else {
                throw .indicatorNotInForce(realisasi.indicator, period: realisasi.period)
            }
            if let firstDay = realisasi.period.firstDay, firstDay > recordedAt.date {
                throw .periodNotBegun(realisasi.period, recordedOn: recordedAt.date)
            }
            try checkValue(
                realisasi.value, numerator: realisasi.numerator, denominator: realisasi.denominator,
                definition: definition)
        case .realisasiCorrected(let correction):
            guard case .realisasiRecorded(let corrected) = state.event(correction.corrects)?.event else {
                throw .correctsNonRealisasi(correction.corrects)
            }
            try checkValue(
                correction.value, numerator: correction.numerator, denominator: correction.denominator,
                definition: state.indicatorInForce(corrected.indicator, for: corrected.period)
                    ?? state.knownIndicator(corrected.indicator))
        case .budgetLineRecorded(let line):
            let codes = state.budgetCodes(year: line.year)
            if codes.contains(line.code) { throw .budgetCodeTaken(year: line.year, code: line.code) }
            if let parent = line.parent, !codes.contains(parent) {
                throw .budgetParentUnknown(year: line.year, code: parent)
            }
        case .proposalApproved(let approval):
            let target = try pendingProposal(approval.proposal, decidedBy: actor, registry: registry, state: state)
            // The state may have moved since the proposal was made: it must still hold to count.
            do {
                try checkContent(
                    target.event, effective: target.effective, actor: target.actor, registry: registry,
                    state: state, recordedAt: target.recordedAt)
            } catch {
                throw .noLongerValid(approval.proposal, error.description)
            }
        case .proposalRejected(let rejection):
            _ = try pendingProposal(rejection.proposal, decidedBy: actor, registry: registry, state: state)
        case .noteRecorded, .actorRegistered, .organisationRegistered, .organisationTimeZoneSet, .signingPolicySet,
            .renstraAdopted, .documentRecorded, .unknown:
            break
        }
    }

    /// Refuses an unsigned decision recorded on or after the day the organisation's signing policy starts
    /// (``OrganisationState/signingRequiredFrom``), in its time zone.
    package static func checkSigningPolicy(
        _ event: DomainEvent, signed: Bool, state: OrganisationState, recordedAt: Timestamp
    ) throws(DecisionError) {
        guard !signed, event.isDecision, let from = state.signingRequiredFrom,
            state.timeZone.local(recordedAt).date >= from
        else { return }
        throw .unsignedDecision(type: event.type, from: from)
    }

    private static func checkRole(
        _ schema: EventSchema, actor: String, stream: StreamName, registry: ActorRegistry
    ) throws(DecisionError) {
        guard registry.isEnforcing else { return }
        if let role = schema.requiredRole {
            guard registry.permits(actor, role, in: stream) else {
                throw .roleMissing(actor: actor, role: role, type: schema.type, stream: stream)
            }
        } else {
            guard Role.allCases.contains(where: { registry.permits(actor, $0, in: stream) }) else {
                throw .roleMissing(actor: actor, role: nil, type: schema.type, stream: stream)
            }
        }
    }

    private static func checkIkuDecision(
        _ decision: IkuDecisionProposed, effective: CalendarDate?, state: OrganisationState, recordedAt: Timestamp
    ) throws(DecisionError) {
        let date = IkuVersion.inForceFrom(
            effective: effective, inForceFromYear: decision.inForceFromYear, recordedAt: recordedAt)
        let inForce = Set(state.ikuInForce(on: date).map(\.definition.code))
        let changed = (decision.amended ?? []).map(\.code) + (decision.retired ?? []).map(\.code)
        for code in changed where !inForce.contains(code) {
            throw .indicatorNotInForceToChange(code, on: date)
        }
        // Codes are one code whatever their case: `K1` cannot be added beside `k1`.
        let inForceByFolded = Dictionary(inForce.map { ($0.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })
        for code in (decision.added ?? []).map(\.code) {
            guard let existing = inForceByFolded[code.lowercased()], !changed.contains(existing) else { continue }
            throw .indicatorAlreadyInForce(existing, on: date)
        }
    }

    /// The proposal `id` that `actor` may decide on: it exists, is a proposal, is still pending, and was
    /// recorded by someone else: another id (compared as ``ActorRegistry/identity(_:)``) of another person.
    private static func pendingProposal(
        _ id: String, decidedBy actor: String, registry: ActorRegistry, state: OrganisationState
    ) throws(DecisionError) -> RecordedEvent {
        guard let target = state.event(id) else { throw .unknownProposal(id) }
        guard let status = state.status(of: target) else { throw .notAProposal(id, type: target.type) }
        guard status == .pending else { throw .alreadyDecided(id, status: status.word) }
        guard ActorRegistry.identity(target.actor) != ActorRegistry.identity(actor) else {
            throw .selfApproval(actor: actor, proposal: id)
        }
        if registry.samePerson(target.actor, actor) {
            throw .samePerson(actor: actor, proposer: target.actor, proposal: id)
        }
        return target
    }

    private static func requireKnownIndicators(
        of content: PerjanjianKinerjaContent, state: OrganisationState
    ) throws(DecisionError) {
        for sasaran in content.sasaran {
            for target in sasaran.indicators {
                try requireKnownIndicator(target.indicator, state: state)
            }
        }
    }

    private static func requireKnownIndicator(_ code: String, state: OrganisationState) throws(DecisionError) {
        guard state.knownIndicator(code, includingPending: true) != nil else { throw .unknownIndicator(code) }
    }

    /// A realisation's figures: a value or both parts, no zero denominator; for a percentage, nothing below 0;
    /// a value given with its parts is the value the parts give (at the value's own decimals).
    private static func checkValue(
        _ value: DecimalNumber?, numerator: DecimalNumber?, denominator: DecimalNumber?,
        definition: IndicatorDefinition?
    ) throws(DecisionError) {
        guard value != nil || (numerator != nil && denominator != nil) else { throw .missingValue }
        if denominator?.isZero == true { throw .zeroDenominator }
        let percentage = definition?.isPercentage == true
        if percentage, let definition {
            for (name, figure) in [("value", value), ("numerator", numerator), ("denominator", denominator)] {
                guard let figure, figure.isNegative else { continue }
                throw .negativeFigure(name: name, value: figure, indicator: definition.code)
            }
        }
        if let value, let numerator, let denominator {
            if let computed = OrganisationState.ofParts(
                numerator, denominator, isPercentage: percentage, scale: value.scale), computed != value
            {
                throw .valueMismatchesParts(
                    value: value, numerator: numerator, denominator: denominator, computed: computed,
                    percentage: percentage)
            }
        }
    }
}
