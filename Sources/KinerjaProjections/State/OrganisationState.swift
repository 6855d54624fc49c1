import KinerjaEvents
import KinerjaStore

/// Everything one organisation's stream says, folded event by event: the organisation, its Renstra, IKU
/// decisions, targets, PK versions, realisations, budget, and where every proposal stands.
///
/// The state keeps the events themselves (in seq order, each with its typed payload) and derives the views
/// from them, so every figure it reports names the event it came from.
package struct OrganisationState: Sendable {
    /// The stream.
    package let stream: StreamName
    /// Every committed event the state keeps, in seq order, with its typed payload.
    package private(set) var events: [RecordedEvent] = []
    /// Event positions by id.
    package private(set) var indexByID: [String: Int] = [:]
    /// Where each proposal stands, by proposal id.
    package private(set) var statusByProposal: [String: ProposalStatus] = [:]
    /// Corrections by the id of the realisation they correct, in seq order.
    package private(set) var correctionsByRealisasi: [String: [String]] = [:]
    /// Event positions by type, in seq order: the views read one type without scanning every event.
    private var positionsByType: [EventType: [Int]] = [:]
    /// Positions of `RealisasiRecorded` events by the indicator they name, in seq order: a year's report
    /// reads each indicator's realisations without scanning every other indicator's.
    private var realisasiPositionsByIndicator: [String: [Int]] = [:]
    /// The same positions by indicator and by the year of their period, so a year's report does not read
    /// every year's realisations.
    private var realisasiPositionsByIndicatorYear: [String: [Int: [Int]]] = [:]
    /// The seq of the last event folded, kept or not: the stream's length as far as the state has read.
    package private(set) var eventCount = 0

    /// An empty state for `stream`.
    package init(stream: StreamName) {
        self.stream = stream
    }

    /// Applies one stored event (the fold step), decoding it with the codec. Events must come in seq order.
    /// An event whose data does not decode (a catalogue and codec that disagree) is kept as an event of an
    /// unknown type, which no view counts.
    package mutating func evolve(_ stored: StoredEvent) {
        let event =
            (try? EventCodec.standard.decode(stored))
            ?? .unknown(type: stored.type, version: stored.version, data: stored.data)
        evolve(RecordedEvent(stored: stored, event: event))
    }

    /// Applies one recorded event (the fold step). Events must come in seq order.
    package mutating func evolve(_ recorded: RecordedEvent) {
        eventCount = recorded.seq
        if case .noteRecorded = recorded.event { return }
        let position = events.count
        indexByID[recorded.id] = position
        if let type = recorded.event.eventType { positionsByType[type, default: []].append(position) }
        events.append(recorded)
        if recorded.event.isProposal { statusByProposal[recorded.id] = .pending }
        switch recorded.event {
        case .realisasiRecorded(let realisasi):
            realisasiPositionsByIndicator[realisasi.indicator, default: []].append(position)
            realisasiPositionsByIndicatorYear[realisasi.indicator, default: [:]][realisasi.period.year, default: []]
                .append(position)
        case .proposalApproved(let approval):
            statusByProposal[approval.proposal] = .approved(
                by: recorded.actor, at: recorded.recordedAt, decision: recorded.id)
        case .proposalRejected(let rejection):
            statusByProposal[rejection.proposal] = .rejected(
                by: recorded.actor, at: recorded.recordedAt, decision: recorded.id, reason: rejection.reason)
        case .realisasiCorrected(let correction):
            correctionsByRealisasi[correction.corrects, default: []].append(recorded.id)
        default:
            break
        }
    }

    /// Moves the state's length on to `seq` without an event: a checkpoint restores the kept events and then
    /// the length its position had.
    package mutating func advance(to seq: Int) {
        eventCount = max(eventCount, seq)
    }

    /// The event with `id`.
    package func event(_ id: String) -> RecordedEvent? {
        indexByID[id].map { events[$0] }
    }

    /// The events of `type`, in seq order.
    package func events(ofType type: EventType) -> [RecordedEvent] {
        (positionsByType[type] ?? []).map { events[$0] }
    }

    /// The `RealisasiRecorded` events naming `indicator`, in seq order.
    package func realisasiEvents(_ indicator: String) -> [RecordedEvent] {
        (realisasiPositionsByIndicator[indicator] ?? []).map { events[$0] }
    }

    /// The `RealisasiRecorded` events naming `indicator` for a period of `year`, in seq order.
    package func realisasiEvents(_ indicator: String, year: Int) -> [RecordedEvent] {
        (realisasiPositionsByIndicatorYear[indicator]?[year] ?? []).map { events[$0] }
    }

    /// The events of any of `types`, in seq order.
    package func events(ofTypes types: [EventType]) -> [RecordedEvent] {
        types.flatMap { positionsByType[$0] ?? [] }.sorted().map { events[$0] }
    }

    /// Whether the event counts: not a proposal, or an approved one.
    package func counts(_ event: RecordedEvent) -> Bool {
        statusByProposal[event.id].map(\.isApproved) ?? true
    }

    /// The rating scale the organisation chose, or the default (Permendagri 54/2010).
    package var ratingScale: RatingScale {
        let registration = events(ofType: .organisationRegistered).first?.organisationRegistration
        return registration?.ratingScale.flatMap(RatingScale.named) ?? .permendagri54Of2010
    }

    /// The organisation's name, if registered.
    package var organisationName: String? {
        events(ofType: .organisationRegistered).first?.organisationRegistration?.name
    }
}

extension OrganisationState {
    /// The latest year with a PK or a realisasi, if any.
    package var latestReportedYear: Int? {
        events.compactMap { event -> Int? in
            switch event.event {
            case .perjanjianKinerjaSigned(let signed): signed.content.year
            case .realisasiRecorded(let realisasi): realisasi.period.year
            default: nil
            }
        }.max()
    }
}
