import KinerjaEvents
import KinerjaInterchange
import KinerjaProjections
import KinerjaReports
import KinerjaStore

/// `kinerja approve`: approve (verify) a proposal recorded by someone else.
struct ApproveCommand: Command {
    static let info = CommandInfo(
        name: "approve", summary: "approve (verify) a proposal recorded by someone else",
        spec: ArgumentSpec(valued: ["org", "as", "id", "note"], operands: ["EVENT"], minimumOperands: 1),
        help: """
            usage: kinerja approve EVENT --org ORG [--note TEXT] [--as ACTOR]

            Approves the proposal EVENT (an IKU decision, a target change, a PK amendment, a realisation or
            a correction): from now on it counts. Nobody approves their own proposal, and a proposal is
            decided once.

            example:
              kinerja approve ltim-real-ppks-2024 --org luwu-timur-dinsos-p3a --note "cek dokumen" --as kadis

            """)

    static let records: [EventType] = [.proposalApproved]

    static func run(
        _ runner: CommandRunner, _ arguments: Arguments, output: inout some TextOutputStream,
        errors: inout some TextOutputStream
    ) throws(CLIError) {
        try runner.decision("approve", arguments, output: &output, errors: &errors)
    }
}
