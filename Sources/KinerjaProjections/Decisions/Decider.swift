import KinerjaEvents
import KinerjaStore

/// Checks a decision against the ledger's state before anything is written: the pure `decide` step.
///
/// Rules: the recorder holds the role the type needs (once actors are registered); an organisation stream
/// starts with its OrganisationRegistered; indicators exist, and a realisation's indicator is in force for
/// its period; an IKU decision adds only what is not in force and amends or retires only what is; nobody
/// approves their own proposal and a proposal is decided once; a correction names a realisation; one signed
/// PK per year, amended only once signed; budget codes are unique per year and parents exist.
package enum Decider {
    /// Checks `event` (with its id) recorded by `actor` into `stream`, given the registry and, for an
    /// organisation stream, its state.
    package static func check(
        _ event: NewEvent, id: String, actor: String, stream: StreamName, registry: ActorRegistry,
        state: OrganisationState, recordedAt: Timestamp, catalog: EventCatalog = .standard
    ) throws(DecisionError) {
        guard let schema = catalog.currentSchema(type: event.type) else { return }
        if event.type == "ActorRegistered" {
            guard stream == .ledger else { throw .wrongStream(type: event.type, stream: stream) }
            if !registry.isEnforcing {
                let roles = event.data["roles"]?.arrayValue?.compactMap(\.stringValue) ?? []
                guard roles.contains(Role.administrator.rawValue) else {
                    throw .firstActorMustBeAdministrator(event.data["actor"]?.stringValue ?? "")
                }
                return
            }
        } else if stream == .ledger && event.type != "NoteRecorded" {
            throw .wrongStream(type: event.type, stream: stream)
        }
        try checkRole(schema, actor: actor, stream: stream, registry: registry)
        guard stream != .ledger else { return }
        if event.type == "OrganisationRegistered" {
            guard state.organisationName == nil else { throw .organisationAlreadyRegistered(stream) }
            if let scale = event.data["ratingScale"]?.stringValue, RatingScale.named(scale) == nil {
                throw .unknownRatingScale(scale, known: RatingScale.catalogue.map(\.name))
            }
            return
        }
        guard event.type == "NoteRecorded" || state.organisationName != nil else {
            throw .organisationNotRegistered(stream, type: event.type)
        }
        try checkContent(event, actor: actor, state: state, recordedAt: recordedAt)
    }

    /// The rules about what an event says, against the organisation's state.
    private static func checkContent(
        _ event: NewEvent, actor: String, state: OrganisationState, recordedAt: Timestamp
    ) throws(DecisionError) {
        let data = event.data
        switch event.type {
        case "IkuDecisionProposed":
            try checkIkuDecision(event, state: state, recordedAt: recordedAt)
        case "RenstraTargetsProposed", "TargetChangeProposed":
            try requireKnownIndicator(data, state: state)
        case "PerjanjianKinerjaSigned", "PerjanjianKinerjaAmendmentProposed":
            let year = data["year"]?.intValue ?? 0
            let signed = !state.pkVersions(year: year).isEmpty
            if event.type == "PerjanjianKinerjaSigned" && signed { throw .pkAlreadySigned(year: year) }
            if event.type == "PerjanjianKinerjaAmendmentProposed" && !signed { throw .pkNotSigned(year: year) }
            for sasaran in data["sasaran"]?.arrayValue ?? [] {
                for entry in sasaran.objectValue?["indicators"]?.arrayValue ?? [] {
                    let code = entry.objectValue?["indicator"]?.stringValue ?? ""
                    guard state.knownIndicator(code, includingPending: true) != nil else {
                        throw .unknownIndicator(code)
                    }
                }
            }
        case "RealisasiRecorded":
            let code = data["indicator"]?.stringValue ?? ""
            guard state.knownIndicator(code, includingPending: true) != nil else { throw .unknownIndicator(code) }
            if let period = data["period"]?.stringValue.flatMap(Period.init(parsing:)),
                state.indicatorInForce(code, for: period) == nil
            {
                throw .indicatorNotInForce(code, period: period)
            }
            try checkValue(data)
        case "RealisasiCorrected":
            let corrected = data["corrects"]?.stringValue ?? ""
            guard state.event(corrected)?.type == "RealisasiRecorded" else { throw .correctsNonRealisasi(corrected) }
            try checkValue(data)
        case "BudgetLineRecorded":
            let year = data["year"]?.intValue ?? 0
            let lines = state.events(ofType: .budgetLineRecorded).filter { $0.data["year"]?.intValue == year }
            let codes = Set(lines.compactMap { $0.data["code"]?.stringValue })
            let code = data["code"]?.stringValue ?? ""
            if codes.contains(code) { throw .budgetCodeTaken(year: year, code: code) }
            if let parent = data["parent"]?.stringValue, !codes.contains(parent) {
                throw .budgetParentUnknown(year: year, code: parent)
            }
        case "ProposalApproved", "ProposalRejected":
            let proposal = data["proposal"]?.stringValue ?? ""
            guard let target = state.event(proposal) else { throw .unknownProposal(proposal) }
            guard let status = state.statusByProposal[proposal] else {
                throw .notAProposal(proposal, type: target.type)
            }
            guard status == .pending else { throw .alreadyDecided(proposal, status: status.word) }
            guard target.actor != actor else { throw .selfApproval(actor: actor, proposal: proposal) }
            if event.type == "ProposalApproved" {
                // The state may have moved since the proposal was made: it must still hold to count.
                let proposed = NewEvent(
                    type: target.type, id: target.id, data: target.data, effective: target.effective)
                do {
                    try checkContent(proposed, actor: target.actor, state: state, recordedAt: target.recordedAt)
                } catch {
                    throw .noLongerValid(proposal, error.description)
                }
            }
        default:
            break
        }
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
        _ event: NewEvent, state: OrganisationState, recordedAt: Timestamp
    ) throws(DecisionError) {
        let date = IkuVersion.inForceFrom(
            effective: event.effective, inForceFromYear: event.data["inForceFromYear"]?.intValue, recordedAt: recordedAt
        )
        let inForce = Set(state.ikuInForce(on: date).map(\.definition.code))
        var changed = Set<String>()
        for entry in event.data["amended"]?.arrayValue ?? [] {
            let code = entry.objectValue?["code"]?.stringValue ?? ""
            guard inForce.contains(code) else { throw .indicatorNotInForceToChange(code, on: date) }
            changed.insert(code)
        }
        for entry in event.data["retired"]?.arrayValue ?? [] {
            let code = entry.objectValue?["code"]?.stringValue ?? ""
            guard inForce.contains(code) else { throw .indicatorNotInForceToChange(code, on: date) }
            changed.insert(code)
        }
        for entry in event.data["added"]?.arrayValue ?? [] {
            let code = entry.objectValue?["code"]?.stringValue ?? ""
            if inForce.contains(code) && !changed.contains(code) { throw .indicatorAlreadyInForce(code, on: date) }
        }
    }

    private static func requireKnownIndicator(_ data: JSONObject, state: OrganisationState) throws(DecisionError) {
        let code = data["indicator"]?.stringValue ?? ""
        guard state.knownIndicator(code, includingPending: true) != nil else { throw .unknownIndicator(code) }
    }

    private static func checkValue(_ data: JSONObject) throws(DecisionError) {
        let hasParts = data["numerator"] != nil && data["denominator"] != nil
        guard data["value"] != nil || hasParts else { throw .missingValue }
        if let denominator = data["denominator"]?.stringValue.flatMap(DecimalNumber.init(plain:)), denominator.isZero {
            throw .zeroDenominator
        }
    }
}
