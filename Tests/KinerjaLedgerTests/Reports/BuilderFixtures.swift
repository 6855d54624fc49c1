import Testing

@testable import KinerjaCLI
@testable import KinerjaEvents
@testable import KinerjaInterchange
@testable import KinerjaProjections
@testable import KinerjaReports
@testable import KinerjaStore

/// Small states for the report builders, built with the decision fixtures (no disk).
enum BuilderFixtures {
    static let head = LedgerDigest(stream: History.stream, seq: 0, hash: .zero)

    static func number(_ text: String) -> DecimalNumber {
        DecimalNumber(plain: text) ?? .zero
    }

    static func time(_ text: String) -> Timestamp {
        Timestamp(parsing: text) ?? Fixtures.start
    }

    static func indicator(
        _ code: String, sasaran: String, polarity: String = "higher-is-better", name: String? = nil
    ) -> JSONValue {
        .object([
            "code": .string(code), "name": .string(name ?? "Indikator \(code)"), "unit": .string("persen"),
            "sasaran": .string(sasaran), "polarity": .string(polarity),
            "capaianFormula": .string(polarity == "higher-is-better" ? "ratio" : "variant-a"),
        ])
    }

    static func renstraTargets(_ id: String, _ indicator: String, _ targets: [Int: String], end: String?) -> NewEvent {
        var data: JSONObject = [
            "indicator": .string(indicator), "basis": Events.basis,
            "targets": .array(
                targets.keys.sorted().map { .object(["year": .integer($0), "value": .string(targets[$0] ?? "")]) }),
        ]
        if let end { data["endOfPeriod"] = .string(end) }
        return NewEvent(type: "RenstraTargetsProposed", id: id, data: data)
    }

    static func realisasi(_ id: String, _ indicator: String, _ period: String, _ value: String, printed: String? = nil)
        -> NewEvent
    {
        var event = Events.realisasi(indicator, period, value: value, id: id)
        if let printed { event.data["printedCapaian"] = .string(printed) }
        return event
    }

    static func budget(
        _ code: String, parent: String?, level: String, pagu: String, realisasi: String?, year: Int = 2024
    )
        -> NewEvent
    {
        var data: JSONObject = [
            "year": .integer(year), "level": .string(level), "code": .string(code), "name": .string("Baris \(code)"),
            "pagu": .string(pagu), "basis": Events.basis,
        ]
        if let parent { data["parent"] = .string(parent) }
        if let realisasi { data["realisasi"] = .string(realisasi) }
        return NewEvent(type: "BudgetLineRecorded", id: "b-\(code)-\(year)", data: data)
    }

    /// A Renstra 2022–2026 with two sasaran; IKU ppks (s1, higher is better), idg (s1) and kekerasan (s3,
    /// lower is better, variant A); Renstra targets; a PK 2024 for ppks and kekerasan; verified realisations
    /// 2022–2024 (2024 with the capaian the source printed); budget lines for 2024 and one for 2023.
    static var lkj: History {
        var history = History()
        history.given(Events.organisation)
        history.given(
            NewEvent(
                type: "RenstraAdopted", id: "renstra",
                data: [
                    "period": .object(["from": .integer(2021), "to": .integer(2026)]), "basis": Events.basis,
                    "sasaran": .array([
                        .object(["code": .string("s1"), "text": .string("Meningkatnya kesejahteraan PPKS")]),
                        .object(["code": .string("s3"), "text": .string("Menurunnya kekerasan")]),
                    ]),
                ]))
        // kekerasan is listed first: the report orders rows by the Renstra's sasaran.
        history.given(
            NewEvent(
                type: "IkuDecisionProposed", id: "iku",
                data: [
                    "kind": .string("penetapan"), "basis": Events.basis,
                    "added": .array([
                        indicator("kekerasan", sasaran: "s3", polarity: "lower-is-better"),
                        indicator("ppks", sasaran: "s1"), indicator("idg", sasaran: "s1"),
                    ]),
                ], effective: CalendarDate(parsing: "2021-12-31")))
        history.given(Events.approval(of: "iku"), by: "kepala")
        for event in [
            renstraTargets(
                "t-ppks", "ppks", [2022: "40", 2023: "42", 2024: "43.65", 2025: "44", 2026: "45"], end: "45"),
            renstraTargets("t-kekerasan", "kekerasan", [2023: "0.02", 2024: "0.01"], end: "0.01"),
            renstraTargets("t-idg", "idg", [2024: "50.79"], end: nil),
        ] {
            history.given(event)
            history.given(Events.approval(of: event.id ?? ""), by: "kepala")
        }
        history.given(
            NewEvent(
                type: "PerjanjianKinerjaSigned", id: "pk",
                data: [
                    "year": .integer(2024), "basis": Events.basis,
                    "sasaran": .array([
                        .object([
                            "text": .string("Meningkatnya kesejahteraan PPKS"),
                            "indicators": .array([
                                .object(["indicator": .string("ppks"), "target": .string("56.70")])
                            ]),
                        ]),
                        .object([
                            "text": .string("Menurunnya kekerasan"),
                            "indicators": .array([
                                .object(["indicator": .string("kekerasan"), "target": .string("0.01")])
                            ]),
                        ]),
                    ]),
                ], effective: CalendarDate(parsing: "2024-01-31")))
        for event in [
            realisasi("r-ppks-2022", "ppks", "2022", "44"), realisasi("r-ppks-2023", "ppks", "2023", "41"),
            realisasi("r-ppks-2024", "ppks", "2024", "118.27", printed: "208.59"),
            realisasi("r-kekerasan-2024", "kekerasan", "2024", "0.003", printed: "30.00"),
        ] {
            history.given(event)
            history.given(Events.approval(of: event.id ?? ""), by: "kepala")
        }
        for event in [
            budget("p1", parent: nil, level: "program", pagu: "1000", realisasi: "900"),
            budget("p1.k1", parent: "p1", level: "kegiatan", pagu: "600", realisasi: "500"),
            budget("p2", parent: nil, level: "program", pagu: "500", realisasi: nil),
            budget("p1.k2", parent: "p1", level: "kegiatan", pagu: "300", realisasi: "300"),
            budget("p9", parent: nil, level: "program", pagu: "7", realisasi: "7", year: 2023),
        ] {
            history.given(event)
        }
        return history
    }
}

extension ReportDocument {
    /// The table named `name`.
    func table(_ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> ReportTable {
        try #require(tables.first { $0.name == name }, sourceLocation: sourceLocation)
    }

    /// The charts, in order.
    var charts: [ReportChart] {
        sections.flatMap(\.blocks).compactMap { block in
            if case .chart(let chart) = block { chart } else { nil }
        }
    }

    /// The provenance value labelled `label`.
    func fact(_ label: String) -> String? {
        provenance.first { $0.label == label }?.value
    }
}

extension ReportTable {
    /// The cell of `row` under the column headed `heading`.
    func cell(_ row: Int, _ heading: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Cell {
        let column = try #require(columns.firstIndex { $0.heading == heading }, sourceLocation: sourceLocation)
        try #require(rows.indices.contains(row), sourceLocation: sourceLocation)
        return rows[row][column]
    }

    /// The row whose cell under `heading` reads `text`.
    func row(where heading: String, is text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Int {
        let column = try #require(columns.firstIndex { $0.heading == heading }, sourceLocation: sourceLocation)
        return try #require(rows.firstIndex { $0[column].value == .text(text) }, sourceLocation: sourceLocation)
    }
}

extension ReportTable.Cell {
    /// The number, in plain form (`56.70`), or nil.
    var plain: String? {
        if case .number(let number) = value { number.plainDescription } else { nil }
    }
}
