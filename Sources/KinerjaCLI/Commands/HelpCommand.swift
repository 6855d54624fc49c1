import KinerjaEvents
import KinerjaInterchange
import KinerjaProjections
import KinerjaReports
import KinerjaStore

/// `kinerja help`: show help for a command.
struct HelpCommand: Command {
    static let info = CommandInfo(
        name: "help", summary: Localized(id: "tampilkan bantuan sebuah perintah", en: "show help for a command"),
        spec: ArgumentSpec(operands: ["COMMAND"]),
        help: Localized(
            id: """
                penggunaan: kinerja help [PERINTAH]

                Menampilkan daftar perintah, atau bantuan sebuah perintah.

                contoh:
                  kinerja help append

                """,
            en: """
                usage: kinerja help [COMMAND]

                Shows the list of commands, or one command's help.

                example:
                  kinerja help append

                """))

    static func run(
        _ runner: CommandRunner, _ arguments: Arguments, output: inout some TextOutputStream,
        errors: inout some TextOutputStream
    ) throws(CLIError) {
        guard let name = arguments.operands.first else {
            output.write(CommandInfo.overview(runner.language))
            return
        }
        guard let info = CommandInfo.named(name) else {
            throw .usage(
                Localized(id: "perintah tidak dikenal '\(name)'", en: "unknown command '\(name)'"), command: "help")
        }
        output.write(info.help(runner.language))
    }
}
