import KinerjaEvents
import KinerjaStore

/// Everything one organisation's stream says, folded event by event: the organisation, its Renstra, IKU
/// decisions, targets, PK versions, realisations, budget, and where every proposal stands.
///
/// The state keeps the events themselves (in seq order) and derives the views from them, so every figure it
/// reports names the event it came from.
package struct OrganisationState: Sendable {
    /// The stream.
    package let stream: StreamName
    /// Every committed event, in seq order.
    package private(set) var events: [StoredEvent] = []
    /// Event positions by id.
    package private(set) var indexByID: [String: Int] = [:]
    /// Where each proposal stands, by proposal id.
    package private(set) var statusByProposal: [String: ProposalStatus] = [:]
    /// Corrections by the id of the realisation they correct, in seq order.
    package private(set) var correctionsByRealisasi: [String: [String]] = [:]
    /// Event positions by type, in seq order: the views read one type without scanning every event.
    private var positionsByType: [String: [Int]] = [:]
    /// Positions of `RealisasiRecorded` events by the indicator they name, in seq order: a year's report
    /// reads each indicator's realisations without scanning every other indicator's.
    private var realisasiPositionsByIndicator: [String: [Int]] = [:]
    /// The same positions by indicator and by the year their period's text starts with (the year
    /// ``Period/init(parsing:)`` reads), so a year's report does not read every year's realisations.
    private var realisasiPositionsByIndicatorYear: [String: [Int: [Int]]] = [:]
    /// The seq of the last event folded, kept or not: the stream's length as far as the state has read.
    package private(set) var eventCount = 0

    /// An empty state for `stream`.
    package init(stream: StreamName) {
        self.stream = stream
    }

    /// Whether the state keeps events of `type`. Notes are free text that no view reads (`log` lists them),
    /// so the state, and every checkpoint of it, leaves them out.
    package static func keeps(_ type: String) -> Bool {
        type != "NoteRecorded"
    }

    /// Applies one event (the fold step). Events must come in seq order.
    package mutating func evolve(_ event: StoredEvent, catalog: EventCatalog = .standard) {
        eventCount = event.seq
        guard Self.keeps(event.type) else { return }
        indexByID[event.id] = events.count
        positionsByType[event.type, default: []].append(events.count)
        if event.type == "RealisasiRecorded", let indicator = event.data["indicator"]?.stringValue {
            realisasiPositionsByIndicator[indicator, default: []].append(events.count)
            if let year = event.data["period"]?.stringValue.flatMap(Self.periodYear) {
                realisasiPositionsByIndicatorYear[indicator, default: [:]][year, default: []].append(events.count)
            }
        }
        events.append(event)
        if catalog.isProposal(type: event.type, version: event.version) {
            statusByProposal[event.id] = .pending
        }
        switch event.type {
        case "ProposalApproved":
            if let proposal = event.data["proposal"]?.stringValue {
                statusByProposal[proposal] = .approved(by: event.actor, at: event.recordedAt, decision: event.id)
            }
        case "ProposalRejected":
            if let proposal = event.data["proposal"]?.stringValue {
                statusByProposal[proposal] = .rejected(
                    by: event.actor, at: event.recordedAt, decision: event.id,
                    reason: event.data["reason"]?.stringValue ?? "")
            }
        case "RealisasiCorrected":
            if let corrected = event.data["corrects"]?.stringValue {
                correctionsByRealisasi[corrected, default: []].append(event.id)
            }
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
    package func event(_ id: String) -> StoredEvent? {
        indexByID[id].map { events[$0] }
    }

    /// The events of `type`, in seq order.
    package func events(ofType type: String) -> [StoredEvent] {
        (positionsByType[type] ?? []).map { events[$0] }
    }

    /// The `RealisasiRecorded` events naming `indicator`, in seq order.
    package func realisasiEvents(_ indicator: String) -> [StoredEvent] {
        (realisasiPositionsByIndicator[indicator] ?? []).map { events[$0] }
    }

    /// The `RealisasiRecorded` events naming `indicator` whose period's text starts with `year` (a superset
    /// of those whose period parses to that year), in seq order.
    package func realisasiEvents(_ indicator: String, year: Int) -> [StoredEvent] {
        (realisasiPositionsByIndicatorYear[indicator]?[year] ?? []).map { events[$0] }
    }

    /// The year a period's text names as ``Period/init(parsing:)`` reads it (the four ASCII characters
    /// before the first `-`), without checking the rest.
    private static func periodYear(_ text: String) -> Int? {
        let head = text.utf8.prefix { $0 != UInt8(ascii: "-") }
        guard head.count == 4, head.allSatisfy({ $0 < 0x80 }) else { return nil }
        return Int(String(decoding: head, as: UTF8.self))
    }

    /// The events of any of `types`, in seq order.
    package func events(ofTypes types: [String]) -> [StoredEvent] {
        types.flatMap { positionsByType[$0] ?? [] }.sorted().map { events[$0] }
    }

    /// Whether the event counts: not a proposal, or an approved one.
    package func counts(_ event: StoredEvent) -> Bool {
        statusByProposal[event.id].map(\.isApproved) ?? true
    }

    /// The rating scale the organisation chose, or the default (Permendagri 54/2010).
    package var ratingScale: RatingScale {
        events(ofType: "OrganisationRegistered").first?.data["ratingScale"]?.stringValue.flatMap(RatingScale.named)
            ?? .permendagri54Of2010
    }

    /// The organisation's name, if registered.
    package var organisationName: String? {
        events(ofType: "OrganisationRegistered").first?.data["name"]?.stringValue
    }
}

extension OrganisationState {
    /// The latest year with a PK or a realisasi, if any.
    package var latestReportedYear: Int? {
        events.compactMap { event -> Int? in
            switch event.type {
            case "PerjanjianKinerjaSigned": event.data["year"]?.intValue
            case "RealisasiRecorded": event.data["period"]?.stringValue.flatMap(Period.init(parsing:))?.year
            default: nil
            }
        }.max()
    }
}
