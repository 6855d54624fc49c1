import Synchronization
import Testing

@testable import KinerjaCLI
@testable import KinerjaProjections
@testable import KinerjaStore

/// The executable keeps what a command loaded until it exits (so the process does not take its states apart
/// object by object just before the system frees them at once); the library hands them over once the command
/// has run, whether it succeeded or failed.
@Suite struct KeepUntilExitTests {
    /// Runs `arguments` on the default ledger with a context that collects what is handed over.
    private func run(_ arguments: [String]) -> (status: Int32, kept: [any Sendable]) {
        let kept = Mutex<[any Sendable]>([])
        let context = CommandContext(
            environment: ["KINERJA_LANG": "en"], ledgerEnvironment: .fixed(at: Timestamp(millisecondsSinceEpoch: 0)),
            readStandardInput: { [] }, keepUntilExit: { held in kept.withLock { $0.append(held) } })
        var output = ""
        var errors = ""
        let status = CLI.run(
            ["--ledger", EventCodecLedgerTests.defaultLedger] + arguments, context: context, output: &output,
            errors: &errors)
        return (status, kept.withLock { $0 })
    }

    /// The states held in what was handed over.
    private func states(in kept: [any Sendable]) -> [OrganisationState] {
        kept.flatMap { held -> [OrganisationState] in
            guard let (loaded, _) = held as? (LoadedStates, LedgerCache) else { return [] }
            return loaded.all
        }
    }

    @Test func aQueryHandsOverTheStateItLoaded() {
        let (status, kept) = run(["state", "--org", "luwu-timur-dinsos-p3a", "--year", "2024"])
        #expect(status == 0)
        #expect(kept.count == 1)
        let loaded = states(in: kept)
        #expect(loaded.count == 1)
        #expect(loaded.first?.stream.rawValue == "luwu-timur-dinsos-p3a")
        #expect((loaded.first?.eventCount ?? 0) > 100)
    }

    @Test func aFailedCommandHandsOverToo() {
        let (status, kept) = run(["state", "--org", "no-such-org", "--year", "2024"])
        #expect(status != 0)
        #expect(kept.count == 1)
        #expect(states(in: kept).isEmpty)
    }
}
