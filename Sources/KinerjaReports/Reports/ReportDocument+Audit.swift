import KinerjaEvents
import KinerjaProjections
import KinerjaStore

extension ReportDocument {
    /// Every decision (event) recorded in the organisation's stream from `from` to `to`, by the UTC date it was
    /// recorded, both days included, in seq order: who recorded it and when, its effective date, basis and
    /// reason, what it changed (old → new), its approval or the absence of one; and the digests to check the
    /// ledger against: the head that was read and `endOfPeriod`, the stream's digest at the last event
    /// recorded by the end of the period (notes included: they are not decisions, but they are in the chain).
    package static func makeAudit(
        state: OrganisationState, from: CalendarDate, to: CalendarDate, head: LedgerDigest,
        endOfPeriod: LedgerDigest, asOf: Timestamp? = nil
    ) -> ReportDocument {
        let inPeriod = state.keptEvents(recordedOn: from...to)
        let describer = AuditChangeDescriber(state: state, events: inPeriod)
        let columns: [ReportTable.Column] = [
            .init("Seq", .number), .init("Dicatat pada"), .init("Berlaku"), .init("Pencatat"), .init("Jenis"),
            .init("Id"), .init("Perubahan"), .init("Dasar"), .init("Alasan"), .init("Persetujuan"),
        ]
        let rows = inPeriod.map { event -> [ReportTable.Cell] in
            let own = [event.id]
            let entry = HistoryEntry(event: event, change: nil, status: state.status(of: event))
            let change = describer.describe(event)
            let basis = [entry.decreeText, entry.basisText == "-" ? nil : entry.basisText].compactMap { $0 }
            let reason = [
                entry.reasonText == "-" ? nil : entry.reasonText, event.perjanjianKinerjaAmendment?.explanation,
            ].compactMap { $0 }
            let approval = entry.status.map { ($0.indonesian, own + ($0.decisionID.map { [$0] } ?? [])) }
            return [
                .number(DecimalNumber(event.seq), sources: own), .text(event.recordedAt.description, sources: own),
                .text(event.effective?.description ?? "-", sources: own), .text(event.actor, sources: own),
                .text(event.type, sources: own), .text(event.id, sources: own),
                .text(change.text, sources: (change.related + own).uniqued),
                .text(basis.isEmpty ? "-" : basis.joined(separator: "; "), sources: own),
                .text(reason.isEmpty ? "-" : reason.joined(separator: ": "), sources: own),
                .text(approval?.0 ?? "tidak memerlukan persetujuan", sources: approval?.1 ?? own),
            ]
        }
        var counts: [(type: String, ids: [String])] = []
        for event in inPeriod {
            if let index = counts.firstIndex(where: { $0.type == event.type }) {
                counts[index].ids.append(event.id)
            } else {
                counts.append((event.type, [event.id]))
            }
        }
        let summary = ReportTable(
            name: "ringkasan-peristiwa", caption: "Ringkasan per jenis peristiwa",
            columns: [.init("Jenis"), .init("Jumlah", .number)],
            rows: counts.map { [.text($0.type), .number(DecimalNumber($0.ids.count), sources: $0.ids)] }
                + [[.text("Jumlah"), .number(DecimalNumber(inPeriod.count), sources: inPeriod.map(\.id))]])
        let decisions = ReportTable(
            name: "keputusan", caption: "Keputusan yang dicatat \(from) s.d. \(to)", columns: columns, rows: rows,
            notes: [
                "Peristiwa menurut tanggal pencatatan (UTC), \(from) dan \(to) termasuk, dalam urutan seq.",
                "Perubahan: nilai lama → nilai baru; persetujuan: keadaan pada digest buku besar yang dibaca, "
                    + "termasuk keputusan yang dicatat setelah periode.",
            ])
        let period = "\(from) s.d. \(to)"
        return ReportDocument(
            kind: "audit", title: "Jejak Audit Keputusan \(period)",
            subtitle: [state.organisationName ?? state.stream.rawValue, "Dicatat \(period)"],
            provenance: provenance(
                state: state, head: head, asOf: asOf,
                extra: [
                    Fact("Periode", "\(period), menurut tanggal pencatatan (UTC), kedua tanggal termasuk")
                ]),
            sections: [
                Section(
                    "Ringkasan",
                    [
                        .paragraph(
                            inPeriod.isEmpty
                                ? "Tidak ada keputusan yang dicatat dalam periode ini."
                                : "\(inPeriod.count) keputusan dicatat dalam periode ini, antara seq "
                                    + "\(inPeriod.first?.seq ?? 0) dan \(endOfPeriod.seq); catatan bebas "
                                    + "(NoteRecorded) bukan keputusan dan tidak didaftar, tetapi tercakup "
                                    + "digest akhir periode."),
                        .table(summary),
                    ]),
                Section("Keputusan", [.table(decisions)]),
                Section(
                    "Digest untuk Pemeriksaan",
                    [
                        .facts([
                            Fact("Digest kepala stream (yang dibaca)", head.description),
                            Fact(
                                "Digest akhir periode (peristiwa terakhir yang dicatat s.d. \(to))",
                                endOfPeriod.description),
                        ]),
                        .paragraph(
                            "Periksa bahwa buku besar masih memuat riwayat ini tanpa perubahan dengan: kinerja verify "
                                + ([endOfPeriod, head].map(\.description).uniqued.map { "--digest \($0)" })
                                .joined(separator: " ")),
                    ]),
            ])
    }
}

/// What an event changed, in words and figures (old → new, as the history of what it touched shows it), and
/// the other events that bear on it (the realisation a correction corrects, the proposal an approval decides).
struct AuditChangeDescriber {
    let state: OrganisationState
    /// Every figure each of the events described sets, with the value before and after, by event id.
    private let changes: [String: [(subject: HistorySubject, before: DecimalNumber?, after: DecimalNumber)]]

    /// A describer of `events`, from `state`.
    init(state: OrganisationState, events: [RecordedEvent]) {
        self.state = state
        changes = state.figureChanges(of: events)
    }

    func describe(_ event: RecordedEvent) -> (text: String, related: [String]) {
        switch event.event {
        case .realisasiRecorded(let realisasi):
            let (code, period) = (realisasi.indicator, realisasi.period)
            return ("realisasi \(code) \(period): \(change(event, .realisasi(code, period: period)))", [])
        case .realisasiCorrected(let correction):
            let corrected = correction.corrects
            guard let original = state.event(corrected)?.realisasi else {
                return ("koreksi atas \(corrected)", [corrected])
            }
            let (code, period) = (original.indicator, original.period)
            let text = "koreksi atas \(corrected), realisasi \(code) \(period): "
            return (text + change(event, .realisasi(code, period: period)), [corrected])
        case .targetChangeProposed(let target):
            let (code, year) = (target.indicator, target.year)
            return ("target \(code) \(year): \(change(event, .target(code, year: year)))", [])
        case .renstraTargetsProposed(let targets):
            let code = targets.indicator
            var parts = targets.targets.map { "\($0.year): \(change(event, .target(code, year: $0.year)))" }
            if let end = targets.endOfPeriod { parts.append("akhir Renstra: \(end.indonesian())") }
            return ("target Renstra \(code): " + parts.joined(separator: "; "), [])
        case .perjanjianKinerjaSigned, .perjanjianKinerjaAmendmentProposed:
            return perjanjianKinerja(event)
        case .ikuDecisionProposed(let decision):
            let parts = [
                ("ditambah", (decision.added ?? []).map(\.code)), ("diubah", (decision.amended ?? []).map(\.code)),
                ("dihentikan", (decision.retired ?? []).map(\.code)),
            ]
            .filter { !$0.1.isEmpty }.map { "\($0.0): \($0.1.joined(separator: ", "))" }
            return (
                "IKU (\(decision.kind.rawValue)): "
                    + (parts.isEmpty ? "tanpa perubahan indikator" : parts.joined(separator: "; ")), []
            )
        case .proposalApproved(let approval):
            return decision("menyetujui", approval.proposal)
        case .proposalRejected(let rejection):
            return decision("menolak", rejection.proposal)
        case .budgetLineRecorded(let line):
            let text =
                "anggaran \(line.year) \(line.code): pagu Rp\(line.pagu.indonesian())"
                + (line.realisasi.map { ", realisasi Rp\($0.indonesian())" } ?? "")
            return (text, [])
        case .organisationRegistered(let organisation):
            return ("organisasi: \(organisation.name)", [])
        case .renstraAdopted(let renstra):
            return (
                "Renstra \(renstra.period.firstYear)–\(renstra.period.lastYear): \(renstra.sasaran.count) sasaran", []
            )
        case .documentRecorded(let document):
            let parts = [document.kind.rawValue, document.title, document.date?.description]
            return ("dokumen: " + parts.compactMap { $0 }.joined(separator: ", "), [])
        case .organisationTimeZoneSet(let setting):
            return ("zona waktu: \(setting.zone.rawValue)", [])
        case .signingPolicySet(let policy):
            return ("keputusan wajib ditandatangani sejak \(IndonesianDate.written(policy.from))", [])
        case .noteRecorded, .actorRegistered, .unknown:
            return ("-", [])
        }
    }

    /// An approval or rejection (`verb`) of `proposal`, naming the proposal's type and seq.
    private func decision(_ verb: String, _ proposal: String) -> (text: String, related: [String]) {
        let what = state.event(proposal).map { " (\($0.type), seq \($0.seq))" } ?? ""
        return ("\(verb) \(proposal)\(what)", [proposal])
    }

    /// The change `event` made to `subject` (`old → new`), as its history shows it.
    private func change(_ event: RecordedEvent, _ subject: HistorySubject) -> String {
        guard let change = changes[event.id]?.first(where: { $0.subject == subject }) else { return "-" }
        return HistoryEntry(event: event, change: (change.before, change.after), status: nil).changeText
    }

    /// A PK version and, for an amendment, what changed from the version before it.
    private func perjanjianKinerja(_ event: RecordedEvent) -> (text: String, related: [String]) {
        let year = event.perjanjianKinerjaContent?.year ?? 0
        let version = PerjanjianKinerjaVersion(number: 0, event: event)
        let size = "\(version.lines.count) indikator, \(version.programs.count) program"
        guard event.perjanjianKinerjaAmendment != nil,
            let earlier = state.perjanjianKinerja(year: year).last(where: { $0.event.seq < event.seq })
        else { return ("PK \(year) ditandatangani: \(size)", []) }
        let changes = version.changes(since: earlier)
        let text =
            "PK Perubahan \(year) atas versi \(earlier.number): "
            + (changes.isEmpty ? "isi tidak berubah" : changes.map(\.id).joined(separator: "; "))
        return (text, [earlier.event.id])
    }
}
