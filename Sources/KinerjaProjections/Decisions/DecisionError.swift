import KinerjaEvents
import KinerjaStore

/// Why a decision was refused: what it contradicts in the ledger's state. Nothing is written.
package enum DecisionError: Error, Equatable, Sendable, CustomStringConvertible {
    case roleMissing(actor: String, role: Role?, type: String, stream: StreamName)
    case firstActorMustBeAdministrator(String)
    case lastAdministrator(String)
    case wrongStream(type: String, stream: StreamName)
    case organisationNotRegistered(StreamName, type: String)
    case organisationAlreadyRegistered(StreamName)
    case unknownIndicator(String)
    case indicatorNotInForce(String, period: Period)
    case indicatorAlreadyInForce(String, on: CalendarDate)
    case indicatorNotInForceToChange(String, on: CalendarDate)
    case unknownProposal(String)
    case notAProposal(String, type: String)
    case alreadyDecided(String, status: String)
    case selfApproval(actor: String, proposal: String)
    case samePerson(actor: String, proposer: String, proposal: String)
    /// The key being registered for `actor` is already `holder`'s: one key belongs to one identity.
    case keyOfAnotherActor(actor: String, holder: String)
    /// A `type` decision recorded unsigned on or after `from`, when the organisation's policy requires it signed.
    case unsignedDecision(type: String, from: CalendarDate)
    case noActorsYet(type: String)
    case noKeyToSignWith(actor: String)
    case signedWithAnotherKey(actor: String, signer: String)
    case correctsNonRealisasi(String)
    case missingValue
    case zeroDenominator
    case periodNotBegun(Period, recordedOn: CalendarDate)
    case negativeFigure(name: String, value: DecimalNumber, indicator: String)
    case valueMismatchesParts(
        value: DecimalNumber, numerator: DecimalNumber, denominator: DecimalNumber, computed: DecimalNumber,
        percentage: Bool)
    case pkAlreadySigned(year: Int)
    case pkNotSigned(year: Int)
    case datedAfterRecording(what: String, date: CalendarDate, recordedOn: CalendarDate)
    case amendmentBeforeSigning(year: Int, date: CalendarDate, signedOn: CalendarDate)
    case budgetCodeTaken(year: Int, code: String)
    case budgetParentUnknown(year: Int, code: String)
    case unknownRatingScale(String, known: [String])
    case noLongerValid(String, String)

    /// A key as `TYPE …LAST16`, short enough for a sentence.
    package static func shortKey(_ key: String) -> String {
        let words = key.split(separator: " ")
        guard words.count == 2 else { return key }
        return "\(words[0]) …\(words[1].suffix(16))"
    }

    /// One sentence naming the value and what it contradicts.
    package var description: String {
        switch self {
        case .roleMissing(let actor, let role, let type, let stream):
            if let role {
                "\(actor) may not record \(type) in stream \(stream): it needs the role \(role.rawValue) "
                    + "(register it with \(EventType.actorRegistered.rawValue))"
            } else {
                "\(actor) is not a registered actor, so may not record \(type)"
            }
        case .firstActorMustBeAdministrator(let actor):
            "the first actor registered (\(actor)) must hold the administrator role, or nobody could register others"
        case .lastAdministrator(let actor):
            "\(actor) is the only administrator and would lose the role, so nobody could register actors; register "
                + "another administrator first"
        case .wrongStream(let type, let stream):
            type == EventType.actorRegistered.rawValue
                ? "\(type) belongs in the ledger stream, not \(stream)"
                : "\(type) belongs in an organisation's stream, not the ledger stream"
        case .organisationNotRegistered(let stream, let type):
            "stream \(stream) has no \(EventType.organisationRegistered.rawValue) yet; record it before \(type)"
        case .organisationAlreadyRegistered(let stream):
            "stream \(stream) already has its \(EventType.organisationRegistered.rawValue)"
        case .unknownIndicator(let code):
            "indicator \(code) is not defined by any IKU decision or the Renstra in this stream"
        case .indicatorNotInForce(let code, let period):
            "indicator \(code) is not in force in \(period) (no approved IKU decision, nor the Renstra, has it "
                + "in force on \(period.lastDay))"
        case .indicatorAlreadyInForce(let code, let date):
            "indicator \(code) is already in the IKU in force on \(date); amend it instead of adding it"
        case .indicatorNotInForceToChange(let code, let date):
            "indicator \(code) is not in the IKU in force on \(date), so it cannot be amended or retired"
        case .unknownProposal(let id):
            "there is no event \(id) in this stream to decide on"
        case .notAProposal(let id, let type):
            "event \(id) is a \(type), not a proposal; only proposals are approved or rejected"
        case .alreadyDecided(let id, let status):
            "proposal \(id) is already \(status); a proposal is decided once"
        case .selfApproval(let actor, let proposal):
            "\(actor) recorded proposal \(proposal) and may not decide on it: nobody approves their own proposal"
        case .samePerson(let actor, let proposer, let proposal):
            "\(actor) and \(proposer), who recorded proposal \(proposal), are registered for the same person (the "
                + "same NIP, or the same name where a NIP is not given); nobody approves their own proposal"
        case .unsignedDecision(let type, let from):
            "\(type) must be signed: since \(from) the organisation's decisions are recorded with --sign-with KEYFILE "
                + "(its SigningPolicySet)"
        case .keyOfAnotherActor(let actor, let holder):
            "the key given for \(actor) is already registered for \(holder); one key belongs to one person's one "
                + "id, so that nobody signs a proposal under one id and its approval under another"
        case .noKeyToSignWith(let actor):
            "\(actor) has no registered key, so a batch signed in their name cannot be checked; register their public "
                + "key with 'kinerja actor add … --key FILE.pub' first"
        case .signedWithAnotherKey(let actor, let signer):
            "the batch is signed with the key \(Self.shortKey(signer)), which is not the key registered for \(actor); "
                + "each actor signs with their own key"
        case .noActorsYet(let type):
            "no actor is registered yet, so \(type) cannot be checked against anyone's roles; register the first "
                + "administrator (\(EventType.actorRegistered.rawValue)) first: until then only actors and "
                + "organisations are recorded"
        case .correctsNonRealisasi(let id):
            "event \(id) is not a \(EventType.realisasiRecorded.rawValue); a correction must name the realisation "
                + "it corrects"
        case .missingValue:
            "a realisation needs \"value\", or \"numerator\" and \"denominator\""
        case .zeroDenominator:
            "the denominator is 0"
        case .periodNotBegun(let period, let day):
            "the period \(period) had not begun on \(day), the day it is recorded: a realisation is recorded for a "
                + "period that has begun"
        case .negativeFigure(let name, let value, let indicator):
            "the \(name) \(value.indonesian()) is negative: indicator \(indicator) is a percentage, which is never "
                + "below 0"
        case .valueMismatchesParts(let value, let numerator, let denominator, let computed, let percentage):
            "the value \(value.indonesian()) does not match its parts: \(numerator.indonesian()) / "
                + "\(denominator.indonesian())\(percentage ? " × 100" : "") = \(computed.indonesian()); give the value "
                + "as printed without the parts (note them in the basis), or correct one of them"
        case .pkAlreadySigned(let year):
            "a PK for \(year) is already signed; record a PK Perubahan "
                + "(\(EventType.perjanjianKinerjaAmendmentProposed.rawValue)) instead"
        case .pkNotSigned(let year):
            "there is no signed PK for \(year) to amend"
        case .datedAfterRecording(let what, let date, let day):
            "\(what) is dated \(date), after \(day), the day it is recorded: a decision is recorded once it is made"
        case .amendmentBeforeSigning(let year, let date, let signedOn):
            "a PK Perubahan \(year) dated \(date) would take effect before the PK it amends was signed (\(signedOn))"
        case .budgetCodeTaken(let year, let code):
            "budget line \(code) for \(year) is already recorded"
        case .budgetParentUnknown(let year, let code):
            "budget line \(code) for \(year) is not recorded, so it cannot be a parent"
        case .noLongerValid(let proposal, let reason):
            "proposal \(proposal) no longer holds and cannot be approved: \(reason)"
        case .unknownRatingScale(let name, let known):
            "there is no rating scale \"\(name)\" (known: \(known.map { "\"\($0)\"" }.joined(separator: ", ")))"
        }
    }
}
