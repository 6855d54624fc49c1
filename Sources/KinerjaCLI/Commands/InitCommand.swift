import KinerjaEvents
import KinerjaInterchange
import KinerjaProjections
import KinerjaReports
import KinerjaStore

/// `kinerja init`: create a new, empty ledger.
struct InitCommand: Command {
    static let info = CommandInfo(
        name: "init", summary: "create a new, empty ledger", spec: ArgumentSpec(),
        help: """
            usage: kinerja [--ledger DIR] init

            Creates an empty ledger in DIR (default ./Ledger): the marker file kinerja-ledger.json.
            Streams (one <stream>.jsonl file each) appear with their first event.

            example:
              kinerja --ledger /srv/kinerja init

            """)

    static func run(
        _ runner: CommandRunner, _ arguments: Arguments, output: inout some TextOutputStream,
        errors: inout some TextOutputStream
    ) throws(CLIError) {
        try runner.initialize(output: &output)
    }
}
