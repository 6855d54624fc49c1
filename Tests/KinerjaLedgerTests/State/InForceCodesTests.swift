import Testing

@testable import KinerjaEvents
@testable import KinerjaProjections
@testable import KinerjaStore

/// The in-force check `check` runs for every realisation, which works out each period end's IKU once, says
/// what ``OrganisationState/indicatorInForce(_:for:)`` says, for every organisation of the default ledger.
@Suite struct InForceCodesTests {
    @Test func agreesWithTheDefinitionLookupForEveryCodeAndPeriod() throws {
        let ledger = try Ledger.open(at: EventCodecLedgerTests.defaultLedger)
        var answers: [Bool: Int] = [:]
        for stream in try ledger.streams() where stream != .ledger {
            let state = try ledger.organisationState(stream, usingCheckpoints: false).state
            var inForce = OrganisationState.InForceCodes(state)
            let codes = state.knownIndicatorCodes + ["tidak-ada", ""]
            let periods = (2019...2028).flatMap { year in
                ["\(year)", "\(year)-S1", "\(year)-Q3", "\(year)-M02", "\(year)-M12"].compactMap(Period.init(parsing:))
            }
            // Each period twice, so that answers worked out before are asked again.
            for period in periods + periods {
                for code in codes {
                    let answer = inForce.contains(code, for: period)
                    #expect(answer == (state.indicatorInForce(code, for: period) != nil), "\(stream) \(code) \(period)")
                    answers[answer, default: 0] += 1
                }
            }
        }
        // Both answers come up, many times each.
        #expect(answers[true, default: 0] > 100)
        #expect(answers[false, default: 0] > 100)
    }
}
