import KinerjaEvents
import KinerjaInterchange
import KinerjaProjections
import KinerjaReports
import KinerjaStore

/// `kinerja help`: show help for a command.
struct HelpCommand: Command {
    static let info = CommandInfo(
        name: "help", summary: "show help for a command",
        spec: ArgumentSpec(operands: ["COMMAND"]),
        help: """
            usage: kinerja help [COMMAND]

            Shows the list of commands, or one command's help.

            example:
              kinerja help append

            """)

    static func run(
        _ runner: CommandRunner, _ arguments: Arguments, output: inout some TextOutputStream,
        errors: inout some TextOutputStream
    ) throws(CLIError) {
        guard let name = arguments.operands.first else {
            output.write(CommandInfo.overview)
            return
        }
        guard let info = CommandInfo.named(name) else { throw .usage("unknown command '\(name)'", command: "help") }
        output.write(info.help)
    }
}
