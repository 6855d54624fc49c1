import KinerjaEvents
import KinerjaProjections
import KinerjaStore

extension [Finding] {
    /// The findings as numbered lines for a reviewer, in `language`.
    package func text(stream: StreamName, year: Int?, head: LedgerDigest, _ language: Language = .en) -> String {
        var lines = [
            Localized(
                id: "pemeriksaan konsistensi \(stream)\(year.map { " tahun \($0)" } ?? "") pada \(head)",
                en: "consistency review of \(stream)\(year.map { " for \($0)" } ?? "") at \(head)")(language)
        ]
        for (index, finding) in enumerated() {
            lines.append("\(index + 1). [\(finding.kind)] \(finding.message(language))")
        }
        lines.append(
            isEmpty
                ? Localized(id: "tidak ada temuan", en: "no findings")(language)
                : Localized(id: "\(count) temuan", en: "\(count) finding\(count == 1 ? "" : "s")")(language))
        return lines.joined(separator: "\n") + "\n"
    }

    /// The findings as JSON, each with its kind, message and events.
    package func json(stream: StreamName, head: LedgerDigest) -> JSONValue {
        .object([
            "stream": .string(stream.rawValue), "head": .string(head.description),
            "findings": .array(map(\.json)),
        ])
    }
}

extension Finding {
    /// The finding as JSON: its kind, message and events (in `check --format json` and in reports).
    package var json: JSONValue {
        .object([
            "kind": .string(kind), "message": .string(message.en), "events": .array(events.map(JSONValue.string)),
        ])
    }
}

extension IkuVersion {
    /// The decision in brief: id, kind, the date it is in force from (and whether the source states it),
    /// and its status.
    var summaryJSON: JSONValue {
        .object([
            "id": .string(event.id), "kind": .string(kind), "inForceFrom": .string(inForceFrom.description),
            "dateStated": .bool(hasStatedDate), "status": .string(status.word),
        ])
    }

    /// The decision for `iku versions --format json`: the summary with its seq, recording, decree and
    /// decision (who, when, and the reason of a rejection).
    package var json: JSONValue {
        guard case .object(var object) = summaryJSON else { return summaryJSON }
        object["seq"] = .integer(event.seq)
        object["recordedAt"] = .string(event.recordedAt.description)
        object["recordedBy"] = .string(event.actor)
        if let decree = event.decree { object["decree"] = decree.storedJSON }
        switch status {
        case .pending: break
        case .approved(let actor, let time, _):
            object["decidedBy"] = .string(actor)
            object["decidedAt"] = .string(time.description)
        case .rejected(let actor, let time, _, let reason):
            object["decidedBy"] = .string(actor)
            object["decidedAt"] = .string(time.description)
            object["reason"] = .string(reason)
        }
        return .object(object)
    }
}

extension IkuDiff {
    /// The diff for `iku diff --format json`: indicators added and retired with all their components, and
    /// those changed, component by component (`before`/`after` absent where the component was).
    package var json: JSONValue {
        .object([
            "from": .string(from), "to": .string(to),
            "added": .array(added.map { .object($0.components) }),
            "retired": .array(retired.map { .object($0.components) }),
            "changed": .array(
                changed.map { indicator in
                    .object([
                        "code": .string(indicator.code),
                        "changes": .array(
                            indicator.changes.map { change in
                                var object: JSONObject = ["component": .string(change.component)]
                                if let before = change.before { object["before"] = before }
                                if let after = change.after { object["after"] = after }
                                return .object(object)
                            }),
                    ])
                }),
        ])
    }
}

extension [IkuVersion] {
    /// The IKU decisions as a table: decree, the date each is in force from, and who decided it.
    package func table(_ words: ReportWords = ReportWords(language: .en)) -> String {
        let language = words.language
        var table = TextTable(
            headings: LocalizedList(
                id: ["SEQ", "ID", "JENIS", "KEPUTUSAN", "BERLAKU SEJAK", "STATUS"],
                en: ["SEQ", "ID", "KIND", "DECREE", "IN FORCE FROM", "STATUS"])(language),
            alignments: [.right, .left, .left, .left, .left, .left])
        for version in self {
            let decree = version.event.decree
            let decreeText = [decree?.number, decree?.date.map(words.date)].compactMap { $0 }.joined(separator: ", ")
            let status: String
            switch version.status {
            case .pending: status = version.status.localizedWord(language)
            case .approved(let actor, let time, _):
                status =
                    Localized(id: "disetujui oleh \(actor) pada ", en: "approved by \(actor) at ")(language)
                    + words.time(time)
            case .rejected(let actor, let time, _, let reason):
                status =
                    Localized(id: "ditolak oleh \(actor) pada ", en: "rejected by \(actor) at ")(language)
                    + words.time(time) + ": \(reason)"
            }
            table.rows.append([
                String(version.event.seq), version.event.id, version.kind,
                decreeText.isEmpty ? Localized(id: "(tidak disebutkan)", en: "(none stated)")(language) : decreeText,
                words.date(version.inForceFrom)
                    + (version.hasStatedDate ? "" : Localized(id: " (diturunkan)", en: " (derived)")(language)),
                status,
            ])
        }
        return table.lines.joined(separator: "\n") + "\n"
    }
}
