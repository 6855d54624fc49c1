import Testing

@testable import KinerjaEvents
@testable import KinerjaProjections
@testable import KinerjaReports
@testable import KinerjaStore

/// The read model keys realisations by period, and the current state of a year shows per period the one that
/// counts and those pending, chosen by their flags, with the others counted.
@Suite struct CurrentRealisasiTests {
    @Test func everyPeriodHasItsOwnSlotAndKeyAndReadsBack() {
        var keys: [Int] = []
        for year in [1900, 2024, 2999] {
            var slots: [Int] = []
            for kind in Period.Kind.allCases {
                for number in 1...kind.countPerYear {
                    guard let period = Period(year: year, kind: kind, number: number) else {
                        Issue.record("no period \(year) \(kind) \(number)")
                        continue
                    }
                    #expect(Period(year: year, slot: period.slot) == period)
                    #expect(Period(key: period.key) == period)
                    #expect(OrganisationState.EventFlags.periodSlot(period).periodSlot == period.slot)
                    slots.append(period.slot)
                    keys.append(period.key)
                }
            }
            #expect(slots == Array(0...18))
        }
        #expect(Set(keys).count == keys.count)
        for slot in [-1, 19, 31] { #expect(Period(year: 2024, slot: slot) == nil) }
        let flags: OrganisationState.EventFlags = [.kept, .proposal, .approved, .rejected, .inSignedBatch]
        #expect(flags.union(.periodSlot(Period(parsing: "2024-M12")!)).periodSlot == 18)
        #expect(flags.periodSlot == 0)
    }

    @Test func theCurrentStateShowsPerPeriodTheOneThatCountsAndThosePending() {
        var history = History.withIKU
        history.given(Events.realisasi("ppks", "2024", value: "10", id: "first"))
        history.given(Events.approval(of: "first"), by: "kepala")
        history.given(Events.realisasi("ppks", "2024", value: "20", id: "second"))
        history.given(Events.approval(of: "second"), by: "kepala")
        history.given(Events.realisasi("ppks", "2024", value: "30", id: "refused"))
        history.given(
            NewEvent(type: "ProposalRejected", data: ["proposal": .string("refused"), "reason": .string("salah")]),
            by: "kepala")
        history.given(Events.realisasi("ppks", "2024", value: "40", id: "waiting"))
        history.given(Events.realisasi("ppks", "2024-Q1", value: "5", id: "q1"))
        history.given(Events.approval(of: "q1"), by: "kepala")
        history.given(Events.realisasi("ppks", "2023", value: "7", id: "other-year"))
        history.given(Events.approval(of: "other-year"), by: "kepala")

        let (entries, leftOut) = history.state.currentRealisasi("ppks", year: 2024)
        #expect(entries.map(\.event.id) == ["second", "waiting", "q1"])
        #expect(leftOut == [Period(parsing: "2024")!: 2])
        #expect(history.state.realisasi("ppks", year: 2024).count == 5)

        let current = history.state.report(year: 2024, head: BuilderFixtures.head)
        let row = current.rows.first { $0.indicator.code == "ppks" }
        #expect(row?.year == .recorded(Sourced(value: DecimalNumber(20), eventID: "second")))
        #expect(row?.otherRecordings == [Period(parsing: "2024")!: 2])
        #expect(current.rows.first { $0.indicator.code == "idg" }?.otherRecordings == [:])
        let text = current.text
        #expect(
            text.contains(
                "other recordings not shown (approved before the one that counts, or rejected): 2024 ×2; "
                    + "see kinerja history realisasi:ppks:2024"))
        #expect(!text.contains("event first,"))
    }

    /// A period recorded again and again: the year's current state reads the lines of the few realisations it
    /// shows (and their decisions), not of every recording, from the files and from a snapshot alike.
    @Test func theCurrentStateReadsTheBodiesItShowsNotEveryRecording() throws {
        let directory = TemporaryDirectory()
        let ledger = try Fixtures.ledgerWithActors(in: directory)
        var clock = Fixtures.start.millisecondsSinceEpoch
        func record(_ events: [NewEvent], by actor: String) throws {
            clock += 3_600_000
            try Recorder.record(
                events, to: History.stream, actor: actor, in: ledger,
                environment: .fixed(at: Timestamp(millisecondsSinceEpoch: clock), idPrefix: "g"))
        }
        try record(
            [Events.organisation, Events.iku(id: "iku", effective: "2021-01-01", added: ["ppks"])], by: "clerk")
        try record([Events.approval(of: "iku")], by: "kepala")
        for round in 0..<5 {
            let ids = (0..<40).map { "r\(round)-\($0)" }
            try record(
                ids.map { Events.realisasi("ppks", $0.hasSuffix("-0") ? "2024-Q1" : "2024", id: $0) }, by: "clerk")
            try record(ids.map { Events.approval(of: $0) }, by: "kepala")
        }
        try ledger.writeCheckpoints(History.stream, every: 150)
        for usingCheckpoints in [false, true] {
            let (state, head) = try ledger.organisationState(History.stream, usingCheckpoints: usingCheckpoints)
            let before = state.bodies.linesRead
            let row = state.report(year: 2024, head: head).rows.first
            #expect(row?.realisasi.map(\.event.id) == ["r4-0", "r4-39"])
            #expect(row?.otherRecordings == [Period(parsing: "2024")!: 194, Period(parsing: "2024-Q1")!: 4])
            let read = state.bodies.linesRead - before
            #expect(read < 20, "read \(read) lines, using checkpoints: \(usingCheckpoints)")
            _ = state.realisasi("ppks", year: 2024)
            #expect(state.bodies.linesRead - before >= 200, "every recording is read for the whole list")
        }
    }

    /// On random histories, the current state's realisations are, per period, the latest approved one and every
    /// pending one of all those recorded, the rest counted; and the year's figure is the one every verified
    /// recording gives.
    @Test(arguments: [31, 32, 33, 34] as [UInt64])
    func theCurrentRealisationsAreThoseChosenFromEveryRecording(seed: UInt64) throws {
        let directory = TemporaryDirectory()
        let (ledger, _, _) = try ReplayPropertyTests.randomHistory(seed: seed, in: directory)
        let (state, head) = try ledger.organisationState(History.stream)
        var shownInAll = 0
        var leftOutInAll = 0
        for year in [2023, 2024] {
            for code in ["ppks", "idg", "q"] {
                let all = state.realisasi(code, year: year)
                var expected: [String] = []
                var expectedLeftOut: [Period: Int] = [:]
                for period in Set(all.compactMap(\.period)) {
                    let recordings = all.filter { $0.period == period }
                    let counting = recordings.last { $0.status.isApproved }
                    let shown = recordings.filter { $0.status == .pending || $0.event.seq == counting?.event.seq }
                    expected += shown.map(\.event.id)
                    if recordings.count > shown.count { expectedLeftOut[period] = recordings.count - shown.count }
                }
                let (entries, leftOut) = state.currentRealisasi(code, year: year)
                #expect(Set(entries.map(\.event.id)) == Set(expected), "seed \(seed), \(code) \(year)")
                #expect(entries.map(\.event.seq) == entries.map(\.event.seq).sorted())
                #expect(leftOut == expectedLeftOut, "seed \(seed), \(code) \(year)")
                shownInAll += entries.count
                leftOutInAll += leftOut.values.reduce(0, +)
            }
            for row in state.report(year: year, head: head).rows {
                let verified = state.realisasi(row.indicator.code, year: year).filter { $0.status.isApproved }
                #expect(
                    row.year == state.yearFigure(verified, indicator: row.indicator),
                    "seed \(seed), \(row.indicator.code) \(year)")
            }
        }
        #expect(shownInAll > 0)
        #expect(leftOutInAll > 0)
    }

    /// On random histories, what a proposal did to each figure (the value before and after, as `pending` and
    /// `approve` show it), found by walking back through the figure's approved setters, is what the one pass
    /// over every event and each figure's whole history say.
    @Test(arguments: [41, 42, 43] as [UInt64])
    func aFiguresValueBeforeAnEventIsTheOneItsHistoryShows(seed: UInt64) throws {
        let directory = TemporaryDirectory()
        let (ledger, _, _) = try ReplayPropertyTests.randomHistory(seed: seed, in: directory)
        let state = try ledger.organisationState(History.stream).state
        func described(_ changes: [(subject: HistorySubject, before: DecimalNumber?, after: DecimalNumber)]) -> [String]
        {
            changes.map { "\($0.subject) \($0.before?.plainDescription ?? "-") \($0.after.plainDescription)" }
        }
        let everyEvent = state.figureChanges()
        var compared = 0
        var withBefore = 0
        for event in state.keptEvents {
            let walked = state.figureChanges(of: [event])[event.id] ?? []
            #expect(described(walked) == described(everyEvent[event.id] ?? []), "seed \(seed), \(event.id)")
            for change in walked {
                let entry = state.history(of: change.subject).first { $0.event.id == event.id }
                #expect(entry?.change?.before == change.before && entry?.change?.after == change.after)
                compared += 1
                if change.before != nil { withBefore += 1 }
            }
        }
        #expect(compared > 20)
        #expect(withBefore > 5)
    }

    /// On random histories, the events an import compares a realisation row with (read from the keys) are the
    /// realisations of its indicator and period that a walk over every event finds.
    @Test(arguments: [61, 62] as [UInt64])
    func theEventsThatMayRecordTheSameFigureAreThoseAScanFinds(seed: UInt64) throws {
        let directory = TemporaryDirectory()
        let (ledger, _, _) = try ReplayPropertyTests.randomHistory(seed: seed, in: directory)
        let state = try ledger.organisationState(History.stream).state
        let realisations = state.keptEvents.compactMap { event in event.realisasi.map { (event, $0) } }
        #expect(realisations.count > 10)
        for (event, realisasi) in realisations {
            let scanned = realisations.filter {
                $0.1.indicator == realisasi.indicator && $0.1.period == realisasi.period
            }
            #expect(state.seqsRecordingTheSame(as: event.event) == scanned.map(\.0.seq), "seed \(seed), \(event.id)")
        }
        #expect(state.seqsRecordingTheSame(as: .noteRecorded(NoteRecorded(text: "catatan"))) == nil)
    }

    /// Many events read on both cores a chunk at a time come in seq order, as one at a time gives them; a line
    /// found damaged meanwhile is left out and named as the state's body problem, so the command stops.
    @Test func manyEventsReadOnBothCoresComeInOrderAndADamagedLineIsNamed() throws {
        let directory = TemporaryDirectory()
        let (ledger, _, _) = try ReplayPropertyTests.randomHistory(seed: 71, in: directory)
        let state = try ledger.organisationState(History.stream).state
        let seqs = Array(1...state.eventCount)
        for chunk in [1, 2, 7, EventBodies.chunkSize] {
            var read: [RecordedEvent] = []
            state.forEachEvent(at: seqs, chunk: chunk) { read.append($0) }
            #expect(read == state.events(seqs), "chunks of \(chunk)")
        }
        #expect(state.bodies.problem == nil)

        // A byte of one line changed after the state was read: that event is left out, and the problem kept.
        let damaged = seqs[seqs.count / 2]
        let file = "ledger/\(History.stream.fileName)"
        var bytes = directory.bytes(file)
        let offset = try #require(state.location(of: state.ids.id(at: damaged))?.offset)
        bytes[offset + 20] = bytes[offset + 20] == UInt8(ascii: "x") ? UInt8(ascii: "y") : UInt8(ascii: "x")
        directory.write(file, bytes)
        var again: [Int] = []
        state.forEachEvent(at: seqs, chunk: 7) { again.append($0.seq) }
        #expect(again == seqs.filter { $0 != damaged })
        #expect(state.bodies.problem != nil)
    }
}
