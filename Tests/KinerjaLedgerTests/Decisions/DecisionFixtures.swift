import Testing

@testable import KinerjaCLI
@testable import KinerjaEvents
@testable import KinerjaInterchange
@testable import KinerjaProjections
@testable import KinerjaReports
@testable import KinerjaStore

/// Given-events / when-event / then-error fixtures for decision tests, without touching the disk.
struct History {
    static let stream = StreamName("luwu-timur") ?? .ledger
    /// The actors: ``Fixtures/actors`` (a decision is refused before any actor is registered).
    var registry: ActorRegistry = {
        var registry = ActorRegistry()
        for actor in Fixtures.actors {
            registry.evolve(
                RecordedEvent(
                    stored: StoredEvent(
                        envelope: EventEnvelope(
                            seq: 1, id: actor.actor, type: "ActorRegistered", version: 1, recordedAt: Fixtures.start,
                            actor: "admin", effective: nil, batch: BatchRange(first: 1, last: 1), data: [:],
                            prev: .zero),
                        hash: .zero),
                    event: .actorRegistered(actor)))
        }
        return registry
    }()
    var state = OrganisationState(stream: History.stream)

    /// Applies `event` recorded by `actor` at `time` as if it had been written.
    mutating func given(
        _ event: NewEvent, by actor: String = "clerk", in stream: StreamName = History.stream,
        at time: Timestamp = Fixtures.start
    ) {
        let stored = StoredEvent(
            envelope: EventEnvelope(
                seq: state.eventCount + 1, id: event.id ?? "e\(state.eventCount + 1)", type: event.type, version: 1,
                recordedAt: time, actor: actor, effective: event.effective,
                batch: BatchRange(first: 1, last: 1),
                data: event.data, prev: .zero),
            hash: .zero)
        if stream == .ledger { registry.evolve(stored) } else { state.evolve(stored) }
    }

    /// Checks `event` recorded by `actor`, decoded with the codec as the recorder decodes it.
    func when(_ event: NewEvent, by actor: String = "clerk", in stream: StreamName = History.stream)
        throws(DecisionError)
    {
        let typed: DomainEvent
        do {
            typed = try EventCodec.standard.decode(type: event.type, version: 1, data: event.data)
        } catch {
            Issue.record("\(event.type) does not decode: \(error)")
            return
        }
        try Decider.check(
            typed, id: event.id ?? "new", effective: event.effective, actor: actor, stream: stream,
            registry: registry, state: state, recordedAt: Fixtures.start)
    }

    /// A history with the organisation registered and an approved IKU (ppks, idg) in force from 2022-01-01.
    static var withIKU: History {
        var history = History()
        history.given(Events.organisation)
        history.given(Events.iku(id: "iku-1", effective: "2022-01-01", added: ["ppks", "idg"]))
        history.given(Events.approval(of: "iku-1", id: "ok-iku-1"), by: "kepala")
        return history
    }
}

/// Event builders.
enum Events {
    static let basis: JSONValue = .object(["document": .string("LKj 2024")])

    static var organisation: NewEvent {
        NewEvent(
            type: "OrganisationRegistered", id: "org",
            data: ["name": .string("Dinas Sosial P3A"), "region": .string("Kabupaten Luwu Timur"), "basis": basis])
    }

    static func indicator(_ code: String, polarity: String = "higher-is-better") -> JSONValue {
        .object([
            "code": .string(code), "name": .string("Indikator \(code)"), "unit": .string("persen"),
            "polarity": .string(polarity),
            "capaianFormula": .string(polarity == "higher-is-better" ? "ratio" : "variant-a"),
        ])
    }

    static func iku(
        id: String, effective: String, added: [String] = [], amended: [String] = [], retired: [String] = []
    ) -> NewEvent {
        var data: JSONObject = ["kind": .string("penetapan"), "basis": basis]
        if !added.isEmpty { data["added"] = .array(added.map { indicator($0) }) }
        if !amended.isEmpty {
            data["amended"] = .array(
                amended.map { .object(["code": .string($0), "changes": .object(["unit": .string("poin")])]) })
        }
        if !retired.isEmpty { data["retired"] = .array(retired.map { .object(["code": .string($0)]) }) }
        return NewEvent(type: "IkuDecisionProposed", id: id, data: data, effective: CalendarDate(parsing: effective))
    }

    static func approval(of proposal: String, id: String? = nil) -> NewEvent {
        NewEvent(type: "ProposalApproved", id: id, data: ["proposal": .string(proposal)])
    }

    static func realisasi(_ indicator: String, _ period: String, value: String? = "56.70", id: String? = nil)
        -> NewEvent
    {
        var data: JSONObject = ["indicator": .string(indicator), "period": .string(period), "basis": basis]
        if let value { data["value"] = .string(value) }
        return NewEvent(type: "RealisasiRecorded", id: id, data: data)
    }

    static func actor(
        _ id: String, roles: [String], organisations: [String]? = nil, name: String? = nil, nip: String? = nil
    ) -> NewEvent {
        var data: JSONObject = [
            "actor": .string(id), "name": .string(name ?? id), "roles": .array(roles.map(JSONValue.string)),
        ]
        if let organisations { data["organisations"] = .array(organisations.map(JSONValue.string)) }
        if let nip { data["nip"] = .string(nip) }
        return NewEvent(type: "ActorRegistered", data: data)
    }

    static func pk(year: Int, amendment reason: String? = nil) -> NewEvent {
        var data: JSONObject = [
            "year": .integer(year), "basis": basis,
            "sasaran": .array([
                .object([
                    "text": .string("Meningkatnya kesejahteraan PPKS"),
                    "indicators": .array([.object(["indicator": .string("ppks"), "target": .string("56.70")])]),
                ])
            ]),
        ]
        guard let reason else {
            return NewEvent(
                type: "PerjanjianKinerjaSigned", data: data, effective: CalendarDate(parsing: "\(year)-01-31"))
        }
        data["reason"] = .string(reason)
        data["explanation"] = .string("pergantian Kepala Dinas")
        return NewEvent(
            type: "PerjanjianKinerjaAmendmentProposed", data: data, effective: CalendarDate(parsing: "\(year)-07-01"))
    }

    static func budget(_ code: String, parent: String? = nil, year: Int = 2024) -> NewEvent {
        var data: JSONObject = [
            "year": .integer(year), "level": .string(parent == nil ? "program" : "kegiatan"), "code": .string(code),
            "name": .string("Program \(code)"), "pagu": .string("13821027400"), "basis": basis,
        ]
        if let parent { data["parent"] = .string(parent) }
        return NewEvent(type: "BudgetLineRecorded", data: data)
    }
}
