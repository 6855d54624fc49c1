import Foundation
import Testing

@Suite struct HelpTests {
    @Test(arguments: [
        (["help"], "help.txt"), (["--help"], "help.txt"), (["init", "--help"], "help-init.txt"),
        (["append", "--help"], "help-append.txt"), (["log", "--help"], "help-log.txt"),
        (["verify", "--help"], "help-verify.txt"), (["head", "--help"], "help-head.txt"),
        (["checkpoint", "--help"], "help-checkpoint.txt"), (["upgrade", "--help"], "help-upgrade.txt"),
        (["realisasi", "--help"], "help-realisasi.txt"), (["target", "--help"], "help-target.txt"),
        (["iku", "--help"], "help-iku.txt"), (["approve", "--help"], "help-approve.txt"),
        (["reject", "--help"], "help-reject.txt"), (["state", "--help"], "help-state.txt"),
        (["pk", "--help"], "help-pk.txt"), (["history", "--help"], "help-history.txt"),
        (["check", "--help"], "help-check.txt"), (["import", "--help"], "help-import.txt"),
        (["report", "--help"], "help-report.txt"), (["setup", "--help"], "help-setup.txt"),
        (["actor", "--help"], "help-actor.txt"), (["org", "--help"], "help-org.txt"),
        (["renstra", "--help"], "help-renstra.txt"), (["budget", "--help"], "help-budget.txt"),
        (["document", "--help"], "help-document.txt"), (["note", "--help"], "help-note.txt"),
        (["pending", "--help"], "help-pending.txt"), (["template", "--help"], "help-template.txt"),
        (["help", "append"], "help-append.txt"),
    ])
    func printsHelp(arguments: [String], snapshot: String) throws {
        let result = try Kinerja.runBinary(arguments)
        #expect(result.status == 0)
        #expect(result.errors == "")
        assertSnapshot(result.output, named: snapshot)
    }

    @Test func everyCommandHasAHelpGoldenWithAnExample() throws {
        let overview = try Kinerja.runBinary(["help"]).output
        let names = overview.split(separator: "\n").drop { $0 != "commands:" }.dropFirst()
            .prefix { $0.hasPrefix("  ") }.compactMap { $0.split(separator: " ").first.map(String.init) }
        #expect(names.count > 20)
        for name in names {
            let result = try Kinerja.runBinary([name, "--help"])
            #expect(result.status == 0, "\(name)")
            let lines = result.output.split(separator: "\n")
            #expect(lines.contains { $0.hasPrefix("example") && $0.hasSuffix(":") }, "\(name) has no example")
            assertSnapshot(result.output, named: name == "help" ? "help-help.txt" : "help-\(name).txt")
        }
    }

    @Test(arguments: [
        (["lgo"], "kinerja: error: unknown command 'lgo'; did you mean 'log'? (see 'kinerja help')\n"),
        (["log", "--colour"], "kinerja: error: unknown option '--colour' (see 'kinerja log --help')\n"),
        (["--colour", "log"], "kinerja: error: unknown option '--colour' before the command (see 'kinerja help')\n"),
        (["append"], "kinerja: error: missing FILE (or - for standard input) (see 'kinerja append --help')\n"),
        (
            ["verify", "--digest", "nope"],
            "kinerja: error: 'nope' is not a digest; write STREAM:SEQ:HASH as 'kinerja head' prints it (see 'kinerja verify --help')\n"
        ),
    ])
    func refusesBadCommandLinesWithStatus2(arguments: [String], message: String) throws {
        let scratch = Scratch()
        try Kinerja(ledger: scratch.ledgerPath).run(["init"])
        let result = try Kinerja(ledger: scratch.ledgerPath).run(arguments)
        #expect(result.status == 2)
        #expect(result.output == "")
        #expect(result.errors == message)
    }

    @Test func refusesALedgerThatDoesNotExist() throws {
        let scratch = Scratch()
        let result = try Kinerja(ledger: scratch.path + "/missing").run(["verify"])
        #expect(result.status == 4)
        #expect(
            result.errors
                == "kinerja: error: \(scratch.path)/missing is not a Kinerja ledger (it has no kinerja-ledger.json); create one with 'kinerja init'\n"
        )
    }

    @Test func typesPrintsTheReferencePageKeptBesideTheDefaultLedger() throws {
        let result = try Kinerja.runBinary(["types"])
        #expect(result.status == 0)
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let committed = try String(contentsOf: root.appendingPathComponent("Ledger/EVENTS.md"), encoding: .utf8)
        #expect(result.output == committed, "Ledger/EVENTS.md is stale: regenerate it with 'kinerja types'")
    }
}
