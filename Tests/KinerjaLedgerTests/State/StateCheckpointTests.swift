import Testing

@testable import KinerjaCLI
@testable import KinerjaEvents
@testable import KinerjaInterchange
@testable import KinerjaProjections
@testable import KinerjaReports
@testable import KinerjaStore

/// Checkpoints are caches: a damaged, edited or stale one never changes an answer; it is passed over by
/// queries and named by `verify`.
@Suite struct StateCheckpointTests {
    /// A random history with checkpoints every few events; returns the ledger, the positions written and
    /// the path of the latest checkpoint file.
    private func checkpointed(_ directory: TemporaryDirectory) throws -> (Ledger, [LedgerDigest], String) {
        let (ledger, _, _) = try ReplayPropertyTests.randomHistory(seed: 7, in: directory)
        let written = try ledger.writeCheckpoints(History.stream, every: 5)
        let last = try #require(written.last)
        return (
            ledger, written,
            "ledger/" + StateCheckpoint.directoryName + "/" + StateCheckpoint.fileName(History.stream, seq: last.seq)
        )
    }

    /// What queries see with checkpoints equals a full replay.
    private func expectSameAnswers(_ ledger: Ledger) throws {
        let fast = try ledger.organisationState(History.stream)
        let full = try ledger.organisationState(History.stream, usingCheckpoints: false)
        #expect(fast.head == full.head)
        #expect(fast.state == full.state)
    }

    @Test func aQueryLoadsTheLatestCheckpointAndReadsOnlyTheStreamAfterIt() throws {
        let directory = TemporaryDirectory()
        let (ledger, written, _) = try checkpointed(directory)
        let last = try #require(written.last)
        #expect(try ledger.latestCheckpoint(History.stream).checkpoint?.position.digest == last)
        // Damage the first line (the registration): a full replay fails on it, a query from the checkpoint
        // does not read it, so it answers (as of the checkpoint, which is the head).
        let file = "ledger/" + History.stream.fileName
        var bytes = directory.bytes(file)
        let name = try #require(bytes.firstRange(of: Array(#""name":""#.utf8)))
        bytes[name.upperBound] ^= 0x01
        directory.write(file, bytes)
        #expect(throws: StoreError.self) { try ledger.organisationState(History.stream, usingCheckpoints: false) }
        let loaded = try ledger.organisationState(History.stream)
        #expect(loaded.head == last)
        #expect(loaded.state.readProblem == nil, "no body was read")
    }

    @Test func aVerifiedLedgerWithCheckpointsVerifiesThemAll() throws {
        let directory = TemporaryDirectory()
        let (ledger, written, _) = try checkpointed(directory)
        let report = try Verifier.verify(ledger)
        #expect(report.isSuccessful)
        #expect(report.checkpointsChecked == written.count)
        #expect(
            report.lines.contains(
                "checkpoints: \(written.count) of \(written.count) match the state rebuilt from its stream"))
    }

    @Test func aDamagedCheckpointIsPassedOverAndVerifyNamesIt() throws {
        let directory = TemporaryDirectory()
        let (ledger, written, file) = try checkpointed(directory)
        var bytes = directory.bytes(file)
        let text = String(decoding: bytes, as: UTF8.self)
        let at = try #require(text.utf8.firstIndex(of: UInt8(ascii: "\n")))
        let body = text.utf8.distance(from: text.utf8.startIndex, to: at) + 20
        bytes[body] = bytes[body] == UInt8(ascii: "x") ? UInt8(ascii: "y") : UInt8(ascii: "x")
        directory.write(file, bytes)

        let (checkpoint, skipped) = try ledger.latestCheckpoint(History.stream)
        #expect(checkpoint?.position.eventCount == written[written.count - 2].seq, "the one before is used")
        #expect(skipped.count == 1)
        try expectSameAnswers(ledger)
        let report = try Verifier.verify(ledger)
        #expect(!report.isSuccessful)
        #expect(report.checkpointProblems.map(\.file) == [String(file.split(separator: "/").last ?? "")])
    }

    @Test func aForgedCheckpointWithItsHeaderRedoneIsPassedOverAndFailsVerify() throws {
        let directory = TemporaryDirectory()
        let (ledger, written, file) = try checkpointed(directory)
        // Remove one approval from the snapshot's state (an approved proposal said pending) and write it
        // whole again, with its pieces' digests: a well-formed snapshot of the wrong state.
        var forged = try #require(try ledger.loadCheckpoint(History.stream, seq: written[written.count - 1].seq).get())
        let approved = try #require(forged.state.flags.firstIndex { $0.contains(.approved) })
        forged.state.flags[approved].remove(.approved)
        forged.state.latestDecision[approved] = 0
        directory.write(file, forged.file.bytes)

        let (checkpoint, skipped) = try ledger.latestCheckpoint(History.stream)
        #expect(checkpoint?.position.eventCount == written[written.count - 2].seq, "the one before is used")
        #expect(skipped.map { String($0.reason.prefix(32)) } == ["its bytes are not the ones writt"])
        try expectSameAnswers(ledger)
        let report = try Verifier.verify(ledger)
        #expect(!report.isSuccessful)
        #expect(
            report.checkpointProblems.first?.reason.hasPrefix("its bytes are not the ones written (digest ") == true)
    }

    /// A snapshot of another state, written whole with its pieces' digests and its digest recorded in the head
    /// record (as a writer with a fault, or someone who rewrote both files, would leave it): queries trust
    /// it, and `verify`, comparing it with the state folded from the stream, names what differs.
    @Test(arguments: ["keys", "line offsets", "a keyed list", "a realisation's period"])
    func aWellFormedRecordedSnapshotOfAnotherStateFailsVerify(_ forgery: String) throws {
        let directory = TemporaryDirectory()
        let (ledger, written, file) = try checkpointed(directory)
        let seq = written[written.count - 1].seq
        var forged = try #require(try ledger.loadCheckpoint(History.stream, seq: seq).get())
        let reason: String
        switch forgery {
        case "keys":
            let approved = try #require(forged.state.flags.firstIndex { $0.contains(.approved) })
            forged.state.flags[approved].remove(.approved)
            forged.state.latestDecision[approved] = 0
            reason =
                "what it says of the events (approvals, realisations by indicator and year, corrections, decisions) differs from the state rebuilt from the stream"
        case "line offsets":
            forged.state.lineOffsets[seq / 2] += 1
            reason = "where its events' lines start differs from the stream"
        case "a realisation's period":
            // The period a realisation's flags hold (its high byte): the current state would show it elsewhere.
            let code = try #require(forged.state.realisasiByIndicator.keys.min())
            let year = try #require(forged.state.realisasiByIndicator[code]?.keys.first)
            let realisation = try #require(forged.state.realisasiByIndicator[code]?[year]?.first { _ in true })
            let flags = forged.state.flags[realisation - 1]
            forged.state.flags[realisation - 1] = .init(rawValue: flags.rawValue ^ 0x0100)
            reason =
                "what it says of the events (approvals, realisations by indicator and year, corrections, decisions) differs from the state rebuilt from the stream"
        default:
            let code = try #require(forged.state.realisasiByIndicator.keys.min())
            forged.state.realisasiByIndicator[code]?.append(seq, to: 2099)
            reason =
                "what it says of the events (approvals, realisations by indicator and year, corrections, decisions) differs from the state rebuilt from the stream"
        }
        let (bytes, digest) = forged.file
        directory.write(file, bytes)
        var head = try #require(try ledger.acknowledgedHead(History.stream).get())
        let recorded = try #require(head.checkpoints.firstIndex { $0.seq == seq })
        head.checkpoints[recorded].sha256 = digest
        try ledger.writeAcknowledgedHead(head)
        #expect(try ledger.latestCheckpoint(History.stream).checkpoint?.position.eventCount == seq, "it is trusted")

        let report = try Verifier.verify(ledger)
        #expect(!report.isSuccessful)
        #expect(report.checkpointProblems.map(\.reason) == ["does not match its stream: " + reason])
        // In Indonesian, the auditor's default, the reason is Indonesian too.
        let name = StateCheckpoint.fileName(History.stream, seq: seq)
        #expect(
            report.lines(.id).contains { line in
                line.hasPrefix("checkpoints/\(name): tidak cocok dengan stream-nya: ")
                    && line.hasSuffix(
                        "GAGAL (checkpoint adalah cache: setelah streamnya lolos verifikasi, 'kinerja checkpoint' "
                            + "menulisnya kembali)")
            })
        #expect(!report.lines(.id).joined().contains("does not match"))
    }

    @Test func aCheckpointTheWriterDidNotRecordIsPassedOverAndNamedByVerify() throws {
        let directory = TemporaryDirectory()
        let (ledger, written, _) = try checkpointed(directory)
        // The record without the last checkpoint: as a 'kinerja checkpoint' killed before recording it leaves it.
        var head = try #require(try ledger.acknowledgedHead(History.stream).get())
        head.checkpoints.removeLast()
        try ledger.writeAcknowledgedHead(head)

        let (checkpoint, skipped) = try ledger.latestCheckpoint(History.stream)
        #expect(checkpoint?.position.eventCount == written[written.count - 2].seq)
        #expect(skipped.map { String($0.reason.prefix(30)) } == ["its digest is not recorded in "])
        try expectSameAnswers(ledger)
        let report = try Verifier.verify(ledger)
        #expect(report.isSuccessful, "it matches its stream: a note, not a failure")
        #expect(report.lines.contains { $0.hasPrefix("note: checkpoints/") && $0.contains("is not recorded") })
    }

    @Test func aCheckpointBeyondTheStreamIsPassedOverAndVerifyNamesIt() throws {
        let directory = TemporaryDirectory()
        let (ledger, written, _) = try checkpointed(directory)
        // The stream as it was before the last checkpoint's batch: a ledger restored from an older copy.
        let earlier = written[written.count - 2]
        var cut = 0
        _ = try ledger.scan(History.stream) { event, offset in
            if event.seq == earlier.seq + 1 { cut = offset }
        }
        var earlierLine = 0
        _ = try ledger.scan(History.stream) { event, offset in
            if event.seq == earlier.seq { earlierLine = offset }
        }
        let name = "ledger/" + History.stream.fileName
        directory.write(name, Array(directory.bytes(name)[..<cut]))
        // The older copy comes with its acknowledged-head record (the checkpoints kept are the newer ones).
        var head = try #require(try ledger.acknowledgedHead(History.stream).get())
        (head.seq, head.hash, head.lineOffset, head.end) = (earlier.seq, earlier.hash, earlierLine, cut)
        try ledger.writeAcknowledgedHead(head)

        let (checkpoint, skipped) = try ledger.latestCheckpoint(History.stream)
        #expect(checkpoint?.position.digest == earlier)
        #expect(skipped.map(\.reason) == ["the stream no longer has a line at its position"])
        try expectSameAnswers(ledger)
        #expect(try ledger.organisationState(History.stream).head == earlier)
        let report = try Verifier.verify(ledger)
        #expect(!report.isSuccessful)
        #expect(report.checkpointProblems.count == 1)
    }

    @Test func aCheckpointOfAnotherFormatIsPassedOver() throws {
        let directory = TemporaryDirectory()
        let (ledger, _, file) = try checkpointed(directory)
        var bytes = directory.bytes(file)
        let header = try #require(bytes.firstIndex(of: 0x0A))
        let text = String(decoding: bytes[..<header], as: UTF8.self)
        let current = #""snapshot":\#(StateCheckpoint.formatVersion),"#
        #expect(text.contains(current))
        bytes.replaceSubrange(..<header, with: Array(text.replacing(current, with: #""snapshot":99,"#).utf8))
        directory.write(file, bytes)
        let (_, skipped) = try ledger.latestCheckpoint(History.stream)
        #expect(
            skipped.map(\.reason) == [
                "written in snapshot format 99 by another version of kinerja (this one reads format "
                    + "\(StateCheckpoint.formatVersion)), so it is passed over"
            ])
        try expectSameAnswers(ledger)
        // A cache left by the kinerja before an upgrade does not fail the ledger's verification: it is noted,
        // and not counted among the checkpoints compared with their stream.
        let report = try Verifier.verify(ledger)
        #expect(report.isSuccessful)
        #expect(report.checkpointProblems.map(\.isFailure) == [false])
        #expect(
            report.lines.contains {
                $0.hasPrefix("note: checkpoints/") && $0.contains("snapshot format 99")
                    && $0.hasSuffix("run 'kinerja checkpoint' to write one this version reads")
            })
        let compared = try ledger.checkpointSeqs(History.stream).count - 1
        #expect(compared > 1)
        #expect(report.lines.contains { $0.contains("checkpoints: \(compared) of \(compared) match") })
    }

    @Test func aCheckpointWhoseTimeWasEditedIsPassedOverByAsOfQueries() throws {
        let directory = TemporaryDirectory()
        let (ledger, written, file) = try checkpointed(directory)
        var bytes = directory.bytes(file)
        let header = try #require(bytes.firstIndex(of: 0x0A))
        let text = String(decoding: bytes[..<header], as: UTF8.self)
        let stated = try #require(try ledger.loadCheckpoint(History.stream, seq: written[written.count - 1].seq).get())
        let real = try #require(stated.position.lastRecordedAt)
        let earlier = Timestamp(millisecondsSinceEpoch: real.millisecondsSinceEpoch - 3_600_000)
        let forged = text.replacing("\"recordedAt\":\"\(real)\"", with: "\"recordedAt\":\"\(earlier)\"")
        #expect(forged != text)
        bytes.replaceSubrange(..<header, with: Array(forged.utf8))
        directory.write(file, bytes)
        // As of the forged time the checkpoint would claim events recorded an hour later: it is passed over.
        let (checkpoint, skipped) = try ledger.latestCheckpoint(History.stream, recordedBy: earlier)
        #expect(checkpoint?.position.eventCount != written[written.count - 1].seq)
        #expect(skipped.count == 1)
        let fast = try ledger.organisationState(History.stream, asOf: earlier)
        let full = try ledger.organisationState(History.stream, asOf: earlier, usingCheckpoints: false)
        #expect(fast.head == full.head && fast.state == full.state)
    }

    @Test func aCheckpointNamedAfterASeqInsideABatchFailsVerifyAlone() throws {
        let directory = TemporaryDirectory()
        let (ledger, written, file) = try checkpointed(directory)
        let inside = try #require(try ledger.events(in: History.stream).first { $0.seq != $0.batch.last }?.seq)
        let name =
            "ledger/" + StateCheckpoint.directoryName + "/" + StateCheckpoint.fileName(History.stream, seq: inside)
        directory.write(name, directory.bytes(file))
        let report = try Verifier.verify(ledger)
        #expect(!report.isSuccessful)
        #expect(report.checkpointsChecked == written.count + 1)
        #expect(report.checkpointProblems.map(\.reason) == ["seq \(inside) is not the end of a batch of the stream"])
    }
}
