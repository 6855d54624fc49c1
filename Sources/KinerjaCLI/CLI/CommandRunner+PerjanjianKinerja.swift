import KinerjaEvents
import KinerjaInterchange
import KinerjaProjections
import KinerjaReports
import KinerjaStore

/// `kinerja pk YEAR`, `kinerja pk sign YEAR FILE`, `kinerja pk amend YEAR FILE`: a Perjanjian Kinerja as signed
/// and amended, shown, and recorded from its annex.
extension CommandRunner {
    /// The options `pk sign` takes.
    static let pkSignOptions =
        ["org", "as", "id", "date", "date-note", "place", "dry-run"] + officialOptions("pihak-pertama")
        + officialOptions("pihak-kedua") + CommandInfo.basisOptions
    /// The options `pk amend` takes.
    static let pkAmendOptions = pkSignOptions.filter { $0 != "date-note" } + ["reason", "explanation"]

    /// `kinerja pk YEAR --org ORG [--version N]`.
    func perjanjianKinerja(_ arguments: Arguments, output: inout some TextOutputStream) throws(CLIError) {
        try refuseOptions(arguments, except: ["org", "version", "as-of"], form: "pk YEAR", command: "pk")
        guard arguments.operands.count == 1 else {
            throw .usage(
                Localized(
                    id: "argumen tak terduga '\(arguments.operands[1])'",
                    en: "unexpected argument '\(arguments.operands[1])'"), command: "pk")
        }
        guard let year = Period.year(written: arguments.operands[0]) else {
            throw .usage(
                Localized(id: "'\(arguments.operands[0])' bukan tahun", en: "'\(arguments.operands[0])' is not a year"),
                command: "pk")
        }
        let (stream, state, _, _) = try loadState(arguments, command: "pk")
        let (versions, _, chosen) = try perjanjianKinerjaVersions(
            state, stream: stream, year: year, arguments: arguments, command: "pk")
        let selected = chosen.map { [$0] } ?? versions
        let organisation = state.organisationName ?? stream.rawValue
        for (index, version) in selected.enumerated() {
            if index > 0 { output.write("\n") }
            let earlier = version.number > 1 ? versions[version.number - 2] : nil
            output.write(
                version.text(
                    stream: stream, organisation: organisation, earlier: earlier,
                    approval: state.status(of: version.event),
                    words: ReportWords(language: language, zone: state.timeZone)))
        }
        for event in state.pendingAmendments(year: year) {
            output.write(
                "\n"
                    + Localized(
                        id:
                            "PK Perubahan menunggu keputusan: \(event.id) (seq \(event.seq), dicatat oleh \(event.actor))",
                        en: "amendment awaiting a decision: \(event.id) (seq \(event.seq), recorded by \(event.actor))")(
                        language) + "\n")
        }
    }

    /// The PK versions for `year` (refusing a year without a signed PK), the latest, and the one `--version N`
    /// names.
    func perjanjianKinerjaVersions(
        _ state: OrganisationState, stream: StreamName, year: Int, arguments: Arguments, command: String
    ) throws(CLIError) -> (
        versions: [PerjanjianKinerjaVersion], latest: PerjanjianKinerjaVersion, chosen: PerjanjianKinerjaVersion?
    ) {
        let versions = state.perjanjianKinerja(year: year)
        guard let latest = versions.last else {
            throw .usage(
                Localized(
                    id: "stream \(stream) tidak memiliki PK yang ditandatangani untuk \(year)",
                    en: "stream \(stream) has no signed PK for \(year)"), command: command)
        }
        guard let text = arguments.value("version") else { return (versions, latest, nil) }
        guard let number = Int(text), versions.indices.contains(number - 1) else {
            throw .usage(
                Localized(
                    id: "--version \(text): PK \(year) memiliki versi 1 sampai \(versions.count)",
                    en: "--version \(text): the PK \(year) has versions 1 to \(versions.count)"), command: command)
        }
        return (versions, latest, versions[number - 1])
    }

    /// `kinerja pk sign YEAR FILE …` and `kinerja pk amend YEAR FILE …`: the PK its annex and the options give,
    /// recorded as signed (version 1) or proposed as a PK Perubahan.
    func perjanjianKinerjaRecord(
        _ arguments: Arguments, output: inout some TextOutputStream, errors: inout some TextOutputStream
    ) throws(CLIError) {
        let command = "pk"
        let verb = arguments.operands[0]
        let isAmendment = verb == "amend"
        try refuseOptions(
            arguments, except: isAmendment ? Self.pkAmendOptions : Self.pkSignOptions, form: "pk \(verb)",
            command: command)
        guard arguments.operands.count == 3 else {
            throw .usage(
                Localized(
                    id: "berikan tahun dan lampirannya: pk \(verb) TAHUN BERKAS",
                    en: "give the year and the annex: pk \(verb) YEAR FILE"), command: command)
        }
        let year = try yearOperand(arguments.operands[1], command: command)
        let file = arguments.operands[2]
        var reason: PerjanjianKinerjaAmendmentProposed.Reason?
        if isAmendment {
            let text = try required(arguments, "reason", command)
            guard let permitted = PerjanjianKinerjaAmendmentProposed.Reason(rawValue: text) else {
                let reasons = PerjanjianKinerjaAmendmentProposed.Reason.allCases.map(\.rawValue)
                throw .usage(
                    Localized(
                        id:
                            "--reason \(text): PK hanya boleh diubah karena \(reasons.joined(separator: ", ")) (PermenPAN-RB"
                            + " 53/2014)",
                        en:
                            "--reason \(text): a PK may be amended only for \(reasons.joined(separator: ", ")) (PermenPAN-RB"
                            + " 53/2014)"), command: command)
            }
            reason = permitted
        }
        let date = try dateOption(arguments, "date", command: command)
        let dateNote = arguments.value("date-note")
        switch (date, dateNote) {
        case (nil, nil) where isAmendment:
            throw .usage(
                Localized(
                    id: "--date belum diberikan: tanggal PK Perubahan ditandatangani dan mulai berlaku",
                    en: "missing --date, the date the PK Perubahan is signed and takes effect"), command: command)
        case (nil, nil):
            throw .usage(
                Localized(
                    id:
                        "--date belum diberikan: tanggal PK ditandatangani (atau --date-note yang menjelaskan mengapa tidak diketahui)",
                    en:
                        "missing --date, the date the PK was signed (or --date-note saying why it is not known)"),
                command: command)
        case (.some, .some):
            throw .usage(
                Localized(
                    id: "berikan --date atau --date-note, jangan keduanya", en: "give --date or --date-note, not both"),
                command: command)
        default:
            break
        }
        let basis = try basis(arguments, command: command)
        let ledger = try openLedger()
        let stream = try organisationStream(arguments, command: command)
        let state = try organisationState(stream, in: ledger)
        let latest = state.perjanjianKinerja(year: year).last
        if isAmendment && latest == nil {
            throw .usage(
                Localized(
                    id:
                        "stream \(stream) tidak memiliki PK yang ditandatangani untuk \(year) yang dapat diubah; 'pk sign' mencatatnya",
                    en:
                        "stream \(stream) has no signed PK for \(year) to amend; 'pk sign' records it"),
                command: command)
        }
        let (bytes, source) = try readInput(file)
        let inForceOn = date ?? CalendarDate(year: year, month: 1, day: 1)
        let inForce = inForceOn.map { state.ikuInForce(on: $0).map(\.definition) } ?? []
        let mapping = PerjanjianKinerjaTableImport(source: source, year: year)
            .map(bytes, inForce: inForce, sasaran: state.renstraSasaran?.sasaran ?? [])
        guard mapping.problems.isEmpty else {
            throw .importRefused(ImportError(source: source, problems: mapping.problems))
        }
        let signed = latest?.event.perjanjianKinerjaContent
        let content = PerjanjianKinerjaContent(
            year: year, place: arguments.value("place") ?? signed?.place,
            pihakPertama: try official(arguments, "pihak-pertama", command: command) ?? signed?.pihakPertama,
            pihakKedua: try official(arguments, "pihak-kedua", command: command) ?? signed?.pihakKedua,
            sasaran: mapping.sasaran, programs: mapping.programs.isEmpty ? nil : mapping.programs,
            totalAnggaran: mapping.totalAnggaran)
        let event: NewEvent
        if let reason {
            if content == signed {
                throw .usage(
                    Localized(
                        id: "lampiran dan opsi memberikan PK \(year) sebagaimana adanya (versi \(latest?.number ?? 1));"
                            + " tidak ada yang diubah",
                        en:
                            "the annex and the options give the PK \(year) as it stands (version \(latest?.number ?? 1));"
                            + " nothing to amend"), command: command)
            }
            let amendment = PerjanjianKinerjaAmendmentProposed(
                content: content, reason: reason, explanation: try required(arguments, "explanation", command),
                basis: basis)
            event = EventCodec.standard.newEvent(
                .perjanjianKinerjaAmendmentProposed(amendment), id: arguments.value("id"), effective: date)
        } else {
            let signing = PerjanjianKinerjaSigned(content: content, dateNote: dateNote, basis: basis)
            event = EventCodec.standard.newEvent(
                .perjanjianKinerjaSigned(signing), id: arguments.value("id"), effective: date)
        }
        output.write(
            Self.perjanjianKinerjaText(content, source: source, latest: isAmendment ? latest : nil, language: language))
        try recordUnlessDryRun(
            [event], to: stream, ledger: ledger, arguments: arguments, command: command, output: &output,
            errors: &errors)
    }

    /// What the annex gives, for the reader to check before it is recorded; for an amendment, what changes
    /// from the latest version.
    private static func perjanjianKinerjaText(
        _ content: PerjanjianKinerjaContent, source: String, latest: PerjanjianKinerjaVersion?, language: Language
    ) -> String {
        let indicators = content.sasaran.reduce(0) { $0 + $1.indicators.count }
        let programs = content.programs ?? []
        var lines = [
            Localized(
                id: "PK \(content.year) dari \(source): \(content.sasaran.count) sasaran, \(indicators) indikator, "
                    + "\(programs.count) program",
                en: "PK \(content.year) from \(source): \(content.sasaran.count) sasaran, \(indicators) indicator"
                    + "\(indicators == 1 ? "" : "s"), \(programs.count) program\(programs.count == 1 ? "" : "s")")(
                    language)
        ]
        var table = TextTable(headings: ["SASARAN", "INDIKATOR", "TARGET"], alignments: [.left, .left, .right])
        for sasaran in content.sasaran {
            for entry in sasaran.indicators {
                table.rows.append([
                    sasaran.text, entry.indicator,
                    entry.target.indonesian() + (entry.unit.map { " \(UnitName.shown($0))" } ?? ""),
                ])
            }
        }
        lines += table.lines
        if !programs.isEmpty {
            var budget = TextTable(headings: ["PROGRAM", "ANGGARAN (Rp)"], alignments: [.left, .right])
            for program in programs { budget.rows.append([program.name, program.anggaran.indonesian()]) }
            if let total = content.totalAnggaran {
                budget.rows.append(
                    [Localized(id: "JUMLAH (tercetak)", en: "JUMLAH (as printed)")(language), total.indonesian()])
            }
            lines.append("")
            lines += budget.lines
            let sum = programs.reduce(DecimalNumber.zero) { sum, program in (try? sum + program.anggaran) ?? sum }
            if let total = content.totalAnggaran, total != sum {
                lines.append(
                    Localized(
                        id: "catatan: lampiran mencetak jumlah Rp\(total.indonesian()); jumlah program adalah"
                            + " Rp\(sum.indonesian())",
                        en: "note: the annex prints a total of Rp\(total.indonesian()); the programs add up to"
                            + " Rp\(sum.indonesian())")(language))
            }
        }
        if let latest {
            let draft = PerjanjianKinerjaVersion(number: latest.number + 1, event: latest.event, content: content)
            var changes = draft.changes(since: latest)
            let before = latest.event.perjanjianKinerjaContent
            for (party, old, new) in [
                ("pihak pertama", before?.pihakPertama, content.pihakPertama),
                ("pihak kedua", before?.pihakKedua, content.pihakKedua),
            ] where old != new {
                changes.append(
                    Localized(
                        id: "\(party): kini \(new?.name ?? "(tidak ada)")", en: "\(party): now \(new?.name ?? "(none)")"
                    ))
            }
            if before?.place != content.place {
                changes.append(
                    Localized(
                        id: "tempat: kini \(content.place ?? "(tidak ada)")",
                        en: "place: now \(content.place ?? "(none)")"))
            }
            lines.append("")
            lines.append(
                Localized(
                    id: "perubahan dari versi \(latest.number):\(changes.isEmpty ? " tidak ada" : "")",
                    en: "changes from version \(latest.number):\(changes.isEmpty ? " none" : "")")(language))
            lines += changes.map { "  \($0(language))" }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
