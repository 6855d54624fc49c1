import Foundation
import Testing

@testable import KinerjaCLI
@testable import KinerjaEvents
@testable import KinerjaInterchange
@testable import KinerjaProjections
@testable import KinerjaReports
@testable import KinerjaStore

/// Long reads report how far they have got, to the handler the executable installs on a terminal.
@Suite struct ProgressTests {
    /// Collects updates from whichever thread reports them.
    final class Collected: @unchecked Sendable {
        private let lock = NSLock()
        private var stored: [ProgressUpdate] = []
        var updates: [ProgressUpdate] { lock.withLock { stored } }
        func add(_ update: ProgressUpdate) { lock.withLock { stored.append(update) } }
    }

    @Test func aScanReportsEachBlockUpToTheFileSize() throws {
        let directory = TemporaryDirectory()
        var ledger = try Fixtures.ledger(in: directory)
        try Fixtures.appendNotes(ledger, batches: [40, 40, 40])
        let size = directory.bytes("ledger/ledger.jsonl").count
        let collected = Collected()
        ledger.progress = { collected.add($0) }
        _ = try StreamScanner.scan(
            stream: .ledger, path: ledger.path("ledger.jsonl"), schemas: EventCatalog.standard,
            progress: ledger.progress)
        let small = collected.updates
        #expect(small == [ProgressUpdate(task: "reading ledger", done: size, total: size)])
        // Chunks smaller than the file: one update per block, growing, ending at the size.
        let reader = try LineReader(path: ledger.path("ledger.jsonl"), chunkSize: 4096)
        var seen: [Int] = []
        try reader.forEachBlock(progress: { done, total in
            #expect(total == size)
            seen.append(done)
        }) { _ in true }
        #expect(seen.count > 3)
        #expect(seen == seen.sorted() && seen.last == size)
    }

    @Test func aQueryWithoutAHandlerReportsNothingAndOneWithItReportsItsStream() throws {
        let directory = TemporaryDirectory()
        var ledger = try Fixtures.ledger(in: directory)
        try Fixtures.appendNotes(ledger, batches: [3])
        _ = try ledger.organisationState(.ledger)  // no handler: nothing to call
        let collected = Collected()
        ledger.progress = { collected.add($0) }
        _ = try ledger.organisationState(.ledger)
        #expect(collected.updates.map(\.task) == ["reading ledger"])
    }

    @Test(arguments: [
        (0, 20_173_594, "reading bench: 0 % (0.0 of 20.2 MB)"),
        (8_400_000, 20_173_594, "reading bench: 41 % (8.4 of 20.2 MB)"),
        (20_173_594, 20_173_594, "reading bench: 100 % (20.2 of 20.2 MB)"),
        (0, 0, "reading bench: 100 % (0.0 of 0.0 MB)"),
    ])
    func printsOneLine(done: Int, total: Int, line: String) {
        #expect(ProgressUpdate(task: "reading bench", done: done, total: total).line == line)
    }
}
