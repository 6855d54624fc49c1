import KinerjaEvents
import KinerjaProjections
import KinerjaStore

extension HistoryEntry {
    /// The approval column: who decided and when, or that the proposal still waits; `-` for a non-proposal.
    var approvalText: String {
        switch status {
        case nil: "-"
        case .pending: "awaiting approval"
        case .approved(let actor, let time, _): "approved by \(actor) at \(time)"
        case .rejected(let actor, let time, _, let reason): "rejected by \(actor) at \(time): \(reason)"
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

extension [HistoryEntry] {
    /// The history as a table.
    package func table(subject: HistorySubject) -> String {
        var table = TextTable(
            headings: ["SEQ", "RECORDED AT", "EFFECTIVE", "ACTOR", "EVENT", "CHANGE", "BASIS", "REASON", "APPROVAL"],
            alignments: [.right, .left, .left, .left, .left, .right, .left, .left, .left])
        for entry in self {
            table.rows.append([
                String(entry.event.seq), entry.event.recordedAt.description, entry.event.effective?.description ?? "-",
                entry.event.actor, "\(entry.event.type) \(entry.event.id)", entry.changeText, entry.basisText,
                entry.reasonText, entry.approvalText,
            ])
        }
        return "history of \(subject): \(count) event\(count == 1 ? "" : "s")\n" + table.lines.joined(separator: "\n")
            + "\n"
    }
}
