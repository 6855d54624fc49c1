import Foundation
import Testing

@Suite struct AppendEndToEndTests {
    @Test func recordsAndListsEventsWithFixedClockAndIDs() throws {
        let scratch = Scratch()
        let kinerja = Kinerja(ledger: scratch.ledgerPath)
        #expect(
            try kinerja.run(["init"]).output.hasPrefix("created an empty ledger in \(scratch.ledgerPath)\n\nnext: "))
        let input = Array(
            (#"{"type":"NoteRecorded","id":"note-1","data":{"text":"Reviu IKU dimulai","subject":"IKU 2021"}}"# + "\n"
                + #"{"type":"NoteRecorded","data":{"text":"Capaian 118,27 / 56,70"}}"# + "\n").utf8)
        var result = try kinerja.run(["append", "-", "--as", "sekretariat.rina"], input: input)
        #expect(result.status == 0)
        #expect(result.errors == "")
        let head1 = try kinerja.run(["head"]).output
        #expect(result.output == "appended 2 events to stream ledger: seq 1–2\nhead \(head1)")

        // The same input again: the event with an id is a no-op, the one without gets a new id.
        result = try kinerja.run(
            ["append", "-", "--as", "sekretariat.rina"], input: input, extraEnvironment: ["KINERJA_ID_PREFIX": "again"])
        #expect(
            result.output.hasPrefix(
                "already present: id note-1 is seq 1 of stream ledger; not written again\nappended 1 event to stream ledger: seq 3 (id again-3)\n"
            ))

        assertSnapshot(try kinerja.run(["log"]).output, named: "log-table.txt")
        assertSnapshot(try kinerja.run(["log", "--format", "json", "--from", "2"]).output, named: "log-json.txt")
        assertSnapshot(scratch.bytes("ledger/ledger.jsonl").string, named: "ledger-stream.jsonl")
        let verify = try kinerja.run(["verify"])
        #expect(verify.status == 0)
        #expect(verify.output.hasSuffix("verified 1 stream, 3 events: ok\n"))
    }

    @Test func takesTheActorFromTheEnvironmentAndRefusesWithoutOne() throws {
        let scratch = Scratch()
        let kinerja = Kinerja(ledger: scratch.ledgerPath)
        try kinerja.run(["init"])
        let missing = try kinerja.run(["append", "-"], input: notes(["a"]))
        #expect(missing.status == 2)
        #expect(
            missing.errors
                == "kinerja: error: who is recording? give --as ACTOR or set KINERJA_ACTOR (see 'kinerja append --help')\n"
        )
        let withEnvironment = try kinerja.run(
            ["append", "-"], input: notes(["a"]), extraEnvironment: ["KINERJA_ACTOR": "budi"])
        #expect(withEnvironment.status == 0)
        #expect(try kinerja.run(["log", "--format", "json"]).output.contains(#""actor":"budi""#))
    }

    @Test func writesTheStreamItIsToldTo() throws {
        let scratch = Scratch()
        let kinerja = Kinerja(ledger: scratch.ledgerPath)
        try kinerja.run(["init"])
        try kinerja.run(["append", "-", "--as", "rina", "--stream", "luwu-timur"], input: notes(["a", "b"]))
        try kinerja.run(["append", "-", "--as", "rina"], input: notes(["c"]))
        let head = try kinerja.run(["head"]).output.split(separator: "\n").map {
            $0.prefix { $0 != ":" } + ":" + $0.split(separator: ":")[1]
        }
        #expect(head == ["ledger:1", "luwu-timur:2"])
        #expect(try kinerja.run(["log", "--stream", "luwu-timur"]).output.split(separator: "\n").count == 3)
        let unknown = try kinerja.run(["log", "--stream", "nope"])
        #expect(unknown.status == 4)
        #expect(unknown.errors == "kinerja: error: there is no stream nope in this ledger\n")
    }

    @Test func refusesAClockBehindTheStream() throws {
        let scratch = Scratch()
        let kinerja = Kinerja(ledger: scratch.ledgerPath)
        try kinerja.run(["init"])
        try kinerja.run(["append", "-", "--as", "rina"], input: notes(["a"]))
        let before = scratch.ledgerSnapshot()
        let result = try kinerja.run(
            ["append", "-", "--as", "rina"], input: notes(["b"]),
            extraEnvironment: ["KINERJA_CLOCK": "2024-04-30T00:00:00Z"])
        #expect(result.status == 3)
        #expect(
            result.errors
                == "kinerja: error: the clock reads 2024-04-30T00:00:00.000Z, earlier than the last event of stream ledger (2024-05-01T08:00:00.000Z); recordedAt never goes backwards\n"
        )
        #expect(scratch.ledgerSnapshot() == before)
    }

    @Test func takesTheLedgerOptionAfterTheCommandToo() throws {
        let scratch = Scratch()
        try Kinerja(ledger: scratch.ledgerPath).run(["init"])
        let result = try Kinerja.runBinary(["verify", "--ledger", scratch.ledgerPath])
        #expect(result.status == 0)
        #expect(result.output == "verified 0 streams, 0 events: ok\n")
        let fromEnvironment = try Kinerja.runBinary(["head"], environment: ["KINERJA_LEDGER": scratch.ledgerPath])
        #expect(fromEnvironment.status == 0)
    }
}

extension [UInt8] {
    var string: String { String(decoding: self, as: UTF8.self) }
}
