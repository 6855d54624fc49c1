import Foundation
import Testing

/// What the documentation shows is what the program does: every command of the README's shell blocks, and
/// every example of every command's `--help`, runs on a copy of the default ledger and succeeds (or exits as
/// its comment says: `# exits 1`).
///
/// The commands run in the order they are written, in one working directory holding `Ledger/` (the copy) and
/// `Tools/examples/` (the files the examples name), with the clock fixed after the default ledger's own
/// events, as a clerk following the text would run them.
@Suite(.serialized) struct DocumentedExamplesTests {
    static let root = URL(fileURLWithPath: DefaultLedgerTests.ledger).deletingLastPathComponent()

    /// One documented command line and the exit status its text promises.
    struct Example: CustomStringConvertible {
        var command: String
        var status: Int32
        var description: String { command }
    }

    /// The commands of the ```sh blocks of `text`: lines joined at a trailing `\`, comments removed, only
    /// those that run kinerja (`swift run kinerja …` is run as `kinerja …`; building and testing are not run).
    static func shellBlockExamples(_ text: String) -> [Example] {
        var examples: [Example] = []
        var inBlock = false
        var pending = ""
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") {
                inBlock = line == "```sh" && !inBlock
                pending = ""
                continue
            }
            guard inBlock else { continue }
            if line.hasSuffix("\\") {
                pending += line.dropLast() + " "
                continue
            }
            if let example = example(pending + line) { examples.append(example) }
            pending = ""
        }
        return examples
    }

    /// The examples of a command's help (the indented lines under a line `example…:` or `examples…:`, joined
    /// at a trailing `\`), and the files it shows beside them (the indented lines under `NAME.csv:`).
    static func helpExamples(_ help: String) -> (examples: [Example], files: [String: String]) {
        var examples: [Example] = []
        var files: [String: String] = [:]
        var section: String?  // "" for examples, else the file's name
        var pending = ""
        for line in help.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if !line.hasPrefix("  ") {
                let isExamples = line.hasPrefix("example") && line.hasSuffix(":")
                let isFile = !line.contains(" ") && (line.hasSuffix(".csv:") || line.hasSuffix(".json:"))
                section = isExamples ? "" : isFile ? String(line.dropLast()) : nil
                continue
            }
            if section == "" {
                if line.hasSuffix("\\") {
                    pending += line.dropLast() + " "
                    continue
                }
                if let example = example(pending + line) { examples.append(example) }
                pending = ""
            } else if let name = section {
                files[name, default: ""] += String(line.dropFirst(2)) + "\n"
            }
        }
        return (examples, files)
    }

    /// The commands a shell line runs: the word after each `kinerja` and its global options.
    static func commandNames(in line: String) -> [String] {
        let words = line.split(separator: " ").map(String.init)
        var names: [String] = []
        var index = 0
        while index < words.count {
            defer { index += 1 }
            guard words[index] == "kinerja" else { continue }
            var next = index + 1
            while next < words.count, ["--ledger", "--locale"].contains(words[next]) { next += 2 }
            if next < words.count { names.append(words[next]) }
        }
        return names
    }

    /// A command line without its comment, with the status the comment promises; nil when it does not run
    /// kinerja.
    static func example(_ line: String) -> Example? {
        var (command, comment) = withoutComment(line)
        if command.hasPrefix("swift run kinerja ") { command = String(command.dropFirst("swift run ".count)) }
        guard command.hasPrefix("kinerja ") || command.contains("| kinerja ") || command.contains("&& kinerja ")
        else { return nil }
        return Example(command: command, status: status(promisedBy: comment))
    }

    /// A shell line split at its comment (a `#` after a space, outside quotes): the command, trimmed, and the
    /// comment from its `#` (empty when there is none).
    static func withoutComment(_ line: String) -> (command: String, comment: String) {
        var command = ""
        var quote: Character?
        var previous: Character = " "
        for (index, character) in line.enumerated() {
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "'" || character == "\"" {
                quote = character
            } else if character == "#" && previous == " " {
                return (command.trimmingCharacters(in: .whitespaces), String(line.dropFirst(index)))
            }
            command.append(character)
            previous = character
        }
        return (command.trimmingCharacters(in: .whitespaces), "")
    }

    /// The exit status a command's comment promises: N of `exits N`, else 0.
    static func status(promisedBy comment: String) -> Int32 {
        guard let range = comment.range(of: "exits ") else { return 0 }
        return Int32(comment[range.upperBound...].prefix { $0.isNumber }) ?? 0
    }

    /// A working directory with a copy of the default ledger and of the examples' files.
    static func workspace(_ scratch: Scratch) throws -> String {
        let manager = FileManager.default
        try manager.copyItem(atPath: DefaultLedgerTests.ledger, toPath: scratch.path + "/Ledger")
        let examples = root.appendingPathComponent("Tools/examples").path
        if manager.fileExists(atPath: examples) {
            try manager.createDirectory(atPath: scratch.path + "/Tools", withIntermediateDirectories: true)
            try manager.copyItem(atPath: examples, toPath: scratch.path + "/Tools/examples")
        }
        return scratch.path
    }

    /// Runs `example` with /bin/sh in `directory`, the built kinerja first on the PATH.
    static func run(_ example: Example, in directory: String) throws -> Kinerja.Result {
        try Kinerja.runProcess(
            "/bin/sh", ["-c", example.command],
            environment: [
                "PATH": Kinerja.productsDirectory.path + ":/usr/bin:/bin", "LANG": "C.UTF-8",
                "KINERJA_CLOCK": "2026-12-01T08:00:00Z", "HOME": directory,
            ], directory: directory)
    }

    static func expectEachRuns(_ examples: [Example], in directory: String, label: String) throws {
        for example in examples {
            let result = try run(example, in: directory)
            #expect(
                result.status == example.status,
                "\(label): `\(example.command)` exited \(result.status): \(result.errors)\(result.output.prefix(400))")
            if example.status == 0 && !example.command.contains(" > ") {
                #expect(!result.output.isEmpty, "\(label): `\(example.command)` printed nothing")
            }
        }
    }

    @Test func everyCommandOfTheReadmeRuns() throws {
        let readme = try String(contentsOf: Self.root.appendingPathComponent("README.md"), encoding: .utf8)
        let examples = Self.shellBlockExamples(readme)
        #expect(examples.count > 25, "\(examples.count) commands found")
        let scratch = Scratch()
        try Self.expectEachRuns(examples, in: try Self.workspace(scratch), label: "README")
    }

    @Test func everyHelpExampleRuns() throws {
        let overview = try Kinerja.runBinary(["help"]).output
        let names = overview.split(separator: "\n").drop { $0 != "commands:" }.dropFirst()
            .prefix { $0.hasPrefix("  ") }.compactMap { $0.split(separator: " ").first.map(String.init) }
        #expect(names.count > 15)
        let scratch = Scratch()
        let directory = try Self.workspace(scratch)
        for name in names {
            let (examples, files) = Self.helpExamples(try Kinerja.runBinary([name, "--help"]).output)
            // Each help's examples run the command it documents (not only others it leads to).
            let own = examples.filter { Self.commandNames(in: $0.command).contains(name) }
            #expect(!own.isEmpty, "no example of kinerja \(name) --help runs kinerja \(name)")
            for (file, text) in files {
                try text.write(toFile: directory + "/" + file, atomically: true, encoding: .utf8)
            }
            try Self.expectEachRuns(examples, in: directory, label: "kinerja \(name) --help")
        }
    }

    @Test func readsCommandsAsTheTextWritesThem() {
        let text = """
            ```sh
            swift run kinerja state --org a --year 2024   # the main job
            swift test                                    # not run
            kinerja check --org a \\
              --year 2024                                 # exits 1: findings
            echo '{"a":"# not a comment"}' | kinerja append - --as x
            ```
            kinerja outside a block
            """
        let examples = Self.shellBlockExamples(text)
        #expect(
            examples.map(\.command) == [
                "kinerja state --org a --year 2024", "kinerja check --org a    --year 2024",
                ##"echo '{"a":"# not a comment"}' | kinerja append - --as x"##,
            ])
        #expect(examples.map(\.status) == [0, 1, 0])
        #expect(
            Self.commandNames(in: "kinerja --ledger baru init && kinerja --locale id state --org a") == [
                "init", "state",
            ])
        let help = """
            usage: kinerja x

            example (t.csv holds the table below):
              kinerja x t.csv \\
                --as a   # exits 1
              kinerja y

            t.csv:
              A;B
              1;2
            """
        let (helpExamples, files) = Self.helpExamples(help)
        #expect(helpExamples.map(\.command) == ["kinerja x t.csv      --as a", "kinerja y"])
        #expect(helpExamples.map(\.status) == [1, 0])
        #expect(files == ["t.csv": "A;B\n1;2\n"])
    }
}
