import KinerjaEvents
import KinerjaProjections
import KinerjaStore

extension HistoryEntry {
    /// The approval column: who decided and when, or that the proposal still waits; `-` for a non-proposal.
    func approvalText(_ words: ReportWords) -> String {
        switch status {
        case nil: "-"
        case .pending: Localized(id: "menunggu persetujuan", en: "awaiting approval")(words.language)
        case .approved(let actor, let time, _):
            Localized(id: "disetujui oleh \(actor) pada ", en: "approved by \(actor) at ")(words.language)
                + words.time(time)
        case .rejected(let actor, let time, _, let reason):
            Localized(id: "ditolak oleh \(actor) pada ", en: "rejected by \(actor) at ")(words.language)
                + words.time(time) + ": \(reason)"
        }
    }

    /// The change column: `old → new`, or `new` for a first figure.
    var changeText: String {
        guard let change else { return "-" }
        return (change.before.map { "\($0.indonesian()) → " } ?? "") + change.after.indonesian()
    }

    /// The basis column: the document and where in it.
    var basisText: String {
        guard let basis = event.basis else { return "-" }
        return [basis.document, basis.locator].compactMap { $0 }.joined(separator: ", ")
    }

    /// The decree the event cites (`Keputusan 72 Tahun 2021, 2021-12-31`), if any.
    var decreeText: String? {
        guard let decree = event.decree else { return nil }
        return "Keputusan \(decree.number)" + (decree.date.map { ", \($0)" } ?? "")
    }

    /// The reason column.
    var reasonText: String {
        event.reason ?? event.approvalNote ?? "-"
    }

    /// The entry as JSON.
    package var json: JSONValue {
        var object: JSONObject = [
            "seq": .integer(event.seq), "id": .string(event.id), "type": .string(event.type),
            "recordedAt": .string(event.recordedAt.description), "actor": .string(event.actor),
            "hash": .string(event.hash.hexString),
        ]
        if let effective = event.effective { object["effective"] = .string(effective.description) }
        if let change {
            if let before = change.before { object["before"] = .string(before.plainDescription) }
            object["after"] = .string(change.after.plainDescription)
        }
        if let basis = event.basis { object["basis"] = basis.storedJSON }
        if let reason = event.reason { object["reason"] = .string(reason) }
        if let status {
            var approval: JSONObject = ["status": .string(status.word)]
            switch status {
            case .approved(let actor, let time, let decision), .rejected(let actor, let time, let decision, _):
                approval["by"] = .string(actor)
                approval["at"] = .string(time.description)
                approval["event"] = .string(decision)
            case .pending: break
            }
            object["approval"] = .object(approval)
        }
        return .object(object)
    }
}

/// A history's table put together one entry at a time, so that a long history is held as the rows it
/// prints, not as its events.
package struct HistoryTable {
    private let words: ReportWords
    private var table: TextTable
    /// How many entries it holds.
    package private(set) var count = 0

    /// An empty table in `words`' language: Indonesian headings, dates and times in the organisation's zone.
    package init(words: ReportWords = ReportWords(language: .en)) {
        self.words = words
        let headings = LocalizedList(
            id: ["SEQ", "DICATAT", "BERLAKU", "AKTOR", "PERISTIWA", "PERUBAHAN", "DASAR", "ALASAN", "PERSETUJUAN"],
            en: ["SEQ", "RECORDED AT", "EFFECTIVE", "ACTOR", "EVENT", "CHANGE", "BASIS", "REASON", "APPROVAL"]
        )(words.language)
        table = TextTable(
            headings: headings,
            alignments: [.right, .left, .left, .left, .left, .right, .left, .left, .left])
    }

    /// Adds `entry`'s row.
    package mutating func add(_ entry: HistoryEntry) {
        table.rows.append([
            String(entry.event.seq), words.time(entry.event.recordedAt),
            entry.event.effective.map(words.date) ?? "-",
            entry.event.actor, "\(entry.event.type) \(entry.event.id)", entry.changeText, entry.basisText,
            entry.reasonText, entry.approvalText(words),
        ])
        count += 1
    }

    /// Writes the table, with its title (the history of `subject`), to `output`, line by line.
    package func write(subject: HistorySubject, to output: inout some TextOutputStream) {
        let title = Localized(
            id: "riwayat \(subject): \(count) peristiwa",
            en: "history of \(subject): \(count) event\(count == 1 ? "" : "s")")
        output.write(title(words.language) + "\n")
        table.write(to: &output)
    }
}
