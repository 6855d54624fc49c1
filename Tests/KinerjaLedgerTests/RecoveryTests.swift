import Testing

@testable import KinerjaCLI
@testable import KinerjaEvents
@testable import KinerjaInterchange
@testable import KinerjaProjections
@testable import KinerjaReports
@testable import KinerjaStore

@Suite struct RecoveryTests {
    /// A ledger with batches of 2 and 3 events; returns it and the byte length after the first batch. The
    /// acknowledged-head record is put back as it was after the first batch, so that cutting the second
    /// batch is what a crash during its write leaves (a crash stops before the record is replaced).
    private func twoBatches(_ directory: TemporaryDirectory) throws -> (Ledger, firstBatchEnd: Int) {
        let ledger = try Fixtures.ledger(in: directory)
        try Fixtures.appendNotes(ledger, batches: [2])
        let firstBatchEnd = directory.bytes("ledger/ledger.jsonl").count
        let acknowledged = directory.bytes("ledger/ledger.head")
        try Fixtures.appendNotes(ledger, batches: [3], firstBatch: 1)
        directory.write("ledger/ledger.head", acknowledged)
        return (ledger, firstBatchEnd)
    }

    @Test func readersIgnoreAnIncompleteLastBatchAtEveryCut() throws {
        let directory = TemporaryDirectory()
        let (ledger, firstBatchEnd) = try twoBatches(directory)
        let full = directory.bytes("ledger/ledger.jsonl")
        for cut in firstBatchEnd..<full.count {
            directory.write("ledger/ledger.jsonl", Array(full[..<cut]))
            let scan = try ledger.scan(.ledger)
            #expect(scan.damage == nil, "cut at \(cut)")
            #expect(scan.eventCount == 2, "cut at \(cut)")
            #expect(scan.incompleteTail?.offset == (cut == firstBatchEnd ? nil : firstBatchEnd), "cut at \(cut)")
        }
    }

    @Test func theNextWriterQuarantinesTheTailAndSaysSo() throws {
        let directory = TemporaryDirectory()
        let (ledger, firstBatchEnd) = try twoBatches(directory)
        let full = directory.bytes("ledger/ledger.jsonl")
        let cut = firstBatchEnd + 500
        directory.write("ledger/ledger.jsonl", Array(full[..<cut]))
        let later = Timestamp(parsing: "2024-05-02T00:00:00Z") ?? Fixtures.start
        let outcome = try ledger.append(
            [Fixtures.note("after the crash", id: "after")], to: .ledger, actor: "rina", environment: .fixed(at: later))
        #expect(outcome.recovered?.offset == firstBatchEnd)
        #expect(outcome.recovered?.length == 500)
        #expect(outcome.written.map(\.seq) == [3])
        let quarantine = directory.bytes("ledger/ledger.quarantine")
        #expect(Array(quarantine.suffix(501).prefix(500)) == Array(full[firstBatchEnd..<cut]))
        #expect(try Verifier.verify(ledger).isSuccessful)
        #expect(Array(directory.bytes("ledger/ledger.jsonl").prefix(firstBatchEnd)) == Array(full[..<firstBatchEnd]))
    }

    @Test func refusesToWriteToADamagedStream() throws {
        let directory = TemporaryDirectory()
        let (ledger, _) = try twoBatches(directory)
        var bytes = directory.bytes("ledger/ledger.jsonl")
        let index = try #require(bytes.firstIndex(of: UInt8(ascii: "n")))
        bytes[index + 10] ^= 0x01
        directory.write("ledger/ledger.jsonl", bytes)
        #expect {
            try ledger.append([Fixtures.note("x")], to: .ledger, actor: "rina", environment: .fixed(at: Fixtures.start))
        } throws: { error in
            guard case .streamDamaged(let damage) = error as? StoreError else { return false }
            return damage.line == 1
        }
        #expect(directory.bytes("ledger/ledger.jsonl") == bytes)
    }
}
