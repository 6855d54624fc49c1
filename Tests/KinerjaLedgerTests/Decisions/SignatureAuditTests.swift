import Foundation
import Synchronization
import Testing

@testable import KinerjaEvents
@testable import KinerjaProjections
@testable import KinerjaStore

/// The signature audit runs its `ssh-keygen -Y verify` checks several at once and still reports in the order
/// of the streams and seqs, as one at a time would.
@Suite struct SignatureAuditTests {
    /// How many runs of a fake program are in flight, and the most there ever were.
    final class InFlight: Sendable {
        let counts = Mutex<(now: Int, most: Int)>((0, 0))
        var most: Int { counts.withLock { $0.most } }

        /// Runs `body` counted as in flight.
        func counting<Value>(_ body: () -> Value) -> Value {
            counts.withLock { counts in
                counts.now += 1
                counts.most = max(counts.most, counts.now)
            }
            defer { counts.withLock { $0.now -= 1 } }
            return body()
        }
    }

    /// A fake program that answers with its input after a pause that is longer for an earlier request (the
    /// number in its first argument), so the runs finish in the reverse of their order.
    static func echoing(_ inFlight: InFlight, count: Int) -> ProcessRunner {
        { request in
            inFlight.counting {
                let number = Int(request.arguments.first ?? "") ?? 0
                usleep(UInt32((count - number) * 300))
                return ProcessResult(status: 0, output: request.input, errors: [])
            }
        }
    }

    @Test func runsSeveralAtOnceAndGivesTheResultsInTheRequestsOrder() {
        let count = 40
        let requests = (0..<count).map { number in
            ProcessRequest(program: "fake", arguments: [String(number)], input: Array("result \(number)".utf8))
        }
        let inFlight = InFlight()
        let results = SignatureAudit.runAll(requests, with: Self.echoing(inFlight, count: count), parallelism: 4)
        #expect(results.map { String(decoding: $0.output, as: UTF8.self) } == (0..<count).map { "result \($0)" })
        #expect(inFlight.most <= 4)
        if ProcessInfo.processInfo.activeProcessorCount > 1 {
            #expect(inFlight.most > 1, "the checks ran one at a time")
        }
        let alone = InFlight()
        let one = SignatureAudit.runAll(requests, with: Self.echoing(alone, count: count), parallelism: 1)
        #expect(one == results)
        #expect(alone.most == 1)
        #expect(SignatureAudit.runAll([], with: Self.echoing(alone, count: 0), parallelism: 4) == [])
    }

    /// Six signed batches of `clerk`'s notes, of which `ssh-keygen` (a fake: the notes saying "rusak" are
    /// refused, the earlier ones answered later) refuses two: named in seq order whatever the parallelism.
    @Test func namesTheRefusedSignaturesInSeqOrderWhateverTheParallelism() throws {
        let directory = TemporaryDirectory()
        let ledger = try SignedRecorderTests().ledger(directory)
        let signer = BatchSigner(keyFile: "clerk.key", run: SignedRecorderTests.runner(SignedRecorderTests.Requests()))
        let texts = ["satu", "dua rusak", "tiga", "empat", "lima rusak", "enam"]
        for (index, text) in texts.enumerated() {
            _ = try Recorder.record(
                [Fixtures.note(text, id: "n-\(index + 1)")], to: History.stream, actor: "clerk", in: ledger,
                environment: .fixed(at: Fixtures.start), signer: signer)
        }
        let inFlight = InFlight()
        let verify: ProcessRunner = { request in
            inFlight.counting {
                let text = String(decoding: request.input, as: UTF8.self)
                let seq = texts.firstIndex { text.contains("\"\($0)\"") } ?? 0
                usleep(UInt32((texts.count - seq) * 2000))
                return text.contains("rusak")
                    ? ProcessResult(status: 255, output: [], errors: Array("Signature verification failed\n".utf8))
                    : ProcessResult(status: 0, output: Array("Good \"kinerja\" signature\n".utf8), errors: [])
            }
        }
        let parallel = try SignatureAudit.audit(ledger, run: verify, parallelism: 4)
        #expect(parallel.verified == 4)
        #expect(parallel.findings.map(\.seq) == [2, 5])
        #expect(
            parallel.findings.map(\.problem) == Array(repeating: .invalid("Signature verification failed"), count: 2))
        #expect(try SignatureAudit.audit(ledger, run: verify, parallelism: 1) == parallel)
    }
}
