import Testing

@testable import KinerjaCLI
@testable import KinerjaEvents
@testable import KinerjaInterchange
@testable import KinerjaProjections
@testable import KinerjaReports
@testable import KinerjaStore

@Suite struct InputEventTests {
    private func problems(_ text: String) -> [String] {
        problems(Array(text.utf8))
    }

    private func problems(_ bytes: [UInt8]) -> [String] {
        do {
            _ = try InputEvent.parse(bytes, source: "in.jsonl", catalog: .standard)
            return []
        } catch {
            return error.problems.map(\.description)
        }
    }

    @Test func readsEventsWithOptionalIDsAndAMissingFinalNewline() throws {
        let events = try InputEvent.parse(
            Array(
                "{\"type\":\"NoteRecorded\",\"id\":\"a\",\"data\":{\"text\":\"x\"}}\n{\"type\":\"NoteRecorded\",\"data\":{\"text\":\"y\",\"subject\":\"IKU 1\"}}"
                    .utf8),
            source: "in.jsonl", catalog: .standard)
        #expect(
            events == [
                NewEvent(type: "NoteRecorded", id: "a", data: ["text": .string("x")]),
                NewEvent(type: "NoteRecorded", data: ["text": .string("y"), "subject": .string("IKU 1")]),
            ])
    }

    @Test(arguments: [
        ("not json\n", "in.jsonl:1: not JSON: unknown literal at column 1"),
        ("[1]\n", "in.jsonl:1: expected a JSON object, found an array"),
        (#"{"data":{"text":"x"}}"#, "in.jsonl:1: missing member \"type\""),
        (#"{"type":"NoteRecorded"}"#, "in.jsonl:1: missing member \"data\""),
        (#"{"type":7,"data":{}}"#, "in.jsonl:1: \"type\" must be a string, not a number"),
        (#"{"type":"NoteRecorded","data":"x"}"#, "in.jsonl:1: \"data\" must be an object, not a string"),
        (#"{"type":"NoteRecorded","data":{"text":5}}"#, "in.jsonl:1: \"data.text\" must be a string, not a number"),
        (#"{"type":"NoteRecorded","data":{"text":" "}}"#, "in.jsonl:1: \"data.text\" must not be empty"),
        (
            #"{"type":"NoteRecorded","data":{"text":"x","colour":"red"}}"#,
            "in.jsonl:1: unknown member \"data.colour\" (expected \"text\", \"subject\")"
        ),
        (
            #"{"type":"Nope","data":{}}"#,
            "in.jsonl:1: unknown event type \"Nope\" (see 'kinerja types' for the catalogue)"
        ),
        (
            #"{"type":"NoteRecord","data":{}}"#,
            "in.jsonl:1: unknown event type \"NoteRecord\" (did you mean \"NoteRecorded\"? see 'kinerja types' for the catalogue)"
        ),
        (
            #"{"type":"NoteRecorded","data":{"text":"x"},"seq":3}"#,
            "in.jsonl:1: \"seq\" is assigned by the store and cannot be given in input"
        ),
        (
            #"{"type":"NoteRecorded","data":{"text":"x"},"hash":"ab"}"#,
            "in.jsonl:1: \"hash\" is assigned by the store and cannot be given in input"
        ),
        (
            #"{"type":"NoteRecorded","data":{"text":"x"},"prev":"ab"}"#,
            "in.jsonl:1: \"prev\" is assigned by the store and cannot be given in input"
        ),
        (
            #"{"type":"NoteRecorded","data":{"text":"x"},"recordedAt":"2024-01-01T00:00:00Z"}"#,
            "in.jsonl:1: \"recordedAt\" is assigned by the store and cannot be given in input"
        ),
        (
            #"{"type":"NoteRecorded","data":{"text":"x"},"colour":1}"#,
            "in.jsonl:1: unknown member \"colour\" (an input event has \"type\", \"id\", \"data\" and \"effective\")"
        ),
        (
            #"{"type":"NoteRecorded","data":{"text":"x"},"effective":"2024-01-01"}"#,
            "in.jsonl:1: NoteRecorded takes no \"effective\" date"
        ),
        (
            #"{"type":"NoteRecorded","id":"a b","data":{"text":"x"}}"#,
            "in.jsonl:1: id \"a b\" is not valid: use 1 to 128 letters, digits, '.', '_', ':' or '-'"
        ),
        (
            #"{"type":"NoteRecorded","type":"NoteRecorded","data":{"text":"x"}}"#,
            "in.jsonl:1: not JSON: duplicate key \"type\" at column 24"
        ),
        (
            "{\"type\":\"NoteRecorded\",\"data\":{\"text\":\"x\"}}\r\n",
            "in.jsonl:1: the line ends with CR LF (Windows line endings); use LF only"
        ),
        (
            "{\"type\":\"NoteRecorded\",\"data\":{\"text\":\"x\"}}\n\n",
            "in.jsonl:2: the line is empty (one event per line, no blank lines)"
        ),
    ])
    func refusesEachBadLineNamingItAndTheProblem(text: String, message: String) {
        #expect(problems(text) == [message])
    }

    @Test func refusesAByteOrderMark() {
        #expect(
            problems([0xEF, 0xBB, 0xBF] + Array(#"{"type":"NoteRecorded","data":{"text":"x"}}"#.utf8)) == [
                "in.jsonl:1: starts with a byte order mark (U+FEFF); save the file as UTF-8 without BOM"
            ])
    }

    @Test func refusesInvalidUTF8NamingTheByte() {
        let line = Array(#"{"type":"NoteRecorded","data":{"text":""#.utf8) + [0xE9] + Array(#""}}"#.utf8)
        #expect(problems(line) == ["in.jsonl:1: invalid UTF-8 at byte 40 (0xE9)"])
    }

    @Test func refusesALineOverTheSizeLimit() {
        let text = String(repeating: "x", count: EventLine.maximumLineLength)
        let line = #"{"type":"NoteRecorded","data":{"text":""# + text + #""}}"#
        #expect(
            problems(line) == ["in.jsonl:1: the line is \(line.utf8.count) bytes long, over the limit of 1048576 bytes"]
        )
    }

    @Test func reportsEveryBadLineAtOnce() {
        let text = "{\"type\":\"NoteRecorded\",\"data\":{\"text\":\"ok\"}}\nnope\n{\"type\":\"X\",\"data\":{}}\n"
        #expect(problems(text).map { $0.prefix(11) } == ["in.jsonl:2:", "in.jsonl:3:"])
    }
}
