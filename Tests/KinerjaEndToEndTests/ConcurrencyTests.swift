import Foundation
import Testing

@Suite struct ConcurrencyTests {
    /// Two writers, each running 50 `kinerja append` processes of 20 events (1,000 events each), at once.
    @Test func twoProcessesAppendingAtOnceLeaveAContiguousValidChain() throws {
        let scratch = Scratch()
        let kinerja = Kinerja(ledger: scratch.ledgerPath)
        try kinerja.run(["init"])
        try kinerja.run(["append", "-", "--as", "rina"], input: notes(["before"]))
        let failures = Mutex<[String]>([])
        DispatchQueue.concurrentPerform(iterations: 2) { writer in
            for round in 0..<50 {
                let ids = (0..<20).map { "w\(writer)-r\(round)-e\($0)" }
                do {
                    let result = try kinerja.run(["append", "-", "--as", "clerk-\(writer)"], input: notes(ids))
                    if result.status != 0 { failures.withLock { $0.append(result.errors) } }
                } catch {
                    failures.withLock { $0.append("\(error)") }
                }
            }
        }
        #expect(failures.withLock { $0 } == [])
        let verify = try kinerja.run(["verify"])
        #expect(verify.status == 0)
        #expect(verify.output.hasSuffix("verified 1 stream, 2001 events: ok\n"))
        // Each writer's events are all there, in the order it wrote them, each batch in one piece.
        let lines = try kinerja.run(["log", "--format", "json"]).output.split(separator: "\n")
        #expect(lines.count == 2001)
        for writer in 0..<2 {
            let ids = lines.compactMap { line -> String? in
                guard let range = line.range(of: #""id":"w\#(writer)-"#) else { return nil }
                return String(line[range.upperBound...].prefix { $0 != "\"" })
            }
            #expect(ids == (0..<50).flatMap { round in (0..<20).map { "r\(round)-e\($0)" } })
        }
    }
}

/// A small lock-protected box for collecting results from concurrent work.
final class Mutex<Value>: @unchecked Sendable {
    private var value: Value
    private let lock = NSLock()

    init(_ value: Value) {
        self.value = value
    }

    func withLock<Result>(_ body: (inout Value) -> Result) -> Result {
        lock.lock()
        defer { lock.unlock() }
        return body(&value)
    }
}
