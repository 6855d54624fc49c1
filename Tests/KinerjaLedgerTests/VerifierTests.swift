import Testing

@testable import KinerjaCLI
@testable import KinerjaEvents
@testable import KinerjaInterchange
@testable import KinerjaProjections
@testable import KinerjaReports
@testable import KinerjaStore

@Suite struct VerifierTests {
    /// A ledger with five single-event batches.
    private func ledgerWithFiveEvents(_ directory: TemporaryDirectory) throws -> Ledger {
        let ledger = try Fixtures.ledger(in: directory)
        try Fixtures.appendNotes(ledger, batches: [1, 1, 1, 1, 1])
        return ledger
    }

    private func lines(_ directory: TemporaryDirectory) -> [[UInt8]] {
        directory.bytes("ledger/ledger.jsonl").split(separator: 0x0A).map(Array.init)
    }

    private func write(_ lines: [[UInt8]], _ directory: TemporaryDirectory) {
        directory.write("ledger/ledger.jsonl", Array(lines.map { $0 + [0x0A] }.joined()))
    }

    @Test func passesAnIntactLedger() throws {
        let directory = TemporaryDirectory()
        let ledger = try ledgerWithFiveEvents(directory)
        let report = try Verifier.verify(ledger)
        #expect(report.isSuccessful)
        #expect(report.lines.last == "verified 1 stream, 5 events: ok")
    }

    @Test func namesTheLineOfAChangedByte() throws {
        let directory = TemporaryDirectory()
        let ledger = try ledgerWithFiveEvents(directory)
        var lines = lines(directory)
        let index = try #require(lines[2].firstIndex(of: UInt8(ascii: "2")))
        lines[2][index] = UInt8(ascii: "9")
        write(lines, directory)
        let report = try Verifier.verify(ledger)
        #expect(!report.isSuccessful)
        #expect(report.streams[0].damage?.line == 3)
        guard case .hashMismatch = report.streams[0].damage?.problem else {
            Issue.record("expected a hash mismatch, got \(String(describing: report.streams[0].damage))")
            return
        }
    }

    @Test func namesTheLineAfterADeletedLine() throws {
        let directory = TemporaryDirectory()
        let ledger = try ledgerWithFiveEvents(directory)
        var lines = lines(directory)
        lines.remove(at: 2)
        write(lines, directory)
        let damage = try #require(try Verifier.verify(ledger).streams[0].damage)
        #expect(damage.line == 3)
        #expect(damage.problem == .seqOutOfOrder(found: 4, expected: 3))
    }

    @Test func namesTheFirstOfTwoSwappedLines() throws {
        let directory = TemporaryDirectory()
        let ledger = try ledgerWithFiveEvents(directory)
        var lines = lines(directory)
        lines.swapAt(1, 2)
        write(lines, directory)
        let damage = try #require(try Verifier.verify(ledger).streams[0].damage)
        #expect(damage.line == 2)
        #expect(damage.problem == .seqOutOfOrder(found: 3, expected: 2))
    }

    @Test func detectsALineRewrittenWithAFreshHash() throws {
        // Someone edits a figure and recomputes that line's hash: the next line's prev no longer matches.
        let directory = TemporaryDirectory()
        let ledger = try ledgerWithFiveEvents(directory)
        var lines = lines(directory)
        let events = try ledger.events(in: .ledger)
        var draft = EventEnvelope(
            seq: 2, id: events[1].id, type: events[1].type, version: 1, recordedAt: events[1].recordedAt, actor: "rina",
            effective: nil, batch: events[1].batch, data: ["text": .string("forged")], prev: events[0].hash)
        draft.actor = "rina"
        lines[1] = Array(EventLine.encode(draft).line.dropLast())
        write(lines, directory)
        let damage = try #require(try Verifier.verify(ledger).streams[0].damage)
        #expect(damage.line == 3)
        guard case .prevMismatch = damage.problem else {
            Issue.record("expected a prev mismatch, got \(damage.problem)")
            return
        }
    }

    @Test func confirmsAnEarlierDigestAndRefusesOneAfterHistoryIsRewritten() throws {
        let directory = TemporaryDirectory()
        let ledger = try ledgerWithFiveEvents(directory)
        let digest = try ledger.scan(.ledger).digest
        try Fixtures.appendNotes(ledger, batches: [1], firstBatch: 9)
        var report = try Verifier.verify(ledger, digests: [digest])
        #expect(report.isSuccessful)
        #expect(report.digestChecks[0].outcome == .extended(currentSeq: 6))

        // Rebuild the whole stream with one event changed: every hash is valid, but the digest is not.
        let events = try ledger.events(in: .ledger)
        let rewritten = TemporaryDirectory()
        let forged = try Fixtures.ledger(in: rewritten)
        for event in events {
            let text = event.seq == 2 ? "forged" : event.data["text"]?.stringValue ?? ""
            _ = try forged.append(
                [NewEvent(type: event.type, id: event.id, data: ["text": .string(text)])], to: .ledger,
                actor: event.actor,
                environment: .fixed(at: event.recordedAt))
        }
        report = try Verifier.verify(
            forged, digests: [digest, LedgerDigest(stream: .ledger, seq: 9, hash: digest.hash)])
        #expect(report.streams[0].damage == nil)
        #expect(!report.isSuccessful)
        guard case .rewritten = report.digestChecks[0].outcome else {
            Issue.record("expected rewritten, got \(report.digestChecks[0].outcome)")
            return
        }
        #expect(report.digestChecks[1].outcome == .shorter(currentSeq: 6))
    }

    @Test func reportsAnUnknownStreamInADigest() throws {
        let directory = TemporaryDirectory()
        let ledger = try ledgerWithFiveEvents(directory)
        let digest = try #require(LedgerDigest(parsing: "other:1:" + StoredEvent.zeroHash.hexString))
        #expect(try Verifier.verify(ledger, digests: [digest]).digestChecks[0].outcome == .unknownStream)
    }

    @Test func parsesDigestsOnlyInTheFormHeadPrints() {
        #expect(LedgerDigest(parsing: "ledger:3:" + String(repeating: "a", count: 64)) != nil)
        #expect(LedgerDigest(parsing: "ledger:3:" + String(repeating: "A", count: 64)) == nil)
        #expect(LedgerDigest(parsing: "ledger:x:" + String(repeating: "a", count: 64)) == nil)
        #expect(LedgerDigest(parsing: "Ledger:3:" + String(repeating: "a", count: 64)) == nil)
        #expect(LedgerDigest(parsing: "ledger:3") == nil)
    }

    @Test func namesTheFirstBadLineWhenLinesAreCheckedInParallel() throws {
        // Large blocks are decoded on several threads; the first bad line must still be the one named.
        let directory = TemporaryDirectory()
        let ledger = try Fixtures.ledger(in: directory)
        try Fixtures.appendNotes(ledger, batches: [300, 300, 300])
        var lines = lines(directory)
        for broken in [700, 450] {
            let index = try #require(lines[broken].lastIndex(of: UInt8(ascii: "e")))
            lines[broken][index] = UInt8(ascii: "E")
        }
        lines.swapAt(800, 801)
        write(lines, directory)
        let damage = try #require(try Verifier.verify(ledger).streams[0].damage)
        #expect(damage.line == 451)
        guard case .hashMismatch = damage.problem else {
            Issue.record("expected a hash mismatch, got \(damage.problem)")
            return
        }
        var visited: [Int] = []
        let scan = try ledger.scan(.ledger) { event, _ in visited.append(event.seq) }
        #expect(visited == Array(1...300))
        #expect(scan.eventCount == 300)
    }

    /// A scan hashes two lines side by side: a changed byte is found in either line of a pair, in a block
    /// read on one core and in one split over the cores, first line or last.
    @Test func findsAChangedByteInEitherLineOfAPairHashedSideBySide() throws {
        let directory = TemporaryDirectory()
        let ledger = try Fixtures.ledger(in: directory)
        try Fixtures.appendNotes(ledger, batches: [9, 300, 300])
        let intact = lines(directory)
        #expect(intact.count > 600)
        for broken in Set([0, 1, 2, 3, 8, 9, 10, 11, 300, 301, 302, 303, intact.count - 2, intact.count - 1]).sorted() {
            var changed = intact
            let index = try #require(changed[broken].lastIndex(of: UInt8(ascii: "e")))
            changed[broken][index] = UInt8(ascii: "E")
            write(changed, directory)
            let damage = try #require(try Verifier.verify(ledger).streams[0].damage, "line \(broken + 1)")
            #expect(damage.line == broken + 1)
            guard case .hashMismatch = damage.problem else {
                Issue.record("line \(broken + 1): expected a hash mismatch, got \(damage.problem)")
                continue
            }
        }
        write(intact, directory)
        #expect(try Verifier.verify(ledger).isSuccessful)
    }

    @Test func failsOnAJSONLinesFileItCannotCheck() throws {
        let directory = TemporaryDirectory()
        let ledger = try ledgerWithFiveEvents(directory)
        directory.write("ledger/Old Copy.jsonl", directory.bytes("ledger/ledger.jsonl"))
        let report = try Verifier.verify(ledger)
        #expect(!report.isSuccessful)
        #expect(
            report.lines.contains(
                "Old Copy.jsonl: not checked: the name is not a stream name (lowercase letters, digits and '-')"))
        #expect(report.lines.last == "verification FAILED: 1 unchecked file")
    }
}
