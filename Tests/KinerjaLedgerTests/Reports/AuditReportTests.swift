import Testing

@testable import KinerjaCLI
@testable import KinerjaEvents
@testable import KinerjaInterchange
@testable import KinerjaProjections
@testable import KinerjaReports
@testable import KinerjaStore

@Suite struct AuditReportTests {
    private static let day = [
        "2024-05-01T08:00:00Z", "2024-05-02T23:59:59.999Z", "2024-05-03T00:00:00Z", "2024-05-03T09:30:00Z",
        "2024-05-04T00:00:00Z",
    ].map(BuilderFixtures.time)

    /// IKU on 1 May; a realisation on 2 May; its approval and a correction on 3 May; a target change and its
    /// rejection on 4 May.
    private var history: History {
        var history = History.withIKU
        history.given(Events.realisasi("ppks", "2024", value: "50.00", id: "r"), by: "rina", at: Self.day[1])
        history.given(Events.approval(of: "r", id: "ok-r"), by: "kepala", at: Self.day[2])
        history.given(
            NewEvent(
                type: "RealisasiCorrected", id: "c",
                data: [
                    "corrects": .string("r"), "value": .string("55.00"), "reason": .string("salah ketik"),
                    "basis": .object(["document": .string("Nota koreksi 12/2024"), "locator": .string("butir 2")]),
                ]), by: "rina", at: Self.day[3])
        history.given(
            NewEvent(
                type: "TargetChangeProposed", id: "t",
                data: [
                    "indicator": .string("ppks"), "year": .integer(2025), "value": .string("45"),
                    "reason": .string("reviu Renstra"), "basis": Events.basis,
                ], effective: CalendarDate(parsing: "2024-06-01")), by: "rina", at: Self.day[4])
        history.given(
            NewEvent(
                type: "ProposalRejected", id: "no-t", data: ["proposal": .string("t"), "reason": .string("belum")]),
            by: "kepala", at: Self.day[4])
        return history
    }

    /// The stream's digest at the last event recorded by the end of the period, as the command gives it.
    private static let periodEnd = LedgerDigest(stream: History.stream, seq: 7, hash: .zero)

    private func audit(_ from: String, _ to: String) throws -> ReportDocument {
        .makeAudit(
            state: history.state, from: try #require(CalendarDate(parsing: from)),
            to: try #require(CalendarDate(parsing: to)), head: BuilderFixtures.head, endOfPeriod: Self.periodEnd)
    }

    @Test func listsTheDecisionsRecordedInThePeriodBothDaysIncluded() throws {
        let table = try audit("2024-05-02", "2024-05-03").table("keputusan")
        #expect(table.rows.map { $0[5].value } == ["r", "ok-r", "c"].map(ReportTable.Value.text))
        #expect(try table.cell(0, "Seq") == .number(DecimalNumber(4), sources: ["r"]))
        #expect(try table.cell(0, "Dicatat pada").value == .text("2024-05-02T23:59:59.999Z"))
        #expect(try table.cell(0, "Pencatat").value == .text("rina"))
        #expect(try table.cell(0, "Perubahan").value == .text("realisasi ppks 2024: 50,00"))
        #expect(
            try table.cell(0, "Persetujuan")
                == .text("disetujui oleh kepala pada \(Self.day[2])", sources: ["r", "ok-r"]))
        #expect(
            try table.cell(1, "Perubahan") == .text("menyetujui r (RealisasiRecorded, seq 4)", sources: ["r", "ok-r"]))
        #expect(try table.cell(1, "Persetujuan").value == .text("tidak memerlukan persetujuan"))
        #expect(try audit("2024-05-02", "2024-05-02").table("keputusan").rows.count == 1)
    }

    @Test func showsACorrectionOldToNewWithItsBasisReasonAndMissingApproval() throws {
        let table = try audit("2024-05-03", "2024-05-03").table("keputusan")
        let row = try table.row(where: "Id", is: "c")
        #expect(
            try table.cell(row, "Perubahan")
                == .text("koreksi atas r, realisasi ppks 2024: 50,00 → 55,00", sources: ["r", "c"]))
        #expect(try table.cell(row, "Dasar").value == .text("Nota koreksi 12/2024, butir 2"))
        #expect(try table.cell(row, "Alasan").value == .text("salah ketik"))
        #expect(try table.cell(row, "Persetujuan").value == .text("menunggu persetujuan"))
    }

    @Test func showsTheDecreeEffectiveDateAndARejection() throws {
        let iku = try audit("2024-05-01", "2024-05-01").table("keputusan")
        #expect(try iku.cell(0, "Perubahan").value == .text("organisasi: Dinas Sosial P3A"))
        let decision = try iku.row(where: "Id", is: "iku-1")
        #expect(try iku.cell(decision, "Berlaku").value == .text("2022-01-01"))
        #expect(try iku.cell(decision, "Perubahan").value == .text("IKU (penetapan): ditambah: ppks, idg"))
        let table = try audit("2024-05-04", "2024-05-04").table("keputusan")
        #expect(try table.cell(0, "Perubahan").value == .text("target ppks 2025: 45"))
        #expect(try table.cell(0, "Alasan").value == .text("reviu Renstra"))
        #expect(
            try table.cell(0, "Persetujuan")
                == .text("ditolak oleh kepala pada \(Self.day[4]): belum", sources: ["t", "no-t"]))
    }

    @Test func givesTheDigestsOfTheHeadAndOfThePeriodsEnd() throws {
        let report = try audit("2024-05-02", "2024-05-03")
        let facts = report.sections.flatMap(\.blocks).flatMap { block -> [ReportDocument.Fact] in
            if case .facts(let facts) = block { facts } else { [] }
        }
        #expect(facts.first { $0.label.hasPrefix("Digest akhir periode") }?.value == Self.periodEnd.description)
        #expect(facts.first { $0.label.hasPrefix("Digest kepala stream") }?.value == BuilderFixtures.head.description)
        #expect(
            report.fact("Periode")
                == "2024-05-02 s.d. 2024-05-03, menurut tanggal pencatatan (UTC), kedua tanggal termasuk")
        let summary = try report.table("ringkasan-peristiwa")
        #expect(try summary.cell(3, "Jumlah") == .number(DecimalNumber(3), sources: ["r", "ok-r", "c"]))
    }

    @Test func figureChangesAgreeWithEachSubjectsHistoryAndWithOnePassOverEveryEvent() throws {
        var history = self.history
        for event in BuilderFixtures.lkj.state.keptEvents where event.type != "OrganisationRegistered" {
            history.given(NewEvent(type: event.type, id: event.id, data: event.stored.data, effective: event.effective))
        }
        let state = history.state
        let changes = state.figureChanges(of: state.keptEvents)
        let oracle = state.figureChanges()
        #expect(changes.keys.sorted() == oracle.keys.sorted())
        for (id, figures) in oracle {
            #expect(changes[id]?.map(\.before) == figures.map(\.before), "\(id)")
            #expect(changes[id]?.map(\.after) == figures.map(\.after), "\(id)")
        }
        var subjects = Set<HistorySubject>()
        for event in state.keptEvents {
            for figure in state.figures(setBy: event) { subjects.insert(figure.subject) }
        }
        #expect(subjects.count > 5)
        for subject in subjects {
            for entry in state.history(of: subject) {
                let change = changes[entry.event.id]?.first { $0.subject == subject }
                #expect(change?.before == entry.change?.before, "\(subject) \(entry.event.id)")
                #expect(change?.after == entry.change?.after, "\(subject) \(entry.event.id)")
            }
        }
        #expect(changes["c"]?.map(\.before) == [BuilderFixtures.number("50.00")])
    }

    @Test func anEmptyPeriodSaysSoAndItsEndIsTheStartOfTheStream() throws {
        let report = try audit("2024-04-01", "2024-04-30")
        #expect(try report.table("keputusan").rows.isEmpty)
        #expect(
            report.sections.first?.blocks.first == .paragraph("Tidak ada keputusan yang dicatat dalam periode ini."))
        let paragraphs = report.sections.flatMap(\.blocks).compactMap { block -> String? in
            if case .paragraph(let text) = block { text } else { nil }
        }
        #expect(paragraphs.contains { $0.contains("--digest luwu-timur:0:\(SHA256Digest.zero)") })
    }
}
