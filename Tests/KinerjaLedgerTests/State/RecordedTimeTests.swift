import Testing

@testable import KinerjaEvents
@testable import KinerjaProjections
@testable import KinerjaStore

/// The events recorded in a period and the stream's digest at a time are found by halving the stream (its
/// recording times never decrease): on random histories they are what a walk over every event and a scan of
/// the stream find.
@Suite struct RecordedTimeTests {
    @Test(arguments: [51, 52, 53] as [UInt64])
    func theEventsOfAPeriodAndTheDigestAtATimeAreThoseAScanFinds(seed: UInt64) throws {
        let directory = TemporaryDirectory()
        let (ledger, times, _) = try ReplayPropertyTests.randomHistory(seed: seed, in: directory)
        let state = try ledger.organisationState(History.stream).state
        let every = state.keptEvents
        var random = ReplayPropertyTests.Generator(state: seed)
        let days = Set(times.map(\.date)).sorted()
        #expect(days.count > 2)
        for _ in 0..<12 {
            let first = days[random.next(days.count)]
            let last = days[random.next(days.count)]
            let period = min(first, last)...max(first, last)
            #expect(
                state.keptEvents(recordedOn: period).map(\.seq)
                    == every.filter { period.contains($0.recordedAt.date) }
                    .map(\.seq), "seed \(seed), \(period)")
            let time = times[random.next(times.count)]
            for limit in [time, Timestamp(millisecondsSinceEpoch: time.millisecondsSinceEpoch - 1)] {
                let scanned = try ledger.scan(History.stream, checkingHashes: false, recordedBy: limit).digest
                #expect(state.digest(recordedBy: limit) == scanned, "seed \(seed), by \(limit)")
            }
        }
        let beforeAll = Timestamp(millisecondsSinceEpoch: times[0].millisecondsSinceEpoch - 1)
        #expect(state.digest(recordedBy: beforeAll).seq == 0)
        #expect(state.digest(recordedBy: times[times.count - 1]).seq == state.eventCount)
    }
}
