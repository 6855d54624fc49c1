import Dispatch
import KinerjaEvents
import KinerjaStore
import Synchronization

/// Checks every signed batch of a ledger, and names every batch that should be signed and is not.
///
/// One allowed-signers file is built from the ledger stream (every key ever registered, principal the actor's
/// identity, namespace `kinerja`), and each signature is checked by `ssh-keygen -Y verify` (run by the injected
/// ``ProcessRunner``, several at once) against the batch's content as stored
/// (``BatchSignature/content(ofBatch:stream:)``); the findings keep the order of the streams and seqs. The
/// key a signature names must also be the key registered for the actor when the batch was recorded. A batch
/// is missing its signature when its actor had a key registered by then. A damaged stream is read as far as
/// its lines decode (the store's verification names the damage).
package enum SignatureAudit {
    /// One batch whose signature is bad or missing.
    package struct Finding: Sendable, Equatable {
        /// What is wrong.
        package enum Problem: Sendable, Equatable {
            /// The batch is not signed although its actor had a key.
            case missing
            /// The signature names a key that is not the actor's registered one (nil: no key was registered).
            case wrongKey(registered: SSHPublicKey?)
            /// `ssh-keygen -Y verify` refused it, with its message.
            case invalid(String)
            /// A `sig` on an event that does not start its batch.
            case misplaced
        }

        /// The stream.
        package var stream: StreamName
        /// The seq of the batch's first event (or of the misplaced signature).
        package var seq: Int
        /// Who recorded the batch.
        package var actor: String
        /// What is wrong.
        package var problem: Problem
    }

    /// What the audit found.
    package struct Report: Sendable, Equatable {
        /// The batches whose signatures verified.
        package var verified = 0
        /// Every bad or missing signature, by stream and seq.
        package var findings: [Finding] = []
        /// Whether the ledger has any key or signature at all: if not, there was nothing to check.
        package var applies = false
    }

    /// The events of a damaged stream whose lines still read, their hashes not checked: the store's verification
    /// names the damage, and a changed signature is named as well.
    private static func readable(_ stream: StreamName, of ledger: Ledger) -> [StoredEvent] {
        guard let bytes = try? readWholeFile(ledger.path(stream.fileName)) else { return [] }
        return bytes.split(separator: 0x0A).compactMap { line in
            Array(line).withUnsafeBytes { try? EventLine.decode($0, checkingHash: false) }
        }
    }

    /// How many `ssh-keygen -Y verify` run at once by default (no more than the machine's cores run them).
    package static let defaultParallelism = 4

    /// A batch's place in the report: a finding known without `ssh-keygen`, or the check it runs (the request's
    /// index in the list run), with the finding it makes if refused.
    private enum Entry {
        case finding(Finding)
        case check(Int, stream: StreamName, seq: Int, actor: String)
    }

    /// Audits every stream of `ledger`, running up to `parallelism` checks at once. `unsignedStreams` are
    /// streams already read whole and found to hold no signature: while no actor has a key, they are not read.
    package static func audit(
        _ ledger: Ledger, run: ProcessRunner?, parallelism: Int = defaultParallelism,
        unsignedStreams: Set<StreamName> = []
    ) throws(StoreError) -> Report {
        var report = Report()
        var entries: [Entry] = []
        var requests: [ProcessRequest] = []
        func found(_ finding: Finding) { entries.append(.finding(finding)) }
        let streams = try ledger.streams()
        guard streams.contains(.ledger) else { return report }
        let ledgerEvents = (try? ledger.events(in: .ledger)) ?? readable(.ledger, of: ledger)
        // Every key registration, in order, with the time it was recorded.
        var history: [(seq: Int, recordedAt: Timestamp, actor: String, key: SSHPublicKey?)] = []
        for stored in ledgerEvents {
            guard let recorded = try? EventCodec.standard.recordedEvent(stored),
                case .actorRegistered(let registration) = recorded.event
            else { continue }
            history.append(
                (stored.seq, stored.recordedAt, ActorRegistry.identity(registration.actor), registration.key))
        }
        let keys = history.compactMap { entry in entry.key.map { (actor: entry.actor, key: $0) } }
        let allowed = BatchSignature.allowedSigners(keys)
        /// Audits one batch of `stream` (its events whole).
        func audit(_ batch: [StoredEvent], of stream: StreamName) {
            guard let first = batch.first else { return }
            for later in batch.dropFirst() where later.signature != nil {
                report.applies = true
                found(
                    Finding(stream: stream, seq: later.seq, actor: later.actor, problem: .misplaced))
            }
            // The actor's key when the batch was recorded: registered before it in the ledger stream; for
            // another stream, the one in force before its recording time, or any registered at that very
            // millisecond (streams are ordered by time only between them).
            let identity = ActorRegistry.identity(first.actor)
            let keys: [SSHPublicKey?]
            if stream == .ledger {
                keys = [history.last { $0.actor == identity && $0.seq < first.seq }?.key]
            } else {
                keys =
                    [history.last { $0.actor == identity && $0.recordedAt < first.recordedAt }?.key]
                    + history.filter { $0.actor == identity && $0.recordedAt == first.recordedAt }.map(\.key)
            }
            let inForce = keys.last ?? nil
            guard let signature = first.signature else {
                if keys.contains(where: { $0 != nil }) {
                    found(
                        Finding(stream: stream, seq: first.seq, actor: first.actor, problem: .missing))
                }
                return
            }
            report.applies = true
            guard let signer = BatchSignature.signer(of: signature), keys.contains(signer) else {
                found(
                    Finding(
                        stream: stream, seq: first.seq, actor: first.actor, problem: .wrongKey(registered: inForce))
                )
                return
            }
            guard let run else {
                found(
                    Finding(
                        stream: stream, seq: first.seq, actor: first.actor,
                        problem: .invalid("ssh-keygen may not be run here")))
                return
            }
            entries.append(.check(requests.count, stream: stream, seq: first.seq, actor: first.actor))
            requests.append(
                ProcessRequest(
                    program: "ssh-keygen",
                    arguments: [
                        "-Y", "verify", "-f", "@file:allowed_signers", "-I", identity, "-n",
                        BatchSignature.namespace, "-s", "@file:batch.sig",
                    ],
                    input: BatchSignature.content(ofBatch: batch, stream: stream),
                    files: [
                        "allowed_signers": allowed, "batch.sig": Array(BatchSignature.armored(signature).utf8),
                    ]))
        }
        for stream in streams.sorted(by: { ($0 == .ledger ? "" : $0.rawValue) < ($1 == .ledger ? "" : $1.rawValue) }) {
            if keys.isEmpty && unsignedStreams.contains(stream) { continue }
            if stream != .ledger {
                // Read batch by batch, the data summarised where it can be: only a signed batch needs its events
                // whole, which are read again from their lines. (The hashes are verify's to check: it has.) A
                // damaged stream is read line by line instead.
                let before = (entries.count, requests.count, report)
                let lines = ledger.lines(of: stream)
                var batch: [(event: StoredEvent, offset: Int)] = []
                let scan = try? ledger.scan(stream, checkingHashes: false, summarising: true) { event, offset in
                    batch.append((event, offset))
                    guard event.seq == event.batch.last else { return }
                    let signed = batch.first?.event.signature != nil
                    audit(
                        batch.map { event, offset in
                            signed && event.summary != nil ? (try? lines.event(at: offset)) ?? event : event
                        }, of: stream)
                    batch.removeAll(keepingCapacity: true)
                }
                if let scan, scan.damage == nil { continue }
                entries.removeLast(entries.count - before.0)
                requests.removeLast(requests.count - before.1)
                report = before.2
            }
            let events =
                stream == .ledger ? ledgerEvents : ((try? ledger.events(in: stream)) ?? readable(stream, of: ledger))
            var index = 0
            while index < events.count {
                let first = events[index]
                let end = min(events.count, index + max(1, first.batch.last - first.seq + 1))
                audit(Array(events[index..<end]), of: stream)
                index = end
            }
        }
        let results = run.map { run in runAll(requests, with: run, parallelism: parallelism) } ?? []
        for entry in entries {
            switch entry {
            case .finding(let finding):
                report.findings.append(finding)
            case .check(let index, let stream, let seq, let actor):
                let result = results[index]
                if result.status == 0 {
                    report.verified += 1
                } else {
                    report.findings.append(
                        Finding(
                            stream: stream, seq: seq, actor: actor,
                            problem: .invalid(BatchSigner.text(result.errors + result.output))))
                }
            }
        }
        if !keys.isEmpty { report.applies = true }
        return report
    }

    /// The results of `requests`, in their order, each run by `run` with up to `parallelism` running at once
    /// (each worker takes the next request not yet taken).
    static func runAll(_ requests: [ProcessRequest], with run: ProcessRunner, parallelism: Int) -> [ProcessResult] {
        let workers = min(max(1, parallelism), requests.count)
        guard workers > 1 else { return requests.map(run) }
        var results = [ProcessResult](
            repeating: ProcessResult(status: 127, output: [], errors: []), count: requests.count)
        let next = Taken()
        withoutActuallyEscaping(run) { run in
            nonisolated(unsafe) let run = run
            results.withUnsafeMutableBufferPointer { buffer in
                nonisolated(unsafe) let output = buffer
                // One serial queue per worker: each gets a thread of its own even when the shared pool is busy
                // (the workers mostly wait for their processes, which a pool sized to the cores would not run
                // side by side). The group is waited for before `run` and `output` go.
                let group = DispatchGroup()
                for worker in 0..<workers {
                    DispatchQueue(label: "kinerja.signature-audit.\(worker)").async(group: group) {
                        while let index = next.take(below: requests.count) { output[index] = run(requests[index]) }
                    }
                }
                group.wait()
            }
        }
        return results
    }
}

/// The index of the next request a worker takes, shared by the workers.
private final class Taken: Sendable {
    private let next = Mutex(0)

    /// The next index not yet taken, if it is below `count`.
    func take(below count: Int) -> Int? {
        next.withLock { taken in
            guard taken < count else { return nil }
            defer { taken += 1 }
            return taken
        }
    }
}
