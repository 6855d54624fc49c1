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
        (["pending", "--help"], "help-pending.txt"),
        (["help", "append"], "help-append.txt"),
    ])
    func printsHelp(arguments: [String], snapshot: String) throws {
        let result = try Kinerja.runBinary(arguments)
        #expect(result.status == 0)
        #expect(result.errors == "")
        assertSnapshot(result.output, named: snapshot)
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

/// The examples a command's help gives run as written on a copy of the default ledger, with the files the help
/// shows beside them.
@Suite struct HelpExampleTests {
    @Test(arguments: ["iku", "pk"])
    func runsEveryExampleOnACopyOfTheDefaultLedger(command: String) throws {
        let help = try Kinerja.runBinary([command, "--help"]).output
        let scratch = Scratch()
        let kinerja = try IkuDocumentTests.defaultLedgerCopy(scratch)
        let (examples, files) = Self.examplesAndFiles(in: help)
        #expect(!examples.isEmpty && !files.isEmpty)
        for (name, text) in files { scratch.write(name, Array(text.utf8)) }
        for example in examples {
            var words = Self.words(example)
            try #require(words.first == "kinerja", "\(example)")
            words.removeFirst()
            words = words.map { files[$0] != nil ? scratch.path + "/" + $0 : $0 }
            let result = try kinerja.run(words)
            #expect(result.status == 0, "\(example): \(result.errors)")
        }
    }

    /// The example commands (continuation lines joined) and the files (name and text) a help shows.
    static func examplesAndFiles(in help: String) -> (examples: [String], files: [String: String]) {
        var examples: [String] = []
        var files: [String: String] = [:]
        var section: String?
        for line in help.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.isEmpty {
                section = nil
            } else if !line.hasPrefix(" ") {
                section = line.hasPrefix("example") ? "" : line.hasSuffix(".csv:") ? String(line.dropLast()) : nil
            } else if section == "" {
                let text = line.trimmingCharacters(in: .whitespaces)
                if let last = examples.last, last.hasSuffix("\\") {
                    examples[examples.count - 1] = String(last.dropLast()) + text
                } else {
                    examples.append(text)
                }
            } else if let name = section {
                files[name, default: ""] += String(line.dropFirst(2)) + "\n"
            }
        }
        return (examples, files)
    }

    /// `line` split into words as a shell would: at spaces, but not inside double quotes.
    static func words(_ line: String) -> [String] {
        var words: [String] = []
        var word = ""
        var isQuoted = false
        var hasWord = false
        for character in line {
            if character == "\"" {
                isQuoted.toggle()
                hasWord = true
            } else if character == " " && !isQuoted {
                if hasWord { words.append(word) }
                word = ""
                hasWord = false
            } else {
                word.append(character)
                hasWord = true
            }
        }
        if hasWord { words.append(word) }
        return words
    }
}
