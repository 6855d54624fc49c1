import Testing

@testable import KinerjaCLI
@testable import KinerjaEvents
@testable import KinerjaInterchange
@testable import KinerjaProjections
@testable import KinerjaReports
@testable import KinerjaStore

@Suite struct BudgetLineTests {
    @Test(arguments: [
        ("900", "1000", "90.00"), ("2", "3", "66.67"), ("1", "8", "12.50"), ("5", "0", nil), (nil, "1000", nil),
        ("12675590991", "13821027400", "91.71"),
    ])
    func percentageIsRealisasiOverPaguRoundedHalfAwayFromZero(realisasi: String?, pagu: String, expected: String?) {
        let value = BudgetLine.percentage(realisasi.map(BuilderFixtures.number), of: BuilderFixtures.number(pagu))
        #expect(value?.plainDescription == expected)
    }

    @Test func readsTheYearsLinesAsATreeWithDepths() {
        let lines = BuilderFixtures.lkj.state.budgetLines(year: 2024)
        #expect(lines.map(\.code) == ["p1", "p1.k1", "p1.k2", "p2"])
        #expect(lines.map(\.depth) == [0, 1, 1, 0])
        #expect(lines.first?.children == ["p1.k1", "p1.k2"])
        #expect(lines.first?.eventID == "b-p1-2024")
        #expect(BuilderFixtures.lkj.state.budgetLines(year: 2023).map(\.code) == ["p9"])
        #expect(BuilderFixtures.lkj.state.budgetLines(year: 2022).isEmpty)
    }
}
