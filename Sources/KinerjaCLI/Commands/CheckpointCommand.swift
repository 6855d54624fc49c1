import KinerjaEvents
import KinerjaInterchange
import KinerjaProjections
import KinerjaReports
import KinerjaStore

/// `kinerja checkpoint`: cache organisation states so queries and --as-of skip the replay.
struct CheckpointCommand: Command {
    static let info = CommandInfo(
        name: "checkpoint", summary: "cache organisation states so queries and --as-of skip the replay",
        spec: ArgumentSpec(valued: ["org", "every"]),
        help: """
            usage: kinerja [--ledger DIR] checkpoint [--org ORG] [--every N]

            Replays an organisation's stream (every organisation's, without --org), checking every hash,
            and writes its state at the head to DIR/checkpoints/. With --every N, also at the end of the
            first batch after each N events, so that --as-of queries into the past start near their time.
            The stream's earlier checkpoints are removed: one set is kept, however often this runs.
            A query then reads only the events after the latest checkpoint recorded by its --as-of time.
            Checkpoints are caches: deleting the directory changes no answer, only the time it takes.
            One that no longer matches its stream is ignored, and 'kinerja verify' fails on it.

            example:
              kinerja checkpoint --org luwu-timur-dinsos-p3a --every 100000

            """)

    static func run(
        _ runner: CommandRunner, _ arguments: Arguments, output: inout some TextOutputStream,
        errors: inout some TextOutputStream
    ) throws(CLIError) {
        try runner.checkpoint(arguments, output: &output)
    }
}
