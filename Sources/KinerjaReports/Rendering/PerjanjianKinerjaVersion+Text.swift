import KinerjaEvents
import KinerjaProjections
import KinerjaStore

extension PerjanjianKinerjaVersion {
    /// The version as text: who signed, when, where, the digest to check a paper copy against, the targets
    /// and programs, and for an amendment its reason and what changed.
    package func text(
        stream: StreamName, organisation: String, earlier: PerjanjianKinerjaVersion?, approval: ProposalStatus?
    )
        -> String
    {
        let content = event.perjanjianKinerjaContent
        let year = content?.year ?? 0
        var lines = [
            "Perjanjian Kinerja \(year), \(organisation): version \(number)\(number == 1 ? " (as signed)" : " (PK Perubahan)")"
        ]
        let place = content?.place.map { " at \($0)" } ?? ""
        if let date = event.effective {
            lines.append("\(number == 1 ? "signed" : "in force from") \(date)\(place)")
        } else {
            lines.append("date not stated\(place): \(event.dateNote ?? "")")
        }
        for (party, title) in [(content?.pihakPertama, "pihak pertama"), (content?.pihakKedua, "pihak kedua")] {
            guard let party else { continue }
            let details = [party.jabatan, party.nip].compactMap { $0 }.joined(separator: ", ")
            lines.append("\(title): \(party.name)\(details.isEmpty ? "" : " (\(details))")")
        }
        if let amendment = event.perjanjianKinerjaAmendment {
            lines.append("reason: \(amendment.reason.rawValue): \(amendment.explanation)")
        }
        lines.append("recorded by \(event.actor) at \(event.recordedAt) (event \(event.id), seq \(event.seq))")
        if case .approved(let actor, let time, _) = approval { lines.append("approved by \(actor) at \(time)") }
        if let basis = event.basis {
            lines.append("basis: \(basis.document)\(basis.locator.map { ", \($0)" } ?? "")")
        }
        let digest = LedgerDigest(stream: stream, seq: event.seq, hash: event.hash)
        lines.append("ledger digest of this version: \(digest)")
        lines.append("  check a printed copy later with: kinerja verify --digest \(digest)")
        lines.append("")
        var table = TextTable(headings: ["SASARAN", "INDIKATOR", "TARGET"], alignments: [.left, .left, .right])
        for line in self.lines {
            table.rows.append([
                line.sasaran, line.indicator, line.target.indonesian() + (line.unit.map { " \($0)" } ?? ""),
            ])
        }
        lines += table.lines
        if !programs.isEmpty {
            lines.append("")
            var budget = TextTable(headings: ["PROGRAM", "ANGGARAN (Rp)"], alignments: [.left, .right])
            for program in programs { budget.rows.append([program.name, program.anggaran.indonesian()]) }
            let total = totalAnggaran
            budget.rows.append(["JUMLAH", total.indonesian()])
            lines += budget.lines
            if let printed = printedTotalAnggaran, printed != total {
                lines.append(
                    "note: the document prints a total of Rp\(printed.indonesian()); the programs add up to Rp\(total.indonesian())"
                )
            }
        }
        if let earlier {
            let changes = changes(since: earlier)
            lines.append("")
            lines.append("changes from version \(earlier.number):\(changes.isEmpty ? " none" : "")")
            lines += changes.map { "  \($0)" }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
