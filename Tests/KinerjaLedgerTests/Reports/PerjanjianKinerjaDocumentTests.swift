import Testing

@testable import KinerjaCLI
@testable import KinerjaEvents
@testable import KinerjaInterchange
@testable import KinerjaProjections
@testable import KinerjaReports
@testable import KinerjaStore

@Suite struct PerjanjianKinerjaDocumentTests {
    /// The IKU fixture with a PK 2024 signed at Malili by both parties, with programs whose printed total
    /// differs from their sum, then an amendment (approved) for a new pihak pertama, raising the ppks target.
    private var history: History {
        var history = History.withIKU
        var signed = Events.pk(year: 2024)
        signed.id = "pk-2024"
        signed.data["place"] = .string("Malili")
        signed.data["pihakPertama"] = .object([
            "name": .string("Drs. SUKARTI"), "jabatan": .string("Kepala Dinas"), "nip": .string("196502101993031015"),
        ])
        signed.data["pihakKedua"] = .object(["name": .string("H. BUDIMAN"), "jabatan": .string("Bupati Luwu Timur")])
        signed.data["programs"] = .array([
            .object(["name": .string("Program Pemberdayaan Sosial"), "anggaran": .string("5086990809")]),
            .object(["name": .string("Program Rehabilitasi Sosial"), "anggaran": .string("1152904280")]),
        ])
        signed.data["totalAnggaran"] = .string("6239895088")
        history.given(signed)
        var amendment = Events.pk(year: 2024, amendment: "pergantian-pejabat")
        amendment.id = "pk-2024-p1"
        for key in ["place", "pihakKedua", "programs", "totalAnggaran"] { amendment.data[key] = signed.data[key] }
        amendment.data["pihakPertama"] = .object(["name": .string("Plt. Kepala Dinas"), "jabatan": .string("Plt.")])
        amendment.data["sasaran"] = .array([
            .object([
                "text": .string("Meningkatnya kesejahteraan PPKS"),
                "indicators": .array([.object(["indicator": .string("ppks"), "target": .string("60.00")])]),
            ])
        ])
        history.given(amendment, by: "rina")
        history.given(Events.approval(of: "pk-2024-p1", id: "ok-pk"), by: "kepala")
        return history
    }

    private func document(version number: Int) throws -> ReportDocument {
        let state = history.state
        let versions = state.perjanjianKinerja(year: 2024)
        let version = try #require(versions.first { $0.number == number })
        return .makePerjanjianKinerja(state: state, version: version, versions: versions, head: BuilderFixtures.head)
    }

    private func facts(_ document: ReportDocument) -> [String: String] {
        var facts: [String: String] = [:]
        for block in document.sections.flatMap(\.blocks) {
            if case .facts(let list) = block { for fact in list { facts[fact.label] = fact.value } }
        }
        return facts
    }

    @Test func showsTheVersionAsSignedWithItsDigestAndParties() throws {
        let document = try document(version: 1)
        let signed = try #require(history.state.event("pk-2024"))
        let facts = facts(document)
        #expect(document.kind == "pk")
        #expect(document.title == "Perjanjian Kinerja Tahun 2024")
        #expect(facts["Versi"] == "1 (sebagaimana ditandatangani) dari 2")
        #expect(facts["Tanggal"] == "2024-01-31")
        #expect(facts["Tempat"] == "Malili")
        #expect(facts["Digest buku besar versi ini"] == "luwu-timur:\(signed.seq):\(signed.hash)")
        #expect(document.sections.map(\.title) == ["Perjanjian Kinerja", "Lampiran", "Tanda Tangan"])
        // Pihak kedua on the left, pihak pertama on the right, as the PK template sets them.
        #expect(
            document.sections.last?.blocks == [
                .signatures([
                    .init(party: "Pihak Kedua", position: "Bupati Luwu Timur", name: "H. BUDIMAN"),
                    .init(
                        party: "Pihak Pertama", position: "Kepala Dinas", name: "Drs. SUKARTI",
                        nip: "196502101993031015"),
                ])
            ])
    }

    @Test func annexesTargetsAndProgramsWithTheirTotalAsSigned() throws {
        let document = try document(version: 1)
        let targets = try document.table("pk-target")
        #expect(targets.rows.count == 1)
        #expect(try targets.cell(0, "Target") == .number(BuilderFixtures.number("56.70"), sources: ["pk-2024"]))
        #expect(try targets.cell(0, "Indikator Kinerja").value == .text("Indikator ppks"))
        let programs = try document.table("pk-anggaran")
        #expect(try programs.cell(2, "Program").value == .text("JUMLAH"))
        #expect(try programs.cell(2, "Anggaran").plain == "6239895089")
        #expect(
            programs.notes == ["Dokumen mencetak jumlah Rp6.239.895.088; jumlah program adalah Rp6.239.895.089."])
    }

    @Test func anAmendmentSaysWhyAndWhatChanged() throws {
        let document = try document(version: 2)
        let facts = facts(document)
        #expect(facts["Versi"] == "2 (PK Perubahan) dari 2")
        #expect(facts["Berlaku sejak"] == "2024-07-01")
        #expect(facts["Alasan"] == "pergantian-pejabat")
        #expect(facts["Penjelasan"] == "pergantian Kepala Dinas")
        // Shown in the organisation's zone (the fixture's region, Luwu Timur: WITA), the zone named.
        #expect(facts["Persetujuan"] == "disetujui oleh kepala pada 1 Mei 2024 16.00 WITA")
        let changes = try document.table("perubahan")
        let sources = ["pk-2024", "pk-2024-p1"]
        #expect(
            changes.rows == [
                [.text("target ppks: 56,70 → 60,00", sources: sources)],
                [.text("pihak pertama: kini Plt. Kepala Dinas", sources: sources)],
            ])
        #expect(try document.table("pk-target").cell(0, "Target").plain == "60.00")
        #expect(
            document.sections.last?.blocks == [
                .signatures([
                    .init(party: "Pihak Kedua", position: "Bupati Luwu Timur", name: "H. BUDIMAN"),
                    .init(party: "Pihak Pertama", position: "Plt.", name: "Plt. Kepala Dinas"),
                ])
            ])
    }

    @Test func saysSoWhenNeitherPartyNorDateIsRecorded() throws {
        var history = History.withIKU
        var signed = Events.pk(year: 2024)
        signed.effective = nil
        signed.data["dateNote"] = .string("the LKj does not print the signing date")
        history.given(signed)
        let versions = history.state.perjanjianKinerja(year: 2024)
        let version = try #require(versions.first)
        let document = ReportDocument.makePerjanjianKinerja(
            state: history.state, version: version, versions: versions, head: BuilderFixtures.head)
        let facts = facts(document)
        #expect(facts["Tanggal"] == "tidak tercatat")
        #expect(facts["Catatan tanggal"] == "the LKj does not print the signing date")
        #expect(facts["Tempat"] == "tidak tercatat")
        #expect(
            document.sections.last?.blocks == [
                .paragraph("Para pihak yang menandatangani tidak tercatat dalam buku besar untuk versi ini.")
            ])
        #expect(document.tables.map(\.name) == ["pk-target"])
    }
}
