import KinerjaEvents
import KinerjaInterchange
import KinerjaProjections
import KinerjaReports
import KinerjaStore

/// The query commands: state, history and check. Each rebuilds the organisation's state (as of a time, when
/// asked) and renders what it finds. Here too what every command naming an organisation shares: `--org`, its
/// state, `--format`, `--year` and `--as-of`.
extension CommandRunner {
    /// `kinerja state --org ORG [--year YEAR] [--as-of TIME] [--in-force-on DATE]`.
    func state(_ arguments: Arguments, output: inout some TextOutputStream) throws(CLIError) {
        let json = try wantsJSON(arguments, command: "state")
        let loaded = try loadState(arguments, command: "state")
        let year: Int
        if let value = try yearOption(arguments, command: "state") {
            year = value
        } else {
            let now = try context.effectiveLedgerEnvironment().now()
            year = loaded.state.latestReportedYear ?? now.date.year
        }
        var inForceOn: CalendarDate?
        if let text = arguments.value("in-force-on") {
            guard let date = CalendarDate(parsing: text) else {
                throw .usage(
                    Localized(
                        id: "--in-force-on memerlukan tanggal yang ditulis YYYY-MM-DD, bukan '\(text)'",
                        en: "--in-force-on needs a date written YYYY-MM-DD, not '\(text)'"), command: "state")
            }
            inForceOn = date
        }
        let report = loaded.state.report(year: year, head: loaded.head, asOf: loaded.asOf, inForceOn: inForceOn)
        output.write(
            json ? report.json.canonicalString + "\n" : report.text(language, zone: loaded.state.timeZone))
    }

    /// `kinerja history SUBJECT --org ORG`.
    func history(_ arguments: Arguments, output: inout some TextOutputStream) throws(CLIError) {
        guard var subject = HistorySubject(parsing: arguments.operands[0]) else {
            throw .usage(
                Localized(
                    id: "'\(arguments.operands[0])' bukan subjek: indicator:KODE, target:KODE:TAHUN, pk:TAHUN, "
                        + "realisasi:KODE:PERIODE atau iku",
                    en:
                        "'\(arguments.operands[0])' is not a subject: indicator:CODE, target:CODE:YEAR, pk:YEAR, "
                        + "realisasi:CODE:PERIOD or iku"), command: "history")
        }
        let json = try wantsJSON(arguments, command: "history")
        let loaded = try loadState(arguments, command: "history")
        subject = subject.matchingCodes(of: loaded.state)
        // Each entry is turned into what is printed of it as it is read: a long history is not held as events.
        var events: [JSONValue] = []
        var table = HistoryTable(words: ReportWords(language: language, zone: loaded.state.timeZone))
        loaded.state.forEachHistoryEntry(of: subject) { entry in
            if json { events.append(entry.json) } else { table.add(entry) }
        }
        if events.isEmpty, table.count == 0, let code = subject.indicator,
            loaded.state.indicatorCode(matching: code) == nil
        {
            // An auditor's typo must not read as "no history".
            let known = loaded.state.knownIndicatorCodes
            let hint = Localized.didYouMean(Suggestion.closest(to: code, among: known))
            throw .usage(
                Localized(
                    id:
                        "stream \(loaded.stream) tidak memiliki indikator \(code)\(hint.id) (yang ada: \(known.joined(separator: ", ")))",
                    en:
                        "stream \(loaded.stream) has no indicator \(code)\(hint.en) (it has \(known.joined(separator: ", ")))"
                ),
                command: "history")
        }
        if json {
            let value: JSONValue = .object([
                "subject": .string(subject.description), "stream": .string(loaded.stream.rawValue),
                "events": .array(events),
            ])
            output.write(value.canonicalString + "\n")
        } else {
            table.write(subject: subject, to: &output)
        }
    }

    /// `kinerja check --org ORG [--year YEAR]`: exit status 1 when there are findings.
    func check(_ arguments: Arguments, output: inout some TextOutputStream) throws(CLIError) {
        let json = try wantsJSON(arguments, command: "check")
        let year = try yearOption(arguments, command: "check")
        let loaded = try loadState(arguments, command: "check")
        let findings = loaded.state.findings(year: year)
        if json {
            output.write(findings.json(stream: loaded.stream, head: loaded.head).canonicalString + "\n")
        } else {
            output.write(findings.text(stream: loaded.stream, year: year, head: loaded.head, language))
        }
        if !findings.isEmpty {
            throw .checkFailed(
                Localized(
                    id: "\(findings.count) temuan perlu ditinjau",
                    en: "\(findings.count) finding\(findings.count == 1 ? "" : "s") to review"))
        }
    }

    /// The organisation stream named by `--org`.
    func organisationStream(_ arguments: Arguments, command: String) throws(CLIError) -> StreamName {
        guard let name = arguments.value("org") else {
            throw .usage(
                Localized(id: "organisasi yang mana? berikan --org ORG", en: "which organisation? give --org ORG"),
                command: command)
        }
        return try organisation(named: name, command: command)
    }

    /// The organisation stream `name` names, refusing a name this ledger has no organisation of (listing
    /// those it has, and the closest).
    func organisation(named name: String, command: String) throws(CLIError) -> StreamName {
        guard let stream = StreamName(name) else {
            throw .usage(
                Localized(
                    id: "'\(name)' bukan nama stream organisasi (huruf kecil, angka, '-')",
                    en:
                        "'\(name)' is not an organisation stream name (lowercase letters, digits, '-')"),
                command: command)
        }
        let ledger = try openLedger()
        let streams: [StreamName]
        do {
            streams = try ledger.streams()
        } catch {
            throw .store(error)
        }
        guard streams.contains(stream), stream != .ledger else {
            let organisations = streams.filter { $0 != .ledger }.map(\.rawValue)
            let hint = Localized.didYouMean(Suggestion.closest(to: name, among: organisations))
            let listed = organisations.joined(separator: ", ")
            let knownText =
                organisations.isEmpty
                ? Localized(id: "belum ada satu pun", en: "it has none yet")
                : Localized(id: "yang ada: \(listed)", en: "it has \(listed)")
            let (knownID, known) = (knownText.id, knownText.en)
            throw .usage(
                Localized(
                    id:
                        "--org \(name): ledger ini tidak memiliki organisasi itu\(hint.id) (\(knownID); 'kinerja org register' "
                        + "menambahkannya)",
                    en:
                        "--org \(name): this ledger has no such organisation\(hint.en) (\(known); 'kinerja org register' "
                        + "adds one)"), command: command)
        }
        return stream
    }

    /// Whether `--format` asks for JSON; refuses anything but `table` and `json`.
    func wantsJSON(_ arguments: Arguments, command: String) throws(CLIError) -> Bool {
        let format = arguments.value("format") ?? "table"
        guard format == "table" || format == "json" else {
            throw .usage(
                Localized(
                    id: "format tidak dikenal '\(format)'; gunakan table atau json",
                    en: "unknown format '\(format)'; use table or json"), command: command)
        }
        return format == "json"
    }

    /// The organisation named by `--org`, its state as of `--as-of` (when given), and the head it reflects.
    func loadState(_ arguments: Arguments, command: String) throws(CLIError) -> (
        stream: StreamName, state: OrganisationState, head: LedgerDigest, asOf: Timestamp?
    ) {
        let ledger = try openLedger()
        let stream = try organisationStream(arguments, command: command)
        var zone = IndonesianTimeZone.standard
        if arguments.value("as-of") != nil {
            // A time without a zone is the organisation's: read it from the current state.
            zone = try organisationState(stream, in: ledger).timeZone
        }
        let asOf = try asOfTime(arguments, command: command, zone: zone)
        let loaded: (state: OrganisationState, head: LedgerDigest)
        do {
            loaded = try ledger.organisationState(stream, asOf: asOf)
        } catch {
            throw .store(error)
        }
        loadedStates.add(loaded.state)
        if let asOf, loaded.head.seq == 0 {
            // An empty answer would look like an empty organisation: say why there is nothing.
            let first = (try? ledger.events(in: stream).first?.recordedAt).flatMap { $0 }
            let given = arguments.value("as-of") ?? asOf.description
            throw .usage(
                Localized(
                    id: "--as-of \(given): stream \(stream) tidak memuat apa pun yang dicatat sampai "
                        + IndonesianDate.written(asOf, in: zone)
                        + (first.map { "; peristiwa pertamanya dicatat pada \(IndonesianDate.written($0, in: zone))" }
                            ?? "")
                        + " (untuk apa yang menurut keputusan itu sendiri berlaku pada suatu tanggal, gunakan "
                        + "--in-force-on TANGGAL)",
                    en: "--as-of \(given): stream \(stream) holds nothing recorded by \(asOf)"
                        + (first.map { "; its first event was recorded at \($0)" } ?? "")
                        + " (for what the decisions themselves say was in force on a date, use --in-force-on DATE)"),
                command: command)
        }
        return (stream, loaded.state, loaded.head, asOf)
    }

    /// The current state of `stream`.
    func organisationState(_ stream: StreamName, in ledger: Ledger) throws(CLIError) -> OrganisationState {
        do {
            let state = try ledger.organisationState(stream).state
            loadedStates.add(state)
            return state
        } catch {
            throw .store(error)
        }
    }

    /// `--year YEAR`, if given: four digits, 1900 to 2999.
    func yearOption(_ arguments: Arguments, command: String) throws(CLIError) -> Int? {
        try arguments.value("year").map { (text) throws(CLIError) in try year(text, option: "year", command: command) }
    }

    /// A year given in `text` for `--option`: four digits, 1900 to 2999.
    func year(_ text: String, option: String, command: String) throws(CLIError) -> Int {
        guard let year = Period.year(written: text) else {
            throw .usage(
                Localized(
                    id: "--\(option) memerlukan tahun seperti 2024, bukan '\(text)'",
                    en: "--\(option) needs a year like 2024, not '\(text)'"), command: command)
        }
        return year
    }

    /// `--as-of TIME`: the last instant it covers (``AsOfTime``), reading a time without a zone in `zone` (the
    /// organisation's): a date is the end of that day, a time to the minute the end of that minute.
    func asOfTime(
        _ arguments: Arguments, command: String, zone: IndonesianTimeZone = .standard
    ) throws(CLIError) -> Timestamp? {
        guard let text = arguments.value("as-of") else { return nil }
        guard let time = AsOfTime.parse(text, zone: zone) else {
            throw .usage(
                Localized(
                    id: "--as-of memerlukan tanggal atau waktu seperti 2024-07-31, 2024-07-31T23:59, "
                        + "\"2024-07-31 23:59 WITA\" atau 2024-07-31T23:59:59Z, bukan '\(text)'",
                    en: "--as-of needs a date or time like 2024-07-31, 2024-07-31T23:59, \"2024-07-31 23:59 WITA\" "
                        + "or 2024-07-31T23:59:59Z, not '\(text)'"),
                command: command)
        }
        return time
    }
}
