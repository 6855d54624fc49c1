import KinerjaEvents
import KinerjaInterchange
import KinerjaProjections
import KinerjaReports
import KinerjaStore

/// What `approve` and `reject` share: which proposals the command line names, the list printed before
/// deciding, and the one batch that decides them all; and the resolution of a typed event id.
extension CommandRunner {
    /// The id of the one kept event of `state`'s stream that `text` names (the whole id or a unique prefix),
    /// or a usage error naming the text and the candidates.
    func resolveEventID(_ text: String, in state: OrganisationState, command: String) throws(CLIError) -> String {
        switch state.resolveID(text) {
        case .success(let id): id
        case .failure(let error): throw .usage(error.localized, command: command)
        }
    }

    /// The id `text` names in `stream` (see ``resolveEventID(_:in:command:)``), reading the stream's state.
    func resolveEventID(
        _ text: String, in stream: StreamName, ledger: Ledger, command: String
    ) throws(CLIError) -> String {
        try resolveEventID(text, in: try organisationState(stream, in: ledger), command: command)
    }

    /// The proposals the operands name and, with `--batch ID`, every proposal still waiting for a decision
    /// of the batch that recorded ID; each once, in seq order.
    func proposalsToDecide(
        _ arguments: Arguments, state: OrganisationState, command: String
    ) throws(CLIError) -> [RecordedEvent] {
        var ids: Set<String> = []
        var events: [RecordedEvent] = []
        func add(_ event: RecordedEvent) {
            if ids.insert(event.id).inserted { events.append(event) }
        }
        for text in arguments.operands {
            if let event = state.event(try resolveEventID(text, in: state, command: command)) { add(event) }
        }
        if let text = arguments.value("batch") {
            let id: String
            switch state.resolveID(text) {
            case .success(let found): id = found
            case .failure(let error):
                throw .usage(Localized(id: "--batch: \(error)", en: "--batch: \(error)"), command: command)
            }
            let pending = state.pendingProposals(inBatchOf: id)
            guard !pending.isEmpty else {
                let batch = state.event(id).map { " (seq \($0.batch.first)–\($0.batch.last))" } ?? ""
                throw .usage(
                    Localized(
                        id:
                            "--batch \(text): tidak ada usulan dari batch yang mencatat \(id)\(batch) yang menunggu keputusan",
                        en:
                            "--batch \(text): no proposal of the batch that recorded \(id)\(batch) awaits a decision"),
                    command: command)
            }
            pending.forEach(add)
        }
        guard !events.isEmpty else {
            throw .usage(
                Localized(
                    id: "usulan yang mana? berikan id peristiwanya, atau --batch ID",
                    en: "which proposal? give its event id, or --batch ID"), command: command)
        }
        if events.count > 1, arguments.value("id") != nil {
            throw .usage(
                Localized(
                    id: "--id menyebut satu keputusan; berikan hanya saat memutuskan satu usulan",
                    en: "--id names one decision; give it only when deciding one proposal"), command: command)
        }
        return events.sorted { $0.seq < $1.seq }
    }

    /// Prints the proposals about to be decided (`verb`: `approving`, `would approve`), then records one decision
    /// per proposal (`decision` makes it) as one batch through the Decider: any refusal refuses them all.
    /// With `--dry-run`, checks the decisions and records nothing.
    func decide(
        _ proposals: [RecordedEvent], verb: (now: Localized, would: Localized), state: OrganisationState,
        arguments: Arguments, command: String,
        output: inout some TextOutputStream, errors: inout some TextOutputStream,
        decision: (RecordedEvent) -> DomainEvent
    ) throws(CLIError) {
        let ledger = try openLedger()
        let stream = state.stream
        let events = proposals.map { proposal in
            EventCodec.standard.newEvent(decision(proposal), id: arguments.value("id"))
        }
        let count = Localized(
            id: "\(proposals.count) usulan dalam stream \(stream):",
            en: "\(proposals.count) proposal\(proposals.count == 1 ? "" : "s") in stream \(stream):")
        let verb = arguments.flags.contains("dry-run") ? verb.would : verb.now
        output.write((verb + " " + count)(language) + "\n")
        let words = ReportWords(language: language, zone: state.timeZone)
        for line in state.summaries(of: proposals).table(showingStream: false, words: words) {
            output.write("  \(line)\n")
        }
        try recordUnlessDryRun(
            events, to: stream, ledger: ledger, arguments: arguments, command: command,
            verdict: Localized(id: "setiap keputusan lolos pemeriksaannya", en: "every decision passes its checks"),
            output: &output, errors: &errors)
    }
}
