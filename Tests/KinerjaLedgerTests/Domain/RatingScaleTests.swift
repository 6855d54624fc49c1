import Testing

@testable import KinerjaCLI
@testable import KinerjaEvents
@testable import KinerjaInterchange
@testable import KinerjaProjections
@testable import KinerjaReports
@testable import KinerjaStore

@Suite struct RatingScaleTests {
    private typealias Bound = RatingBand.Bound

    private static func band(_ code: String, _ lower: Bound?, _ upper: Bound?) -> RatingBand {
        RatingBand(code: code, label: "Band \(code)", lower: lower, upper: upper)
    }

    private static func over(_ value: Int) -> Bound { .exclusive(DecimalNumber(value)) }
    private static func atLeast(_ value: Int) -> Bound { .inclusive(DecimalNumber(value)) }
    private static func upTo(_ value: Int) -> Bound { .inclusive(DecimalNumber(value)) }
    private static func under(_ value: Int) -> Bound { .exclusive(DecimalNumber(value)) }

    @Test(arguments: [
        ("50", "SR"), ("50.00", "SR"), ("50.001", "R"), ("50.01", "R"), ("65", "R"), ("65.01", "S"), ("75", "S"),
        ("75.01", "T"), ("75.50", "T"), ("90", "T"), ("90.00", "T"), ("90.01", "ST"), ("90.000000000000000001", "ST"),
        ("100", "ST"), ("0", "SR"), ("-10", "SR"), ("-50.00", "SR"), ("208.59", "ST"),
    ])
    func ratesEveryBoundaryOfPermendagri54(capaian: String, code: String) throws {
        let value = try #require(DecimalNumber(plain: capaian))
        let band = RatingScale.permendagri54Of2010.rating(for: value)
        #expect(band.code == code)
        #expect(band.contains(value))
    }

    @Test func permendagri54IsTheTableThirteenScaleAsData() throws {
        let scale = RatingScale.permendagri54Of2010
        #expect(scale.name == "Permendagri 54/2010")
        #expect(scale.version == 1)
        #expect(scale.bands.map(\.code) == ["ST", "T", "S", "R", "SR"])
        #expect(scale.bands.map(\.label) == ["Sangat Tinggi", "Tinggi", "Sedang", "Rendah", "Sangat Rendah"])
        #expect(scale.bands.map(\.interval) == ["x > 90", "75 < x ≤ 90", "65 < x ≤ 75", "50 < x ≤ 65", "x ≤ 50"])
        #expect(try RatingScale(name: scale.name, version: scale.version, bands: scale.bands) == scale)
    }

    @Test func everyCapaianFallsInExactlyOneBand() throws {
        let scale = RatingScale.permendagri54Of2010
        for step in -80...880 {
            let value = try DecimalNumber(step).dividing(by: DecimalNumber(4), scale: 2)
            let holders = scale.bands.filter { $0.contains(value) }
            #expect(holders.count == 1, "\(value)")
            #expect(holders.first == scale.rating(for: value))
        }
    }

    @Test func acceptsAnotherIssuersScaleWithBandsInAnyOrder() throws {
        let scale = try RatingScale(
            name: "Sangat Baik–Kurang", version: 2,
            bands: [
                Self.band("C", Self.atLeast(70), Self.under(80)), Self.band("SB", Self.atLeast(90), nil),
                Self.band("K", nil, Self.under(70)), Self.band("B", Self.atLeast(80), Self.under(90)),
            ])
        #expect(try scale.rating(for: #require(DecimalNumber(plain: "90"))).code == "SB")
        #expect(try scale.rating(for: #require(DecimalNumber(plain: "89.99"))).code == "B")
        #expect(try scale.rating(for: #require(DecimalNumber(plain: "69.99"))).code == "K")
        #expect(scale.bands.map(\.code) == ["C", "SB", "K", "B"])
    }

    @Test func acceptsABandHoldingASinglePoint() throws {
        let scale = try RatingScale(
            name: "Point", version: 1,
            bands: [
                Self.band("low", nil, Self.under(100)), Self.band("exact", Self.atLeast(100), Self.upTo(100)),
                Self.band("high", Self.over(100), nil),
            ])
        #expect(scale.rating(for: DecimalNumber(100)).code == "exact")
        #expect(try scale.rating(for: #require(DecimalNumber(plain: "100.01"))).code == "high")
    }

    @Test(
        arguments: [
            ("", 1, [band("A", nil, nil)], RatingScaleError.emptyName, "a rating scale needs a name"),
            (
                "S", 0, [band("A", nil, nil)], .invalidVersion(scale: "\"S\" version 0", version: 0),
                "rating scale \"S\" version 0 has version 0; versions start at 1"
            ),
            ("S", 1, [], .noBands(scale: "\"S\" version 1"), "rating scale \"S\" version 1 has no bands"),
            (
                "S", 1, [band("", nil, nil)], .emptyCode(scale: "\"S\" version 1", label: "Band "),
                "rating scale \"S\" version 1 has a band labelled \"Band \" without a code"
            ),
            (
                "S", 1, [band("A", nil, upTo(50)), band("A", over(50), nil)],
                .duplicateCode(scale: "\"S\" version 1", code: "A"),
                "rating scale \"S\" version 1 has more than one band coded A"
            ),
            (
                "S", 1, [band("A", nil, upTo(75)), band("T", over(90), upTo(75)), band("B", over(75), nil)],
                .emptyBand(scale: "\"S\" version 1", code: "T", interval: "90 < x ≤ 75"),
                "rating scale \"S\" version 1 has band T (90 < x ≤ 75), which holds no value"
            ),
            (
                "S", 1, [band("A", nil, upTo(50)), band("E", over(50), under(50)), band("B", over(50), nil)],
                .emptyBand(scale: "\"S\" version 1", code: "E", interval: "50 < x < 50"), nil
            ),
            (
                "Tabel 13 literal", 1,
                [
                    band("ST", atLeast(91), nil), band("T", atLeast(76), upTo(90)), band("S", atLeast(66), upTo(75)),
                    band("R", atLeast(51), upTo(65)), band("SR", nil, upTo(50)),
                ],
                .gap(scale: "\"Tabel 13 literal\" version 1", values: "50 < x < 51", below: "SR", above: "R"),
                "rating scale \"Tabel 13 literal\" version 1 has no band for 50 < x < 51, between bands SR and R"
            ),
            (
                "S", 1, [band("T", over(75), under(90)), band("ST", over(90), nil), band("L", nil, upTo(75))],
                .gap(scale: "\"S\" version 1", values: "x = 90", below: "T", above: "ST"),
                "rating scale \"S\" version 1 has no band for x = 90, between bands T and ST"
            ),
            (
                "S", 1, [band("L", nil, upTo(75)), band("T", over(75), upTo(90)), band("ST", atLeast(90), nil)],
                .overlap(scale: "\"S\" version 1", first: "T (75 < x ≤ 90)", second: "ST (x ≥ 90)"),
                "rating scale \"S\" version 1 has overlapping bands T (75 < x ≤ 90) and ST (x ≥ 90)"
            ),
            (
                "S", 1, [band("L", nil, upTo(90)), band("H", over(80), nil)],
                .overlap(scale: "\"S\" version 1", first: "L (x ≤ 90)", second: "H (x > 80)"), nil
            ),
            (
                "S", 1, [band("L", nil, upTo(50)), band("M", nil, upTo(60)), band("H", over(60), nil)],
                .overlap(scale: "\"S\" version 1", first: "L (x ≤ 50)", second: "M (x ≤ 60)"), nil
            ),
            (
                "S", 1, [band("L", nil, upTo(50)), band("H", over(50), nil), band("X", over(70), nil)],
                .overlap(scale: "\"S\" version 1", first: "H (x > 50)", second: "X (x > 70)"), nil
            ),
            (
                "S", 1, [band("SR", over(0), upTo(50)), band("ST", over(50), nil)],
                .uncoveredBelow(scale: "\"S\" version 1", values: "x ≤ 0", code: "SR"),
                "rating scale \"S\" version 1 has no band for x ≤ 0, below its lowest band SR"
            ),
            (
                "S", 1, [band("SR", nil, upTo(50)), band("ST", over(50), upTo(100))],
                .uncoveredAbove(scale: "\"S\" version 1", values: "x > 100", code: "ST"),
                "rating scale \"S\" version 1 has no band for x > 100, above its highest band ST"
            ),
        ] as [(String, Int, [RatingBand], RatingScaleError, String?)])
    func refusesAScaleThatDoesNotCoverTheLineExactlyOnce(
        name: String, version: Int, bands: [RatingBand], error: RatingScaleError, message: String?
    ) {
        #expect(throws: error) { try RatingScale(name: name, version: version, bands: bands) }
        if let message { #expect(error.description == message) }
    }
}
