import Testing

@testable import KinerjaCLI
@testable import KinerjaEvents
@testable import KinerjaInterchange
@testable import KinerjaProjections
@testable import KinerjaReports
@testable import KinerjaStore

@Suite struct AggregationTests {
    private static func periods(_ values: [(Int, String)]) throws -> [PeriodValue] {
        try values.map { period, plain in
            PeriodValue(period: period, value: try #require(DecimalNumber(plain: plain)))
        }
    }

    @Test(
        arguments: [
            (Aggregation.sum, [(1, "10"), (2, "20.5"), (3, "30.25"), (4, "40")], "100.75"),
            (.sum, [(4, "40"), (2, "20.5"), (1, "10"), (3, "30.25")], "100.75"),
            (.sum, [(1, "3"), (3, "1")], "4"),
            (.last, [(1, "50"), (2, "52.10"), (4, "53.38")], "53.38"),
            (.last, [(3, "53.38"), (1, "50")], "53.38"),
            (.last, [(1, "50"), (2, "52.10"), (3, "51.00")], "51.00"),
            (.average(scale: 2), [(1, "1"), (2, "2"), (3, "2")], "1.67"),
            (.average(scale: 1), [(1, "10"), (2, "20.5")], "15.3"),
            (.average(scale: 0), [(1, "-1"), (2, "-2")], "-2"),
            (.average(scale: 2), [(1, "10"), (2, "20")], "15.00"),
            (.average(scale: 2), [(2, "56.70")], "56.70"),
        ] as [(Aggregation, [(Int, String)], String)])
    func makesTheYearlyFigureFromThePeriodsPresent(
        aggregation: Aggregation, values: [(Int, String)], yearly: String
    ) throws {
        let result = try #require(try aggregation.aggregate(Self.periods(values)))
        #expect(result.plainDescription == yearly)
    }

    @Test(arguments: [Aggregation.sum, .last, .average(scale: 2)])
    func givesNothingForNoPeriods(aggregation: Aggregation) throws {
        #expect(try aggregation.aggregate([]) == nil)
    }

    @Test(arguments: [Aggregation.sum, .last, .average(scale: 2)])
    func refusesTwoValuesForOnePeriod(aggregation: Aggregation) throws {
        let values = try Self.periods([(1, "10"), (2, "20"), (2, "21")])
        #expect(throws: AggregationError.duplicatePeriod(2)) { try aggregation.aggregate(values) }
        #expect(
            AggregationError.duplicatePeriod(2).description
                == "period 2 has more than one value; pass only the value in force for each period")
    }

    @Test func refusesAYearlyFigureBeyondTheExactLimits() throws {
        let nines = String(repeating: "9", count: 30)
        let values = try Self.periods([(1, nines), (2, "1")])
        #expect(throws: AggregationError.outOfRange(.tooManyDigits(expression: "\(nines) + 1"))) {
            try Aggregation.sum.aggregate(values)
        }
        #expect(throws: AggregationError.outOfRange(.scaleOutOfRange(19, expression: "30 / 2"))) {
            try Aggregation.average(scale: 19).aggregate(Self.periods([(1, "10"), (2, "20")]))
        }
        #expect(
            AggregationError.outOfRange(.tooManyDigits(expression: "1 + 2")).description
                == "the yearly figure cannot be computed: 1 + 2 needs more than 30 significant digits")
    }
}
