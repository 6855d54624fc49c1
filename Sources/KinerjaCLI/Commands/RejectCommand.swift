import KinerjaEvents
import KinerjaInterchange
import KinerjaProjections
import KinerjaReports
import KinerjaStore

/// `kinerja reject`: reject a proposal recorded by someone else, with the reason.
struct RejectCommand: Command {
    static let info = CommandInfo(
        name: "reject", summary: "reject a proposal recorded by someone else, with the reason",
        spec: ArgumentSpec(valued: ["org", "as", "id", "reason"], operands: ["EVENT"], minimumOperands: 1),
        help: """
            usage: kinerja reject EVENT --org ORG --reason WHY [--as ACTOR]

            Rejects the proposal EVENT: it never counts, and stays in history with the reason.

            example:
              kinerja reject ltim-real-ppks-2024 --org luwu-timur-dinsos-p3a --reason "angka belum final" --as kadis

            """)

    static let records: [EventType] = [.proposalRejected]

    static func run(
        _ runner: CommandRunner, _ arguments: Arguments, output: inout some TextOutputStream,
        errors: inout some TextOutputStream
    ) throws(CLIError) {
        try runner.decision("reject", arguments, output: &output, errors: &errors)
    }
}
