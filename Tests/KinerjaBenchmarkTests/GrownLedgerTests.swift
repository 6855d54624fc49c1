import Foundation
import Testing

@testable import KinerjaEvents
@testable import KinerjaProjections
@testable import KinerjaStore
@testable import kinerja_bench

/// The commands benchmark's generator: the ledger it grows verifies, its organisation stream holds the
/// events asked for, and every generated event passes the Decider (recorded again through the Recorder, one
/// batch at a time, it gives the very same bytes).
@Suite struct GrownLedgerTests {
    /// The embedded default ledger, `Ledger/` at the root of the package.
    static let defaultLedger: String = {
        var parts = "\(#filePath)".split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)  // Tests/KinerjaBenchmarkTests/<this file>
        return parts.joined(separator: "/") + "/Ledger"
    }()

    /// A new empty directory path under the temporary directory, removed by the caller.
    private func scratch() -> String {
        NSTemporaryDirectory() + "/kinerja-bench-tests-\(UUID().uuidString)"
    }

    @Test func grownStreamVerifiesAndHasTheRequestedCount() throws {
        let root = scratch()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let stream = try #require(StreamName("luwu-timur-dinsos-p3a"))
        let grown = try makeGrownLedger(
            source: Self.defaultLedger, directory: root + "/grown", stream: stream, size: 600)
        #expect(grown.events == 600)
        #expect(grown.generated == 600 - 156)
        let ledger = try Ledger.open(at: grown.directory)
        #expect(try ledger.scan(stream).eventCount == 600)
        let report = try Verifier.verify(ledger)
        #expect(report.isSuccessful, "\(report.lines)")
        // Half-way is within the generated batches, before the last one.
        #expect(grown.halfway > Timestamp(millisecondsSinceEpoch: 0) && grown.halfway < grown.lastRecordedAt)
        let registry = try ledger.actorRegistry()
        #expect(registry.actors[grown.clerk]?.roles == [.recorder])
        #expect(registry.actors[grown.approver]?.roles == [.approver])
    }

    @Test func theDefaultSizeLeavesTheStreamAsItIs() throws {
        let root = scratch()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let stream = try #require(StreamName("luwu-timur-dinsos-p3a"))
        let grown = try makeGrownLedger(
            source: Self.defaultLedger, directory: root + "/grown", stream: stream, size: 156)
        #expect(grown.generated == 0)
        let original = try Data(contentsOf: URL(fileURLWithPath: Self.defaultLedger + "/" + stream.fileName))
        let copy = try Data(contentsOf: URL(fileURLWithPath: grown.directory + "/" + stream.fileName))
        #expect(original == copy)
    }

    @Test func everyGeneratedEventPassesTheDecider() throws {
        let root = scratch()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let stream = try #require(StreamName("luwu-timur-dinsos-p3a"))
        let grown = try makeGrownLedger(
            source: Self.defaultLedger, directory: root + "/grown", stream: stream, size: 800)
        try copyLedgerFiles(from: Self.defaultLedger, to: root + "/again")
        let generatedLedger = try Ledger.open(at: grown.directory)
        let again = try Ledger.open(at: root + "/again")
        // Recorded again batch by batch through the Recorder (which runs the Decider on every event), at the
        // times and by the actors the generator used: first the actors, then the organisation's batches.
        for name in [StreamName.ledger, stream] {
            let original = try again.scan(name).eventCount
            let events = try generatedLedger.events(in: name).dropFirst(original)
            var batches: [[StoredEvent]] = []
            for event in events {
                if let last = batches.last?.last, last.batch == event.batch {
                    batches[batches.count - 1].append(event)
                } else {
                    batches.append([event])
                }
            }
            for batch in batches {
                let first = batch[0]
                let newEvents = batch.map { NewEvent(type: $0.type, id: $0.id, data: $0.data, effective: $0.effective) }
                do {
                    _ = try Recorder.record(
                        newEvents, to: name, actor: first.actor, in: again,
                        environment: .fixed(at: first.recordedAt))
                } catch {
                    Issue.record("batch at seq \(first.seq) of \(name) was refused: \(error)")
                    return
                }
            }
            let generatedBytes = try Data(contentsOf: URL(fileURLWithPath: grown.directory + "/" + name.fileName))
            let recordedBytes = try Data(contentsOf: URL(fileURLWithPath: root + "/again/" + name.fileName))
            #expect(generatedBytes == recordedBytes, "\(name)")
        }
    }
}
