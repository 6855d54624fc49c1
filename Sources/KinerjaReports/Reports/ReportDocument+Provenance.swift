import KinerjaEvents
import KinerjaProjections
import KinerjaStore

extension ReportDocument {
    /// What every report states it was computed from: the organisation, the ledger digest of what was read,
    /// `--as-of` when given, and the rating scale; `extra` facts come after the organisation.
    static func provenance(
        state: OrganisationState, head: LedgerDigest, asOf: Timestamp?, extra: [Fact] = []
    ) -> [Fact] {
        var facts = [Fact("Organisasi", "\(state.organisationName ?? state.stream.rawValue) (\(state.stream))")]
        facts += extra
        facts.append(Fact("Digest buku besar", head.description))
        if let asOf {
            facts.append(
                Fact("Per waktu pencatatan (--as-of)", "\(asOf): hanya peristiwa yang dicatat sampai saat itu"))
        }
        let scale = state.ratingScale
        facts.append(Fact("Skala peringkat", "\(scale.name) versi \(scale.version)"))
        facts.append(Fact("Periksa dengan", "kinerja verify --digest \(head)"))
        return facts
    }
}

extension ReportTable.Cell {
    /// A number cell with its events and an optional remark; empty (with the remark) when there is no number.
    static func number(_ value: DecimalNumber?, sources: [String], remark: String? = nil) -> Self {
        Self(value.map(ReportTable.Value.number) ?? .empty, sources: value == nil ? [] : sources, remark: remark)
    }

    /// A text cell with its events.
    static func text(_ text: String, sources: [String]) -> Self {
        Self(.text(text), sources: sources)
    }
}

extension ProposalStatus {
    /// Where the proposal stands, in Indonesian: who approved or rejected it and when (UTC, as the audit's
    /// period is), or that it waits.
    var indonesian: String { indonesian(in: nil) }

    /// Where the proposal stands, in Indonesian, the time in `zone` with the zone named (UTC when nil).
    func indonesian(in zone: IndonesianTimeZone?) -> String {
        func when(_ time: Timestamp) -> String { zone.map { IndonesianDate.written(time, in: $0) } ?? "\(time)" }
        return switch self {
        case .pending: "menunggu persetujuan"
        case .approved(let actor, let time, _): "disetujui oleh \(actor) pada \(when(time))"
        case .rejected(let actor, let time, _, let reason): "ditolak oleh \(actor) pada \(when(time)): \(reason)"
        }
    }

    /// The id of the approval or rejection, if decided.
    var decisionID: String? {
        switch self {
        case .pending: nil
        case .approved(_, _, let decision), .rejected(_, _, let decision, _): decision
        }
    }
}

extension Array where Element == String {
    /// The ids without repeats, in first-seen order.
    var uniqued: [String] {
        var seen = Set<String>()
        return filter { seen.insert($0).inserted }
    }
}
