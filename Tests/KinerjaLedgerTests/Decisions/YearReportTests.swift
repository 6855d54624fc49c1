import Testing

@testable import KinerjaCLI
@testable import KinerjaEvents
@testable import KinerjaInterchange
@testable import KinerjaProjections
@testable import KinerjaReports
@testable import KinerjaStore

@Suite struct YearReportTests {
    private static let head = LedgerDigest(stream: History.stream, seq: 0, hash: .zero)

    private func indicatorIKU(_ history: inout History, aggregation: String?, polarity: String = "higher-is-better") {
        var definition = Events.indicator("q", polarity: polarity).objectValue ?? [:]
        if let aggregation { definition["aggregation"] = .string(aggregation) }
        history.given(
            NewEvent(
                type: "IkuDecisionProposed", id: "iku-q",
                data: ["kind": .string("reviu"), "added": .array([.object(definition)]), "basis": Events.basis],
                effective: CalendarDate(parsing: "2023-01-01")))
        history.given(Events.approval(of: "iku-q"), by: "kepala")
    }

    private func row(_ history: History, _ code: String, year: Int = 2024) throws -> YearReport.Row {
        try #require(history.state.report(year: year, head: Self.head).rows.first { $0.indicator.code == code })
    }

    @Test func usesThePKTargetBeforeTheRenstraTargetAndCountsOnlyVerifiedFigures() throws {
        var history = History.withIKU
        history.given(
            NewEvent(
                type: "RenstraTargetsProposed", id: "t-ppks",
                data: [
                    "indicator": .string("ppks"), "basis": Events.basis,
                    "targets": .array([.object(["year": .integer(2024), "value": .string("43.65")])]),
                    "endOfPeriod": .string("43.79"),
                ]))
        history.given(Events.approval(of: "t-ppks"), by: "kepala")
        history.given(Events.realisasi("ppks", "2024", value: "118.27", id: "r"))
        var row = try row(history, "ppks")
        #expect(row.year == .missing(Localized(id: "tidak ada realisasi terverifikasi", en: "no verified realisasi")))
        #expect(row.capaian == nil)
        #expect(
            row.renstraTarget == Sourced(value: DecimalNumber(plain: "43.65") ?? DecimalNumber(0), eventID: "t-ppks"))
        history.given(Events.approval(of: "r"), by: "kepala")
        row = try self.row(history, "ppks")
        #expect(row.targetKind == "Renstra")
        #expect(row.capaian?.capaian?.value.plainDescription == "270.95")
        history.given(Events.pk(year: 2024))
        row = try self.row(history, "ppks")
        #expect(row.targetKind == "PK")
        #expect(row.capaian?.capaian?.value.plainDescription == "208.59")
        #expect(row.rating?.code == "ST")
        #expect(row.endOfPeriodTarget?.value.plainDescription == "43.79")
    }

    @Test func aggregatesQuartersByTheIndicatorsRule() throws {
        for (rule, expected) in [("sum", "10.0"), ("last", "4.0"), ("average", "2.50")] {
            var history = History.withIKU
            indicatorIKU(&history, aggregation: rule)
            for quarter in 1...4 {
                history.given(Events.realisasi("q", "2024-Q\(quarter)", value: "\(quarter).0", id: "q\(quarter)"))
                history.given(Events.approval(of: "q\(quarter)"), by: "kepala")
            }
            #expect(try row(history, "q").year.value?.plainDescription == expected, "\(rule)")
        }
    }

    @Test func saysWhyThereIsNoYearlyFigureWithoutAnAggregationRule() throws {
        var history = History.withIKU
        indicatorIKU(&history, aggregation: nil)
        history.given(Events.realisasi("q", "2024-Q1", value: "1", id: "q1"))
        history.given(Events.approval(of: "q1"), by: "kepala")
        #expect(
            try row(history, "q").year
                == .missing(
                    Localized(
                        id:
                            "indikator tidak memiliki aturan agregasi untuk membentuk angka tahunan dari angka quarter-nya",
                        en: "the indicator has no aggregation rule to make the year from its quarter figures")))
    }

    @Test func appliesOnlyApprovedCorrections() throws {
        var history = History.withIKU
        history.given(Events.realisasi("ppks", "2024", value: "50.00", id: "r"))
        history.given(Events.approval(of: "r"), by: "kepala")
        let correction = NewEvent(
            type: "RealisasiCorrected", id: "c",
            data: [
                "corrects": .string("r"), "value": .string("55.00"), "reason": .string("salah ketik"),
                "basis": Events.basis,
            ])
        history.given(correction)
        #expect(try row(history, "ppks").year.value?.plainDescription == "50.00")
        #expect(try row(history, "ppks").realisasi.first?.pendingCorrections == ["c"])
        history.given(Events.approval(of: "c"), by: "kepala")
        #expect(
            try row(history, "ppks").year
                == .recorded(Sourced(value: DecimalNumber(plain: "55.00") ?? DecimalNumber(0), eventID: "c")))
    }

    @Test func showsAPrintedCapaianBesideTheComputedOneAndTheFormulaThatGivesIt() throws {
        var history = History()
        history.given(Events.organisation)
        history.given(
            NewEvent(
                type: "IkuDecisionProposed", id: "iku",
                data: [
                    "kind": .string("penetapan"), "basis": Events.basis,
                    "added": .array([Events.indicator("kekerasan-perempuan", polarity: "lower-is-better")]),
                ], effective: CalendarDate(parsing: "2021-12-31")))
        history.given(Events.approval(of: "iku"), by: "kepala")
        var pk = Events.pk(year: 2024)
        pk.data["sasaran"] = .array([
            .object([
                "text": .string("Menurunnya kekerasan"),
                "indicators": .array([
                    .object(["indicator": .string("kekerasan-perempuan"), "target": .string("0.01")])
                ]),
            ])
        ])
        history.given(pk)
        var realisasi = Events.realisasi("kekerasan-perempuan", "2024", value: "0.003", id: "r")
        realisasi.data["printedCapaian"] = .string("30.00")
        history.given(realisasi)
        history.given(Events.approval(of: "r"), by: "kepala")
        let row = try row(history, "kekerasan-perempuan")
        #expect(row.capaian?.capaian?.value.plainDescription == "170.00")
        #expect(
            row.printedDifferences == [
                .init(
                    printed: DecimalNumber(plain: "30.00") ?? DecimalNumber(0),
                    computed: DecimalNumber(plain: "170.00") ?? DecimalNumber(0), eventID: "r", reproducedBy: .ratio)
            ])
    }

    @Test func listsPendingProposalsAndTheIKUInForce() {
        var history = History.withIKU
        history.given(Events.realisasi("ppks", "2024", id: "r"))
        let report = history.state.report(year: 2024, head: Self.head)
        #expect(report.pending.map(\.id) == ["r"])
        #expect(report.rows.map(\.indicator.code) == ["ppks", "idg"])
        #expect(report.decisions.map(\.event.id) == ["iku-1"])
        #expect(history.state.report(year: 2021, head: Self.head).rows.isEmpty)
    }
}
