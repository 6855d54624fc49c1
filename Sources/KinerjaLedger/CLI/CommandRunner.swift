/// Runs the commands: each method reads its arguments, calls the library and writes what it found.
struct CommandRunner {
    let ledgerDirectory: String
    let context: CommandContext

    func openLedger() throws(CLIError) -> Ledger {
        do {
            return try Ledger.open(at: ledgerDirectory)
        } catch {
            throw .store(error)
        }
    }

    func initialize(output: inout some TextOutputStream) throws(CLIError) {
        do {
            _ = try Ledger.create(at: ledgerDirectory)
            output.write("created an empty ledger in \(ledgerDirectory)\n")
        } catch .alreadyALedger {
            output.write("\(ledgerDirectory) is already a Kinerja ledger; nothing was changed\n")
        } catch {
            throw .store(error)
        }
    }

    func append(
        _ arguments: Arguments, output: inout some TextOutputStream, errors: inout some TextOutputStream
    ) throws(CLIError) {
        let ledger = try openLedger()
        var requestedStream: StreamName?
        if let name = arguments.value("stream") ?? arguments.value("org") {
            guard let stream = StreamName(name) else {
                throw .usage("'\(name)' is not a stream name: use lowercase letters, digits and '-'", command: "append")
            }
            requestedStream = stream
        }
        let source = arguments.operands[0]
        let bytes: [UInt8]
        if source == "-" {
            bytes = context.readStandardInput()
        } else {
            do {
                bytes = try readWholeFile(source)
            } catch {
                throw .store(error)
            }
        }
        let events: [NewEvent]
        do {
            events = try InputEvent.parse(bytes, source: source == "-" ? "stdin" : source, catalog: ledger.catalog)
        } catch {
            throw .input(error)
        }
        let stream = try route(events, requested: requestedStream, catalog: ledger.catalog)
        try record(
            events, to: stream, ledger: ledger, arguments: arguments, command: "append", output: &output,
            errors: &errors)
    }

    /// Records `events` in `stream` as one batch by the actor of `--as` or `$KINERJA_ACTOR`, and reports it.
    func record(
        _ events: [NewEvent], to stream: StreamName, ledger: Ledger, arguments: Arguments, command: String,
        output: inout some TextOutputStream, errors: inout some TextOutputStream
    ) throws(CLIError) {
        guard let actor = arguments.value("as") ?? context.environment["KINERJA_ACTOR"], !actor.isEmpty else {
            throw .usage("who is recording? give --as ACTOR or set KINERJA_ACTOR", command: command)
        }
        guard InputEvent.isValidID(actor) else {
            throw .usage("actor '\(actor)' is not valid: use letters, digits, '.', '_', ':' or '-'", command: command)
        }
        let environment = try context.effectiveLedgerEnvironment()
        let outcome: AppendOutcome
        do {
            outcome = try Recorder.record(events, to: stream, actor: actor, in: ledger, environment: environment)
        } catch {
            switch error {
            case .store(let error): throw .store(error)
            case .refused(let index, let type, let reason): throw .refused(index: index, type: type, reason)
            }
        }
        if let recovered = outcome.recovered {
            errors.write(
                "kinerja: recovered \(stream.fileName): \(recovered); moved them to \(stream.quarantineFileName)\n")
        }
        for present in outcome.alreadyPresent {
            output.write(
                "already present: id \(present.id) is seq \(present.seq) of stream \(stream); not written again\n")
        }
        if let first = outcome.written.first, let last = outcome.written.last {
            let count = outcome.written.count
            let range = first.seq == last.seq ? "seq \(first.seq)" : "seq \(first.seq)–\(last.seq)"
            let ids = count == 1 ? " (id \(first.id))" : ""
            output.write("appended \(count) event\(count == 1 ? "" : "s") to stream \(stream): \(range)\(ids)\n")
        } else {
            output.write("nothing appended: every event is already in stream \(stream)\n")
        }
        output.write("head \(outcome.head)\n")
    }

    /// The one stream a batch goes to: the stream its event types name, else `--stream`, else `ledger`.
    private func route(_ events: [NewEvent], requested: StreamName?, catalog: EventCatalog) throws(CLIError)
        -> StreamName
    {
        var named: Set<StreamName> = []
        for event in events {
            if let stream = catalog.currentSchema(type: event.type)?.stream(event.data) { named.insert(stream) }
        }
        if named.count > 1 {
            let list = named.sorted().map(\.rawValue).joined(separator: ", ")
            throw .usage(
                "the events belong to different streams (\(list)); append one stream per batch", command: "append")
        }
        if let stream = named.first {
            if let requested, requested != stream {
                throw .usage("the events belong to stream \(stream), not \(requested)", command: "append")
            }
            return stream
        }
        return requested ?? .ledger
    }

    func log(_ arguments: Arguments, output: inout some TextOutputStream) throws(CLIError) {
        let ledger = try openLedger()
        let format = arguments.value("format") ?? "table"
        guard format == "table" || format == "json" else {
            throw .usage("unknown format '\(format)'; use table or json", command: "log")
        }
        var fromSeq = 1
        if let text = arguments.value("from") {
            guard let seq = Int(text), seq >= 1 else {
                throw .usage("--from needs a seq (1, 2, 3…), not '\(text)'", command: "log")
            }
            fromSeq = seq
        }
        var streams: [StreamName]
        do {
            streams = try ledger.streams()
        } catch {
            throw .store(error)
        }
        if let name = arguments.value("stream") {
            guard let stream = StreamName(name) else { throw .usage("'\(name)' is not a stream name", command: "log") }
            guard streams.contains(stream) else { throw .store(.unknownStream(stream)) }
            streams = [stream]
        }
        var table = TextTable(
            headings: ["STREAM", "SEQ", "RECORDED AT", "ACTOR", "TYPE", "ID", "DATA"],
            alignments: [.left, .right, .left, .left, .left, .left, .left])
        for stream in streams {
            let events: [StoredEvent]
            do {
                events = try ledger.events(in: stream)
            } catch {
                throw .store(error)
            }
            for event in events where event.seq >= fromSeq {
                if format == "json" {
                    output.write(event.jsonObject(stream: stream).canonicalString + "\n")
                } else {
                    let effective = event.effective.map { " (effective \($0))" } ?? ""
                    table.rows.append([
                        stream.rawValue, String(event.seq), event.recordedAt.description, event.actor,
                        event.type + effective, event.id, JSONValue.object(event.data).canonicalString,
                    ])
                }
            }
        }
        if format == "table" {
            for line in table.lines { output.write(line + "\n") }
        }
    }

    func verify(_ arguments: Arguments, output: inout some TextOutputStream) throws(CLIError) {
        let ledger = try openLedger()
        var digests: [LedgerDigest] = []
        for text in arguments.values["digest"] ?? [] {
            guard let digest = LedgerDigest(parsing: text) else {
                throw .usage(
                    "'\(text)' is not a digest; write STREAM:SEQ:HASH as 'kinerja head' prints it", command: "verify")
            }
            digests.append(digest)
        }
        let report: VerifyReport
        do {
            report = try Verifier.verify(ledger, digests: digests)
        } catch {
            throw .store(error)
        }
        for line in report.lines { output.write(line + "\n") }
        if !report.isSuccessful { throw .checkFailed("verification failed; see the lines above") }
    }

    func head(output: inout some TextOutputStream) throws(CLIError) {
        let ledger = try openLedger()
        do throws(StoreError) {
            for stream in try ledger.streams() {
                let scan = try ledger.scan(stream)
                if let damage = scan.damage { throw StoreError.streamDamaged(damage) }
                output.write("\(scan.digest)\n")
            }
        } catch {
            throw .store(error)
        }
    }

    func state(_ arguments: Arguments, output: inout some TextOutputStream) throws(CLIError) {
        let ledger = try openLedger()
        let stream = try organisationStream(arguments, command: "state")
        let format = arguments.value("format") ?? "table"
        guard format == "table" || format == "json" else {
            throw .usage("unknown format '\(format)'; use table or json", command: "state")
        }
        var asOf: Timestamp?
        if let text = arguments.value("as-of") {
            guard let time = Timestamp(parsing: text) else {
                throw .usage(
                    "--as-of needs a time like 2024-07-31T23:59:59Z or 2024-07-31, not '\(text)'", command: "state")
            }
            // A bare date means the end of that day: everything recorded on it.
            asOf = text.count == 10 ? Timestamp(millisecondsSinceEpoch: time.millisecondsSinceEpoch + 86_399_999) : time
        }
        let loaded: (state: OrganisationState, head: LedgerDigest)
        do {
            loaded = try ledger.organisationState(stream, asOf: asOf)
        } catch {
            throw .store(error)
        }
        let year: Int
        if let text = arguments.value("year") {
            guard let value = Int(text), (1900...2999).contains(value) else {
                throw .usage("--year needs a year like 2024, not '\(text)'", command: "state")
            }
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
        let report = loaded.state.report(year: year, head: loaded.head, asOf: asOf, inForceOn: inForceOn)
        output.write(format == "json" ? report.json.canonicalString + "\n" : report.text)
    }

    /// The organisation stream named by `--org`.
    func organisationStream(_ arguments: Arguments, command: String) throws(CLIError) -> StreamName {
        guard let name = arguments.value("org") else {
            throw .usage("which organisation? give --org ORG", command: command)
        }
        guard let stream = StreamName(name) else {
            throw .usage(
                "'\(name)' is not an organisation stream name (lowercase letters, digits, '-')", command: command)
        }
        return stream
    }

    /// `kinerja iku versions` and `kinerja iku diff A B`.
    func ikuReview(_ arguments: Arguments, output: inout some TextOutputStream) throws(CLIError) {
        let ledger = try openLedger()
        let stream = try organisationStream(arguments, command: "iku")
        let asOf = try self.asOf(arguments, command: "iku")
        let state: OrganisationState
        do {
            state = try ledger.organisationState(stream, asOf: asOf).state
        } catch {
            throw .store(error)
        }
        if arguments.operands.first == "versions" {
            var table = TextTable(
                headings: ["SEQ", "ID", "KIND", "DECREE", "IN FORCE FROM", "STATUS"],
                alignments: [.right, .left, .left, .left, .left, .left])
            for version in state.ikuVersions {
                let decree = version.event.data["decree"]?.objectValue
                let decreeText = [decree?["number"]?.stringValue, decree?["date"]?.stringValue].compactMap { $0 }
                    .joined(separator: ", ")
                let status: String
                switch version.status {
                case .pending: status = "pending"
                case .approved(let actor, let time, _): status = "approved by \(actor) at \(time)"
                case .rejected(let actor, let time, _, let reason):
                    status = "rejected by \(actor) at \(time): \(reason)"
                }
                table.rows.append([
                    String(version.event.seq), version.event.id, version.kind,
                    decreeText.isEmpty ? "(none stated)" : decreeText,
                    version.inForceFrom.description + (version.hasStatedDate ? "" : " (derived)"), status,
                ])
            }
            for line in table.lines { output.write(line + "\n") }
            return
        }
        guard arguments.operands.count == 3 else {
            throw .usage("give two IKU decisions: iku diff A B", command: "iku")
        }
        let (from, to) = (arguments.operands[1], arguments.operands[2])
        for id in [from, to] where !state.ikuVersions.contains(where: { $0.event.id == id }) {
            throw .usage(
                "there is no IKU decision \(id) in stream \(stream) (see 'kinerja iku versions')", command: "iku")
        }
        guard let diff = IkuDiff(state: state, from: from, to: to) else { return }
        output.write(diff.text)
    }

    /// `--as-of TIME`: a time, or a date meaning the end of that day (UTC).
    func asOf(_ arguments: Arguments, command: String) throws(CLIError) -> Timestamp? {
        guard let text = arguments.value("as-of") else { return nil }
        guard let time = Timestamp(parsing: text) else {
            throw .usage(
                "--as-of needs a time like 2024-07-31T23:59:59Z or 2024-07-31, not '\(text)'", command: command)
        }
        return text.count == 10 ? Timestamp(millisecondsSinceEpoch: time.millisecondsSinceEpoch + 86_399_999) : time
    }

    /// `kinerja pk YEAR --org ORG [--version N]`.
    func perjanjianKinerja(_ arguments: Arguments, output: inout some TextOutputStream) throws(CLIError) {
        let ledger = try openLedger()
        let stream = try organisationStream(arguments, command: "pk")
        guard let year = Int(arguments.operands[0]), (1900...2999).contains(year) else {
            throw .usage("'\(arguments.operands[0])' is not a year", command: "pk")
        }
        let asOf = try asOf(arguments, command: "pk")
        let state: OrganisationState
        do {
            state = try ledger.organisationState(stream, asOf: asOf).state
        } catch {
            throw .store(error)
        }
        let versions = state.perjanjianKinerja(year: year)
        guard !versions.isEmpty else { throw .usage("stream \(stream) has no signed PK for \(year)", command: "pk") }
        var selected = versions
        if let text = arguments.value("version") {
            guard let number = Int(text), versions.indices.contains(number - 1) else {
                throw .usage("--version \(text): the PK \(year) has versions 1 to \(versions.count)", command: "pk")
            }
            selected = [versions[number - 1]]
        }
        let organisation = state.organisationName ?? stream.rawValue
        for (index, version) in selected.enumerated() {
            if index > 0 { output.write("\n") }
            let earlier = version.number > 1 ? versions[version.number - 2] : nil
            output.write(
                version.text(
                    stream: stream, organisation: organisation, earlier: earlier,
                    approval: state.statusByProposal[version.event.id]))
        }
        let pending = state.events(ofType: "PerjanjianKinerjaAmendmentProposed").filter {
            $0.data["year"]?.intValue == year && state.statusByProposal[$0.id] == .pending
        }
        for event in pending {
            output.write(
                "\namendment awaiting a decision: \(event.id) (seq \(event.seq), recorded by \(event.actor))\n")
        }
    }

    /// `kinerja history SUBJECT --org ORG`.
    func history(_ arguments: Arguments, output: inout some TextOutputStream) throws(CLIError) {
        let ledger = try openLedger()
        let stream = try organisationStream(arguments, command: "history")
        guard let subject = HistorySubject(parsing: arguments.operands[0]) else {
            throw .usage(
                "'\(arguments.operands[0])' is not a subject: indicator:CODE, target:CODE:YEAR, pk:YEAR, "
                    + "realisasi:CODE:PERIOD or iku", command: "history")
        }
        let format = arguments.value("format") ?? "table"
        guard format == "table" || format == "json" else {
            throw .usage("unknown format '\(format)'; use table or json", command: "history")
        }
        let asOf = try asOf(arguments, command: "history")
        let state: OrganisationState
        do {
            state = try ledger.organisationState(stream, asOf: asOf).state
        } catch {
            throw .store(error)
        }
        let entries = state.history(of: subject)
        if format == "json" {
            let value: JSONValue = .object([
                "subject": .string(subject.description), "stream": .string(stream.rawValue),
                "events": .array(entries.map(\.json)),
            ])
            output.write(value.canonicalString + "\n")
        } else {
            output.write(entries.table(subject: subject))
        }
    }

    /// `kinerja check --org ORG [--year YEAR]`.
    func check(_ arguments: Arguments, output: inout some TextOutputStream) throws(CLIError) {
        let ledger = try openLedger()
        let stream = try organisationStream(arguments, command: "check")
        let format = arguments.value("format") ?? "table"
        guard format == "table" || format == "json" else {
            throw .usage("unknown format '\(format)'; use table or json", command: "check")
        }
        var year: Int?
        if let text = arguments.value("year") {
            guard let value = Int(text) else { throw .usage("--year needs a year, not '\(text)'", command: "check") }
            year = value
        }
        let asOf = try asOf(arguments, command: "check")
        let loaded: (state: OrganisationState, head: LedgerDigest)
        do {
            loaded = try ledger.organisationState(stream, asOf: asOf)
        } catch {
            throw .store(error)
        }
        let findings = loaded.state.findings(year: year)
        if format == "json" {
            let value: JSONValue = .object([
                "stream": .string(stream.rawValue), "head": .string(loaded.head.description),
                "findings": .array(
                    findings.map { finding in
                        .object([
                            "kind": .string(finding.kind), "message": .string(finding.message),
                            "events": .array(finding.events.map(JSONValue.string)),
                        ])
                    }),
            ])
            output.write(value.canonicalString + "\n")
        } else {
            output.write("consistency review of \(stream)\(year.map { " for \($0)" } ?? "") at \(loaded.head)\n")
            for (index, finding) in findings.enumerated() {
                output.write("\(index + 1). [\(finding.kind)] \(finding.message)\n")
            }
            output.write(
                findings.isEmpty ? "no findings\n" : "\(findings.count) finding\(findings.count == 1 ? "" : "s")\n")
        }
        if !findings.isEmpty {
            throw .checkFailed("\(findings.count) finding\(findings.count == 1 ? "" : "s") to review")
        }
    }
}
