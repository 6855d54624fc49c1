import Foundation
import Testing

/// The README's signed walkthrough (its ```` ```sh signed ```` block) runs as written: every line, `ssh-keygen`
/// and `python3` included, in one shell in a scratch directory holding `Tools/` as the repository does, with
/// the built kinerja first on the PATH and the clock fixed. Each command exits as its comment says (`# exits 3`,
/// else 0) and prints every line its `#>` lines show (`…` standing for what differs on every run).
@Suite struct SignedWalkthroughTests {
    /// One command of the walkthrough (lines joined at a trailing `\`), the status its comment promises and the
    /// lines its `#>` lines show.
    struct Step: CustomStringConvertible {
        var command: String
        var status: Int32
        var shown: [String] = []
        var description: String { command }
    }

    /// The steps of the ```` ```sh NAME ```` block of `text`; comments other than `#>` lines are left out.
    static func steps(ofBlock name: String, in text: String) -> [Step] {
        var steps: [Step] = []
        var inBlock = false
        var pending = ""
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("```") {
                inBlock = line == "```sh \(name)" && !inBlock
                continue
            }
            guard inBlock else { continue }
            if line.hasPrefix("#> ") {
                if !steps.isEmpty { steps[steps.count - 1].shown.append(String(line.dropFirst(3))) }
                continue
            }
            if line.hasSuffix("\\") {
                pending += line.dropLast() + " "
                continue
            }
            let (command, comment) = DocumentedExamplesTests.withoutComment(pending + line)
            pending = ""
            guard !command.isEmpty else { continue }
            steps.append(Step(command: command, status: DocumentedExamplesTests.status(promisedBy: comment)))
        }
        return steps
    }

    /// Whether `line` is what `shown` shows: the same text, each `…` standing for any text.
    static func matches(_ line: String, shown: String) -> Bool {
        let parts = shown.components(separatedBy: "…")
        guard parts.count > 1 else { return line == shown }
        guard let first = parts.first, let last = parts.last, line.hasPrefix(first), line.hasSuffix(last),
            line.count >= first.count + last.count
        else { return false }
        var rest = line.dropFirst(first.count).dropLast(last.count)
        for part in parts.dropFirst().dropLast() {
            guard let range = rest.range(of: part) else { return false }
            rest = rest[range.upperBound...]
        }
        return true
    }

    /// One shell script running `steps` in order, each one's output (standard error with it) and status
    /// framed by marker lines, so `cd` and `export` carry on from step to step as they do for a reader.
    static func script(_ steps: [Step]) -> String {
        steps.enumerated().map { index, step in
            "printf '\(marker) %d\\n' \(index)\n{ \(step.command)\n} 2>&1\nprintf '\\n\(marker) status %d\\n' \"$?\"\n"
        }.joined()
    }

    static let marker = "@@walkthrough-step"

    /// What each step printed and its status, read back from the script's output.
    static func results(_ output: String, count: Int) -> [(output: [String], status: Int32?)] {
        var results = Array(repeating: (output: [String](), status: Int32?.none), count: count)
        var current: Int?
        for line in output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix(marker + " status "), let index = current {
                results[index].status = Int32(line.dropFirst(marker.count + " status ".count))
                current = nil
            } else if line.hasPrefix(marker + " "), let index = Int(line.dropFirst(marker.count + 1)),
                results.indices.contains(index)
            {
                current = index
            } else if let index = current {
                results[index].output.append(line)
            }
        }
        return results
    }

    @Test func theReadmesSignedWalkthroughRunsAsWritten() throws {
        let readme = try String(
            contentsOf: DocumentedExamplesTests.root.appendingPathComponent("README.md"), encoding: .utf8)
        let steps = Self.steps(ofBlock: "signed", in: readme)
        // The walkthrough it promises: keys made, registered, a policy, a signed proposal and approval, an
        // unsigned approval refused, and both checks.
        let commands = steps.map(\.command)
        #expect(commands.filter { $0.hasPrefix("ssh-keygen -q -t ed25519 -N '' ") }.count == 2, "\(commands)")
        #expect(commands.filter { $0.hasPrefix("kinerja actor add ") && $0.contains("--key ") }.count == 2)
        #expect(commands.contains { $0.hasPrefix("kinerja org signing ") && $0.contains("--sign-with ") })
        #expect(commands.contains { $0.hasPrefix("kinerja iku propose ") && $0.contains("--sign-with ") })
        #expect(
            steps.contains {
                $0.command.hasPrefix("kinerja approve ") && !$0.command.contains("--sign-with") && $0.status == 3
            })
        #expect(
            steps.contains {
                $0.command.hasPrefix("kinerja approve ") && $0.command.contains("--sign-with") && $0.status == 0
            })
        #expect(steps.contains { $0.command == "kinerja verify" && !$0.shown.isEmpty })
        #expect(steps.contains { $0.command.hasPrefix("python3 Tools/verify-signatures.py ") && !$0.shown.isEmpty })

        let scratch = Scratch()
        let manager = FileManager.default
        try manager.createDirectory(atPath: scratch.path + "/Tools", withIntermediateDirectories: true)
        for name in ["examples", "verify-signatures.py"] {
            try manager.copyItem(
                atPath: DocumentedExamplesTests.root.appendingPathComponent("Tools/" + name).path,
                toPath: scratch.path + "/Tools/" + name)
        }
        let run = try Kinerja.runProcess(
            "/bin/sh", ["-c", Self.script(steps)],
            environment: [
                "PATH": Kinerja.productsDirectory.path + ":/usr/bin:/bin", "LANG": "C.UTF-8",
                "KINERJA_CLOCK": "2026-12-01T08:00:00Z", "HOME": scratch.path,
            ], directory: scratch.path)
        #expect(run.errors == "")
        let results = Self.results(run.output, count: steps.count)
        for (step, result) in zip(steps, results) {
            let printed = result.output.joined(separator: "\n")
            #expect(
                result.status == step.status,
                "`\(step.command)` exited \(result.status.map(String.init) ?? "?"):\n\(printed)")
            for shown in step.shown {
                #expect(
                    result.output.contains { Self.matches($0, shown: shown) },
                    "`\(step.command)` did not print `\(shown)`; it printed:\n\(printed)")
            }
        }
        // Every batch but the first administrator's own registration is signed.
        let streams = ["ledger", "dinsos-contoh"].map { scratch.bytes("signed/ledger/\($0).jsonl") }
        let lines = streams.flatMap { String(decoding: $0, as: UTF8.self).split(separator: "\n") }
        #expect(lines.count == 6)
        #expect(lines.filter { !$0.contains(#","sig":""#) }.map { $0.contains(#""id":"actor-rina""#) } == [true])
    }

    @Test func readsTheWalkthroughAsItIsWritten() {
        let text = """
            ```sh
            kinerja verify
            ```
            ```sh signed
            # narrative, not run
            export A=b   # set for the steps after it
            kinerja approve x \\
              --as kadis      # exits 3: refused
            #> kinerja: error: refused … nothing was written
            kinerja verify
            #> signatures: 5 batches verified, 0 bad or missing
            ```
            """
        let steps = Self.steps(ofBlock: "signed", in: text)
        #expect(steps.map(\.command) == ["export A=b", "kinerja approve x    --as kadis", "kinerja verify"])
        #expect(steps.map(\.status) == [0, 3, 0])
        #expect(
            steps.map(\.shown) == [
                [], ["kinerja: error: refused … nothing was written"],
                ["signatures: 5 batches verified, 0 bad or missing"],
            ])
        #expect(Self.matches("kinerja: error: refused event 1: nothing was written", shown: steps[1].shown[0]))
        #expect(!Self.matches("kinerja: error: refused event 1: all written", shown: steps[1].shown[0]))
        #expect(!Self.matches("signatures: 5 batches verified, 1 bad or missing", shown: steps[2].shown[0]))
        #expect(!Self.matches("ab", shown: "ab…b"))
        // The general README test leaves the block to this one.
        #expect(DocumentedExamplesTests.shellBlockExamples(text).map(\.command) == ["kinerja verify"])
        let output = "\(Self.marker) 0\nhello\n\n\(Self.marker) status 0\n\(Self.marker) 1\n\n\(Self.marker) status 3\n"
        let results = Self.results(output, count: 2)
        #expect(results.map(\.status) == [0, 3])
        #expect(results[0].output == ["hello", ""])
    }
}
