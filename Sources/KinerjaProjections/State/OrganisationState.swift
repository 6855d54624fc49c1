import KinerjaEvents
import KinerjaStore

/// What one organisation's stream says, as the views need it, keyed by position: the organisation, its
/// Renstra and IKU decisions, the indicators each defines, targets by indicator and year, realisations by
/// indicator and year with their corrections, proposals with the decisions taken on them, PK versions by
/// year, budget lines by year, and documents.
///
/// The state keeps no event's body: per event it keeps its id, where its line starts in the stream file and
/// a few flags (kept or a note, a proposal, approved or rejected), and its keys name events by seq. A view
/// reads the bodies it shows from the stream file when it first asks for them (``event(at:)``), so the state
/// is small enough to snapshot (``StateSnapshot``) and restore in a fraction of a replay. Events that are not
/// in a file (those a ``Recorder`` is checking) are held whole.
///
/// ``evolve(_:offset:)`` is the only way it changes: one event at a time in seq order, each in O(1)
/// amortised (an array append, and a dictionary entry or an append per key the event names).
package struct OrganisationState: Sendable {
    /// The stream.
    package let stream: StreamName
    /// The seq of the last event folded, kept or not: the stream's length as far as the state has read.
    package internal(set) var eventCount = 0
    /// Per event (index seq − 1): what it is, as far as the keys need it without its body.
    var flags = LayeredArray<SnapshotFlags>()
    /// Per event: where its line starts in the stream file, or −1 for an event held whole.
    var lineOffsets = LayeredArray<SnapshotDeltas>()
    /// Per event: the seq of the latest approval or rejection that names it, or 0.
    var latestDecision = LayeredArray<SnapshotDecisions>()
    /// Every event's id, and the way back from an id to its seq.
    var ids = EventIDs()
    /// The bodies read from the stream file so far.
    var bodies: EventBodies
    /// The snapshot the state was restored from, if it was: its pieces are checked as they are read.
    var restoredFrom: ReadOnlyBytes?
    /// The events not in a file, whole, by seq.
    private var held: [Int: RecordedEvent] = [:]
    /// The seq of the organisation's registration (the first one), if any.
    var registrationSeq: Int?
    /// The earlier decisions on proposals decided more than once (the latest is `latestDecision`), by seq.
    var earlierDecisions = SeqLists()
    /// Every correction, in seq order.
    var corrections: SeqList = []
    /// Corrections with an effective date, by its year, in seq order.
    var correctionsByEffectiveYear = SeqLists()
    /// Corrections by the seq of the realisation they correct, in seq order.
    var correctionsByRealisasi = SeqLists()
    /// The Renstra adoptions, in seq order.
    var renstraAdoptions: SeqList = []
    /// The IKU decisions, in seq order.
    var ikuDecisions: SeqList = []
    /// The Renstra adoptions and IKU decisions that define or amend each indicator, by code, in seq order.
    var definitionsByIndicator: [String: SeqList] = [:]
    /// The proposals that set a yearly target (Renstra targets and target changes), by indicator and year, in
    /// seq order.
    var targetProposals: [IndicatorYear: SeqList] = [:]
    /// The Renstra targets proposals, in seq order.
    var renstraTargetProposals: SeqList = []
    /// The Renstra targets proposals that give an end-of-Renstra target, by indicator, in seq order.
    var endOfPeriodProposals: [String: SeqList] = [:]
    /// The realisations by indicator and by the year of their period, in seq order (the period's place in its
    /// year is in each one's flags: ``EventFlags/periodSlot``).
    var realisasiByIndicator: [String: SeqLists] = [:]
    /// The PK signings and amendment proposals by year, in seq order.
    var perjanjianKinerjaByYear = SeqLists()
    /// The budget lines by year, in seq order.
    var budgetByYear = SeqLists()
    /// The organisation's time zone settings, in seq order.
    var timeZoneSettings: SeqList = []
    /// The organisation's signing policies, in seq order.
    var signingPolicies: SeqList = []
    /// The recorded documents, in seq order.
    var documents: SeqList = []
    /// The events that name each indicator code (see ``HistorySubject/indicator(_:)``), in seq order.
    var mentionsByIndicator: [String: SeqList] = [:]

    /// An indicator and a year: the key of yearly targets.
    struct IndicatorYear: Hashable, Sendable {
        /// The indicator's code.
        package var indicator: String
        /// The year.
        package var year: Int
    }

    /// What the keys need to know of an event without reading its body.
    struct EventFlags: OptionSet, Sendable, Hashable {
        let rawValue: UInt16
        /// Any event but a note.
        static let kept = EventFlags(rawValue: 1)
        /// A proposal, which counts only once approved.
        static let proposal = EventFlags(rawValue: 2)
        /// Its latest decision approved it.
        static let approved = EventFlags(rawValue: 4)
        /// Its latest decision rejected it.
        static let rejected = EventFlags(rawValue: 8)
        /// It was recorded in a signed batch (the batch's first event carries the signature).
        static let inSignedBatch = EventFlags(rawValue: 16)

        /// For a realisation: its period's place among those of its year (``Period/slot``), in bits 8–12.
        static func periodSlot(_ period: Period) -> EventFlags {
            EventFlags(rawValue: UInt16(period.slot) << 8)
        }

        /// The period's place a realisation's flags hold (0, the year itself, for any other event).
        var periodSlot: Int { Int(rawValue >> 8 & 0x1F) }
    }

    /// An empty state for `stream`, whose bodies are read from `lines` (nil: a state of events held whole).
    package init(stream: StreamName, lines: StreamLines? = nil) {
        self.stream = stream
        self.bodies = EventBodies(lines: lines)
    }

    /// Makes room for `count` more events in the per-event columns and the ids, so that a fold from the
    /// stream's start does not grow them by doubling: each doubling holds the old and the new copy at once, some
    /// 10 MB more at the peak of a million-event replay. Room reserved and not used is never written, so it
    /// takes address space, not memory.
    mutating func reserveCapacity(forEvents count: Int) {
        flags.reserveCapacity(appending: count)
        lineOffsets.reserveCapacity(appending: count)
        latestDecision.reserveCapacity(appending: count)
        ids.reserveCapacity(adding: count)
    }

    /// Applies one stored event (the fold step), decoding it with the codec; `offset` is where its line
    /// starts in the stream file (nil: the event is held whole). Events must come in seq order.
    ///
    /// An event read from the file whose keys are all the state needs from it (a realisation, a correction,
    /// a decision, a target change, a note) is not decoded whole: its body stays in the file.
    mutating func evolve(_ stored: StoredEvent, offset: Int? = nil, idFingerprint: UInt32? = nil) {
        guard let offset, stored.seq == eventCount + 1, let keys = EventCodec.standard.foldKeys(stored) else {
            evolve(RecordedEvent(decoding: stored), offset: offset)
            return
        }
        appendPosition(
            id: stored.id, fingerprint: idFingerprint, flags: keys.flags.union(batchFlag(stored)), offset: offset)
        apply(keys, seq: stored.seq, effective: stored.effective)
    }

    /// Applies one recorded event (the fold step); `offset` as in ``evolve(_:offset:)-(StoredEvent,_)``.
    mutating func evolve(_ recorded: RecordedEvent, offset: Int? = nil) {
        let seq = recorded.seq
        while eventCount + 1 < seq { appendPosition(id: "", flags: [], offset: -1) }  // never in a sound stream
        guard seq == eventCount + 1 else { return }
        let keys = FoldKeys(recorded.event)
        let flags: EventFlags = keys?.flags ?? (recorded.event.isProposal ? [.kept, .proposal] : .kept)
        appendPosition(id: recorded.id, flags: flags.union(batchFlag(recorded.stored)), offset: offset ?? -1)
        if offset == nil {
            held[seq] = recorded
        } else if Self.keepsBody(recorded.event) {
            bodies.keep(recorded)
        }
        if let keys {
            apply(keys, seq: seq, effective: recorded.effective)
            return
        }
        for code in Self.indicatorsNamed(by: recorded.event) { mentionsByIndicator[code, default: []].append(seq) }
        switch recorded.event {
        case .organisationRegistered:
            if registrationSeq == nil { registrationSeq = seq }
        case .renstraAdopted(let renstra):
            renstraAdoptions.append(seq)
            let codes = (renstra.tujuan ?? []).flatMap { ($0.indicators ?? []).map(\.code) }
            for code in Set(codes) { definitionsByIndicator[code, default: []].append(seq) }
        case .ikuDecisionProposed(let decision):
            ikuDecisions.append(seq)
            let codes = (decision.added ?? []).map(\.code) + (decision.amended ?? []).map(\.code)
            for code in Set(codes) { definitionsByIndicator[code, default: []].append(seq) }
        case .renstraTargetsProposed(let targets):
            renstraTargetProposals.append(seq)
            for year in Set(targets.targets.map(\.year)) {
                targetProposals[IndicatorYear(indicator: targets.indicator, year: year), default: []].append(seq)
            }
            if targets.endOfPeriod != nil { endOfPeriodProposals[targets.indicator, default: []].append(seq) }
        case .perjanjianKinerjaSigned(let signed):
            perjanjianKinerjaByYear.append(seq, to: signed.content.year)
        case .perjanjianKinerjaAmendmentProposed(let amendment):
            perjanjianKinerjaByYear.append(seq, to: amendment.content.year)
        case .budgetLineRecorded(let line):
            budgetByYear.append(seq, to: line.year)
        case .documentRecorded:
            documents.append(seq)
        case .organisationTimeZoneSet:
            timeZoneSettings.append(seq)
        case .signingPolicySet:
            signingPolicies.append(seq)
        case .noteRecorded, .actorRegistered, .unknown, .realisasiRecorded, .targetChangeProposed, .realisasiCorrected,
            .proposalApproved, .proposalRejected:
            break  // the frequent types go through their keys above
        }
    }

    /// Applies the keys of an event of a frequent type at `seq`: what both folds (of a decoded event and of
    /// a line read for its keys only) do with it.
    private mutating func apply(_ keys: FoldKeys, seq: Int, effective: CalendarDate?) {
        switch keys {
        case .note:
            break
        case .realisasi(let indicator, let period):
            mentionsByIndicator[indicator, default: []].append(seq)
            realisasiByIndicator[indicator, default: SeqLists()].append(seq, to: period.year)
        case .targetChange(let indicator, let year):
            mentionsByIndicator[indicator, default: []].append(seq)
            targetProposals[IndicatorYear(indicator: indicator, year: year), default: []].append(seq)
        case .correction(let corrects):
            corrections.append(seq)
            if let effective { correctionsByEffectiveYear.append(seq, to: effective.year) }
            if let corrected = ids.seq(of: corrects) { correctionsByRealisasi.append(seq, to: corrected) }
        case .approval(let proposal):
            decide(proposal, by: seq, approving: true)
        case .rejection(let proposal):
            decide(proposal, by: seq, approving: false)
        }
    }

    /// ``EventFlags/inSignedBatch`` for `stored` when its batch is signed: the batch's first event carries the
    /// signature, and the events after it take the flag from it.
    private func batchFlag(_ stored: StoredEvent) -> EventFlags {
        let first = stored.batch.first
        if first == stored.seq { return stored.signature == nil ? [] : .inSignedBatch }
        guard first >= 1, first <= eventCount else { return [] }
        return flags[first - 1].intersection(.inSignedBatch)
    }

    private mutating func appendPosition(id: String, fingerprint: UInt32? = nil, flags: EventFlags, offset: Int) {
        eventCount += 1
        ids.append(id, fingerprint: fingerprint ?? EventIDFingerprint.of(id))
        self.flags.append(flags)
        lineOffsets.append(offset)
        latestDecision.append(0)
    }

    private mutating func decide(_ proposal: String, by decision: Int, approving: Bool) {
        guard let target = ids.seq(of: proposal) else { return }
        let index = target - 1
        if latestDecision[index] != 0 { earlierDecisions.append(latestDecision[index], to: target) }
        latestDecision[index] = decision
        flags[index].subtract([.approved, .rejected])
        flags[index].insert(approving ? .approved : .rejected)
    }

    /// Whether the fold keeps the body of `event` in memory as well: the few events that define the
    /// organisation, its indicators and targets, which nearly every view reads.
    private static func keepsBody(_ event: DomainEvent) -> Bool {
        switch event {
        case .organisationRegistered, .renstraAdopted, .ikuDecisionProposed, .renstraTargetsProposed,
            .perjanjianKinerjaSigned, .perjanjianKinerjaAmendmentProposed, .documentRecorded, .organisationTimeZoneSet,
            .signingPolicySet:
            true
        default:
            false
        }
    }

    /// The event at `seq`: held, or read from the stream file.
    package func event(at seq: Int) -> RecordedEvent? {
        guard seq >= 1, seq <= eventCount else { return nil }
        if let event = held[seq] { return event }
        let offset = lineOffsets[seq - 1]
        guard offset >= 0 else { return nil }
        return bodies.event(seq: seq, offset: offset)
    }

    /// The events at `seqs` (ascending), handed to `body` in order (those that cannot be read left out, as
    /// ``events(_:)`` leaves them): for a reader of many events, which reads them on both cores a chunk at a
    /// time and keeps none (``EventBodies/forEachEvent(at:chunk:_:)``).
    func forEachEvent(at seqs: [Int], chunk: Int = EventBodies.chunkSize, _ body: (RecordedEvent) -> Void) {
        let inRange = seqs.filter { $0 >= 1 && $0 <= eventCount }
        let positions = inRange.map { (seq: $0, offset: lineOffsets[$0 - 1]) }
        guard bodies.lines != nil, positions.allSatisfy({ $0.offset >= 0 }) else {
            // Events held whole (a state being checked by a recorder): one at a time.
            return inRange.forEach { seq in event(at: seq).map(body) }
        }
        bodies.forEachEvent(at: positions, chunk: chunk, body)
    }

    /// The event with `id`.
    package func event(_ id: String) -> RecordedEvent? {
        ids.seq(of: id).flatMap { seq in flags[seq - 1].contains(.kept) ? event(at: seq) : nil }
    }

    /// The events at `seqs`, in seq order.
    package func events(_ seqs: some Sequence<Int>) -> [RecordedEvent] {
        seqs.sorted().compactMap(event(at:))
    }

    /// The seq of the event with `id` (notes included).
    package func seq(of id: String) -> Int? {
        ids.seq(of: id)
    }

    /// The seq of the event with `id` (notes included) and where its line starts (−1: held whole).
    package func location(of id: String) -> (seq: Int, offset: Int)? {
        ids.seq(of: id).map { seq in (seq, lineOffsets[seq - 1]) }
    }

    /// Why a body the views asked for could not be read from the stream file, if one could not.
    package var readProblem: StoreError? { bodies.problem }

    /// A piece of the snapshot the state was restored from found to differ from its digest, if one was (so
    /// far): what was worked out from the state is void.
    package var snapshotDamage: StoreError? {
        restoredFrom?.damage
    }

    /// The seqs whose event's flags (and seq) `include` accepts, in order, the flags read in one pass.
    private func seqs(where include: (EventFlags, Int) -> Bool) -> [Int] {
        var seqs: [Int] = []
        var seq = 0
        flags.forEachInOrder { flags in
            seq += 1
            if include(flags, seq) { seqs.append(seq) }
        }
        return seqs
    }

    /// The seqs of every kept event (every event but notes), in order: the journal.
    var journal: [Int] {
        seqs { flags, _ in flags.contains(.kept) }
    }

    /// Every kept event in seq order: the journal the audit report reads.
    package var keptEvents: [RecordedEvent] {
        events(journal)
    }

    /// The kept events recorded on the UTC days `days`, in seq order, found by halving the stream (recording
    /// times never decrease along it): the bodies read are those of the period's events and a few dozen more.
    package func keptEvents(recordedOn days: ClosedRange<CalendarDate>) -> [RecordedEvent] {
        let seqs = firstSeq { $0.date >= days.lowerBound }..<firstSeq { $0.date > days.upperBound }
        return events(seqs.filter { flags[$0 - 1].contains(.kept) })
    }

    /// The digest of the stream at the last event recorded by `time`, notes included (seq 0 when none was),
    /// found by halving the stream.
    package func digest(recordedBy time: Timestamp) -> LedgerDigest {
        let seq = firstSeq { $0 > time } - 1
        return LedgerDigest(stream: stream, seq: seq, hash: seq > 0 ? event(at: seq)?.hash ?? .zero : .zero)
    }

    /// The first seq whose event's recording time `reached` accepts (``eventCount`` + 1 when none does), for a
    /// test that, once true, stays true along the stream (recording times never decrease along it): found by
    /// halving, reading some twenty bodies of a million events.
    func firstSeq(where reached: (Timestamp) -> Bool) -> Int {
        var (low, high) = (1, eventCount + 1)
        while low < high {
            let middle = (low + high) / 2
            if let event = event(at: middle), !reached(event.recordedAt) {
                low = middle + 1
            } else {
                high = middle
            }
        }
        return low
    }

    /// The ids of the kept events, in seq order.
    var keptIDs: [String] {
        journal.map(ids.id(at:))
    }

    /// Every proposal still waiting for a decision, in seq order.
    var pendingProposals: [RecordedEvent] {
        latestDecision.checkAll()
        return events(seqs { flags, seq in flags.contains(.proposal) && latestDecision[seq - 1] == 0 })
    }

    /// Where the event at `seq` stands: nil for one that is not a proposal and that no decision names.
    package func status(at seq: Int) -> ProposalStatus? {
        guard seq >= 1, seq <= eventCount else { return nil }
        let decision = latestDecision[seq - 1]
        guard decision != 0 else { return flags[seq - 1].contains(.proposal) ? .pending : nil }
        guard let event = event(at: decision) else { return .pending }
        switch event.event {
        case .proposalApproved: return .approved(by: event.actor, at: event.recordedAt, decision: event.id)
        case .proposalRejected(let rejection):
            return .rejected(by: event.actor, at: event.recordedAt, decision: event.id, reason: rejection.reason)
        default: return .pending
        }
    }

    /// Where `event` stands: see ``status(at:)``.
    package func status(of event: RecordedEvent) -> ProposalStatus? {
        status(at: event.seq)
    }

    /// Where the event with `id` stands: see ``status(at:)``.
    package func status(ofProposal id: String) -> ProposalStatus? {
        ids.seq(of: id).flatMap(status(at:))
    }

    /// The approvals and rejections of the event at `seq`, in seq order.
    func decisions(on seq: Int) -> [Int] {
        guard seq >= 1, seq <= eventCount, latestDecision[seq - 1] != 0 else { return [] }
        return Array(earlierDecisions[seq] ?? []) + [latestDecision[seq - 1]]
    }

    /// Whether the event counts: not a proposal, or an approved one (a rejected event never counts).
    package func counts(_ event: RecordedEvent) -> Bool {
        guard event.seq >= 1, event.seq <= eventCount else { return true }
        let flags = flags[event.seq - 1]
        if flags.contains(.approved) { return true }
        return !flags.contains(.rejected) && !flags.contains(.proposal)
    }

    /// The first day decisions must be signed, by the latest signing policy, if there is one.
    package var signingRequiredFrom: CalendarDate? {
        guard case .signingPolicySet(let policy) = signingPolicies.last.flatMap(event(at:))?.event else { return nil }
        return policy.from
    }

    /// The organisation's registration (the first one), if any.
    package var registration: OrganisationRegistered? {
        registrationSeq.flatMap(event(at:))?.organisationRegistration
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

    /// Every indicator code `event` names (the frequent types name theirs through their keys): as the
    /// indicator it is about, or among the codes an IKU decision, the Renstra or a PK lists (of indicators, tujuan, sasaran and programs alike, as the history always read
    /// them). A budget line names it when its output indicator is printed as the code itself.
    private static func indicatorsNamed(by event: DomainEvent) -> Set<String> {
        switch event {
        case .renstraTargetsProposed(let proposal): return [proposal.indicator]
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

extension OrganisationState: Equatable {
    /// Two states are equal when they say the same of the same events: where the bodies are (held, read, or
    /// still in the file) is not part of what a state says.
    package static func == (lhs: OrganisationState, rhs: OrganisationState) -> Bool {
        lhs.ids == rhs.ids && lhs.saysTheSameApartFromIDs(as: rhs)
    }

    /// Whether both say the same of their events but for the events' ids (compared apart, on another core,
    /// when `verify` compares a snapshot with the stream).
    func saysTheSameApartFromIDs(as rhs: OrganisationState) -> Bool {
        let lhs = self
        return lhs.stream == rhs.stream && lhs.eventCount == rhs.eventCount && lhs.flags == rhs.flags
            && lhs.latestDecision == rhs.latestDecision
            && lhs.registrationSeq == rhs.registrationSeq && lhs.earlierDecisions == rhs.earlierDecisions
            && lhs.corrections == rhs.corrections && lhs.correctionsByRealisasi == rhs.correctionsByRealisasi
            && lhs.correctionsByEffectiveYear == rhs.correctionsByEffectiveYear
            && lhs.renstraTargetProposals == rhs.renstraTargetProposals
            && lhs.timeZoneSettings == rhs.timeZoneSettings && lhs.signingPolicies == rhs.signingPolicies
            && lhs.renstraAdoptions == rhs.renstraAdoptions && lhs.ikuDecisions == rhs.ikuDecisions
            && lhs.definitionsByIndicator == rhs.definitionsByIndicator
            && lhs.targetProposals == rhs.targetProposals && lhs.endOfPeriodProposals == rhs.endOfPeriodProposals
            && lhs.realisasiByIndicator == rhs.realisasiByIndicator
            && lhs.perjanjianKinerjaByYear == rhs.perjanjianKinerjaByYear && lhs.budgetByYear == rhs.budgetByYear
            && lhs.documents == rhs.documents && lhs.mentionsByIndicator == rhs.mentionsByIndicator
    }
}

extension FoldKeys {
    /// What the state's flags say of an event with these keys.
    fileprivate var flags: OrganisationState.EventFlags {
        switch self {
        case .note: []
        case .realisasi(_, let period): [.kept, .proposal, .periodSlot(period)]
        case .targetChange, .correction: [.kept, .proposal]
        case .approval, .rejection: .kept
        }
    }
}
