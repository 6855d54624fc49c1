import Foundation
import Testing

/// `log` through the built binary on a copy of the default ledger: it writes each event as it reads it, so a
/// damaged line stops the listing there with the error that names it; a listing from a seq is the tail of the
/// whole listing.
@Suite struct LogEndToEndTests {
    static let org = DefaultLedgerTests.luwuTimur

    private func copy(_ scratch: Scratch) throws -> Kinerja {
        try FileManager.default.copyItem(atPath: DefaultLedgerTests.ledger, toPath: scratch.ledgerPath)
        return Kinerja(ledger: scratch.ledgerPath)
    }

    @Test func aListingFromASeqIsTheTailOfTheWholeListing() throws {
        let scratch = Scratch()
        let kinerja = try copy(scratch)
        #expect(try kinerja.run(["checkpoint", "--every", "40"]).status == 0)
        let whole = try kinerja.run(["log", "--org", Self.org, "--format", "json"])
        #expect(whole.status == 0)
        let lines = whole.output.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        for from in [1, 2, 39, 40, 41, 77, 100, 155, 156, 157, 300] {
            let tail = try kinerja.run(["log", "--org", Self.org, "--from", String(from), "--format", "json"])
            #expect(tail.status == 0, "\(tail.errors)")
            let expected = lines.dropFirst(min(from - 1, lines.count)).map { $0 + "\n" }.joined()
            #expect(tail.output == expected, "from \(from)")
        }
    }

    /// The events before a damaged line are listed (JSON lines, as they are read); the listing then stops
    /// with exit status 4 and the error naming the file and line. A table, written once whole, shows none.
    @Test func aDamagedLineEndsTheListingWithTheErrorNamingIt() throws {
        let scratch = Scratch()
        let kinerja = try copy(scratch)
        let file = "ledger/\(Self.org).jsonl"
        var bytes = scratch.bytes(file)
        let lineStarts = [0] + bytes.indices.filter { bytes[$0] == 0x0A }.map { $0 + 1 }
        bytes[lineStarts[99] + 60] ^= 0x01  // inside line 100
        scratch.write(file, bytes)

        let json = try kinerja.run(["log", "--org", Self.org, "--format", "json", "--lang", "en"])
        #expect(json.status == 4)
        #expect(json.errors.contains("\(Self.org).jsonl:100: hash "))
        let seqs = json.output.split(separator: "\n").map { line -> Int in
            let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            return object?["seq"] as? Int ?? 0
        }
        #expect(!seqs.isEmpty && seqs == Array(1...seqs.count) && seqs.count < 100)

        let table = try kinerja.run(["log", "--org", Self.org, "--lang", "en"])
        #expect(table.status == 4 && table.output.isEmpty)
    }
}
