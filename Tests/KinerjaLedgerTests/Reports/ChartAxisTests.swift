import Testing

@testable import KinerjaCLI
@testable import KinerjaEvents
@testable import KinerjaInterchange
@testable import KinerjaProjections
@testable import KinerjaReports
@testable import KinerjaStore

@Suite struct ChartAxisTests {
    private static func n(_ plain: String) -> DecimalNumber { ReportFixtures.number(plain) }

    @Test(arguments: [
        // From 0 when the values are nearer to 0 than to each other (Renstra PPKS target and realisasi).
        ("43.28", "118.27", "0", "120", "20"),
        // Not from 0 when they are close together (IDG 2022–2026).
        ("50.77", "55.40", "50", "56", "1"),
        ("0.003", "0.03", "0", "0.030", "0.005"),
        ("100", "100", "0", "100", "20"),
        ("0", "0", "0", "1.0", "0.2"),
        ("-30", "80", "-40", "80", "20"),
        ("-5", "-3", "-5.0", "-3.0", "0.5"),
        ("-5", "-1", "-5", "0", "1"),
    ])
    func coversTheValuesWithRoundTicks(minimum: String, maximum: String, lower: String, upper: String, step: String) {
        let axis = ChartAxis.covering(minimum: Self.n(minimum), maximum: Self.n(maximum))
        #expect(axis == ChartAxis(lower: Self.n(lower), upper: Self.n(upper), step: Self.n(step)))
        #expect(axis.ticks.first == axis.lower)
        #expect(axis.ticks.last == axis.upper)
        #expect(axis.ticks.count <= 7)
    }

    @Test func writesTicksAtTheStepsScale() {
        let axis = ChartAxis.covering(minimum: Self.n("0.003"), maximum: Self.n("0.03"))
        #expect(axis.ticks.map { $0.indonesian() } == ["0,000", "0,005", "0,010", "0,015", "0,020", "0,025", "0,030"])
    }

    @Test func placesValuesAlongTheRunAndValuesBeyondTheAxisAtItsEnds() {
        let axis = ChartAxis(lower: Self.n("-50"), upper: Self.n("150"), step: Self.n("25"))
        #expect(axis.position(of: Self.n("-50"), length: 2000) == 0)
        #expect(axis.position(of: Self.n("0"), length: 2000) == 500)
        #expect(axis.position(of: Self.n("96.18"), length: 2000) == 1462)
        #expect(axis.position(of: Self.n("208.59"), length: 2000) == 2000)
        #expect(axis.position(of: Self.n("-80"), length: 2000) == 0)
    }

    @Test func barAxisRunsFromZeroOrMinusHalfTheReferenceToOneAndAHalfTimesIt() {
        let items = [ReportChart.BarItem(label: "a", value: Self.n("208.59"))]
        let positive = BarChartDrawing(caption: "", items: items, reference: Self.n("100")).axis
        #expect(positive == ChartAxis(lower: .zero, upper: Self.n("150"), step: Self.n("25")))
        #expect(positive.ticks.map { $0.indonesian() } == ["0", "25", "50", "75", "100", "125", "150"])
        let negative = BarChartDrawing(
            caption: "", items: items + [.init(label: "b", value: Self.n("-0.5"))], reference: Self.n("100")
        ).axis
        #expect(negative == ChartAxis(lower: Self.n("-50"), upper: Self.n("150"), step: Self.n("25")))
        let odd = BarChartDrawing(caption: "", items: items, reference: Self.n("90")).axis
        #expect(odd == ChartAxis(lower: .zero, upper: Self.n("135"), step: Self.n("22.5")))
    }
}
