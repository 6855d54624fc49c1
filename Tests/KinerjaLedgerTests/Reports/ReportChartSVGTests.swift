import Foundation
import Testing

@testable import KinerjaCLI
@testable import KinerjaEvents
@testable import KinerjaInterchange
@testable import KinerjaProjections
@testable import KinerjaReports
@testable import KinerjaStore

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// An SVG read back with a real XML parser: it fails on anything not well-formed.
private final class ParsedSVG: NSObject, XMLParserDelegate {
    struct Element {
        var name: String
        var attributes: [String: String]
        var text = ""
    }

    private(set) var elements: [Element] = []
    private var open: [Int] = []
    private(set) var error: String?

    init(_ svg: String) {
        super.init()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = self
        if !parser.parse() { error = parser.parserError.map { "\($0)" } ?? "not well-formed" }
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String]
    ) {
        open.append(elements.count)
        elements.append(Element(name: name, attributes: attributes))
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        open.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if let index = open.last { elements[index].text += string }
    }

    func named(_ name: String) -> [Element] { elements.filter { $0.name == name } }
    var texts: [String] { named("text").map(\.text) }
    func number(_ element: Element, _ attribute: String) -> Double {
        Double(element.attributes[attribute] ?? "") ?? .nan
    }
}

@Suite struct ReportChartSVGTests {
    private typealias F = ReportFixtures

    private static let charts: [ReportChart] = [
        F.barChart, F.lineChart,
        .bars(caption: "kosong", items: [], reference: F.number("100")),
        .lines(caption: "kosong", categories: [], series: []),
        .lines(caption: "tanpa nilai", categories: ["2022"], series: [.init(name: "R", values: [nil])]),
        .bars(caption: "acuan nol", items: [.init(label: "a", value: F.number("-3"))], reference: .zero),
    ]

    @Test(
        arguments: charts
            + F.hostileDocument.sections.flatMap(\.blocks).compactMap { block -> ReportChart? in
                if case .chart(let chart) = block { chart } else { nil }
            })
    func isWellFormedAndDrawsInsideItsViewBox(chart: ReportChart) throws {
        let svg = ParsedSVG(chart.svg(id: "grafik-1"))
        #expect(svg.error == nil)
        let root = try #require(svg.elements.first)
        #expect(root.name == "svg")
        #expect(root.attributes["role"] == "img")
        #expect(root.attributes["aria-labelledby"] == "grafik-1")
        #expect(svg.elements.dropFirst().first?.name == "title")
        #expect(svg.elements.dropFirst().first?.text == chart.caption)
        let box = (root.attributes["viewBox"] ?? "").split(separator: " ").compactMap { Double($0) }
        try #require(box.count == 4)
        for rect in svg.named("rect") {
            #expect(svg.number(rect, "x") >= 0 && svg.number(rect, "x") + svg.number(rect, "width") <= box[2])
            #expect(svg.number(rect, "y") >= 0 && svg.number(rect, "y") + svg.number(rect, "height") <= box[3])
            #expect(svg.number(rect, "width") > 0)
        }
        for text in svg.named("text") {
            #expect(svg.number(text, "x") >= 0 && svg.number(text, "x") < box[2])
            #expect(svg.number(text, "y") > 0 && svg.number(text, "y") < box[3])
        }
    }

    @Test func capsABarAboveTheAxisAndLabelsItsRealValue() throws {
        let svg = ParsedSVG(F.barChart.svg(id: "g"))
        #expect(svg.texts.contains("208,59 %"))
        #expect(svg.texts.contains("130,00 %"))
        #expect(svg.texts.contains("96,18 %"))
        // The axis runs -50 %–150 % (a value is negative) from x 270 to 620, 1,75 px per point: zero at 357,5.
        // 208,59 % stops at 150 % and gets an arrow tip beyond it.
        let bars = svg.named("rect")
        #expect(bars.count == 4)
        let capped = try #require(bars.first)
        #expect(svg.number(capped, "x") == 357.5)
        #expect(svg.number(capped, "x") + svg.number(capped, "width") == 620.0)
        #expect(svg.named("polygon").map { $0.attributes["points"] } == ["620,52 630,62 620,72"])
        let below = bars[1]
        #expect(svg.number(below, "x") + svg.number(below, "width") == 525.8)  // 96,18 % rounded to a tenth of a pixel.
    }

    @Test func drawsTheReferenceLineAndPercentTicksIncludingNegativeOnes() {
        let svg = ParsedSVG(F.barChart.svg(id: "g"))
        let reference = svg.named("line").filter { $0.attributes["stroke-dasharray"] == "5 3" }
        #expect(reference.count == 1)
        #expect(reference.first?.attributes["x1"] == "532.5")
        #expect(svg.named("text").contains { $0.text == "100 %" && $0.attributes["font-weight"] == "bold" })
        for tick in ["-50 %", "-25 %", "0 %", "25 %", "50 %", "75 %", "125 %", "150 %"] {
            #expect(svg.texts.contains(tick))
        }
    }

    @Test func drawsANegativeBarLeftOfZeroAndNoBarForZero() throws {
        let svg = ParsedSVG(F.barChart.svg(id: "g"))
        #expect(svg.texts.contains("-20,00 %"))
        #expect(svg.texts.filter { $0 == "0 %" }.count == 2)  // The zero tick and the zero value's label.
        let negative = try #require(svg.named("rect").last)
        #expect(svg.number(negative, "x") == 322.5)
        #expect(svg.number(negative, "width") == 35.0)
        #expect(svg.named("rect").count == 4)  // Five items, the zero drawn as its label only.
    }

    @Test func capsABarBelowTheAxisWithAnArrowPointingLeft() throws {
        let chart = ReportChart.bars(
            caption: "c", items: [.init(label: "varian A", value: F.number("-180.5"))], reference: F.number("100"))
        let svg = ParsedSVG(chart.svg(id: "g"))
        let bar = try #require(svg.named("rect").first)
        #expect(svg.number(bar, "x") == 270.0)
        #expect(svg.number(bar, "width") == 87.5)
        #expect(svg.named("polygon").first?.attributes["points"]?.hasPrefix("270,") == true)
        #expect(svg.named("polygon").first?.attributes["points"]?.contains("260,") == true)
        #expect(svg.texts.contains("-180,5 %"))
    }

    @Test func drawsEachSeriesWithItsOwnDashAndMarkerAndLeavesGapsForMissingValues() {
        let svg = ParsedSVG(F.lineChart.svg(id: "g"))
        let lines = svg.named("polyline")
        #expect(lines.count == 2)
        #expect(lines.map { $0.attributes["points"]?.split(separator: " ").count } == [5, 3])
        #expect(lines.map { $0.attributes["stroke-dasharray"] } == [nil, "7 4"])
        #expect(svg.named("circle").count == 6)  // Five points and the legend.
        #expect(svg.named("polygon").count == 4)  // Three squares and the legend.
        for label in ["2022", "2026", "Target Renstra", "Realisasi", "118,27", "69,26", "43,28", "43,79", "0", "120"] {
            #expect(svg.texts.contains(label), "no \(label)")
        }
    }

    @Test func labelsTheHigherValueAboveAndTheLowerBelowItsPoint() throws {
        let svg = ParsedSVG(F.lineChart.svg(id: "g"))
        let high = try #require(svg.named("text").first { $0.text == "118,27" })
        let low = try #require(svg.named("text").first { $0.text == "43,65" })
        let points = svg.named("polygon").compactMap { $0.attributes["points"] }
        #expect(points.count == 4)
        let realisasi2024 = svg.named("polygon")[3]
        let pointY = (realisasi2024.attributes["points"] ?? "").split(separator: " ")[0].split(separator: ",")[1]
        #expect(svg.number(high, "y") < (Double(pointY) ?? 0))
        let target2024 = svg.named("circle")[3]
        #expect(svg.number(low, "y") > svg.number(target2024, "cy"))
    }

    @Test func splitsALineAtAMissingValue() {
        let chart = ReportChart.lines(
            caption: "c", categories: ["2022", "2023", "2024", "2025"],
            series: [.init(name: "R", values: [F.number("1"), F.number("2"), nil, F.number("4")])])
        let svg = ParsedSVG(chart.svg(id: "g"))
        #expect(svg.named("polyline").count == 1)  // 2022–2023; 2025 stands alone as a marker.
        #expect(svg.named("circle").count == 4)  // Three points and the legend.
        #expect(svg.texts.contains("4"))
    }

    @Test func saysSoWhenThereIsNoData() {
        #expect(ParsedSVG(Self.charts[2].svg(id: "g")).texts.contains("Tidak ada data"))
        #expect(ParsedSVG(Self.charts[3].svg(id: "g")).texts.contains("Tidak ada data"))
        #expect(ParsedSVG(Self.charts[4].svg(id: "g")).texts.contains("Tidak ada data"))
    }

    @Test func wrapsLongLabelsAtSpaces() {
        #expect(
            SVGCanvas.wrapped("Prosentase PPKS yang ditangani dan diberi bantuan sosial", width: 36) == [
                "Prosentase PPKS yang ditangani dan", "diberi bantuan sosial",
            ])
        #expect(SVGCanvas.wrapped("", width: 10) == [""])
        #expect(SVGCanvas.wrapped("sangatpanjangsekali x", width: 5) == ["sangatpanjangsekali", "x"])
    }

    @Test func writesLengthsInTenthsWithoutTrailingZeros() {
        #expect([0, 5, 10, 125, -3, -120].map(SVGCanvas.number) == ["0", "0.5", "1", "12.5", "-0.3", "-12"])
    }
}
