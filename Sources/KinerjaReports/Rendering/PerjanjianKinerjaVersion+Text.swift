import KinerjaEvents
import KinerjaProjections
import KinerjaStore

extension PerjanjianKinerjaVersion {
    /// The version as text: who signed, when, where, the digest to check a paper copy against, the targets
    /// and programs, and for an amendment its reason and what changed.
    package func text(
        stream: StreamName, organisation: String, earlier: PerjanjianKinerjaVersion?, approval: ProposalStatus?,
        words: ReportWords = ReportWords(language: .en)
    ) -> String {
        let language = words.language
        let content = event.perjanjianKinerjaContent
        let year = content?.year ?? 0
        var lines = [
            Localized(
                id: "Perjanjian Kinerja \(year), \(organisation): versi \(number)"
                    + (number == 1 ? " (sebagaimana ditandatangani)" : " (PK Perubahan)"),
                en: "Perjanjian Kinerja \(year), \(organisation): version \(number)"
                    + (number == 1 ? " (as signed)" : " (PK Perubahan)"))(language)
        ]
        let place = content?.place.map { Localized(id: " di \($0)", en: " at \($0)")(language) } ?? ""
        if let date = event.effective {
            lines.append(
                (number == 1
                    ? Localized(id: "ditandatangani", en: "signed")
                    : Localized(id: "berlaku sejak", en: "in force from"))(
                        language) + " \(words.date(date))\(place)")
        } else {
            lines.append(
                Localized(id: "tanggal tidak disebutkan", en: "date not stated")(language)
                    + "\(place): \(event.dateNote ?? "")")
        }
        for (party, title) in [(content?.pihakPertama, "pihak pertama"), (content?.pihakKedua, "pihak kedua")] {
            guard let party else { continue }
            let details = [party.jabatan, party.nip].compactMap { $0 }.joined(separator: ", ")
            lines.append("\(title): \(party.name)\(details.isEmpty ? "" : " (\(details))")")
        }
        if let amendment = event.perjanjianKinerjaAmendment {
            lines.append(
                Localized(id: "alasan", en: "reason")(language)
                    + ": \(amendment.reason.rawValue): \(amendment.explanation)")
        }
        lines.append(
            Localized(
                id: "dicatat oleh \(event.actor) pada \(words.time(event.recordedAt)) (peristiwa \(event.id), seq "
                    + "\(event.seq))",
                en: "recorded by \(event.actor) at \(words.time(event.recordedAt)) (event \(event.id), seq "
                    + "\(event.seq))")(language))
        if case .approved(let actor, let time, _) = approval {
            lines.append(
                Localized(
                    id: "disetujui oleh \(actor) pada \(words.time(time))",
                    en: "approved by \(actor) at \(words.time(time))")(language))
        }
        if let basis = event.basis {
            lines.append(
                Localized(id: "dasar", en: "basis")(language)
                    + ": \(basis.document)\(basis.locator.map { ", \($0)" } ?? "")")
        }
        let digest = LedgerDigest(stream: stream, seq: event.seq, hash: event.hash)
        lines.append(
            Localized(
                id: "digest ledger versi ini: \(digest)", en: "ledger digest of this version: \(digest)")(language))
        lines.append(
            Localized(
                id: "  periksa salinan cetaknya kelak dengan: kinerja verify --digest \(digest)",
                en: "  check a printed copy later with: kinerja verify --digest \(digest)")(language))
        lines.append("")
        var table = TextTable(headings: ["SASARAN", "INDIKATOR", "TARGET"], alignments: [.left, .left, .right])
        for line in self.lines {
            table.rows.append([
                line.sasaran, line.indicator,
                line.target.indonesian() + (line.unit.map { " \(UnitName.shown($0))" } ?? ""),
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
                    Localized(
                        id: "catatan: dokumen mencetak jumlah Rp\(printed.indonesian()); jumlah program adalah "
                            + "Rp\(total.indonesian())",
                        en: "note: the document prints a total of Rp\(printed.indonesian()); the programs add up to "
                            + "Rp\(total.indonesian())")(language))
            }
        }
        if let earlier {
            let changes = changes(since: earlier)
            lines.append("")
            lines.append(
                Localized(
                    id: "perubahan dari versi \(earlier.number):\(changes.isEmpty ? " tidak ada" : "")",
                    en: "changes from version \(earlier.number):\(changes.isEmpty ? " none" : "")")(language))
            lines += changes.map { "  \($0(language))" }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
