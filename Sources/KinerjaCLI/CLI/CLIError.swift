import KinerjaEvents
import KinerjaInterchange
import KinerjaProjections
import KinerjaReports
import KinerjaStore

/// Everything that can make a command fail, turned into a message and an exit code in one place.
enum CLIError: Error, Equatable, Sendable {
    /// The command line itself is wrong; `command` names the command whose help to point to.
    case usage(Localized, command: String?)
    /// Input lines were refused.
    case input(InputError)
    /// An event built from a command's options does not fit its type: the message names the option.
    case invalidOption(String, command: String)
    /// Rows of a spreadsheet were refused.
    case importRefused(ImportError)
    /// The store refused or failed.
    case store(StoreError)
    /// A decision contradicts the ledger's state (event `index` of the batch, 1-based).
    case refused(index: Int, type: String, DecisionError)
    /// A check ran and found problems (already reported on standard output).
    case checkFailed(Localized)

    /// The exit status: 1 a check failed, 2 usage, 3 input refused, 4 the ledger could not be used.
    var exitCode: Int32 {
        switch self {
        case .checkFailed: 1
        case .usage: 2
        case .input, .invalidOption, .importRefused, .refused: 3
        case .store(let error):
            switch error {
            case .idConflict, .clockBehind, .emptyBatch, .invalidEvent: 3
            default: 4
            }
        }
    }

    /// The message for standard error in `language`, without the `kinerja: ` prefix: bounded, whatever the input
    /// was (a value of a million characters is shown by its start and its length; past ``maximumLines`` lines the
    /// rest are counted).
    package func message(_ language: Language) -> String {
        Self.bounded(fullMessage(language), language: language)
    }

    /// The message in English, as ``message(_:)`` gives it.
    package var message: String { message(.en) }

    /// The most lines a message shows.
    static let maximumLines = 40
    /// The most characters of one word (a value without spaces) a message shows.
    static let maximumWord = 120

    /// `text` with every overlong word cut to its start and its length, and at most ``maximumLines`` lines.
    static func bounded(_ text: String, language: Language = .en) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.count > maximumLines + 1 {
            let more = lines.count - maximumLines
            lines = Array(lines.prefix(maximumLines)) + [Substring(Localized.moreLines(more)(language))]
        }
        return lines.map { line in
            guard line.count > maximumWord else { return String(line) }
            return line.split(separator: " ", omittingEmptySubsequences: false).map { word in
                word.count > maximumWord
                    ? "\(word.prefix(maximumWord / 2))… (\(Localized.characters(word.count)(language)))" : String(word)
            }.joined(separator: " ")
        }.joined(separator: "\n")
    }

    private func fullMessage(_ language: Language) -> String {
        switch self {
        case .usage(let text, let command?): text(language) + Localized.seeHelp(command)(language)
        case .usage(let text, nil): text(language) + Localized.seeHelp(nil)(language)
        case .input(let error):
            Localized.refusedInput(language) + "\n" + error.problems.map(\.description).joined(separator: "\n") + "\n"
                + Localized.badLines(error.problems.count)(language)
        case .invalidOption(let text, let command):
            text + Localized.nothingWritten(language) + Localized.seeHelp(command)(language)
        case .importRefused(let error):
            Localized.refusedImport(language) + "\n" + error.lines(language).joined(separator: "\n") + "\n"
                + Localized.problems(error.problems.count)(language)
        case .store(let error): error.localized(language)
        case .refused(let index, let type, let error):
            Localized.refusedEvent(index, type: type)(language) + error.localized(language)
                + Localized.nothingWritten(language)
        case .checkFailed(let text): text(language)
        }
    }
}
