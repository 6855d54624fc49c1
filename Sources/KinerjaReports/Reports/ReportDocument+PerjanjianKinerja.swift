import KinerjaEvents
import KinerjaProjections
import KinerjaStore

extension ReportDocument {
    /// The Perjanjian Kinerja version `version` of `versions` as signed: the parties and their signatures,
    /// date and place, the annex (sasaran, indicators and targets; programs and their anggaran, with the total),
    /// for an amendment its reason and what changed, and the ledger digest of that version, which
    /// `kinerja verify --digest` checks a paper copy against.
    package static func makePerjanjianKinerja(
        state: OrganisationState, version: PerjanjianKinerjaVersion, versions: [PerjanjianKinerjaVersion],
        head: LedgerDigest, asOf: Timestamp? = nil
    ) -> ReportDocument {
        let event = version.event
        let content = event.perjanjianKinerjaContent
        let year = content?.year ?? 0
        let digest = LedgerDigest(stream: state.stream, seq: event.seq, hash: event.hash)
        let earlier = versions.first { $0.number == version.number - 1 }
        let kind = version.number == 1 ? "sebagaimana ditandatangani" : "PK Perubahan"
        var facts: [Fact] = [
            Fact("Versi", "\(version.number) (\(kind)) dari \(versions.count)"),
            Fact(version.number == 1 ? "Tanggal" : "Berlaku sejak", event.effective?.description ?? "tidak tercatat"),
        ]
        if event.effective == nil, let note = event.dateNote {
            facts.append(Fact("Catatan tanggal", note))
        }
        facts.append(Fact("Tempat", content?.place ?? "tidak tercatat"))
        if let basis = event.basis {
            facts.append(Fact("Dasar", [basis.document, basis.locator].compactMap { $0 }.joined(separator: ", ")))
        }
        facts.append(
            Fact(
                "Dicatat",
                "oleh \(event.actor) pada \(IndonesianDate.written(event.recordedAt, in: state.timeZone)) "
                    + "(peristiwa \(event.id), seq \(event.seq))"))
        if let status = state.status(of: event) {
            facts.append(Fact("Persetujuan", status.indonesian(in: state.timeZone)))
        }
        facts.append(Fact("Digest buku besar versi ini", digest.description))
        var sections: [Section] = [
            Section(
                "Perjanjian Kinerja",
                [
                    .facts(facts),
                    .paragraph(
                        "Salinan cetak versi ini dapat diperiksa kapan pun dengan: kinerja verify --digest \(digest)"),
                ])
        ]
        if let earlier {
            sections.append(amendmentSection(version, since: earlier))
        }
        sections.append(annexSection(state: state, version: version))
        sections.append(signatureSection(version))
        let pending = state.pendingAmendments(year: year)
        if !pending.isEmpty {
            sections.append(
                Section(
                    "PK Perubahan yang Menunggu Keputusan",
                    pending.map {
                        .paragraph(
                            "\($0.id) (seq \($0.seq), dicatat oleh \($0.actor) pada "
                                + "\(IndonesianDate.written($0.recordedAt, in: state.timeZone)))")
                    }
                ))
        }
        return ReportDocument(
            kind: "pk", title: "Perjanjian Kinerja Tahun \(year)",
            subtitle: [state.organisationName ?? state.stream.rawValue, "Versi \(version.number) (\(kind))"],
            provenance: provenance(state: state, head: head, asOf: asOf, extra: [Fact("Tahun", String(year))]),
            sections: sections)
    }

    private static func amendmentSection(
        _ version: PerjanjianKinerjaVersion, since earlier: PerjanjianKinerjaVersion
    ) -> Section {
        let amendment = version.event.perjanjianKinerjaAmendment
        let sources = [earlier.event.id, version.event.id]
        let changes = version.changes(since: earlier)
        let table = ReportTable(
            name: "perubahan", caption: "Perubahan dari versi \(earlier.number)", columns: [.init("Perubahan")],
            rows: changes.map { [.text($0.id, sources: sources)] },
            notes: changes.isEmpty ? ["Tidak ada perubahan isi dari versi \(earlier.number)."] : [])
        return Section(
            "Perubahan (PK Perubahan)",
            [
                .facts([
                    Fact("Alasan", amendment?.reason.rawValue ?? "tidak tercatat"),
                    Fact("Penjelasan", amendment?.explanation ?? "tidak tercatat"),
                ]),
                .table(table),
            ])
    }

    private static func annexSection(state: OrganisationState, version: PerjanjianKinerjaVersion) -> Section {
        let id = version.event.id
        let targets = ReportTable(
            name: "pk-target", caption: "Lampiran: Sasaran, Indikator Kinerja dan Target",
            columns: [
                .init("Sasaran Strategis"), .init("Indikator Kinerja"), .init("Target", .number), .init("Satuan"),
            ],
            rows: version.lines.map { line in
                let name = state.knownIndicator(line.indicator)?.name ?? line.indicator
                return [
                    .text(line.sasaran, sources: [id]), .text(name, sources: [id]),
                    .number(line.target, sources: [id]), .text(line.unit.map(UnitName.shown) ?? ""),
                ]
            })
        var blocks: [Block] = [.table(targets)]
        if !version.programs.isEmpty {
            let total = version.totalAnggaran
            var notes: [String] = []
            if let printed = version.printedTotalAnggaran, printed != total {
                notes.append(
                    "Dokumen mencetak jumlah Rp\(printed.indonesian()); jumlah program adalah Rp\(total.indonesian()).")
            }
            let rows: [[ReportTable.Cell]] =
                version.programs.map { [.text($0.name, sources: [id]), .number($0.anggaran, sources: [id])] }
                + [[.text("JUMLAH"), .number(total, sources: [id])]]
            blocks.append(
                .table(
                    ReportTable(
                        name: "pk-anggaran", caption: "Lampiran: Program dan Anggaran",
                        columns: [.init("Program"), .init("Anggaran", .rupiah)], rows: rows, notes: notes)))
        }
        return Section("Lampiran", blocks)
    }

    /// The parties as the PK template sets them side by side: pihak kedua (the superior) on the left, pihak
    /// pertama (the head of the organisation) on the right.
    private static func signatureSection(_ version: PerjanjianKinerjaVersion) -> Section {
        let content = version.event.perjanjianKinerjaContent
        let signatories = [(content?.pihakKedua, "Pihak Kedua"), (content?.pihakPertama, "Pihak Pertama")].compactMap {
            official, party -> Signatory? in
            guard let official else { return nil }
            return Signatory(party: party, position: official.jabatan ?? "", name: official.name, nip: official.nip)
        }
        guard !signatories.isEmpty else {
            return Section(
                "Tanda Tangan",
                [.paragraph("Para pihak yang menandatangani tidak tercatat dalam buku besar untuk versi ini.")])
        }
        return Section("Tanda Tangan", [.signatures(signatories)])
    }
}
