import KinerjaEvents
import KinerjaProjections
import KinerjaStore

extension YearReport {
    /// The report as plain text for a terminal: a table of indicators, then periods, differences and pending
    /// proposals. Figures are written the Indonesian way (`56,70`).
    package var text: String {
        let asOfText = asOf.map { ", as the ledger showed it at \($0)" } ?? ""
        var lines: [String] = ["\(organisation): state for \(year)\(asOfText)", "ledger head \(head)"]
        let decisionList = decisions.map { version in
            "\(version.kind) \(version.event.id) in force from \(version.inForceFrom)"
                + (version.hasStatedDate ? "" : " (date derived: see its dateNote)") + ", \(version.status.word)"
        }
        lines.append(
            "IKU in force on \(inForceOn): \(rows.count) indicator\(rows.count == 1 ? "" : "s")"
                + (decisionList.isEmpty ? "" : " (\(decisionList.joined(separator: "; ")))")
        )
        lines.append("rating scale: \(scale.name) v\(scale.version)")
        if rows.isEmpty {
            lines.append(
                "no IKU decision is in force on \(inForceOn): record one with 'kinerja iku propose' (figures of the "
                    + "Renstra's own indicators are in 'kinerja history' and 'kinerja report lkj')")
        }
        lines.append("")
        var table = TextTable(
            headings: [
                "INDIKATOR", "SATUAN", "TARGET RENSTRA", "TARGET PK", "REALISASI", "CAPAIAN", "RUMUS", "PERINGKAT",
            ],
            alignments: [.left, .left, .right, .right, .right, .right, .left, .left])
        for row in rows {
            table.rows.append([
                row.indicator.code, row.indicator.unit, row.renstraTarget?.value.indonesian() ?? "-",
                row.pkTarget?.value.indonesian() ?? "-", row.year.value?.indonesian() ?? "-",
                row.capaian?.capaian?.value.indonesian() ?? "-", row.capaian?.capaian?.formula.formulaText ?? "-",
                row.rating.map { "\($0.code) \($0.label)" } ?? "-",
            ])
        }
        lines += table.lines
        lines.append("")
        lines.append("indicators:")
        for row in rows {
            lines.append(
                "  \(row.indicator.code): \(row.indicator.name) [\(row.indicator.polarity.code), decision \(row.decision)]"
            )
            switch row.year {
            case .recorded(let sourced):
                lines.append("    realisasi \(year): \(sourced.value.indonesian()) (event \(sourced.eventID))")
            case .aggregated(let value, let rule, let from):
                lines.append(
                    "    realisasi \(year): \(value.indonesian()) (\(rule) of \(from.joined(separator: ", ")))")
            case .missing(let reason): lines.append("    realisasi \(year): none (\(reason))")
            }
            for entry in row.realisasi {
                let value = entry.value?.indonesian() ?? "-"
                let corrected = entry.correctedValue.map { " corrected by \($0.eventID)" } ?? ""
                let pending =
                    entry.pendingCorrections.isEmpty
                    ? "" : ", corrections pending: \(entry.pendingCorrections.joined(separator: ", "))"
                lines.append(
                    "    \(entry.period?.description ?? "?") \(value) \(entry.status.word)\(corrected) (event \(entry.event.id), seq \(entry.event.seq)\(pending))"
                )
            }
            if let target = row.targetKind, let capaian = row.capaian {
                switch capaian {
                case .computed(let value):
                    lines.append("    capaian against the \(target) target: \(value.explanation)")
                case .notComputable(let problem): lines.append("    capaian: not computable: \(problem)")
                }
            }
            for difference in row.printedDifferences {
                let computed = difference.computed.indonesian()
                let how = difference.reproducedBy.map { " (the source computed \($0.formulaText))" } ?? ""
                lines.append(
                    "    the source printed capaian \(difference.printed.indonesian())\(how); the rules give \(computed) "
                        + "for a \(row.indicator.polarity.code) indicator (event \(difference.eventID))")
            }
        }
        lines.append("")
        if pending.isEmpty {
            lines.append("pending proposals: none")
        } else {
            lines.append("pending proposals:")
            for event in pending {
                lines.append(
                    "  seq \(event.seq) \(event.type) \(event.id) recorded by \(event.actor) at \(event.recordedAt)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
