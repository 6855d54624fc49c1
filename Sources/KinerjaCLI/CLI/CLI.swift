import KinerjaEvents
import KinerjaInterchange
import KinerjaProjections
import KinerjaReports
import KinerjaStore
import Synchronization

/// The `kinerja` command line: parses arguments, runs a command against the library, writes its output,
/// and maps every error to one message and exit code. The executable only calls ``run(_:context:output:errors:)``.
package enum CLI {
    /// The options every command takes, before or after its name: where the ledger is, how numbers are read,
    /// which language it speaks.
    static let globalOptions = ["ledger", "locale", "lang"]

    /// The version printed by `kinerja --version`.
    static let version = "0.1.0"

    /// Runs the command line `arguments` (without the program name) and returns the exit status.
    package static func run(
        _ arguments: [String], context: CommandContext, output: inout some TextOutputStream,
        errors: inout some TextOutputStream
    ) -> Int32 {
        let language: Language
        do {
            language = try Self.language(arguments, environment: context.environment)
            try dispatch(arguments, language: language, context: context, output: &output, errors: &errors)
            return 0
        } catch {
            let shown = (try? Self.language(arguments, environment: context.environment)) ?? .standard
            let label = Localized(id: "galat: ", en: "error: ")(shown)
            errors.write("kinerja: \(error.exitCode == 1 ? "" : label)\(error.message(shown))\n")
            return error.exitCode
        }
    }

    /// The language to speak: `--lang` (before or after the command), else `$KINERJA_LANG`, else Indonesian. The
    /// one place the choice is made.
    static func language(_ arguments: [String], environment: [String: String]) throws(CLIError) -> Language {
        var index = 0
        var given: String?
        while index < arguments.count, arguments[index] != "--" {
            let word = arguments[index]
            if word == "--lang" {
                guard index + 1 < arguments.count else { throw .usage(.languageNeeded, command: nil) }
                given = arguments[index + 1]
                index += 1
            } else if word.hasPrefix("--lang=") {
                given = String(word.dropFirst("--lang=".count))
            }
            index += 1
        }
        if let given {
            guard let language = Language(naming: given) else {
                throw .usage(.unknownLanguage(given, source: "--lang"), command: nil)
            }
            return language
        }
        if let text = environment["KINERJA_LANG"], !text.isEmpty {
            guard let language = Language(naming: text) else {
                throw .usage(.unknownLanguage(text, source: "KINERJA_LANG"), command: nil)
            }
            return language
        }
        return .standard
    }

    private static func dispatch(
        _ arguments: [String], language: Language, context: CommandContext, output: inout some TextOutputStream,
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
                    throw .usage(
                        Localized(id: "opsi --ledger memerlukan direktori", en: "option --ledger needs a directory"),
                        command: nil)
                }
                words.removeFirst()
                ledgerDirectory = directory
            case _ where first.hasPrefix("--ledger="):
                ledgerDirectory = String(first.dropFirst("--ledger=".count))
            case "--locale":
                guard let locale = words.first else {
                    throw .usage(
                        Localized(id: "opsi --locale memerlukan id atau en", en: "option --locale needs id or en"),
                        command: nil)
                }
                words.removeFirst()
                localeText = locale
            case _ where first.hasPrefix("--locale="):
                localeText = String(first.dropFirst("--locale=".count))
            case "--lang":
                words.removeFirst()  // read by language(_:environment:)
            case _ where first.hasPrefix("--lang="):
                break
            case "--help", "-h":
                output.write(CommandInfo.overview(language))
                return
            case "--version":
                output.write(Localized.version(version, format: Ledger.formatVersion)(language) + "\n")
                return
            default:
                throw .usage(
                    Localized(
                        id: "opsi tidak dikenal '\(first)' sebelum perintah",
                        en: "unknown option '\(first)' before the command"), command: nil)
            }
        }
        guard let name = words.first else {
            output.write(CommandInfo.overview(language))
            return
        }
        guard let command = CommandInfo.command(named: name) else {
            let suggestion = Suggestion.closest(to: name, among: CommandInfo.all.map(\.name))
            let hint = Localized.didYouMean(suggestion)
            throw .usage(
                Localized(id: "perintah tidak dikenal '\(name)'\(hint.id)", en: "unknown command '\(name)'\(hint.en)"),
                command: nil)
        }
        let info = command.info
        let rest = Array(words.dropFirst())
        if rest.contains("--help") || rest.contains("-h") {
            output.write(info.help(language))
            return
        }
        var spec = info.spec
        spec.valued += CLI.globalOptions  // also accepted after the command
        // Every command that records may sign its batch.
        if command.mayBeSigned { spec.valued.append("sign-with") }
        let parsed = try Arguments.parse(rest, command: name, spec: spec)
        if let directory = parsed.value("ledger") { ledgerDirectory = directory }
        if let locale = parsed.value("locale") { localeText = locale }
        var numberLocale: NumberLocale?
        if let localeText {
            guard let locale = NumberLocale(rawValue: localeText) else {
                throw .usage(
                    Localized(
                        id: "--locale \(localeText): tulis id (1.234,5) atau en (1,234.5)",
                        en: "--locale \(localeText): write id (1.234,5) or en (1,234.5)"), command: name)
            }
            numberLocale = locale
        }
        // Standard input is read once, whichever time the command is run (see below).
        var context = context
        let input = Mutex<[UInt8]?>(nil)
        let readStandardInput = context.readStandardInput
        context.readStandardInput = {
            input.withLock { bytes in
                if bytes == nil { bytes = readStandardInput() }
                return bytes ?? []
            }
        }
        func runner(passingOver passedOver: [String: String]) -> CommandRunner {
            var runner = CommandRunner(
                ledgerDirectory: ledgerDirectory, context: context, language: language, passingOver: passedOver)
            runner.numberLocale = numberLocale
            return runner
        }
        guard !command.writesAsItGoes else {
            let runner = runner(passingOver: [:])
            defer { context.keepUntilExit?(runner.held) }
            try command.run(runner, parsed, output: &output, errors: &errors)
            return
        }
        // The answer is written once it is whole: a snapshot found damaged while the command read it (a piece
        // that differs from its digest, checked only when first read) voids the answer, and the command is run
        // again passing over that snapshot. (An append checks before it writes, and writes nothing then.)
        var passedOver: [String: String] = [:]
        while true {
            let runner = runner(passingOver: passedOver)
            defer { context.keepUntilExit?(runner.held) }
            var (answer, messages) = ("", "")
            var failure: CLIError?
            do {
                try command.run(runner, parsed, output: &answer, errors: &messages)
            } catch {
                failure = error
            }
            let damage: StoreError? =
                if case .store(let error) = failure, case .snapshotDamaged = error {
                    error
                } else {
                    // A state the command read, or one it only consulted (such as to find which indicator a code
                    // names), from a snapshot found damaged meanwhile.
                    runner.loadedStates.snapshotDamage ?? runner.ledgerCache.snapshotDamage
                }
            if let damage, case .snapshotDamaged(let path, _) = damage,
                let file = path.split(separator: "/").last.map(String.init), passedOver[file] == nil
            {
                passedOver[file] = damage.description
                continue
            }
            errors.write(messages)
            output.write(answer)
            if let failure { throw failure }
            // A view that could not read an event's body from the stream answered without it: that is damage.
            if let problem = runner.loadedStates.readProblem { throw .store(problem) }
            return
        }
    }
}
