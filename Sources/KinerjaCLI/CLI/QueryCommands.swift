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
                throw .usage("--in-force-on needs a date written YYYY-MM-DD, not '\(text)'", command: "state")
            }
            inForceOn = date
        }
        let report = loaded.state.report(year: year, head: loaded.head, asOf: loaded.asOf, inForceOn: inForceOn)
        output.write(json ? report.json.canonicalString + "\n" : report.text)
    }

    /// `kinerja history SUBJECT --org ORG`.
    func history(_ arguments: Arguments, output: inout some TextOutputStream) throws(CLIError) {
        guard var subject = HistorySubject(parsing: arguments.operands[0]) else {
            throw .usage(
                "'\(arguments.operands[0])' is not a subject: indicator:CODE, target:CODE:YEAR, pk:YEAR, "
                    + "realisasi:CODE:PERIOD or iku", command: "history")
        }
        let json = try wantsJSON(arguments, command: "history")
        let loaded = try loadState(arguments, command: "history")
        subject = subject.matchingCodes(of: loaded.state)
        let entries = loaded.state.history(of: subject)
        if entries.isEmpty, let code = subject.indicator, loaded.state.indicatorCode(matching: code) == nil {
            // An auditor's typo must not read as "no history".
            let known = loaded.state.knownIndicatorCodes
            let hint = Suggestion.closest(to: code, among: known).map { "; did you mean '\($0)'?" } ?? ""
            throw .usage(
                "stream \(loaded.stream) has no indicator \(code)\(hint) (it has \(known.joined(separator: ", ")))",
                command: "history")
        }
        if json {
            let value: JSONValue = .object([
                "subject": .string(subject.description), "stream": .string(loaded.stream.rawValue),
                "events": .array(entries.map(\.json)),
            ])
            output.write(value.canonicalString + "\n")
        } else {
            output.write(entries.table(subject: subject))
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
            output.write(findings.text(stream: loaded.stream, year: year, head: loaded.head))
        }
        if !findings.isEmpty {
            throw .checkFailed("\(findings.count) finding\(findings.count == 1 ? "" : "s") to review")
        }
    }

    /// The organisation stream named by `--org`.
    func organisationStream(_ arguments: Arguments, command: String) throws(CLIError) -> StreamName {
        guard let name = arguments.value("org") else {
            throw .usage("which organisation? give --org ORG", command: command)
        }
        return try organisation(named: name, command: command)
    }

    /// The organisation stream `name` names, refusing a name this ledger has no organisation of (listing
    /// those it has, and the closest).
    func organisation(named name: String, command: String) throws(CLIError) -> StreamName {
        guard let stream = StreamName(name) else {
            throw .usage(
                "'\(name)' is not an organisation stream name (lowercase letters, digits, '-')", command: command)
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
            let hint = Suggestion.closest(to: name, among: organisations).map { "; did you mean '\($0)'?" } ?? ""
            let known = organisations.isEmpty ? "it has none yet" : "it has " + organisations.joined(separator: ", ")
            throw .usage(
                "--org \(name): this ledger has no such organisation\(hint) (\(known); 'kinerja org register' "
                    + "adds one)", command: command)
        }
        return stream
    }

    /// Whether `--format` asks for JSON; refuses anything but `table` and `json`.
    func wantsJSON(_ arguments: Arguments, command: String) throws(CLIError) -> Bool {
        let format = arguments.value("format") ?? "table"
        guard format == "table" || format == "json" else {
            throw .usage("unknown format '\(format)'; use table or json", command: command)
        }
        return format == "json"
    }

    /// The organisation named by `--org`, its state as of `--as-of` (when given), and the head it reflects.
    func loadState(_ arguments: Arguments, command: String) throws(CLIError) -> (
        stream: StreamName, state: OrganisationState, head: LedgerDigest, asOf: Timestamp?
    ) {
        let ledger = try openLedger()
        let stream = try organisationStream(arguments, command: command)
        let asOf = try asOfTime(arguments, command: command)
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
            throw .usage(
                "--as-of \(arguments.value("as-of") ?? asOf.description): stream \(stream) holds nothing recorded by "
                    + "\(asOf)" + (first.map { "; its first event was recorded at \($0)" } ?? "")
                    + " (for what the decisions themselves say was in force on a date, use --in-force-on DATE)",
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
            throw .usage("--\(option) needs a year like 2024, not '\(text)'", command: command)
        }
        return year
    }

    /// `--as-of TIME`: a time, or a date meaning the end of that day (UTC): everything recorded on it.
    func asOfTime(_ arguments: Arguments, command: String) throws(CLIError) -> Timestamp? {
        guard let text = arguments.value("as-of") else { return nil }
        guard let time = Timestamp(parsing: text) else {
            throw .usage(
                "--as-of needs a time like 2024-07-31T23:59:59Z or 2024-07-31, not '\(text)'", command: command)
        }
        return text.count == 10 ? Timestamp(millisecondsSinceEpoch: time.millisecondsSinceEpoch + 86_399_999) : time
    }
}
