import KinerjaEvents
import KinerjaInterchange
import KinerjaProjections
import KinerjaReports
import KinerjaStore

/// `kinerja iku propose|show|versions|diff`: an IKU decision from the decree's table, the IKU in force, its
/// versions and what changed between two of them.
extension CommandRunner {
    /// The options `iku propose FILE` takes for a CSV table.
    static let ikuProposeOptions =
        [
            "org", "as", "id", "effective", "kind", "decree-number", "decree-date", "decree-title", "decree-place",
            "title", "period", "reason", "dry-run", "retire-missing",
        ] + officialOptions("signatory") + CommandInfo.basisOptions

    /// `kinerja iku propose FILE …`: the decision a CSV table (or a JSON object) gives, checked and recorded.
    func ikuPropose(
        _ arguments: Arguments, output: inout some TextOutputStream, errors: inout some TextOutputStream
    ) throws(CLIError) {
        let command = "iku"
        guard arguments.operands.count == 2 else {
            throw .usage(
                Localized(
                    id:
                        "berikan berkas keputusannya: iku propose BERKAS (tabel IKU sebagai CSV, atau data keputusan sebagai JSON)",
                    en:
                        "give the decision's file: iku propose FILE (the IKU table as CSV, or the decision's data as JSON)"
                ),
                command: command)
        }
        let file = arguments.operands[1]
        let (bytes, source) = try readInput(file)
        if Self.holdsJSON(bytes, file: file) {
            try refuseOptions(
                arguments, except: ["org", "as", "id", "effective", "dry-run"], form: "iku propose FILE.json",
                command: command)
            return try ikuProposeJSON(bytes, source: source, arguments, output: &output, errors: &errors)
        }
        try refuseOptions(arguments, except: Self.ikuProposeOptions, form: "iku propose", command: command)
        let kindText = try required(arguments, "kind", command)
        guard let kind = IkuDecisionProposed.Kind(rawValue: kindText) else {
            throw .usage(
                Localized(
                    id: "--kind \(kindText): tulis penetapan, reviu atau ikup",
                    en: "--kind \(kindText): write penetapan, reviu or ikup"), command: command)
        }
        let decreeNumber = try required(arguments, "decree-number", command)
        guard let decreeDate = try dateOption(arguments, "decree-date", command: command) else {
            throw .usage(
                Localized(
                    id: "--decree-date belum diberikan: tanggal keputusan ditetapkan (YYYY-MM-DD)",
                    en: "missing --decree-date, the date the decree was issued (YYYY-MM-DD)"), command: command)
        }
        let effective = try dateOption(arguments, "effective", command: command) ?? decreeDate
        let period = try yearSpan(arguments.value("period"), command: command)
        let decree = Decree(
            number: decreeNumber, title: arguments.value("decree-title"), place: arguments.value("decree-place"),
            date: decreeDate, signatory: try official(arguments, "signatory", command: command))
        let basis = try basis(arguments, command: command)
        let ledger = try openLedger()
        let stream = try organisationStream(arguments, command: command)
        let state = try organisationState(stream, in: ledger)
        let inForce = state.ikuInForce(on: effective).map(\.definition)
        let mapping = IkuTableImport(source: source, kind: kind)
            .map(bytes, inForce: inForce, sasaran: state.renstraSasaran?.sasaran ?? []) {
                state.indicatorCode(matching: $0)
            }
        guard mapping.problems.isEmpty else {
            throw .importRefused(ImportError(source: source, problems: mapping.problems))
        }
        // Retiring is never a side effect of a short table: what the file leaves out is retired only when asked.
        if !mapping.retired.isEmpty && !arguments.flags.contains("retire-missing") {
            let codes = mapping.retired.map(\.code).joined(separator: ", ")
            throw .usage(
                Localized(
                    id: "\(source) menghilangkan \(mapping.retired.count) indikator yang "
                        + "berlaku pada \(effective) (\(codes)); \(kind.rawValue) akan mencabutnya: berikan --retire-missing "
                        + "bila memang demikian, atau tambahkan ke tabel",
                    en:
                        "\(source) leaves out \(mapping.retired.count) indicator\(mapping.retired.count == 1 ? "" : "s") in "
                        + "force on \(effective) (\(codes)); a \(kind.rawValue) would retire them: give --retire-missing "
                        + "if it does, or add them to the table"), command: command)
        }
        if mapping.added.isEmpty && mapping.amended.isEmpty && mapping.retired.isEmpty {
            throw .usage(
                Localized(
                    id:
                        "\(source) tidak mengubah apa pun dalam IKU yang berlaku pada \(effective); tidak ada yang diusulkan",
                    en:
                        "\(source) changes nothing in the IKU in force on \(effective); nothing to propose"),
                command: command)
        }
        let decision = IkuDecisionProposed(
            kind: kind, title: arguments.value("title"), period: period, decree: decree,
            added: mapping.added.isEmpty ? nil : mapping.added,
            amended: mapping.amended.isEmpty ? nil : mapping.amended,
            retired: mapping.retired.isEmpty ? nil : mapping.retired.map { .init(code: $0.code) },
            reason: arguments.value("reason"), basis: basis)
        let event = EventCodec.standard.newEvent(
            .ikuDecisionProposed(decision), id: arguments.value("id"), effective: effective)
        output.write(
            Self.ikuChangeText(
                mapping, kind: kind, source: source, on: effective, inForce: inForce, language: language))
        try recordUnlessDryRun(
            [event], to: stream, ledger: ledger, arguments: arguments, command: command, output: &output,
            errors: &errors)
    }

    /// Whether the file holds the decision's data as JSON: named `.json`, or its first character is `{`.
    static func holdsJSON(_ bytes: [UInt8], file: String) -> Bool {
        if file.lowercased().hasSuffix(".json") { return true }
        let text = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
        return text.first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) } == UInt8(ascii: "{")
    }

    /// `iku propose FILE.json`: the decision's data as written, checked by the catalogue naming the file.
    private func ikuProposeJSON(
        _ bytes: [UInt8], source: String, _ arguments: Arguments, output: inout some TextOutputStream,
        errors: inout some TextOutputStream
    ) throws(CLIError) {
        let command = "iku"
        let data = try jsonObject(bytes, source: source)
        let effective = try dateOption(arguments, "effective", command: command)
        let event = self.event(.ikuDecisionProposed, data: data, arguments: arguments, effective: effective)
        let ledger = try openLedger()
        if let problem = ledger.catalog.problem(with: event) {
            throw .importRefused(ImportError(source: source, problems: [.init(row: nil, reason: problem)]))
        }
        let stream = try organisationStream(arguments, command: command)
        try recordUnlessDryRun(
            [event], to: stream, ledger: ledger, arguments: arguments, command: command, output: &output,
            errors: &errors)
    }

    /// `--period FROM-TO`, if given.
    private func yearSpan(_ text: String?, command: String) throws(CLIError) -> YearSpan? {
        guard let text else { return nil }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ $0.count == 4 }), let first = Int(parts[0]),
            let last = Int(parts[1]), (1900...2999).contains(first), first <= last, last <= 2999
        else {
            throw .usage(
                Localized(
                    id: "--period \(text): tulis tahun-tahun yang dicakup IKU sebagai DARI-SAMPAI, seperti 2021-2026",
                    en:
                        "--period \(text): write the years the IKU covers as FROM-TO, like 2021-2026"), command: command
            )
        }
        return YearSpan(firstYear: first, lastYear: last)
    }

    /// What a decision read from a table changes, for the reader to check before it is recorded.
    private static func ikuChangeText(
        _ mapping: IkuTableImport.Mapping, kind: IkuDecisionProposed.Kind, source: String, on date: CalendarDate,
        inForce: [IndicatorDefinition], language: Language
    ) -> String {
        let rows = mapping.rowCount
        let count = inForce.count
        var lines = [
            Localized(
                id: "IKU \(kind.rawValue) dari \(source) (\(rows) baris) terhadap IKU yang berlaku pada "
                    + "\(IndonesianDate.written(date)) (\(count) indikator):",
                en:
                    "IKU \(kind.rawValue) from \(source) (\(rows) row\(rows == 1 ? "" : "s")) against the IKU in force on"
                    + " \(date) (\(count) indicator\(count == 1 ? "" : "s")):")(language)
        ]
        let labels = LocalizedList(
            id: ["ditambah ", "diubah   ", "dicabut  ", "tetap    ", "sama     ", "(tidak ada)"],
            en: ["added    ", "amended  ", "retired  ", "kept     ", "unchanged", "(none)"])(language)
        for indicator in mapping.added { lines.append("  \(labels[0])  \(indicator.code): \(indicator.name)") }
        for amendment in mapping.amended {
            guard let current = inForce.first(where: { $0.code == amendment.code }) else { continue }
            lines.append("  \(labels[1])  \(amendment.code):")
            let before = current.components
            let after = current.applying(amendment.changes).components
            let order = Field.indicatorDefinition.map(\.name)
            for key in order where before[key] != after[key] {
                let old = before[key].map(show) ?? labels[5]
                let new = after[key].map(show) ?? labels[5]
                lines.append("               \(key): \(old) → \(new)")
            }
        }
        for indicator in mapping.retired {
            lines.append(
                "  \(labels[2])  \(indicator.code): \(indicator.name) "
                    + Localized(id: "(berlaku, tidak ada dalam berkas)", en: "(in force, not in the file)")(language))
        }
        for indicator in mapping.kept {
            lines.append(
                "  \(labels[3])  \(indicator.code): \(indicator.name) "
                    + Localized(
                        id: "(berlaku, tidak ada dalam berkas; penetapan tidak mencabut apa pun)",
                        en: "(in force, not in the file; a penetapan retires nothing)")(language))
        }
        if !mapping.unchanged.isEmpty {
            lines.append("  \(labels[4])  \(mapping.unchanged.joined(separator: ", "))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func show(_ value: JSONValue) -> String {
        if case .string(let text) = value { return "\"\(text)\"" }
        return value.canonicalString
    }

    /// `kinerja iku show --org ORG [--on DATE] [--as-of TIME] [--format table|json]`.
    func ikuShow(_ arguments: Arguments, output: inout some TextOutputStream) throws(CLIError) {
        let command = "iku"
        try refuseOptions(arguments, except: ["org", "on", "as-of", "format"], form: "iku show", command: command)
        guard arguments.operands.count == 1 else {
            throw .usage(
                Localized(
                    id: "argumen tak terduga '\(arguments.operands[1])'",
                    en: "unexpected argument '\(arguments.operands[1])'"), command: command)
        }
        let json = try wantsJSON(arguments, command: command)
        let loaded = try loadState(arguments, command: command)
        guard
            let date = try dateOption(arguments, "on", command: command)
                ?? IkuInForce.latestDate(in: loaded.state)
        else {
            throw .usage(
                Localized(
                    id:
                        "stream \(loaded.stream) tidak memiliki keputusan IKU yang disetujui; tidak ada yang berlaku (lihat 'kinerja iku versions')",
                    en:
                        "stream \(loaded.stream) has no approved IKU decision; nothing is in force (see 'kinerja iku versions')"
                ),
                command: command)
        }
        let iku = IkuInForce(state: loaded.state, on: date)
        let organisation = loaded.state.organisationName ?? loaded.stream.rawValue
        if json {
            output.write(
                iku.json(stream: loaded.stream, organisation: organisation, head: loaded.head, asOf: loaded.asOf)
                    .canonicalString + "\n")
        } else {
            output.write(
                iku.text(
                    organisation: organisation, head: loaded.head, asOf: loaded.asOf,
                    words: ReportWords(language: language, zone: loaded.state.timeZone)))
        }
    }

    /// `kinerja iku versions` and `kinerja iku diff A B`.
    func ikuReview(_ arguments: Arguments, output: inout some TextOutputStream) throws(CLIError) {
        let verb = arguments.operands[0]
        try refuseOptions(arguments, except: ["org", "as-of", "format"], form: "iku \(verb)", command: "iku")
        let json = try wantsJSON(arguments, command: "iku")
        let loaded = try loadState(arguments, command: "iku")
        let versions = loaded.state.ikuVersions
        if verb == "versions" {
            guard arguments.operands.count == 1 else {
                throw .usage(
                    Localized(
                        id: "argumen tak terduga '\(arguments.operands[1])'",
                        en: "unexpected argument '\(arguments.operands[1])'"), command: "iku")
            }
            output.write(
                json
                    ? JSONValue.array(versions.map(\.json)).canonicalString + "\n"
                    : versions.table(ReportWords(language: language, zone: loaded.state.timeZone)))
            return
        }
        guard arguments.operands.count == 3 else {
            throw .usage(
                Localized(id: "berikan dua keputusan IKU: iku diff A B", en: "give two IKU decisions: iku diff A B"),
                command: "iku")
        }
        let (from, to) = (
            try resolveEventID(arguments.operands[1], in: loaded.state, command: "iku"),
            try resolveEventID(arguments.operands[2], in: loaded.state, command: "iku")
        )
        for id in [from, to] where !versions.contains(where: { $0.event.id == id }) {
            throw .usage(
                Localized(
                    id:
                        "tidak ada keputusan IKU \(id) dalam stream \(loaded.stream); 'kinerja iku versions' mencantumkannya",
                    en:
                        "there is no IKU decision \(id) in stream \(loaded.stream); 'kinerja iku versions' lists them"),
                command: "iku")
        }
        guard let diff = IkuDiff(state: loaded.state, from: from, to: to) else { return }
        output.write(json ? diff.json.canonicalString + "\n" : diff.text(language))
    }
}
