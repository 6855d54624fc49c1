import Testing

@testable import KinerjaCLI
@testable import KinerjaEvents
@testable import KinerjaInterchange
@testable import KinerjaProjections
@testable import KinerjaReports
@testable import KinerjaStore

@Suite struct CapaianTests {
    private static func compute(
        _ realisasi: String, _ target: CapaianTarget, _ polarity: Polarity, _ formula: CapaianFormula
    ) throws -> CapaianOutcome {
        Capaian.compute(
            realisasi: try #require(DecimalNumber(plain: realisasi)), target: target, polarity: polarity,
            formula: formula)
    }

    private static func value(_ plain: String) throws -> CapaianTarget {
        .value(try #require(DecimalNumber(plain: plain)))
    }

    private static func range(_ lower: String, _ upper: String) throws -> CapaianTarget {
        .range(lower: try #require(DecimalNumber(plain: lower)), upper: try #require(DecimalNumber(plain: upper)))
    }

    /// Figures printed in the source documents (LKj Luwu Timur 2024, LKj Lampung 2015, LKjIP Manggarai Timur 2019).
    @Test(arguments: [
        ("118.27", "56.70", Polarity.higherIsBetter, CapaianFormula.ratio, "208.59"),
        ("53.38", "55.50", .higherIsBetter, .ratio, "96.18"),
        ("0.003", "0.01", .lowerIsBetter, .variantA, "170.00"),
        ("4.88", "32", .lowerIsBetter, .variantA, "184.75"),
        ("4.88", "24", .lowerIsBetter, .variantA, "179.67"),
        ("186", "162", .lowerIsBetter, .variantB, "87.10"),
        ("186", "162", .lowerIsBetter, .variantA, "85.19"),
        ("9.53", "9.20", .lowerIsBetter, .variantB, "96.54"),
        ("0.003", "0.01", .lowerIsBetter, .ratio, "30.00"),
        ("0.020", "0.016", .lowerIsBetter, .ratio, "125.00"),
        ("0.020", "0.016", .lowerIsBetter, .variantA, "75.00"),
    ])
    func reproducesTheGoldenFiguresToTwoDecimals(
        realisasi: String, target: String, polarity: Polarity, formula: CapaianFormula, expected: String
    ) throws {
        let capaian = try #require(try Self.compute(realisasi, Self.value(target), polarity, formula).capaian)
        #expect(capaian.value.plainDescription == expected)
        #expect(capaian.formula == formula)
        #expect(capaian.comparedTarget == DecimalNumber(plain: target))
        #expect(capaian.formulaMatchesPolarity == (formula.polarity == polarity))
    }

    @Test(arguments: [
        (
            "118.27", "56.70", Polarity.higherIsBetter, CapaianFormula.ratio,
            "R / T × 100 = 118,27 / 56,70 × 100 = 208,59"
        ),
        ("4.88", "32", .lowerIsBetter, .variantA, "(2T − R) / T × 100 = (2 × 32 − 4,88) / 32 × 100 = 184,75"),
        ("186", "162", .lowerIsBetter, .variantB, "T / R × 100 = 162 / 186 × 100 = 87,10"),
        (
            "0.003", "0.01", .lowerIsBetter, .ratio,
            "R / T × 100 = 0,003 / 0,01 × 100 = 30,00; ratio is meant for higher-is-better indicators and this one"
                + " is lower-is-better, so a better result rates lower"
        ),
        (
            "25", "10", .lowerIsBetter, .variantA,
            "(2T − R) / T × 100 = (2 × 10 − 25) / 10 × 100 = -50,00; below 0 because realisasi exceeds twice the"
                + " target; not floored at 0"
        ),
        (
            "5", "0", .lowerIsBetter, .variantB,
            "T / R × 100 = 0 / 5 × 100 = 0,00; the target is 0, so any realisasi above it gives 0"
        ),
        (
            "13821027400", "10000000000", .higherIsBetter, .ratio,
            "R / T × 100 = 13.821.027.400 / 10.000.000.000 × 100 = 138,21"
        ),
    ])
    func explainsTheWorkingWithIndonesianFigures(
        realisasi: String, target: String, polarity: Polarity, formula: CapaianFormula, explanation: String
    ) throws {
        let capaian = try #require(try Self.compute(realisasi, Self.value(target), polarity, formula).capaian)
        #expect(capaian.explanation == explanation)
    }

    @Test func showsTheDocumentsRatioBesideTheIndicatorsOwnFormula() throws {
        // LKj 2024 divides R by T for violence against women (0,003 vs 0,01) and children (0,020 vs 0,016):
        // the better result (0,003, below target) rates lower than the worse one (0,020, above target).
        let printed = try [("0.003", "0.01"), ("0.020", "0.016")].map { realisasi, target in
            try #require(try Self.compute(realisasi, Self.value(target), .lowerIsBetter, .ratio).capaian?.value)
        }
        let own = try [("0.003", "0.01"), ("0.020", "0.016")].map { realisasi, target in
            try #require(try Self.compute(realisasi, Self.value(target), .lowerIsBetter, .variantA).capaian?.value)
        }
        #expect(printed.map(\.plainDescription) == ["30.00", "125.00"])
        #expect(own.map(\.plainDescription) == ["170.00", "75.00"])
        #expect(printed[0] < printed[1] && own[0] > own[1])
    }

    @Test(arguments: [
        (
            "10", "0", CapaianFormula.ratio, CapaianProblem.targetIsZero(.ratio),
            "target is 0, so R / T × 100 is undefined"
        ),
        ("0", "0", .ratio, .targetIsZero(.ratio), "target is 0, so R / T × 100 is undefined"),
        ("10", "0", .variantA, .targetIsZero(.variantA), "target is 0, so (2T − R) / T × 100 is undefined"),
        ("0", "10", .variantB, .realisasiIsZero(.variantB), "realisasi is 0, so T / R × 100 is undefined"),
        ("0", "0", .variantB, .realisasiIsZero(.variantB), "realisasi is 0, so T / R × 100 is undefined"),
        (
            "-3", "10", .ratio, .negativeRealisasi(DecimalNumber(-3)),
            "realisasi -3 is negative; capaian is computed from values of 0 or more"
        ),
        (
            "3", "-0.5", .variantA, .negativeTarget(DecimalNumber(unchecked: -5, scale: 1)),
            "target -0,5 is negative; capaian is computed from values of 0 or more"
        ),
    ])
    func refusesWhatNoFormulaDefines(
        realisasi: String, target: String, formula: CapaianFormula, problem: CapaianProblem, message: String
    ) throws {
        let outcome = try Self.compute(realisasi, Self.value(target), formula.polarity, formula)
        #expect(outcome == .notComputable(problem))
        #expect(outcome.capaian == nil)
        #expect(outcome.problem?.description == message)
    }

    @Test(arguments: [
        (CapaianFormula.ratio, "10", "0.00"), (.variantA, "10", "200.00"), (.variantB, "0", "0.00"),
        (.variantB, "0.000", "0.00"),
    ])
    func zeroRealisasiOrTargetGivesTheStatedValue(formula: CapaianFormula, target: String, expected: String) throws {
        let realisasi = formula == .variantB ? "5" : "0"
        let capaian = try #require(try Self.compute(realisasi, Self.value(target), formula.polarity, formula).capaian)
        #expect(capaian.value.plainDescription == expected)
    }

    @Test func variantABelowZeroIsReportedNotFlooredAndRatesLowest() throws {
        let capaian = try #require(try Self.compute("25", Self.value("10"), .lowerIsBetter, .variantA).capaian)
        #expect(capaian.value.plainDescription == "-50.00")
        #expect(capaian.explanation.contains("not floored at 0"))
        #expect(RatingScale.permendagri54Of2010.rating(for: capaian.value).code == "SR")
    }

    @Test(
        arguments: [
            ("120", "80", "100", Polarity.higherIsBetter, CapaianFormula.ratio, "120.00", "100"),
            ("60", "80", "100", .higherIsBetter, .ratio, "75.00", "80"),
            ("90", "80", "100", .higherIsBetter, .ratio, "100.00", nil),
            ("80", "80", "100", .higherIsBetter, .ratio, "100.00", nil),
            ("100.00", "80", "100", .higherIsBetter, .ratio, "100.00", nil),
            ("25", "10", "20", .lowerIsBetter, .variantA, "75.00", "20"),
            ("5", "10", "20", .lowerIsBetter, .variantA, "150.00", "10"),
            ("15", "10", "20", .lowerIsBetter, .variantA, "100.00", nil),
            ("25", "10", "20", .lowerIsBetter, .variantB, "80.00", "20"),
            ("5", "10", "20", .lowerIsBetter, .variantB, "200.00", "10"),
            ("0", "0", "20", .lowerIsBetter, .variantB, "100.00", nil),
            ("7", "7", "7", .higherIsBetter, .ratio, "100.00", "7"),
        ] as [(String, String, String, Polarity, CapaianFormula, String, String?)])
    func comparesRealisasiOutsideARangeWithTheNearestBound(
        realisasi: String, lower: String, upper: String, polarity: Polarity, formula: CapaianFormula,
        expected: String, compared: String?
    ) throws {
        let capaian = try #require(try Self.compute(realisasi, Self.range(lower, upper), polarity, formula).capaian)
        #expect(capaian.value.plainDescription == expected)
        #expect(capaian.comparedTarget == compared.flatMap { DecimalNumber(plain: $0) })
    }

    @Test func explainsWhichBoundOfARangeWasUsed() throws {
        let above = try #require(try Self.compute("120", Self.range("80", "100"), .higherIsBetter, .ratio).capaian)
        #expect(
            above.explanation
                == "realisasi 120 is above the target range 80–100, so it is compared with the upper bound;"
                + " R / T × 100 = 120 / 100 × 100 = 120,00")
        let below = try #require(try Self.compute("5", Self.range("10", "20"), .lowerIsBetter, .variantA).capaian)
        #expect(
            below.explanation
                == "realisasi 5 is below the target range 10–20, so it is compared with the lower bound;"
                + " (2T − R) / T × 100 = (2 × 10 − 5) / 10 × 100 = 150,00")
        let within = try #require(try Self.compute("15.5", Self.range("10", "20"), .lowerIsBetter, .variantB).capaian)
        #expect(within.explanation == "realisasi 15,5 is within the target range 10–20, so capaian is 100,00")
    }

    @Test func refusesRangesWithNegativeOrInvertedBounds() throws {
        #expect(
            try Self.compute("5", Self.range("-1", "10"), .higherIsBetter, .ratio)
                == .notComputable(.negativeTarget(DecimalNumber(-1))))
        let inverted = try Self.compute("5", Self.range("100", "80"), .higherIsBetter, .ratio)
        #expect(inverted == .notComputable(.invertedRange(lower: DecimalNumber(100), upper: DecimalNumber(80))))
        #expect(inverted.problem?.description == "target range 100–80 has its lower bound above its upper bound")
        let point = try Self.compute("0", Self.range("0", "0"), .higherIsBetter, .ratio)
        #expect(point == .notComputable(.targetIsZero(.ratio)))
    }

    @Test(arguments: CapaianFormula.allCases)
    func aBetterResultNeverRatesWorse(formula: CapaianFormula) throws {
        for target in try [Self.value("15"), Self.range("10", "20")] {
            var previous: DecimalNumber?
            for step in 1...80 {
                let realisasi = try DecimalNumber(step).dividing(by: DecimalNumber(2), scale: 1)
                let outcome = Capaian.compute(
                    realisasi: realisasi, target: target, polarity: formula.polarity, formula: formula)
                let value = try #require(outcome.capaian?.value)
                if let previous {
                    // Realisasi rises with each step: better for ratio, worse for variants A and B.
                    #expect(formula.polarity == .higherIsBetter ? value >= previous : value <= previous)
                }
                previous = value
            }
        }
    }

    @Test func refusesFiguresBeyondTheExactLimits() throws {
        let nines = String(repeating: "9", count: 30)
        let outcome = try Self.compute(nines, Self.value("0.5"), .higherIsBetter, .ratio)
        #expect(outcome == .notComputable(.outOfRange(.tooManyDigits(expression: "\(nines) × 100"))))
        #expect(
            outcome.problem?.description
                == "capaian cannot be computed: \(nines) × 100 needs more than 30 significant digits")
    }
}
