import KinerjaEvents
import KinerjaInterchange
import KinerjaProjections
import KinerjaReports
import KinerjaStore

/// `kinerja pending`: list every proposal awaiting a decision, oldest first.
struct PendingCommand: Command {
    static let info = CommandInfo(
        name: "pending", summary: "list every proposal awaiting a decision, oldest first",
        spec: ArgumentSpec(valued: ["org", "format"], flags: ["all"]),
        help: """
            usage: kinerja pending --org ORG [--format table|json]
                   kinerja pending --all [--format table|json]

            Lists every proposal still awaiting a decision (IKU decisions, targets, PK amendments,
            realisations and corrections), oldest first, one line each: its id (generated ids shortened to
            the fewest characters, at least 8, that no other id of the stream begins with: 'approve' and
            'reject' take them), seq, type, who recorded it and when, the batch it came in (so a whole
            import can be approved at once with 'approve --batch'), and what it changes.

            options:
              --org ORG                 the organisation's stream
              --all                     every organisation's stream, each line naming its stream
              --format table|json       json: one object per line, keys sorted, whole ids

            example:
              kinerja pending --org luwu-timur-dinsos-p3a
              kinerja pending --all --format json

            """)

    static func run(
        _ runner: CommandRunner, _ arguments: Arguments, output: inout some TextOutputStream,
        errors: inout some TextOutputStream
    ) throws(CLIError) {
        let json = try runner.wantsJSON(arguments, command: info.name)
        let all = arguments.flags.contains("all")
        if all && arguments.value("org") != nil {
            throw .usage("give --org ORG or --all, not both", command: info.name)
        }
        let streams: [StreamName]
        let ledger = try runner.openLedger()
        if all {
            do {
                streams = try ledger.streams().filter { $0 != .ledger }
            } catch {
                throw .store(error)
            }
        } else {
            guard arguments.value("org") != nil else {
                throw .usage("which organisation? give --org ORG, or --all", command: info.name)
            }
            streams = [try runner.organisationStream(arguments, command: info.name)]
        }
        var summaries: [ProposalSummary] = []
        for stream in streams {
            summaries += try runner.organisationState(stream, in: ledger).pendingSummaries()
        }
        summaries.sort { lhs, rhs in
            (lhs.event.recordedAt, lhs.stream.rawValue, lhs.event.seq)
                < (rhs.event.recordedAt, rhs.stream.rawValue, rhs.event.seq)
        }
        if json {
            for summary in summaries { output.write(summary.json.canonicalString + "\n") }
        } else if summaries.isEmpty {
            let place = all ? "any organisation's stream" : "stream \(streams[0])"
            output.write("no proposal awaits a decision in \(place)\n")
        } else {
            for line in summaries.table(showingStream: all) { output.write(line + "\n") }
        }
    }
}
