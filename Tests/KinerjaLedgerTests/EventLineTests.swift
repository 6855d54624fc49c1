import Testing

@testable import KinerjaCLI
@testable import KinerjaEvents
@testable import KinerjaInterchange
@testable import KinerjaProjections
@testable import KinerjaReports
@testable import KinerjaStore

@Suite struct EventLineTests {
    static let draft = EventEnvelope(
        seq: 1, id: "n1", type: "NoteRecorded", version: 1, recordedAt: Fixtures.start, actor: "rina", effective: nil,
        batch: BatchRange(first: 1, last: 1), data: ["text": .string("Reviu IKU dimulai")], prev: StoredEvent.zeroHash)

    @Test func writesSortedMembersWithTheHashLast() {
        let (line, event) = EventLine.encode(Self.draft)
        let text = String(decoding: line, as: UTF8.self)
        let zero = StoredEvent.zeroHash.hexString
        let hash = event.hash.hexString
        let expected: String =
            #"{"actor":"rina","batch":{"first":1,"last":1},"data":{"text":"Reviu IKU dimulai"},"id":"n1","prev":""#
            + zero + #"","recordedAt":"2024-05-01T08:00:00.000Z","seq":1,"type":"NoteRecorded","v":1,"hash":""#
        #expect(text == expected + hash + "\"}\n")
    }

    @Test func hashCoversTheBytesBeforeTheHashMember() {
        let (line, event) = EventLine.encode(Self.draft)
        let body = Array(line[..<(line.count - 1 - EventLine.suffixLength)])
        #expect(SHA256.hash(body) == event.hash)
    }

    @Test func decodesWhatItEncodes() throws {
        var draft = Self.draft
        draft.effective = CalendarDate(year: 2021, month: 12, day: 31)
        let (line, event) = EventLine.encode(draft)
        let decoded = try line.dropLast().withUnsafeBytes { try EventLine.decode($0) }
        #expect(decoded == event)
    }

    @Test func detectsAChangedByte() {
        var (line, _) = EventLine.encode(Self.draft)
        let index = line.firstIndex(of: UInt8(ascii: "R")) ?? 0
        line[index] = UInt8(ascii: "P")
        #expect {
            try line.dropLast().withUnsafeBytes { try EventLine.decode($0) }
        } throws: { error in
            if case .hashMismatch = error as? LineProblem { return true }
            return false
        }
    }

    @Test func refusesALineWhoseHashIsNotLast() {
        let line = Array(#"{"hash":"00","seq":1}"#.utf8)
        #expect(throws: LineProblem.hashNotLast) { try line.withUnsafeBytes { try EventLine.decode($0) } }
    }

    @Test func refusesUnexpectedMembersEvenWithAValidHash() {
        var body = Array(#"{"actor":"rina","extra":1"#.utf8)
        let hash = SHA256.hash(body).hexString
        body += Array(#","hash":""#.utf8) + Array(hash.utf8) + Array("\"}".utf8)
        #expect(throws: LineProblem.unexpectedMember("extra")) { try body.withUnsafeBytes { try EventLine.decode($0) } }
    }

    @Test func decodesEscapedEnvelopeStringsThroughTheGeneralParser() throws {
        var draft = Self.draft
        draft.actor = "rina \"sekretariat\"\tdesk\\2"
        let (line, event) = EventLine.encode(draft)
        let decoded = try line.dropLast().withUnsafeBytes { try EventLine.decode($0) }
        #expect(decoded == event)
    }

    @Test func acceptsAnyValidMemberOrderWithTheSameMeaning() throws {
        let (line, event) = EventLine.encode(Self.draft)
        let canonical = try #require(try JSONParser.parse(Array(line.dropLast())).objectValue)
        // The same members, written in reverse order (hash still last) by some other tool.
        var body: [UInt8] = Array("{".utf8)
        for (index, member) in canonical.members.filter({ $0.key != "hash" }).reversed().enumerated() {
            if index > 0 { body.append(UInt8(ascii: ",")) }
            JSONValue.appendQuoted(member.key, to: &body)
            body.append(UInt8(ascii: ":"))
            member.value.appendCanonical(to: &body)
        }
        let hash = SHA256.hash(body)
        let reordered = body + Array(#","hash":""#.utf8) + Array(hash.hexString.utf8) + Array("\"}".utf8)
        let decoded = try reordered.withUnsafeBytes { try EventLine.decode($0) }
        var expected = event
        expected.hash = hash
        #expect(decoded == expected)
    }

    @Test func trustsTheStatedHashWhenAskedNotToCheck() throws {
        var (line, event) = EventLine.encode(Self.draft)
        let index = try #require(line.firstIndex(of: UInt8(ascii: "R")))
        line[index] = UInt8(ascii: "P")
        let decoded = try line.dropLast().withUnsafeBytes { try EventLine.decode($0, checkingHash: false) }
        #expect(decoded.hash == event.hash)
        #expect(decoded.data["text"] == .string("Peviu IKU dimulai"))
    }
}
