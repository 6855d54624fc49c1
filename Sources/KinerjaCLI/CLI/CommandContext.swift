import KinerjaEvents
import KinerjaInterchange
import KinerjaProjections
import KinerjaReports
import KinerjaStore

/// What a command may use from outside: the environment variables, the clock and id source, standard input
/// and where progress is shown. All injected, so tests run commands in-process.
package struct CommandContext: Sendable {
    /// Environment variables (`KINERJA_LEDGER`, `KINERJA_ACTOR`, `KINERJA_CLOCK`, `KINERJA_ID_PREFIX`).
    var environment: [String: String]
    /// The clock and id source used unless the environment fixes them.
    var ledgerEnvironment: LedgerEnvironment
    /// Reads all of standard input.
    var readStandardInput: @Sendable () -> [UInt8]
    /// Where long reads report progress: set by the executable when standard error is a terminal.
    var progress: ProgressHandler?
    /// Runs programs (`ssh-keygen`, to sign and verify batches): set by the executable; nil, none may be run.
    var runProcess: ProcessRunner?
    /// Takes what a command loaded (its states and caches) once it has run, to keep until the process exits:
    /// set by the executable, which exits right after, so that memory the system frees at once (87 MB after a
    /// full replay of a million events) is not taken apart object by object first. Nil: it is let go as usual.
    var keepUntilExit: (@Sendable (any Sendable) -> Void)?

    /// Makes a context.
    package init(
        environment: [String: String], ledgerEnvironment: LedgerEnvironment,
        readStandardInput: @escaping @Sendable () -> [UInt8], progress: ProgressHandler? = nil,
        runProcess: ProcessRunner? = nil, keepUntilExit: (@Sendable (any Sendable) -> Void)? = nil
    ) {
        self.environment = environment
        self.ledgerEnvironment = ledgerEnvironment
        self.readStandardInput = readStandardInput
        self.progress = progress
        self.runProcess = runProcess
        self.keepUntilExit = keepUntilExit
    }

    /// The clock and ids to use: `KINERJA_CLOCK` fixes the time, `KINERJA_ID_PREFIX` makes ids
    /// `<prefix>-<seq>` (for tests and for loading historical records).
    func effectiveLedgerEnvironment() throws(CLIError) -> LedgerEnvironment {
        var result = ledgerEnvironment
        if let clock = environment["KINERJA_CLOCK"], !clock.isEmpty {
            guard let time = Timestamp(parsing: clock) else {
                throw .usage(
                    Localized(
                        id: "KINERJA_CLOCK=\(clock) bukan waktu; tulis seperti 2024-05-01T08:00:00Z",
                        en: "KINERJA_CLOCK=\(clock) is not a time; write it like 2024-05-01T08:00:00Z"), command: nil)
            }
            result.now = { time }
        }
        if let prefix = environment["KINERJA_ID_PREFIX"], !prefix.isEmpty {
            result.makeID = { seq in "\(prefix)-\(seq)" }
        }
        return result
    }
}
