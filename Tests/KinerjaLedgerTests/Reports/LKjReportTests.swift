import Testing

@testable import KinerjaCLI
@testable import KinerjaEvents
@testable import KinerjaInterchange
@testable import KinerjaProjections
@testable import KinerjaReports
@testable import KinerjaStore

@Suite struct LKjReportTests {
    private func document(_ history: History, year: Int = 2024, asOf: Timestamp? = nil) -> ReportDocument {
        .makeLKj(state: history.state, year: year, head: BuilderFixtures.head, asOf: asOf)
    }

    private func paragraphs(_ document: ReportDocument) -> [String] {
        document.sections.flatMap(\.blocks).compactMap { block -> String? in
            if case .paragraph(let text) = block { text } else { nil }
        }
    }

    @Test func listsEachIndicatorBySasaranWithTargetRealisasiCapaianAndRating() throws {
        let table = try document(BuilderFixtures.lkj).table("capaian-kinerja")
        // Ordered by the Renstra's sasaran (s1 before s3), not by the IKU's order.
        #expect(
            table.rows.map { $0[1].value }
                == [.text("Indikator ppks"), .text("Indikator idg"), .text("Indikator kekerasan")])
        #expect(
            try table.cell(0, "Sasaran Strategis") == .text("Meningkatnya kesejahteraan PPKS", sources: ["renstra"]))
        #expect(
            try table.cell(0, "Target") == ReportTable.Cell(.number(BuilderFixtures.number("56.70")), sources: ["pk"]))
        #expect(try table.cell(0, "Realisasi").sources == ["r-ppks-2024"])
        let capaian = try table.cell(0, "Capaian")
        #expect(capaian.plain == "208.59")
        #expect(capaian.sources == ["pk", "r-ppks-2024"])
        #expect(capaian.remark == nil, "the source printed the same capaian")
        #expect(try table.cell(0, "Peringkat").value == .text("ST Sangat Tinggi"))
        #expect(try table.cell(0, "Rumus capaian").value == .text("R/T×100"))
    }

    @Test func showsTheCapaianTheSourcePrintedBesideTheOneTheRulesGive() throws {
        let table = try document(BuilderFixtures.lkj).table("capaian-kinerja")
        let row = try table.row(where: "Indikator Kinerja", is: "Indikator kekerasan")
        let capaian = try table.cell(row, "Capaian")
        #expect(capaian.plain == "170.00")  // (2 × 0,01 − 0,003) / 0,01 × 100, lower is better
        #expect(capaian.remark == "dokumen mencetak 30,00 (R/T×100)")
        #expect(try table.cell(row, "Rumus capaian").value == .text("(2T−R)/T×100"))
        #expect(try table.cell(row, "Sasaran Strategis").value == .text("Menurunnya kekerasan"))
    }

    @Test func saysWhenTheTargetIsTheRenstrasAndWhenThereIsNoRealisasi() throws {
        let table = try document(BuilderFixtures.lkj).table("capaian-kinerja")
        let row = try table.row(where: "Indikator Kinerja", is: "Indikator idg")
        let target = try table.cell(row, "Target")
        #expect(target.plain == "50.79")
        #expect(target.sources == ["t-idg"])
        #expect(target.remark == "target Renstra (tidak ada target PK 2024)")
        let realisasi = try table.cell(row, "Realisasi")
        #expect(realisasi.value == .empty)
        #expect(realisasi.sources == [])
        #expect(realisasi.remark == "tidak tersedia: tidak ada realisasi terverifikasi")
        #expect(try table.cell(row, "Capaian").value == .empty)
        #expect(try table.cell(row, "Peringkat") == .empty)
    }

    @Test func aCorrectedRealisasiNamesTheRecordingAndTheCorrection() throws {
        var history = BuilderFixtures.lkj
        history.given(
            NewEvent(
                type: "RealisasiCorrected", id: "c-ppks",
                data: [
                    "corrects": .string("r-ppks-2024"), "value": .string("120.00"), "reason": .string("salah ketik"),
                    "basis": Events.basis,
                ]))
        let before = try document(history).table("capaian-kinerja")
        #expect(try before.cell(0, "Realisasi").plain == "118.27", "a correction counts once approved")
        history.given(Events.approval(of: "c-ppks"), by: "kepala")
        let table = try document(history).table("capaian-kinerja")
        #expect(
            try table.cell(0, "Realisasi")
                == .number(BuilderFixtures.number("120.00"), sources: ["r-ppks-2024", "c-ppks"]))
        let capaian = try table.cell(0, "Capaian")
        #expect(capaian.plain == "211.64")
        #expect(capaian.sources == ["pk", "r-ppks-2024", "c-ppks"])
        #expect(capaian.remark == "dokumen mencetak 208,59", "printed beside the figure before its correction")
    }

    @Test func comparesEachYearWithTheRenstraTargetsAndTheEndTarget() throws {
        let table = try document(BuilderFixtures.lkj).table("capaian-renstra")
        // From the Renstra's first year with a target or realisation (2022, not 2021) to its end for targets,
        // to the report's year for realisations.
        #expect(
            table.columns.map(\.heading) == [
                "Sasaran Strategis", "Indikator Kinerja", "Target 2022", "Target 2023", "Target 2024", "Target 2025",
                "Target 2026", "Target akhir Renstra", "Realisasi 2022", "Realisasi 2023", "Realisasi 2024",
                "Capaian 2022", "Capaian 2023", "Capaian 2024", "Capaian 2024 terhadap target akhir Renstra",
            ])
        let ppks = try table.row(where: "Indikator Kinerja", is: "Indikator ppks")
        #expect(try table.cell(ppks, "Target 2025").plain == "44")
        #expect(
            try table.cell(ppks, "Target akhir Renstra") == .number(BuilderFixtures.number("45"), sources: ["t-ppks"]))
        #expect(
            try table.cell(ppks, "Realisasi 2022") == .number(BuilderFixtures.number("44"), sources: ["r-ppks-2022"]))
        #expect(try table.cell(ppks, "Capaian 2022").plain == "110.00")
        #expect(try table.cell(ppks, "Capaian 2023").plain == "97.62")
        let capaian2024 = try table.cell(ppks, "Capaian 2024")
        #expect(capaian2024.plain == "270.95")  // against the Renstra's 43,65, not the PK's 56,70
        #expect(capaian2024.sources == ["t-ppks", "r-ppks-2024"])
        #expect(try table.cell(ppks, "Capaian 2024 terhadap target akhir Renstra").plain == "262.82")
        let kekerasan = try table.row(where: "Indikator Kinerja", is: "Indikator kekerasan")
        #expect(try table.cell(kekerasan, "Target 2022").value == .empty)
        #expect(try table.cell(kekerasan, "Capaian 2023").value == .empty, "no realisasi 2023")
        #expect(try table.cell(kekerasan, "Capaian 2024").plain == "170.00")
    }

    @Test func drawsCapaianBarsAgainst100AndTargetAndRealisasiLinesPerIndicator() throws {
        let charts = document(BuilderFixtures.lkj).charts
        #expect(
            charts.first
                == .bars(
                    caption: "Capaian kinerja 2024 per indikator terhadap 100 %",
                    items: [
                        .init(label: "Indikator ppks", value: BuilderFixtures.number("208.59")),
                        .init(label: "Indikator kekerasan", value: BuilderFixtures.number("170.00")),
                    ], reference: DecimalNumber(100)))
        let number = BuilderFixtures.number
        #expect(
            charts.dropFirst().first
                == .lines(
                    caption: "Target Renstra dan realisasi: Indikator ppks",
                    categories: ["2022", "2023", "2024", "2025", "2026"],
                    series: [
                        .init(
                            name: "Target Renstra",
                            values: [number("40"), number("42"), number("43.65"), number("44"), number("45")]),
                        .init(name: "Realisasi", values: [number("44"), number("41"), number("118.27"), nil, nil]),
                    ]))
        #expect(charts.count == 4)
    }

    @Test func addsUpTheBudgetAndSaysWhereALinesPartsDoNot() throws {
        let table = try document(BuilderFixtures.lkj).table("realisasi-anggaran")
        // Depth first: each program followed by its kegiatan; 2023 left out.
        #expect(table.rows.map { $0[0].value } == ["p1", "p1.k1", "p1.k2", "p2", "JUMLAH"].map(ReportTable.Value.text))
        let program = try table.cell(0, "Anggaran")
        #expect(program == .number(DecimalNumber(1000), sources: ["b-p1-2024"], remark: "rincian berjumlah 900"))
        #expect(try table.cell(0, "Realisasi").remark == "rincian berjumlah 800")
        #expect(try table.cell(0, "Realisasi (%)").plain == "90.00")
        #expect(try table.cell(1, "Realisasi (%)").plain == "83.33")
        #expect(try table.cell(1, "Tingkat").value == .text("Kegiatan"))
        #expect(try table.cell(3, "Realisasi") == .number(nil, sources: [], remark: "tidak tercatat"))
        let total = try table.cell(4, "Anggaran")
        #expect(total.plain == "1500")
        #expect(total.sources == ["b-p1-2024", "b-p2-2024"])
        #expect(try table.cell(4, "Realisasi").remark == "1 program tanpa realisasi tercatat")
        #expect(try table.cell(4, "Realisasi (%)").plain == "60.00")
    }

    @Test func leavesTheTotalRealisationEmptyWhenNoProgramHasOne() throws {
        var history = History.withIKU
        history.given(BuilderFixtures.budget("p1", parent: nil, level: "program", pagu: "1000", realisasi: nil))
        history.given(BuilderFixtures.budget("p2", parent: nil, level: "program", pagu: "500", realisasi: nil))
        let table = try document(history).table("realisasi-anggaran")
        #expect(try table.cell(2, "Anggaran").plain == "1500")
        #expect(
            try table.cell(2, "Realisasi")
                == .number(nil, sources: ["b-p1-2024", "b-p2-2024"], remark: "2 program tanpa realisasi tercatat"))
        #expect(try table.cell(2, "Realisasi (%)").value == .empty)
    }

    @Test func countsIndicatorsThatMetTheirTargetAndByRatingBand() throws {
        let report = document(BuilderFixtures.lkj)
        let target = try report.table("ringkasan-target")
        #expect(try target.cell(0, "Jumlah indikator").plain == "2")
        #expect(try target.cell(0, "Jumlah indikator").sources == ["pk", "r-ppks-2024", "r-kekerasan-2024"])
        #expect(try target.cell(1, "Jumlah indikator").plain == "0")
        #expect(try target.cell(2, "Indikator").value == .text("Indikator idg"))
        #expect(try target.cell(3, "Jumlah indikator").plain == "3")
        let bands = try report.table("ringkasan-peringkat")
        #expect(bands.rows.count == RatingScale.permendagri54Of2010.bands.count)
        #expect(try bands.cell(0, "Kelompok").value == .text("ST Sangat Tinggi (x > 90)"))
        #expect(try bands.cell(0, "Jumlah indikator").plain == "2")
        #expect(try bands.cell(1, "Jumlah indikator").plain == "0")
    }

    @Test func listsTheConsistencyFindingsOfTheYearAfterTheTables() throws {
        let history = BuilderFixtures.lkj
        let report = document(history)
        let expected = history.state.findings(year: 2024)
        #expect(expected.contains { $0.kind == "printed-capaian-differs" })
        let last = try #require(report.sections.last)
        #expect(last.title == "3.5 Temuan Pemeriksaan Konsistensi")
        #expect(
            last.blocks.last
                == .findings(expected.map { .init(kind: $0.kind, message: $0.message, events: $0.events) }))
    }

    @Test func statesWhatTheReportWasComputedFrom() {
        let asOf = BuilderFixtures.time("2024-06-30T23:59:59Z")
        let report = document(BuilderFixtures.lkj, asOf: asOf)
        #expect(report.kind == "lkj")
        #expect(report.fact("Organisasi") == "Dinas Sosial P3A (luwu-timur)")
        #expect(report.fact("Digest buku besar") == BuilderFixtures.head.description)
        #expect(report.fact("Skala peringkat") == "Permendagri 54/2010 versi 1")
        #expect(
            report.fact("Per waktu pencatatan (--as-of)")
                == "2024-06-30T23:59:59.000Z: hanya peristiwa yang dicatat sampai saat itu")
        #expect(document(BuilderFixtures.lkj).fact("Per waktu pencatatan (--as-of)") == nil)
    }

    @Test func saysSoWhenThereIsNoRenstraBudgetOrFinding() throws {
        var history = History.withIKU
        history.given(Events.realisasi("ppks", "2024", value: "50", id: "r"))
        let report = document(history)
        let text = paragraphs(report)
        #expect(text.contains("Renstra tidak tercatat, sehingga perbandingan ini tidak dapat disusun."))
        #expect(text.contains("Tidak ada anggaran yang tercatat untuk tahun 2024."))
        #expect(
            text.contains(
                "Pemeriksaan konsistensi (kinerja check --year 2024) tidak menemukan hal yang perlu ditanyakan."))
        #expect(report.tables.map(\.name) == ["capaian-kinerja", "ringkasan-target", "ringkasan-peringkat"])
    }

    @Test func comparesWithTheRenstraOnlyForAYearOfItsPeriod() throws {
        let report = document(BuilderFixtures.lkj, year: 2020)
        #expect(
            paragraphs(report).contains(
                "Tahun 2020 di luar periode Renstra 2021–2026 yang tercatat, sehingga perbandingan ini tidak disusun."))
        #expect(!report.tables.contains { $0.name == "capaian-renstra" })
        // In the Renstra's first years, before any target: realisations up to the year, targets to its end.
        let early = try document(BuilderFixtures.lkj, year: 2022).table("capaian-renstra")
        #expect(early.columns.filter { $0.heading.hasPrefix("Realisasi") }.map(\.heading) == ["Realisasi 2022"])
        #expect(early.columns.filter { $0.heading.hasPrefix("Target 20") }.count == 5)
    }
}
