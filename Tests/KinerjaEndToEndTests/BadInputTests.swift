import Testing

/// Every class of bad input is refused with its line named, a non-zero status, and the ledger untouched.
@Suite struct BadInputTests {
    static let good = #"{"type":"NoteRecorded","data":{"text":"ok"}}"#

    static let cases: [(name: String, input: [UInt8], message: String)] = [
        (
            "not JSON", Array("\(good)\n{oops\n".utf8),
            "stdin:2: not JSON: unexpected character 'o', expected a key in quotes at column 2"
        ),
        ("not an object", Array("\(good)\n\"text\"\n".utf8), "stdin:2: expected a JSON object, found a string"),
        ("missing field", Array(#"{"type":"NoteRecorded"}"#.utf8), "stdin:1: missing member \"data\""),
        (
            "mistyped field", Array(#"{"type":"NoteRecorded","data":{"text":["x"]}}"#.utf8),
            "stdin:1: \"data.text\" must be a string, not an array"
        ),
        (
            "unknown type", Array(#"{"type":"IkuDitetapkan","data":{}}"#.utf8),
            "stdin:1: unknown event type \"IkuDitetapkan\" (see 'kinerja types' for the catalogue)"
        ),
        (
            "invalid UTF-8", Array(#"{"type":"NoteRecorded","data":{"text":"a"#.utf8) + [0xFF] + Array(#""}}"#.utf8),
            "stdin:1: invalid UTF-8 at byte 41 (0xFF)"
        ),
        (
            "a BOM", [0xEF, 0xBB, 0xBF] + Array(good.utf8),
            "stdin:1: starts with a byte order mark (U+FEFF); save the file as UTF-8 without BOM"
        ),
        (
            "CRLF endings", Array("\(good)\r\n\(good)\r\n".utf8),
            "stdin:1: the line ends with CR LF (Windows line endings); use LF only\nstdin:2: the line ends with CR LF (Windows line endings); use LF only"
        ),
        (
            "an empty line", Array("\(good)\n\n\(good)\n".utf8),
            "stdin:2: the line is empty (one event per line, no blank lines)"
        ),
        (
            "a line over the limit",
            Array(
                (#"{"type":"NoteRecorded","data":{"text":""# + String(repeating: "x", count: 1 << 20) + #""}}"#).utf8),
            "stdin:1: the line is 1048618 bytes long, over the limit of 1048576 bytes"
        ),
        (
            "duplicate keys", Array(#"{"type":"NoteRecorded","data":{"text":"a"},"data":{"text":"b"}}"#.utf8),
            "stdin:1: not JSON: duplicate key \"data\" at column 44"
        ),
        (
            "a store-assigned member",
            Array(#"{"type":"NoteRecorded","data":{"text":"a"},"recordedAt":"2020-01-01T00:00:00Z"}"#.utf8),
            "stdin:1: \"recordedAt\" is assigned by the store and cannot be given in input"
        ),
    ]

    @Test(arguments: cases.indices)
    func refusesAndLeavesTheLedgerByteIdentical(index: Int) throws {
        let (name, input, message) = Self.cases[index]
        let scratch = Scratch()
        let kinerja = Kinerja(ledger: scratch.ledgerPath)
        try kinerja.run(["init"])
        try kinerja.run(["append", "-", "--as", "rina"], input: notes(["first"]))
        let before = scratch.ledgerSnapshot()
        let result = try kinerja.run(["append", "-", "--as", "rina"], input: input)
        #expect(result.status == 3, "\(name)")
        let count = message.split(separator: "\n").count
        #expect(
            result.errors
                == "kinerja: error: refused input:\n\(message)\n\(count) bad line\(count == 1 ? "" : "s"); nothing was written\n",
            "\(name)")
        #expect(result.output == "", "\(name)")
        #expect(scratch.ledgerSnapshot() == before, "\(name)")
    }

    @Test func refusesAnEmptyInput() throws {
        let scratch = Scratch()
        let kinerja = Kinerja(ledger: scratch.ledgerPath)
        try kinerja.run(["init"])
        let before = scratch.ledgerSnapshot()
        let result = try kinerja.run(["append", "-", "--as", "rina"], input: [])
        #expect(result.status == 3)
        #expect(result.errors == "kinerja: error: nothing to append: the input holds no events\n")
        #expect(scratch.ledgerSnapshot() == before)
    }

    @Test func namesTheFileOfAnInputFile() throws {
        let scratch = Scratch()
        let kinerja = Kinerja(ledger: scratch.ledgerPath)
        try kinerja.run(["init"])
        scratch.write("input.jsonl", Array("\(Self.good)\n[]\n".utf8))
        let result = try kinerja.run(["append", scratch.path + "/input.jsonl", "--as", "rina"])
        #expect(result.errors.contains("\(scratch.path)/input.jsonl:2: expected a JSON object, found an array"))
    }
}
