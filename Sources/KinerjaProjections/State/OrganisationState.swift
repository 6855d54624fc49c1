import KinerjaEvents
import KinerjaStore

/// What one organisation's stream says, as the views need it, keyed: the organisation, its Renstra and IKU
/// decisions, the indicators each defines, targets by indicator and year, realisations by indicator and year
/// with their corrections, proposals by id with where each stands, PK versions by year, budget lines by year
/// and code, and documents.
///
/// ``evolve(_:)-(RecordedEvent)`` is the only way it changes: one event at a time in seq order, each in O(1)
/// amortised (a dictionary entry or an append per key the event names). Every entry names the event it came
/// from by id, and the event itself is kept once, by id, so a figure can always show its source.
package struct OrganisationState: Sendable, Equatable {
    /// The stream.
    package let stream: StreamName
    /// The seq of the last event folded, kept or not: the stream's length as far as the state has read.
    package private(set) var eventCount = 0
    /// Every kept event (every type but notes) by id; the keyed entries below name them.
    private var eventsByID: [String: RecordedEvent] = [:]
    /// The kept events' ids in seq order: the journal, for the views about what was recorded when.
    private(set) var journal: [String] = []
    /// The organisation's registration (the first one), if any.
    package private(set) var registration: OrganisationRegistered?
    /// Where each proposal stands, by proposal id.
    package private(set) var statusByProposal: [String: ProposalStatus] = [:]
    /// The approvals and rejections of each proposal, by proposal id, in seq order.
    private(set) var decisionsByProposal: [String: [String]] = [:]
    /// Corrections by the id of the realisation they correct, in seq order.
    private(set) var correctionsByRealisasi: [String: [String]] = [:]
    /// The Renstra adoptions, in seq order.
    private(set) var renstraAdoptions: [String] = []
    /// The IKU decisions, in seq order.
    private(set) var ikuDecisions: [String] = []
    /// The Renstra adoptions and IKU decisions that define or amend each indicator, by code, in seq order.
    private(set) var definitionsByIndicator: [String: [String]] = [:]
    /// The proposals that set a yearly target (Renstra targets and target changes), by indicator and year, in
    /// seq order.
    private(set) var targetProposals: [IndicatorYear: [String]] = [:]
    /// The Renstra targets proposals that give an end-of-Renstra target, by indicator, in seq order.
    private(set) var endOfPeriodProposals: [String: [String]] = [:]
    /// The realisations by indicator and by the year of their period, in seq order.
    private(set) var realisasiByIndicator: [String: [Int: [String]]] = [:]
    /// The PK signings and amendment proposals by year, in seq order.
    private(set) var perjanjianKinerjaByYear: [Int: [String]] = [:]
    /// The budget lines by year and code, and each year's tree order.
    private(set) var budgetByYear: [Int: BudgetYear] = [:]
    /// The recorded documents, in seq order.
    private(set) var documents: [String] = []
    /// The events that name each indicator code (see ``HistorySubject/indicator(_:)``), in seq order.
    private(set) var mentionsByIndicator: [String: [String]] = [:]

    /// An indicator and a year: the key of yearly targets.
    struct IndicatorYear: Hashable, Sendable {
        /// The indicator's code.
        package var indicator: String
        /// The year.
        package var year: Int
    }

    /// An empty state for `stream`.
    package init(stream: StreamName) {
        self.stream = stream
    }

    /// Applies one stored event (the fold step), decoding it with the codec. Events must come in seq order.
    /// An event whose data does not decode (a catalogue and codec that disagree) is kept as an event of an
    /// unknown type, which no view counts.
    mutating func evolve(_ stored: StoredEvent) {
        let event =
            (try? EventCodec.standard.decode(stored))
            ?? .unknown(type: stored.type, version: stored.version, data: stored.data)
        evolve(RecordedEvent(stored: stored, event: event))
    }

    /// Applies one recorded event (the fold step). Events must come in seq order.
    mutating func evolve(_ recorded: RecordedEvent) {
        eventCount = recorded.seq
        if case .noteRecorded = recorded.event { return }
        let id = recorded.id
        eventsByID[id] = recorded
        journal.append(id)
        if recorded.event.isProposal { statusByProposal[id] = .pending }
        for code in Self.indicatorsNamed(by: recorded.event) { mentionsByIndicator[code, default: []].append(id) }
        switch recorded.event {
        case .organisationRegistered(let organisation):
            if registration == nil { registration = organisation }
        case .renstraAdopted(let renstra):
            renstraAdoptions.append(id)
            let codes = (renstra.tujuan ?? []).flatMap { ($0.indicators ?? []).map(\.code) }
            for code in Set(codes) { definitionsByIndicator[code, default: []].append(id) }
        case .ikuDecisionProposed(let decision):
            ikuDecisions.append(id)
            let codes = (decision.added ?? []).map(\.code) + (decision.amended ?? []).map(\.code)
            for code in Set(codes) { definitionsByIndicator[code, default: []].append(id) }
        case .renstraTargetsProposed(let targets):
            for year in Set(targets.targets.map(\.year)) {
                targetProposals[IndicatorYear(indicator: targets.indicator, year: year), default: []].append(id)
            }
            if targets.endOfPeriod != nil { endOfPeriodProposals[targets.indicator, default: []].append(id) }
        case .targetChangeProposed(let change):
            targetProposals[IndicatorYear(indicator: change.indicator, year: change.year), default: []].append(id)
        case .perjanjianKinerjaSigned(let signed):
            perjanjianKinerjaByYear[signed.content.year, default: []].append(id)
        case .perjanjianKinerjaAmendmentProposed(let amendment):
            perjanjianKinerjaByYear[amendment.content.year, default: []].append(id)
        case .realisasiRecorded(let realisasi):
            realisasiByIndicator[realisasi.indicator, default: [:]][realisasi.period.year, default: []].append(id)
        case .realisasiCorrected(let correction):
            correctionsByRealisasi[correction.corrects, default: []].append(id)
        case .budgetLineRecorded(let line):
            budgetByYear[line.year, default: BudgetYear()].add(line, eventID: id)
        case .documentRecorded:
            documents.append(id)
        case .proposalApproved(let approval):
            decisionsByProposal[approval.proposal, default: []].append(id)
            statusByProposal[approval.proposal] = .approved(by: recorded.actor, at: recorded.recordedAt, decision: id)
        case .proposalRejected(let rejection):
            decisionsByProposal[rejection.proposal, default: []].append(id)
            statusByProposal[rejection.proposal] = .rejected(
                by: recorded.actor, at: recorded.recordedAt, decision: id, reason: rejection.reason)
        case .noteRecorded, .actorRegistered, .organisationTimeZoneSet, .unknown:
            break
        }
    }

    /// Moves the state's length on to `seq` without an event: a checkpoint restores the kept events and then
    /// the length its position had.
    mutating func advance(to seq: Int) {
        eventCount = max(eventCount, seq)
    }

    /// The event with `id`.
    package func event(_ id: String) -> RecordedEvent? {
        eventsByID[id]
    }

    /// The events with `ids`, in seq order (ids of no kept event are left out).
    package func events(_ ids: some Sequence<String>) -> [RecordedEvent] {
        ids.compactMap { eventsByID[$0] }.sorted { $0.seq < $1.seq }
    }

    /// Every kept event in seq order: the journal the audit report and checkpoints read.
    package var keptEvents: [RecordedEvent] {
        journal.compactMap { eventsByID[$0] }
    }

    /// Every proposal still waiting for a decision, in seq order.
    var pendingProposals: [RecordedEvent] {
        events(statusByProposal.compactMap { $0.value == .pending ? $0.key : nil })
    }

    /// Whether the event counts: not a proposal, or an approved one.
    package func counts(_ event: RecordedEvent) -> Bool {
        statusByProposal[event.id].map(\.isApproved) ?? true
    }

    /// The rating scale the organisation chose, or the default (Permendagri 54/2010).
    package var ratingScale: RatingScale {
        registration?.ratingScale.flatMap(RatingScale.named) ?? .permendagri54Of2010
    }

    /// The organisation's name, if registered.
    package var organisationName: String? {
        registration?.name
    }

    /// The latest year with a PK or a realisasi, if any.
    package var latestReportedYear: Int? {
        perjanjianKinerjaYears.union(realisasiByIndicator.values.flatMap(\.keys)).max()
    }

    /// Every indicator code `event` names: as the indicator it is about, or among the codes an IKU decision,
    /// the Renstra or a PK lists (of indicators, tujuan, sasaran and programs alike, as the history always read
    /// them). A budget line names it when its output indicator is printed as the code itself.
    private static func indicatorsNamed(by event: DomainEvent) -> Set<String> {
        switch event {
        case .renstraTargetsProposed(let proposal): return [proposal.indicator]
        case .targetChangeProposed(let change): return [change.indicator]
        case .realisasiRecorded(let realisasi): return [realisasi.indicator]
        case .budgetLineRecorded(let line): return line.indicator.map { [$0] } ?? []
        case .ikuDecisionProposed(let decision):
            return Set(
                (decision.added ?? []).map(\.code) + (decision.amended ?? []).map(\.code)
                    + (decision.retired ?? []).map(\.code))
        case .renstraAdopted(let renstra):
            let tujuan = (renstra.tujuan ?? []).flatMap { [$0.code] + ($0.indicators ?? []).map(\.code) }
            return Set(renstra.sasaran.map(\.code) + tujuan)
        case .perjanjianKinerjaSigned(let signed): return codes(in: signed.content)
        case .perjanjianKinerjaAmendmentProposed(let amendment): return codes(in: amendment.content)
        default: return []
        }
    }

    private static func codes(in content: PerjanjianKinerjaContent) -> Set<String> {
        Set(
            content.sasaran.flatMap { sasaran in [sasaran.code].compactMap { $0 } + sasaran.indicators.map(\.indicator)
            }
                + (content.programs ?? []).compactMap(\.code))
    }
}
