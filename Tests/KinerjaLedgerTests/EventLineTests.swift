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

    /// Lines read one after another with one memo (as a scan's thread reads them) decode to what each
    /// line gives alone: the same actor and time taken from the line before, another actor or time read
    /// anew, a time that is no time (read by neither) not taken from the valid one before it, and a `prev`
    /// that is the line before's hash, or one digit off it.
    @Test func linesReadWithOneMemoDecodeAsEachAlone() throws {
        var prev = StoredEvent.zeroHash
        func line(seq: Int, actor: String, at time: Timestamp) -> [UInt8] {
            var draft = Self.draft
            (draft.seq, draft.id, draft.actor, draft.recordedAt) = (seq, "n\(seq)", actor, time)
            (draft.batch, draft.prev) = (BatchRange(first: seq, last: seq), prev)
            let (line, event) = EventLine.encode(draft)
            prev = event.hash
            return Array(line.dropLast())
        }
        func resealed(_ line: [UInt8], replacing old: String, with new: String) -> [UInt8] {
            let text = String(decoding: line.dropLast(EventLine.suffixLength), as: UTF8.self)
            let body = Array(text.replacingOccurrences(of: old, with: new).utf8)
            return body + EventLine.hashMarker + Array(SHA256.hash(body).hexString.utf8) + Array("\"}".utf8)
        }
        let later = Timestamp(millisecondsSinceEpoch: Fixtures.start.millisecondsSinceEpoch + 60_000)
        var lines = [
            line(seq: 1, actor: "rina", at: Fixtures.start), line(seq: 2, actor: "rina", at: Fixtures.start),
            line(seq: 3, actor: "budi.santoso", at: Fixtures.start), line(seq: 4, actor: "rina", at: later),
            line(seq: 5, actor: "", at: later),
        ]
        let hashOfFive = prev.hexString
        let valid = line(seq: 6, actor: "rina", at: later)
        lines += [
            valid, resealed(valid, replacing: "2024-05-01T08:01:00.000Z", with: "2024-05-01T08:01:00.00Z "),
            resealed(valid, replacing: "2024-05-01T08:01:00.000Z", with: "2024-13-01T08:01:00.000Z"), valid,
            line(seq: 7, actor: "rina", at: later),
        ]
        let offByOne = String(hashOfFive.dropLast()) + (hashOfFive.hasSuffix("0") ? "1" : "0")
        lines += [lines[4], resealed(valid, replacing: hashOfFive, with: offByOne)]
        var memo = EnvelopeMemo()
        func outcome(_ line: [UInt8], withMemo: Bool) -> Result<StoredEvent, LineProblem> {
            line.withUnsafeBytes { bytes in
                do throws(LineProblem) {
                    return .success(
                        withMemo ? try EventLine.decode(bytes, memo: &memo) : try EventLine.decode(bytes))
                } catch {
                    return .failure(error)
                }
            }
        }
        for line in lines {
            #expect(
                outcome(line, withMemo: true) == outcome(line, withMemo: false),
                "\(String(decoding: line, as: UTF8.self))")
        }
        #expect(try outcome(lines[3], withMemo: true).get().recordedAt == later)
        #expect(try outcome(lines[2], withMemo: true).get().actor == "budi.santoso")
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
