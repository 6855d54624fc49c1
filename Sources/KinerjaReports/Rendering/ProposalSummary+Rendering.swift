import KinerjaEvents
import KinerjaProjections
import KinerjaStore

extension ProposalChange {
    /// What the proposal changes, in words, figures written the Indonesian way: `ppks 2024: 118,27`,
    /// `corrects 9f3c2a4e: 118,27 → 117,00`, `ppks 2025: 40,00 → 45,00`, `reviu: +2 added, 1 amended`,
    /// `PK 2024, reason perubahan-strategi: …`. With `fullIDs`, a corrected realisation is named by its whole id.
    /// In Indonesian with `language` `.id` (`mengoreksi …`, `+2 ditambahkan`); JSON keeps the English.
    package func text(fullIDs: Bool = false, _ language: Language = .en) -> String {
        func figure(_ value: DecimalNumber?) -> String { value?.indonesian() ?? "-" }
        func change(_ before: DecimalNumber?, _ after: DecimalNumber?) -> String {
            before.map { "\(figure($0)) → \(figure(after))" } ?? figure(after)
        }
        switch self {
        case .realisasi(let indicator, let period, let value):
            return "\(indicator) \(period): \(figure(value))"
        case .correction(let corrects, let short, let before, let after):
            return Localized(id: "mengoreksi", en: "corrects")(language)
                + " \(fullIDs ? corrects : short): \(change(before, after))"
        case .targets(let indicator, let changes):
            let years = changes.map { "\($0.year): \(change($0.before, $0.after))" }
            return "\(indicator) " + years.joined(separator: "; ")
        case .ikuDecision(let kind, let added, let amended, let retired):
            let parts = [
                added > 0 ? "+\(added) " + Localized(id: "ditambahkan", en: "added")(language) : nil,
                amended > 0 ? "\(amended) " + Localized(id: "diubah", en: "amended")(language) : nil,
                retired > 0 ? "\(retired) " + Localized(id: "dicabut", en: "retired")(language) : nil,
            ].compactMap { $0 }
            return "\(kind): "
                + (parts.isEmpty
                    ? Localized(id: "tidak ada perubahan", en: "no change")(language) : parts.joined(separator: ", "))
        case .perjanjianKinerjaAmendment(let year, let reason, let explanation):
            return "PK \(year), " + Localized(id: "alasan", en: "reason")(language) + " \(reason): \(explanation)"
        case .none:
            return "-"
        }
    }
}

extension ProposalSummary {
    /// The batch it came in: `156–160`, or `156` for a batch of one.
    package var batchText: String {
        let batch = event.batch
        return batch.first == batch.last ? "\(batch.first)" : "\(batch.first)–\(batch.last)"
    }

    /// One JSON object: whole ids, the batch's seq range, what it changes in words.
    package var json: JSONValue {
        var object: JSONObject = [
            "stream": .string(stream.rawValue), "id": .string(event.id), "seq": .integer(event.seq),
            "type": .string(event.type), "actor": .string(event.actor),
            "recordedAt": .string(event.recordedAt.description),
            "batch": .object(["first": .integer(event.batch.first), "last": .integer(event.batch.last)]),
            "change": .string(change.text(fullIDs: true)),
        ]
        if let effective = event.effective { object["effective"] = .string(effective.description) }
        return .object(object)
    }
}

extension [ProposalSummary] {
    /// A table, one line per proposal (with the stream first when `showingStream`): short id, seq, type, who
    /// recorded it and when, its batch, and what it changes.
    /// In `words`' language, times in its zone for Indonesian.
    package func table(
        showingStream: Bool, words: ReportWords = ReportWords(language: .en),
        zones: [StreamName: IndonesianTimeZone] = [:]
    ) -> [String] {
        let headings = LocalizedList(
            id: ["ID", "SEQ", "JENIS", "OLEH", "WAKTU", "BATCH", "PERUBAHAN"],
            en: ["ID", "SEQ", "TYPE", "BY", "AT", "BATCH", "CHANGE"])(words.language)
        var table = TextTable(
            headings: (showingStream ? ["STREAM"] : []) + headings,
            alignments: (showingStream ? [.left] : []) + [.left, .right, .left, .left, .left, .left, .left])
        for summary in self {
            let event = summary.event
            table.rows.append(
                (showingStream ? [summary.stream.rawValue] : []) + [
                    summary.shortID, String(event.seq), event.type, event.actor,
                    ReportWords(language: words.language, zone: zones[summary.stream] ?? words.zone).time(
                        event.recordedAt),
                    summary.batchText, summary.change.text(words.language),
                ])
        }
        return table.lines
    }
}
