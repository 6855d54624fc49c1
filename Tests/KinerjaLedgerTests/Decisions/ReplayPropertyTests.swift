import Testing

@testable import KinerjaCLI
@testable import KinerjaEvents
@testable import KinerjaInterchange
@testable import KinerjaProjections
@testable import KinerjaReports
@testable import KinerjaStore

/// Properties of the projections on randomised histories (a fixed-seed generator, so failures reproduce):
/// rebuilding from the files equals the state maintained event by event, and the state as of T equals a
/// replay of only the events recorded by T.
@Suite struct ReplayPropertyTests {
    /// SplitMix64: small, fast, deterministic.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }

        mutating func next(_ bound: Int) -> Int {
            Int(next() % UInt64(bound))
        }
    }

    /// A random but valid history: IKU, PK, realisations, corrections, approvals and rejections, recorded in
    /// batches at increasing times, with notes between them. Returns the ledger, every batch's time, and the events as the store
    /// reported writing them (never read back from disk).
    static func randomHistory(seed: UInt64, in directory: TemporaryDirectory, snapshotEvery: Int? = nil) throws -> (
        Ledger, [Timestamp], written: [StoredEvent]
    ) {
        var random = Generator(state: seed)
        var ledger = try Fixtures.ledgerWithActors(in: directory)
        if let snapshotEvery { ledger.snapshotInterval = snapshotEvery }
        let stream = History.stream
        var times: [Timestamp] = []
        var written: [StoredEvent] = []
        var clock = Fixtures.start.millisecondsSinceEpoch
        func record(_ events: [NewEvent], by actor: String) throws {
            clock += Int64(1 + random.next(3)) * 3_600_000
            let time = Timestamp(millisecondsSinceEpoch: clock)
            times.append(time)
            written += try Recorder.record(
                events, to: stream, actor: actor, in: ledger, environment: .fixed(at: time, idPrefix: "g")
            ).written
        }
        try record(
            [Events.organisation, Events.iku(id: "iku", effective: "2021-01-01", added: ["ppks", "idg", "q"])],
            by: "clerk")
        try record([Events.approval(of: "iku")], by: "kepala")
        try record([Events.pk(year: 2024)], by: "clerk")
        var pending: [String] = []
        var realisations: [String] = []
        for step in 0..<40 {
            switch random.next(4) {
            case 0, 1:
                let count = 1 + random.next(3)
                let events = (0..<count).map { index -> NewEvent in
                    let code = ["ppks", "idg", "q"][random.next(3)]
                    let period = ["2023", "2024", "2024-Q1", "2024-Q2"][random.next(4)]
                    return Events.realisasi(
                        code, period, value: "\(random.next(200)).\(random.next(100))", id: "r\(step)-\(index)")
                }
                try record(events, by: "clerk")
                pending += events.compactMap(\.id)
                realisations += events.compactMap(\.id)
            case 3 where random.next(3) == 0:
                try record([Fixtures.note("catatan \(step)")], by: "clerk")
            case 2 where !realisations.isEmpty:
                let target = realisations[random.next(realisations.count)]
                let id = "c\(step)"
                try record(
                    [
                        NewEvent(
                            type: "RealisasiCorrected", id: id,
                            data: [
                                "corrects": .string(target), "value": .string("\(random.next(200)).5"),
                                "reason": .string("koreksi \(step)"), "basis": Events.basis,
                            ])
                    ], by: "clerk")
                pending.append(id)
            default:
                guard !pending.isEmpty else { continue }
                let proposal = pending.remove(at: random.next(pending.count))
                let decision =
                    random.next(4) == 0
                    ? NewEvent(
                        type: "ProposalRejected",
                        data: ["proposal": .string(proposal), "reason": .string("tidak sesuai")])
                    : Events.approval(of: proposal)
                try record([decision], by: "kepala")
            }
        }
        return (ledger, times, written)
    }

    @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
    func rebuildingFromTheFilesEqualsTheStateMaintainedEventByEvent(seed: UInt64) throws {
        let directory = TemporaryDirectory()
        let (ledger, _, written) = try Self.randomHistory(seed: seed, in: directory)
        let (rebuilt, head) = try ledger.organisationState(History.stream)
        var incremental = OrganisationState(stream: History.stream)
        for event in written { incremental.evolve(event) }
        #expect(rebuilt == incremental)
        for year in [2023, 2024] {
            #expect(
                rebuilt.report(year: year, head: head).json == incremental.report(year: year, head: head).json,
                "seed \(seed), year \(year)")
        }
        #expect(rebuilt.findings().map(\.message) == incremental.findings().map(\.message))
    }

    @Test(arguments: [8, 9] as [UInt64])
    func everyHistoryReadFromTheKeyedModelEqualsOneReadFromEveryEvent(seed: UInt64) throws {
        let directory = TemporaryDirectory()
        let (ledger, _, _) = try Self.randomHistory(seed: seed, in: directory)
        let state = try ledger.organisationState(History.stream).state
        var subjects: [HistorySubject] = [.iku, .perjanjianKinerja(year: 2024), .perjanjianKinerja(year: 2023)]
        for code in ["ppks", "idg", "q", "none"] {
            subjects.append(.indicator(code))
            for year in [2023, 2024, 2025] {
                subjects.append(.target(code, year: year))
                for period in ["\(year)", "\(year)-Q1", "\(year)-Q2"] {
                    subjects += Period(parsing: period).map { [.realisasi(code, period: $0)] } ?? []
                }
            }
        }
        let all = state.keptEvents.map(\.seq)
        var touched = 0
        for subject in subjects {
            let keyed = state.history(of: subject)
            #expect(keyed == state.history(of: subject, among: all), "seed \(seed), \(subject)")
            touched += keyed.count
        }
        #expect(touched > 20)
    }

    @Test(arguments: [6, 7] as [UInt64])
    func anIndicatorsRealisationsOfAYearAreThoseAScanOfEveryEventFinds(seed: UInt64) throws {
        let directory = TemporaryDirectory()
        let (ledger, _, _) = try Self.randomHistory(seed: seed, in: directory)
        let state = try ledger.organisationState(History.stream).state
        var found = 0
        for code in ["ppks", "idg", "q", "none"] {
            for year in [2023, 2024, 2025] {
                let scanned = state.keptEvents.filter { event in
                    event.type == "RealisasiRecorded" && event.stored.data["indicator"]?.stringValue == code
                        && event.stored.data["period"]?.stringValue.flatMap(Period.init(parsing:))?.year == year
                }
                let indexed = state.realisasi(code, year: year)
                #expect(indexed.map(\.event) == scanned, "seed \(seed), \(code) \(year)")
                #expect(indexed == state.realisasi(code).filter { $0.period?.year == year })
                found += indexed.count
            }
        }
        #expect(found > 0)
    }

    @Test(arguments: [21, 22, 23] as [UInt64])
    func aCheckpointAndTheStreamAfterItGiveWhatAFullReplayGives(seed: UInt64) throws {
        let directory = TemporaryDirectory()
        let (ledger, times, _) = try Self.randomHistory(seed: seed, in: directory)
        var random = Generator(state: seed)
        let written = try ledger.writeCheckpoints(History.stream, every: 2 + random.next(8))
        #expect(written.count > 2)
        #expect(try written.last == ledger.organisationState(History.stream, usingCheckpoints: false).head)
        // Events recorded after the checkpoints were written: the latest checkpoint is now behind the head.
        try Recorder.record(
            [Events.realisasi("q", "2024", value: "77.5", id: "late")], to: History.stream, actor: "clerk",
            in: ledger,
            environment: .fixed(
                at: Timestamp(millisecondsSinceEpoch: times[times.count - 1].millisecondsSinceEpoch + 3_600_000)))
        var cuts: [Timestamp?] = [nil]
        for _ in 0..<8 {
            let time = times[random.next(times.count)]
            cuts.append(random.next(2) == 0 ? time : Timestamp(millisecondsSinceEpoch: time.millisecondsSinceEpoch - 1))
        }
        var resumed = 0
        for cut in cuts {
            if try ledger.latestCheckpoint(History.stream, recordedBy: cut).checkpoint != nil { resumed += 1 }
            let fast = try ledger.organisationState(History.stream, asOf: cut)
            let full = try ledger.organisationState(History.stream, asOf: cut, usingCheckpoints: false)
            let label = "seed \(seed) as of \(cut?.description ?? "now")"
            #expect(fast.head == full.head, "\(label)")
            #expect(fast.state.eventCount == full.state.eventCount, "\(label)")
            #expect(fast.state == full.state, "\(label)")
            #expect(
                fast.state.report(year: 2024, head: fast.head).json
                    == full.state.report(year: 2024, head: full.head).json, "\(label)")
            #expect(fast.state.findings().map(\.message) == full.state.findings().map(\.message), "\(label)")
        }
        #expect(resumed > 1, "the cuts should mostly fall after a checkpoint")
    }

    @Test(arguments: [11, 12, 13] as [UInt64])
    func theStateAsOfATimeEqualsAReplayOfTheEventsRecordedByThen(seed: UInt64) throws {
        let directory = TemporaryDirectory()
        let (ledger, times, _) = try Self.randomHistory(seed: seed, in: directory)
        let events = try ledger.events(in: History.stream)
        var random = Generator(state: seed)
        for _ in 0..<5 {
            let cut = times[random.next(times.count)]
            let (asOf, head) = try ledger.organisationState(History.stream, asOf: cut)
            var replay = OrganisationState(stream: History.stream)
            for event in events where event.recordedAt <= cut { replay.evolve(event) }
            #expect(head.seq == replay.eventCount)
            #expect(
                asOf.report(year: 2024, head: head).json == replay.report(year: 2024, head: head).json,
                "seed \(seed) at \(cut)")
        }
    }
}
