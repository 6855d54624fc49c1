import KinerjaEvents
import KinerjaInterchange
import KinerjaProjections
import KinerjaReports
import KinerjaStore

/// `kinerja head`: print each stream's digest (stream:seq:hash) for verify --digest.
struct HeadCommand: Command {
    static let info = CommandInfo(
        name: "head", summary: "print each stream's digest (stream:seq:hash) for verify --digest",
        spec: ArgumentSpec(),
        help: """
            usage: kinerja [--ledger DIR] head

            Prints each stream's current head as STREAM:SEQ:HASH, one per line: the form
            'kinerja verify --digest' takes. Write it down (or print it on a report) to prove later that
            the history up to it was not changed.

            example:
              kinerja head

            """)

    static func run(
        _ runner: CommandRunner, _ arguments: Arguments, output: inout some TextOutputStream,
        errors: inout some TextOutputStream
    ) throws(CLIError) {
        try runner.head(output: &output)
    }
}
