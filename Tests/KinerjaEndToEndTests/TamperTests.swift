import Foundation
import Testing

/// An auditor's view: any change to history is found, named by file and line, and a digest written down
/// earlier proves the stream still extends it, or that it was rewritten.
@Suite struct TamperTests {
    /// A ledger of six single-event batches; returns the runner and the stream's lines.
    private func sixEvents(_ scratch: Scratch) throws -> (Kinerja, [[UInt8]]) {
        let kinerja = Kinerja(ledger: scratch.ledgerPath)
        try kinerja.run(["init"])
        for id in ["a", "b", "c", "d", "e", "f"] {
            try kinerja.run(["append", "-", "--as", "rina"], input: notes([id]))
        }
        return (kinerja, scratch.bytes("ledger/ledger.jsonl").split(separator: 0x0A).map(Array.init))
    }

    private func write(_ lines: [[UInt8]], _ scratch: Scratch) {
        scratch.write("ledger/ledger.jsonl", Array(lines.map { $0 + [0x0A] }.joined()))
    }

    @Test func aChangedByteFailsVerifyNamingTheLine() throws {
        let scratch = Scratch()
        var (kinerja, lines) = try sixEvents(scratch)
        let index = try #require(lines[2].firstIndex(of: UInt8(ascii: "c")))
        lines[2][index] = UInt8(ascii: "x")
        write(lines, scratch)
        let result = try kinerja.run(["verify"])
        #expect(result.status == 1)
        #expect(result.output.hasPrefix("\(scratch.ledgerPath)/ledger.jsonl:3: hash "))
        #expect(result.output.contains("the line was changed after it was written"))
        #expect(result.errors == "kinerja: verification failed; see the lines above\n")
        // And writes to the stream are refused.
        let append = try kinerja.run(["append", "-", "--as", "rina"], input: notes(["g"]))
        #expect(append.status == 4)
        #expect(append.errors.contains("writes to stream ledger are refused"))
    }

    @Test func aDeletedLineFailsVerifyNamingTheLine() throws {
        let scratch = Scratch()
        var (kinerja, lines) = try sixEvents(scratch)
        lines.remove(at: 3)
        write(lines, scratch)
        let result = try kinerja.run(["verify"])
        #expect(result.status == 1)
        #expect(result.output.hasPrefix("\(scratch.ledgerPath)/ledger.jsonl:4: seq is 5, expected 4"))
    }

    @Test func twoSwappedLinesFailVerifyNamingTheLine() throws {
        let scratch = Scratch()
        var (kinerja, lines) = try sixEvents(scratch)
        lines.swapAt(2, 3)
        write(lines, scratch)
        let result = try kinerja.run(["verify"])
        #expect(result.status == 1)
        #expect(result.output.hasPrefix("\(scratch.ledgerPath)/ledger.jsonl:3: seq is 4, expected 3"))
    }

    @Test func aDigestPassesWhileTheStreamExtendsItAndFailsAfterARewrite() throws {
        let scratch = Scratch()
        let (kinerja, _) = try sixEvents(scratch)
        let digest = try kinerja.run(["head"]).output.trimmingCharacters(in: .newlines)
        try kinerja.run(["append", "-", "--as", "rina"], input: notes(["g"]))
        let confirmed = try kinerja.run(["verify", "--digest", digest])
        #expect(confirmed.status == 0)
        #expect(
            confirmed.output.contains("digest \(digest): ok, the stream still holds this head and extends it to seq 7"))

        // Rewrite history: rebuild the stream from scratch with one figure changed. Every line's hash and
        // the chain are valid again; only the digest written down earlier can tell.
        // (The acknowledged-head record and the stream's name in the list of streams go too: a forger who
        // rewrites history replaces them as well.)
        try FileManager.default.removeItem(atPath: scratch.ledgerPath + "/ledger.jsonl")
        try FileManager.default.removeItem(atPath: scratch.ledgerPath + "/ledger.head")
        scratch.write("ledger/kinerja-streams.json", Array(#"{"streams":[],"v":1}"#.utf8) + [0x0A])
        for id in ["a", "b", "X", "d", "e", "f", "g"] {
            try kinerja.run(["append", "-", "--as", "rina"], input: notes([id]))
        }
        #expect(try kinerja.run(["verify"]).status == 0)
        let refused = try kinerja.run(["verify", "--digest", digest])
        #expect(refused.status == 1)
        #expect(refused.output.contains("FAILED: seq 6 now has hash"))
        #expect(refused.output.hasSuffix("verification FAILED: 1 digest not confirmed\n"))
    }
}
