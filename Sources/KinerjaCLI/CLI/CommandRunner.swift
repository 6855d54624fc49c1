import KinerjaEvents
import KinerjaInterchange
import KinerjaProjections
import KinerjaReports
import KinerjaStore
import Synchronization

/// Runs the commands, and holds what they share: each command's method reads its arguments, calls the library and
/// writes what it found. This file has the commands on the ledger itself (init, append, log, verify, checkpoint,
/// upgrade, head) and the recording every command goes through; the extensions beside it have the rest, and the
/// helpers that read options.
struct CommandRunner {
    /// The ledger's directory: `--ledger`, else `$KINERJA_LEDGER`, else `Ledger`.
    let ledgerDirectory: String
    /// The environment, clock, ids and standard input.
    let context: CommandContext
    /// The language output and messages are written in (`--lang`, else `$KINERJA_LANG`, else Indonesian).
    let language: Language
    /// How numbers whose separators are ambiguous are read (`--locale id|en`); nil: such a number is refused.
    var numberLocale: NumberLocale?
    /// The states the command loaded, so that a body a view could not read is reported once it has run.
    let loadedStates = LoadedStates()
    /// What the command has read and checked already, for every time it opens the ledger.
    let ledgerCache: LedgerCache

    /// What the runner holds of what its command loaded (for ``CommandContext/keepUntilExit``).
    var held: any Sendable { (loadedStates, ledgerCache) }

    /// A runner on the ledger in `ledgerDirectory`, speaking `language`, that passes over the snapshot files
    /// of `passingOver` (file name: why), found damaged by an earlier run of the command.
    init(
        ledgerDirectory: String, context: CommandContext, language: Language = .standard,
        passingOver: [String: String] = [:]
    ) {
        self.ledgerDirectory = ledgerDirectory
        self.context = context
        self.language = language
        ledgerCache = LedgerCache(passingOver: passingOver)
    }

    /// The ledger, which must exist.
    func openLedger() throws(CLIError) -> Ledger {
        do {
            var ledger = try Ledger.open(at: ledgerDirectory)
            ledger.progress = context.progress
            ledger.cache = ledgerCache
            if let every = context.environment["KINERJA_SNAPSHOT_EVERY"].flatMap({ Int($0) }), every > 0 {
                ledger.snapshotInterval = every
            }
            return ledger
        } catch {
            throw .store(error)
        }
    }

    /// `kinerja init`: creates an empty ledger and prints the next steps (an existing one is left as it is).
    func initialize(output: inout some TextOutputStream) throws(CLIError) {
        do {
            _ = try Ledger.create(at: ledgerDirectory)
            output.write(
                Localized.createdLedger(ledgerDirectory)(language) + "\n\n" + InitCommand.nextSteps(language))
        } catch .alreadyALedger {
            output.write(Localized.alreadyALedger(ledgerDirectory)(language) + "\n")
        } catch {
            throw .store(error)
        }
    }

    /// `kinerja append FILE|-`: the events of JSON lines, recorded as one batch in the one stream they belong to.
    func append(
        _ arguments: Arguments, output: inout some TextOutputStream, errors: inout some TextOutputStream
    ) throws(CLIError) {
        let ledger = try openLedger()
        var requestedStream: StreamName?
        if let name = arguments.value("stream") ?? arguments.value("org") {
            guard let stream = StreamName(name) else {
                throw .usage(
                    Localized(
                        id: "'\(name)' bukan nama stream: gunakan huruf kecil, angka dan '-'",
                        en: "'\(name)' is not a stream name: use lowercase letters, digits and '-'"), command: "append")
            }
            requestedStream = stream
        }
        let (bytes, source) = try readInput(arguments.operands[0])
        let events: [NewEvent]
        do {
            events = try InputEvent.parse(bytes, source: source, catalog: ledger.catalog)
        } catch {
            throw .input(error)
        }
        let stream = try route(events, requested: requestedStream)
        try record(
            events, to: stream, ledger: ledger, arguments: arguments, command: "append", output: &output,
            errors: &errors)
    }

    /// Records `events` in `stream` as one batch by the actor of `--as` or `$KINERJA_ACTOR`, and reports it.
    func record(
        _ events: [NewEvent], to stream: StreamName, ledger: Ledger, arguments: Arguments, command: String,
        output: inout some TextOutputStream, errors: inout some TextOutputStream
    ) throws(CLIError) {
        let actor = try recordingActor(arguments, command: command)
        let environment = try context.effectiveLedgerEnvironment()
        let signer = try signer(arguments, command: command)
        let outcome: AppendOutcome
        do {
            outcome = try Recorder.record(
                events, to: stream, actor: actor, in: ledger, environment: environment, signer: signer)
        } catch {
            throw recordingError(error, command: command)
        }
        reportAppended(outcome, output: &output, errors: &errors)
    }

    /// Records `event`, built from a command's options, with the id `--id` gives (else a generated one), as
    /// ``record(_:to:ledger:arguments:command:output:errors:)`` records a batch.
    func record(
        _ event: DomainEvent, to stream: StreamName, ledger: Ledger, arguments: Arguments, command: String,
        output: inout some TextOutputStream, errors: inout some TextOutputStream
    ) throws(CLIError) {
        try record(
            [EventCodec.standard.newEvent(event, id: arguments.value("id"))], to: stream, ledger: ledger,
            arguments: arguments, command: command, output: &output, errors: &errors)
    }

    /// Checks `events` as recording them in `stream` would (the actor's roles, the Decider's rules, the
    /// catalogue, the signing policy and, with `--sign-with`, the signature), and writes nothing.
    func checkRecording(
        _ events: [NewEvent], to stream: StreamName, ledger: Ledger, arguments: Arguments, command: String
    ) throws(CLIError) {
        let actor = try recordingActor(arguments, command: command)
        let environment = try context.effectiveLedgerEnvironment()
        let signer = try signer(arguments, command: command)
        do {
            try Recorder.check(events, to: stream, actor: actor, in: ledger, environment: environment, signer: signer)
        } catch {
            throw recordingError(error, command: command)
        }
    }

    /// Records `events` as ``record(_:to:ledger:arguments:command:output:errors:)`` does; with `--dry-run`, only
    /// checks them (``checkRecording(_:to:ledger:arguments:command:)``) and says `dry run: VERDICT; nothing was
    /// recorded`.
    func recordUnlessDryRun(
        _ events: [NewEvent], to stream: StreamName, ledger: Ledger, arguments: Arguments, command: String,
        verdict: Localized = Localized(id: "ledger akan menerimanya", en: "the ledger would accept it"),
        output: inout some TextOutputStream,
        errors: inout some TextOutputStream
    ) throws(CLIError) {
        guard arguments.flags.contains("dry-run") else {
            try record(
                events, to: stream, ledger: ledger, arguments: arguments, command: command, output: &output,
                errors: &errors)
            return
        }
        try checkRecording(events, to: stream, ledger: ledger, arguments: arguments, command: command)
        output.write(
            Localized(
                id: "uji coba: \(verdict.id); tidak ada yang dicatat",
                en: "dry run: \(verdict.en); nothing was recorded")(language) + "\n")
    }

    /// The signer of `--sign-with KEYFILE`, else `$KINERJA_SIGN_WITH`: the private key the batch is signed with,
    /// through `ssh-keygen` run by the executable; nil when neither is given.
    func signer(_ arguments: Arguments, command: String) throws(CLIError) -> BatchSigner? {
        guard let keyFile = arguments.value("sign-with") ?? context.environment["KINERJA_SIGN_WITH"], !keyFile.isEmpty
        else { return nil }
        guard fileExists(keyFile) else {
            throw .usage(
                Localized(
                    id: "--sign-with \(keyFile): berkas kunci privat itu tidak ada",
                    en: "--sign-with \(keyFile): there is no such private key file"), command: command)
        }
        guard let run = context.runProcess else {
            throw .usage(
                Localized(
                    id: "--sign-with: program ini dijalankan tanpa izin menjalankan ssh-keygen",
                    en: "--sign-with: this run of the program may not start ssh-keygen"), command: command)
        }
        return BatchSigner(keyFile: keyFile, run: run)
    }

    /// The actor of `--as`, else `$KINERJA_ACTOR`: who records.
    func recordingActor(_ arguments: Arguments, command: String) throws(CLIError) -> String {
        guard let actor = arguments.value("as") ?? context.environment["KINERJA_ACTOR"], !actor.isEmpty else {
            throw .usage(
                Localized(
                    id: "siapa yang mencatat? berikan --as AKTOR atau tetapkan KINERJA_ACTOR",
                    en: "who is recording? give --as ACTOR or set KINERJA_ACTOR"), command: command)
        }
        guard InputEvent.isValidID(actor) else {
            throw .usage(
                Localized(
                    id: "aktor '\(actor)' tidak sah: gunakan huruf, angka, '.', '_', ':' atau '-'",
                    en: "actor '\(actor)' is not valid: use letters, digits, '.', '_', ':' or '-'"), command: command)
        }
        return actor
    }

    /// The command-line error a refused batch stands for (the recorder stops at the first refusal).
    func recordingError(_ failure: Recorder.Failure, command: String) -> CLIError {
        switch failure {
        case .store(let error): .store(error)
        case .refused(let index, let type, let reason): .refused(index: index, type: type, reason)
        case .invalid(let index, _, let reason) where command == "append" || command == "iku":
            .input(InputError(problems: [.init(source: command, line: index, reason: reason)]))
        case .invalid(_, _, let reason):
            // The event was built from options: name the option, not the JSON member it became.
            .invalidOption(Self.inOptionWords(reason), command: command)
        case .refusals(let failures):
            failures.first.map { recordingError($0, command: command) } ?? .store(.emptyBatch)
        case .signing(.signingFailed(let keyFile, let status, let message)):
            .usage(
                Localized(
                    id: "--sign-with \(keyFile): penandatanganan gagal (ssh-keygen -Y sign, status \(status))"
                        + (message.isEmpty ? "" : ": \(message)"),
                    en: "--sign-with \(keyFile): signing failed (ssh-keygen -Y sign, status \(status))"
                        + (message.isEmpty ? "" : ": \(message)")), command: command)
        }
    }

    /// A catalogue message about an event built from options, in the words of the options: `"data.printedCapaian"`
    /// becomes `--printed-capaian`, `"data.proposal"` the proposal's id, `id "…"` `--id "…"`.
    static func inOptionWords(_ reason: String) -> String {
        var text = reason.hasPrefix("id \"") ? "--" + reason : reason
        while let start = text.firstRange(of: "\"data."),
            let end = text[start.upperBound...].firstIndex(of: "\"")
        {
            let member = text[start.upperBound..<end].split(separator: ".").last.map(String.init) ?? ""
            let words: String
            switch member {
            case "proposal": words = "the proposal given"
            case "corrects": words = "the realisation given"
            default:
                words =
                    "--"
                    + member.reduce(into: "") { result, character in
                        result += character.isUppercase ? "-" + character.lowercased() : String(character)
                    }
            }
            text.replaceSubrange(start.lowerBound...end, with: words)
        }
        return text
    }

    /// Reports what recording a batch did: a recovered tail, events already present, what was written, the head.
    func reportAppended(
        _ outcome: AppendOutcome, output: inout some TextOutputStream, errors: inout some TextOutputStream
    ) {
        let stream = outcome.stream
        if let recovered = outcome.recovered {
            errors.write(
                "kinerja: "
                    + Localized(
                        id: "\(stream.fileName) dipulihkan: \(recovered); dipindahkan ke \(stream.quarantineFileName)",
                        en: "recovered \(stream.fileName): \(recovered); moved them to \(stream.quarantineFileName)")(
                        language) + "\n")
        }
        for present in outcome.alreadyPresent {
            output.write(
                Localized(
                    id: "sudah ada: id \(present.id) adalah seq \(present.seq) stream \(stream); tidak ditulis lagi",
                    en: "already present: id \(present.id) is seq \(present.seq) of stream \(stream); not written again"
                )(
                    language) + "\n")
        }
        if let first = outcome.written.first, let last = outcome.written.last {
            let count = outcome.written.count
            let range = first.seq == last.seq ? "seq \(first.seq)" : "seq \(first.seq)–\(last.seq)"
            let ids = count == 1 ? " (id \(first.id))" : ""
            output.write(
                Localized(
                    id: "\(count) peristiwa ditambahkan ke stream \(stream): \(range)\(ids)",
                    en: "appended \(count) event\(count == 1 ? "" : "s") to stream \(stream): \(range)\(ids)")(language)
                    + "\n")
        } else {
            output.write(
                Localized(
                    id: "tidak ada yang ditambahkan: setiap peristiwa sudah ada dalam stream \(stream)",
                    en: "nothing appended: every event is already in stream \(stream)")(language) + "\n")
        }
        output.write("head \(outcome.head)\n")
    }

    /// The one stream a batch goes to: the stream its events name, else `--stream`, else `ledger`.
    private func route(_ events: [NewEvent], requested: StreamName?) throws(CLIError) -> StreamName {
        var named: Set<StreamName> = []
        for event in events {
            if let stream = (try? EventCodec.standard.decode(event))?.stream { named.insert(stream) }
        }
        if named.count > 1 {
            let list = named.sorted().map(\.rawValue).joined(separator: ", ")
            throw .usage(
                Localized(
                    id: "peristiwa-peristiwa itu milik stream yang berbeda (\(list)); tambahkan satu stream per batch",
                    en:
                        "the events belong to different streams (\(list)); append one stream per batch"),
                command: "append")
        }
        if let stream = named.first {
            if let requested, requested != stream {
                throw .usage(
                    Localized(
                        id: "peristiwa-peristiwa itu milik stream \(stream), bukan \(requested)",
                        en: "the events belong to stream \(stream), not \(requested)"), command: "append")
            }
            return stream
        }
        return requested ?? .ledger
    }

    /// `kinerja log [--stream S] [--from SEQ] [--as-of TIME] [--format table|json]`: the stored events.
    func log(_ arguments: Arguments, output: inout some TextOutputStream) throws(CLIError) {
        let ledger = try openLedger()
        let json = try wantsJSON(arguments, command: "log")
        var fromSeq = 1
        if let text = arguments.value("from") {
            guard let seq = Int(text), seq >= 1 else {
                throw .usage(
                    Localized(
                        id: "--from memerlukan seq (1, 2, 3…), bukan '\(text)'",
                        en: "--from needs a seq (1, 2, 3…), not '\(text)'"), command: "log")
            }
            fromSeq = seq
        }
        var streams: [StreamName]
        do {
            streams = try ledger.streams()
        } catch {
            throw .store(error)
        }
        if let name = arguments.value("stream") ?? arguments.value("org") {
            guard let stream = StreamName(name) else {
                throw .usage(
                    Localized(id: "'\(name)' bukan nama stream", en: "'\(name)' is not a stream name"), command: "log")
            }
            guard streams.contains(stream) else { throw .store(.unknownStream(stream)) }
            streams = [stream]
        }
        var zone = IndonesianTimeZone.standard
        if arguments.value("as-of") != nil, streams.count == 1, let stream = streams.first, stream != .ledger {
            zone = try organisationState(stream, in: ledger).timeZone
        }
        let asOf = try asOfTime(arguments, command: "log", zone: zone)
        var table = TextTable(
            headings: LocalizedList(
                id: ["STREAM", "SEQ", "DICATAT", "AKTOR", "JENIS", "ID", "DATA"],
                en: ["STREAM", "SEQ", "RECORDED AT", "ACTOR", "TYPE", "ID", "DATA"])(language),
            alignments: [.left, .right, .left, .left, .left, .left, .left])
        for stream in streams {
            // Each event written as it is read (JSON), or kept as a row only once it is shown (a table); with
            // --from, the lines before it are not read when a snapshot says where they end.
            let scan: StreamScan
            do {
                scan = try ledger.scan(stream, resuming: ledger.scanStart(readingFrom: fromSeq, of: stream)) {
                    event, _ in
                    guard event.seq >= fromSeq, asOf.map({ event.recordedAt <= $0 }) ?? true else { return }
                    if json {
                        output.write(event.jsonObject(stream: stream).canonicalString + "\n")
                    } else {
                        let effective =
                            event.effective.map {
                                Localized(id: " (berlaku \($0))", en: " (effective \($0))")(language)
                            } ?? ""
                        table.rows.append([
                            stream.rawValue, String(event.seq), event.recordedAt.description, event.actor,
                            event.type + effective, event.id, JSONValue.object(event.data).canonicalString,
                        ])
                    }
                }
            } catch {
                throw .store(error)
            }
            if let damage = scan.damage { throw .store(.streamDamaged(damage)) }
        }
        if !json { table.write(to: &output) }
    }

    /// `kinerja verify [--digest STREAM:SEQ:HASH]...`: every stream checked; exit status 1 when one fails.
    func verify(_ arguments: Arguments, output: inout some TextOutputStream) throws(CLIError) {
        let ledger = try openLedger()
        var digests: [LedgerDigest] = []
        for text in arguments.values["digest"] ?? [] {
            guard let digest = LedgerDigest(parsing: text) else {
                throw .usage(
                    Localized(
                        id: "'\(text)' bukan digest; tulis STREAM:SEQ:HASH seperti yang dicetak 'kinerja head'",
                        en:
                            "'\(text)' is not a digest; write STREAM:SEQ:HASH as 'kinerja head' prints it"),
                    command: "verify")
            }
            digests.append(digest)
        }
        let report: VerifyReport
        do {
            report = try Verifier.verify(ledger, digests: digests)
        } catch {
            throw .store(error)
        }
        for line in report.lines(language) { output.write(line + "\n") }
        let signatures: SignatureAudit.Report
        do {
            // Streams verify read whole and found no signature in need no second reading while no key is
            // registered: without a key or a signature there is nothing to find.
            let unsigned = Set(report.streams.filter { $0.damage == nil && $0.signedEvents == 0 }.map(\.stream))
            signatures = try SignatureAudit.audit(ledger, run: context.runProcess, unsignedStreams: unsigned)
        } catch {
            throw .store(error)
        }
        for line in Self.signatureLines(signatures, language: language) { output.write(line + "\n") }
        if !report.isSuccessful || !signatures.findings.isEmpty {
            throw .checkFailed(
                Localized(
                    id: "verifikasi gagal; lihat baris-baris di atas", en: "verification failed; see the lines above"))
        }
    }

    /// What the signature audit found, a line per bad or missing signature and one in sum; nothing for a ledger
    /// without keys or signatures.
    static func signatureLines(_ report: SignatureAudit.Report, language: Language) -> [String] {
        guard report.applies else { return [] }
        var lines: [String] = []
        for finding in report.findings {
            let place = "\(finding.stream) seq \(finding.seq) (\(finding.actor))"
            let text: Localized
            switch finding.problem {
            case .missing:
                text = Localized(
                    id:
                        "\(place): tanda tangan tidak ada; \(finding.actor) memiliki kunci terdaftar saat batch dicatat",
                    en: "\(place): signature missing; \(finding.actor) had a registered key when the batch was recorded"
                )
            case .wrongKey(let registered):
                let key = registered.map { DecisionError.shortKey($0.description) }
                text = Localized(
                    id: "\(place): tanda tangan buruk: dibuat bukan dengan kunci terdaftar aktor itu"
                        + (key.map { " (\($0))" } ?? " (tidak ada kunci terdaftar)"),
                    en: "\(place): bad signature: not made with the actor's registered key"
                        + (key.map { " (\($0))" } ?? " (no key registered)"))
            case .invalid(let message):
                text = Localized(
                    id: "\(place): tanda tangan buruk: ssh-keygen -Y verify menolaknya: \(message)",
                    en: "\(place): bad signature: ssh-keygen -Y verify refused it: \(message)")
            case .misplaced:
                text = Localized(
                    id: "\(place): tanda tangan pada peristiwa yang bukan awal batch-nya",
                    en: "\(place): a signature on an event that does not start its batch")
            }
            lines.append(text(language))
        }
        let count = report.findings.count
        lines.append(
            Localized(
                id: "tanda tangan: \(report.verified) batch terverifikasi, \(count) buruk atau tidak ada",
                en: "signatures: \(report.verified) batch\(report.verified == 1 ? "" : "es") verified, \(count) bad or "
                    + "missing")(language))
        return lines
    }

    /// `kinerja checkpoint [--org ORG] [--every N]`: writes checkpoints of one organisation's stream, or of
    /// every stream but `ledger`.
    func checkpoint(_ arguments: Arguments, output: inout some TextOutputStream) throws(CLIError) {
        let ledger = try openLedger()
        var every: Int?
        if let text = arguments.value("every") {
            guard let count = Int(text), count > 0 else {
                throw .usage(
                    Localized(
                        id: "--every memerlukan jumlah peristiwa yang positif, bukan '\(text)'",
                        en: "--every needs a positive number of events, not '\(text)'"), command: "checkpoint")
            }
            every = count
        }
        let chosen = arguments.value("org") != nil ? try organisationStream(arguments, command: "checkpoint") : nil
        do throws(StoreError) {
            let streams = if let chosen { [chosen] } else { try ledger.streams().filter { $0 != .ledger } }
            for stream in streams {
                let written = try ledger.writeCheckpoints(stream, every: every)
                let seqs = written.map { String($0.seq) }.joined(separator: ", ")
                output.write(
                    Localized(
                        id: "\(stream): \(written.count) checkpoint pada seq \(seqs)",
                        en: "\(stream): \(written.count) checkpoint\(written.count == 1 ? "" : "s") at seq \(seqs)")(
                            language) + "\n")
            }
        } catch {
            throw .store(error)
        }
    }

    /// `kinerja upgrade`: records every stream's current end as acknowledged and marks the ledger format 2.
    func upgrade(output: inout some TextOutputStream) throws(CLIError) {
        let ledger = try openLedger()
        do {
            let heads = try ledger.upgrade()
            guard ledger.version < Ledger.formatVersion else {
                output.write(
                    Localized(
                        id: "\(ledgerDirectory) sudah format \(Ledger.formatVersion); tidak ada yang diubah",
                        en: "\(ledgerDirectory) is already format \(Ledger.formatVersion); nothing was changed")(
                            language) + "\n")
                return
            }
            output.write(
                Localized(
                    id: "\(ledgerDirectory) dinaikkan ke format \(Ledger.formatVersion); head yang diakui dicatat:",
                    en: "upgraded \(ledgerDirectory) to format \(Ledger.formatVersion); acknowledged heads recorded:")(
                        language) + "\n")
            for head in heads { output.write("\(head)\n") }
        } catch {
            throw .store(error)
        }
    }

    /// `kinerja head`: each stream's digest, one per line.
    func head(output: inout some TextOutputStream) throws(CLIError) {
        let ledger = try openLedger()
        do throws(StoreError) {
            for stream in try ledger.streams() {
                output.write("\(try ledger.currentHead(stream))\n")
            }
        } catch {
            throw .store(error)
        }
    }
}

extension CommandRunner {
    /// Writes `bytes` to the file `path` atomically (a temporary file renamed over it), so a reader never
    /// sees half a file (a report, a template).
    func writeOutput(_ bytes: [UInt8], to path: String, command: String) throws(CLIError) {
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        guard !name.isEmpty, !isDirectory(path) else {
            throw .usage(
                Localized(
                    id: "--output \(path) menyebut direktori, bukan berkas",
                    en: "--output \(path) names a directory, not a file"), command: command)
        }
        guard directory.isEmpty || isDirectory(directory) else {
            throw .usage(
                Localized(
                    id: "--output \(path): tidak ada direktori \(directory)",
                    en: "--output \(path): there is no directory \(directory)"), command: command)
        }
        do {
            try writeFileAtomically(bytes, directory: directory.isEmpty ? "/" : directory, fileName: name)
        } catch {
            throw .store(error)
        }
    }
}

/// The organisation states a command loaded: their bodies are read while the command renders them, so a
/// line that could not be read is known only once it has run.
final class LoadedStates: Sendable {
    private let states = Mutex<[OrganisationState]>([])

    /// Remembers `state`.
    func add(_ state: OrganisationState) {
        states.withLock { $0.append(state) }
    }

    /// The states remembered, in order.
    var all: [OrganisationState] {
        states.withLock { $0 }
    }

    /// The first failure to read an event's body, if any.
    var readProblem: StoreError? {
        states.withLock { $0.lazy.compactMap(\.readProblem).first }
    }

    /// The first piece of a snapshot a state was restored from found damaged, if any.
    var snapshotDamage: StoreError? {
        states.withLock { $0.lazy.compactMap(\.snapshotDamage).first }
    }
}
