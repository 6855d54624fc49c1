import Testing

@testable import KinerjaCLI
@testable import KinerjaEvents
@testable import KinerjaInterchange
@testable import KinerjaProjections
@testable import KinerjaReports
@testable import KinerjaStore

@Suite struct ArgumentsTests {
    @Test(arguments: [
        (#""data.printedCapaian" must be a decimal"#, "--printed-capaian must be a decimal"),
        (#""data.basis.document" must be a string, not a number"#, "--document must be a string, not a number"),
        (#""data.proposal" must be an event id of 1 to 128"#, "the proposal given must be an event id of 1 to 128"),
        (#"id "a b" is not valid"#, #"--id "a b" is not valid"#),
        ("no member path here", "no member path here"),
    ])
    func aCatalogueMessageAboutAnEventBuiltFromOptionsNamesTheOption(reason: String, wording: String) {
        #expect(CommandRunner.inOptionWords(reason) == wording)
    }

    static let spec = ArgumentSpec(
        valued: ["as", "digest"], repeatable: ["digest"], flags: ["quiet"], operands: ["FILE"])

    @Test func readsValuesFlagsAndOperands() throws {
        let parsed = try Arguments.parse(
            ["-", "--as", "rina", "--digest=a", "--digest", "b", "--quiet"], command: "x", spec: Self.spec)
        #expect(parsed.operands == ["-"])
        #expect(parsed.value("as") == "rina")
        #expect(parsed.values["digest"] == ["a", "b"])
        #expect(parsed.flags == ["quiet"])
    }

    @Test(arguments: [
        (["--colour", "x"], "unknown option '--colour' (see 'kinerja x --help')"),
        (["--as"], "option --as needs a value (see 'kinerja x --help')"),
        (["--as", "a", "--as", "b"], "option --as is given more than once (see 'kinerja x --help')"),
        (["--quiet=yes"], "option --quiet takes no value (see 'kinerja x --help')"),
        (["a", "b"], "unexpected argument 'b' (see 'kinerja x --help')"),
    ])
    func refusesWhatTheCommandDoesNotTake(words: [String], message: String) {
        #expect {
            try Arguments.parse(words, command: "x", spec: Self.spec)
        } throws: { error in
            (error as? CLIError)?.message == message
        }
    }

    @Test func takesAnyNumberOfTheLastOperandWhenItRepeats() throws {
        let spec = ArgumentSpec(valued: ["org"], operands: ["EVENT"], repeatsLastOperand: true)
        let parsed = try Arguments.parse(["a", "--org", "o", "b", "c"], command: "x", spec: spec)
        #expect(parsed.operands == ["a", "b", "c"])
        #expect(try Arguments.parse([], command: "x", spec: spec).operands.isEmpty)
    }

    @Test func treatsEverythingAfterDoubleDashAsOperands() throws {
        let parsed = try Arguments.parse(["--", "--as"], command: "x", spec: Self.spec)
        #expect(parsed.operands == ["--as"])
    }

    @Test func aMessageIsBoundedWhateverTheInput() {
        let id = String(repeating: "a", count: 900_000)
        let message = CLIError.usage(Localized(verbatim: "there is no event \(id) in stream x"), command: "approve")
            .message
        #expect(message.count < 300)
        #expect(message.contains("aaaa… (900000 characters) in stream x"))
        let lines = (1...5000).map { "file.csv:1: unknown column \"c\($0)\"" }.joined(separator: "\n")
        let refused = CLIError.checkFailed(Localized(verbatim: lines)).message.split(separator: "\n")
        #expect(refused.count == CLIError.maximumLines + 1)
        #expect(refused.last == "… and 4960 more lines")
    }
}
