import KinerjaEvents
import KinerjaInterchange
import KinerjaProjections
import KinerjaReports
import KinerjaStore

/// The `kinerja` command line: parses arguments, runs a command against the library, writes its output,
/// and maps every error to one message and exit code. The executable only calls ``run(_:context:output:errors:)``.
package enum CLI {
    /// The options every command takes, before or after its name: where the ledger is, how numbers are read.
    static let globalOptions = ["ledger", "locale"]

    /// The version printed by `kinerja --version`.
    static let version = "0.1.0"

    /// Runs the command line `arguments` (without the program name) and returns the exit status.
    package static func run(
        _ arguments: [String], context: CommandContext, output: inout some TextOutputStream,
        errors: inout some TextOutputStream
    ) -> Int32 {
        do {
            try dispatch(arguments, context: context, output: &output, errors: &errors)
            return 0
        } catch {
            errors.write("kinerja: \(error.exitCode == 1 ? "" : "error: ")\(error.message)\n")
            return error.exitCode
        }
    }

    private static func dispatch(
        _ arguments: [String], context: CommandContext, output: inout some TextOutputStream,
        errors: inout some TextOutputStream
    ) throws(CLIError) {
        var words = arguments
        var ledgerDirectory = context.environment["KINERJA_LEDGER"].flatMap { $0.isEmpty ? nil : $0 } ?? "Ledger"
        var localeText: String?
        // Global options come before the command: --ledger DIR, --locale id|en, --help, --version.
        while let first = words.first, first.hasPrefix("-") {
            words.removeFirst()
            switch first {
            case "--ledger":
                guard let directory = words.first else {
                    throw .usage("option --ledger needs a directory", command: nil)
                }
                words.removeFirst()
                ledgerDirectory = directory
            case _ where first.hasPrefix("--ledger="):
                ledgerDirectory = String(first.dropFirst("--ledger=".count))
            case "--locale":
                guard let locale = words.first else { throw .usage("option --locale needs id or en", command: nil) }
                words.removeFirst()
                localeText = locale
            case _ where first.hasPrefix("--locale="):
                localeText = String(first.dropFirst("--locale=".count))
            case "--help", "-h":
                output.write(CommandInfo.overview)
                return
            case "--version":
                output.write("kinerja \(version) (ledger format \(Ledger.formatVersion))\n")
                return
            default:
                throw .usage("unknown option '\(first)' before the command", command: nil)
            }
        }
        guard let name = words.first else {
            output.write(CommandInfo.overview)
            return
        }
        guard let command = CommandInfo.command(named: name) else {
            let suggestion = Suggestion.closest(to: name, among: CommandInfo.all.map(\.name))
            let hint = suggestion.map { "; did you mean '\($0)'?" } ?? ""
            throw .usage("unknown command '\(name)'\(hint)", command: nil)
        }
        let info = command.info
        let rest = Array(words.dropFirst())
        if rest.contains("--help") || rest.contains("-h") {
            output.write(info.help)
            return
        }
        var spec = info.spec
        spec.valued += CLI.globalOptions  // also accepted after the command
        let parsed = try Arguments.parse(rest, command: name, spec: spec)
        if let directory = parsed.value("ledger") { ledgerDirectory = directory }
        if let locale = parsed.value("locale") { localeText = locale }
        var runner = CommandRunner(ledgerDirectory: ledgerDirectory, context: context)
        if let localeText {
            guard let locale = NumberLocale(rawValue: localeText) else {
                throw .usage("--locale \(localeText): write id (1.234,5) or en (1,234.5)", command: name)
            }
            runner.numberLocale = locale
        }
        try command.run(runner, parsed, output: &output, errors: &errors)
        // A view that could not read an event's body from the stream answered without it: that is damage.
        if let problem = runner.loadedStates.readProblem { throw .store(problem) }
    }
}
