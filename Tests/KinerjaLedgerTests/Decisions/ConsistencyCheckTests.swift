import Testing

@testable import KinerjaCLI
@testable import KinerjaEvents
@testable import KinerjaInterchange
@testable import KinerjaProjections
@testable import KinerjaReports
@testable import KinerjaStore

@Suite struct ConsistencyCheckTests {
    private func realisasi(
        _ value: String?, numerator: String? = nil, denominator: String? = nil, locator: String, id: String
    )
        -> NewEvent
    {
        var event = Events.realisasi("ppks", "2024", value: value, id: id)
        event.data["basis"] = .object(["document": .string("LKj 2024"), "locator": .string(locator)])
        if let numerator { event.data["numerator"] = .string(numerator) }
        if let denominator { event.data["denominator"] = .string(denominator) }
        return event
    }

    @Test func findsAFigureRecordedDifferentlyBySources() {
        var history = History.withIKU
        history.given(realisasi("118.27", locator: "Tabel 14", id: "a"))
        history.given(realisasi("118.72", locator: "Tabel 15", id: "b"))
        let findings = history.state.findings(year: 2024)
        #expect(findings.map(\.kind) == ["figure-recorded-differently"])
        #expect(
            findings.first?.message.en
                == "realisasi ppks 2024 is recorded with different values: 118,27 (LKj 2024, Tabel 14; event a); "
                + "118,72 (LKj 2024, Tabel 15; event b)")
        #expect(findings.first?.events == ["a", "b"])
    }

    @Test func recordingsOfOneValueFromOneDocumentAreNamedTogether() {
        var history = History.withIKU
        for id in ["a", "b", "c"] { history.given(realisasi("118.27", locator: "Tabel 14", id: id)) }
        history.given(realisasi("118.72", locator: "Tabel 15", id: "d"))
        history.given(realisasi("118.27", locator: "Tabel 16", id: "e"))
        let finding = history.state.findings(year: 2024).first
        #expect(
            finding?.message.en
                == "realisasi ppks 2024 is recorded with different values: 118,27 (LKj 2024, Tabel 14; 3 events, "
                + "a … c); 118,72 (LKj 2024, Tabel 15; event d); 118,27 (LKj 2024, Tabel 16; event e)")
        #expect(
            finding?.message.id
                == "realisasi ppks 2024 dicatat dengan nilai berbeda: 118,27 (LKj 2024, Tabel 14; 3 peristiwa, "
                + "a … c); 118,72 (LKj 2024, Tabel 15; peristiwa d); 118,27 (LKj 2024, Tabel 16; peristiwa e)")
        #expect(finding?.events == ["a", "b", "c", "d", "e"])
    }

    @Test func aFigureWrittenWithOtherTrailingZerosIsTheSameFigure() {
        var history = History.withIKU
        history.given(realisasi("12.50", locator: "Tabel 14", id: "a"))
        history.given(realisasi("12.5", locator: "Tabel 15", id: "b"))
        #expect(history.state.findings(year: 2024).filter { $0.kind == "figure-recorded-differently" }.isEmpty)
    }

    @Test func findsAValueThatDoesNotMatchItsParts() {
        var history = History.withIKU
        history.given(realisasi("118.27", numerator: "34133", denominator: "28860", locator: "Tabel 14", id: "ok"))
        #expect(history.state.findings().isEmpty)
        history.given(
            NewEvent(
                type: "RealisasiRecorded", id: "bad",
                data: [
                    "indicator": .string("ppks"), "period": .string("2023"), "value": .string("56.60"),
                    "numerator": .string("3"), "denominator": .string("100214"), "basis": Events.basis,
                ]))
        #expect(
            history.state.findings().map(\.message.en) == [
                "realisasi ppks 2023 is 56,60, but 3 / 100.214 × 100 = 0,00 (LKj 2024; event bad)"
            ])
    }

    @Test func findsAPKTargetDifferentFromTheRenstraWithoutAReason() {
        var history = History.withIKU
        history.given(
            NewEvent(
                type: "RenstraTargetsProposed", id: "t",
                data: [
                    "indicator": .string("ppks"), "basis": Events.basis,
                    "targets": .array([.object(["year": .integer(2024), "value": .string("43.65")])]),
                ]))
        history.given(Events.approval(of: "t"), by: "kepala")
        history.given(Events.pk(year: 2024))
        let findings = history.state.findings(year: 2024)
        #expect(findings.map(\.kind) == ["pk-target-differs-from-renstra"])
        #expect(
            findings.first?.message.en
                == "ppks 2024: the PK target 56,70 differs from the Renstra target 43,65 and no reason is recorded")
    }

    @Test func findsARealisasiLeftOutsideTheIKUByALaterDecision() {
        var history = History.withIKU
        history.given(Events.realisasi("ppks", "2023", id: "r"))
        // Recorded later, but in force from 2023: ppks was not in force in 2023 after all.
        history.given(Events.iku(id: "iku-0", effective: "2023-01-01", retired: ["ppks"]))
        history.given(Events.approval(of: "iku-0"), by: "kepala")
        #expect(history.state.findings().map(\.kind) == ["realisasi-outside-iku"])
    }

    @Test func findsACorrectionBackDatedMoreThanThirtyDaysBeforeItsRecording() {
        var history = History.withIKU
        history.given(Events.realisasi("ppks", "2024-Q1", id: "r"))
        func correction(_ id: String, effective: String?) -> NewEvent {
            NewEvent(
                type: "RealisasiCorrected", id: id,
                data: [
                    "corrects": .string("r"), "value": .string("60.00"), "reason": .string("salah ketik"),
                    "basis": Events.basis,
                ], effective: effective.flatMap(CalendarDate.init(parsing:)))
        }
        // Recorded on 2024-05-01: no date, and 30 days back, are fine; 31 days back is a finding.
        history.given(correction("c-none", effective: nil))
        history.given(correction("c-30", effective: "2024-04-01"))
        history.given(correction("c-31", effective: "2024-03-31"))
        let findings = history.state.findings()
        #expect(findings.map(\.kind) == ["correction-back-dated"])
        #expect(findings.first?.events == ["c-31", "r"])
        #expect(
            findings.first?.message.en
                == "correction c-31 of r, recorded on 2024-05-01, applies from 2024-03-31: 31 days earlier (more than 30)"
        )
        #expect(history.state.findings(year: 2023).isEmpty)
    }
}

@Suite struct DocumentFindingTests {
    private func document(_ kind: String, year: Int, date: String, id: String, cites: [(String, String)] = [])
        -> NewEvent
    {
        var data: JSONObject = [
            "kind": .string(kind), "year": .integer(year), "title": .string("\(kind) \(year)"), "date": .string(date),
            "basis": Events.basis,
        ]
        if !cites.isEmpty {
            data["cites"] = .array(cites.map { .object(["title": .string($0.0), "date": .string($0.1)]) })
        }
        return NewEvent(type: "DocumentRecorded", id: id, data: data)
    }

    @Test func findsAPKSignedMoreThanAMonthAfterItsDPA() {
        var history = History.withIKU
        history.given(document("dpa", year: 2024, date: "2023-12-20", id: "dpa"))
        history.given(Events.pk(year: 2024))  // signed 2024-01-31
        #expect(history.state.findings(year: 2024).map(\.kind) == ["pk-signed-late"])
        #expect(
            history.state.findings(year: 2024).first?.message.en
                == "the PK 2024 was signed on 2024-01-31, more than a month after the DPA of 2023-12-20 (due by 2024-01-20)"
        )
    }

    @Test func findsAnLKjSignedBeforeItsReviuAndACitationOfALaterRegulation() {
        var history = History.withIKU
        history.given(
            document("lkj", year: 2024, date: "2025-02-10", id: "lkj", cites: [("Perbup 9/2025", "2025-03-01")]))
        history.given(document("reviu-lkj", year: 2024, date: "2025-02-20", id: "reviu"))
        #expect(history.state.findings().map(\.kind) == ["cites-later-regulation", "lkj-signed-before-reviu"])
    }

    @Test(arguments: [
        ("2024-01-31", "2024-02-29"), ("2023-01-31", "2023-02-28"), ("2024-12-15", "2025-01-15"),
        ("2024-03-31", "2024-04-30"),
    ])
    func addsAMonthKeepingTheDayWhereItExists(from: String, to: String) throws {
        let date = try #require(CalendarDate(parsing: from))
        #expect(OrganisationState.oneMonthAfter(date).description == to)
    }
}
