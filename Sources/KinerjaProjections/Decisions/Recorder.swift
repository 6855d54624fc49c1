import KinerjaEvents
import KinerjaStore

/// Records decisions: under the ledger's lock, rebuilds the state of the stream (and the actor registry),
/// checks every event of the batch against it in order, and appends the batch only if all pass.
package enum Recorder {
    /// Why a batch was not recorded. Nothing was written.
    package enum Failure: Error, Equatable, Sendable, CustomStringConvertible {
        /// The store refused or failed.
        case store(StoreError)
        /// Event number `index` (1-based) of the batch contradicts the state.
        case refused(index: Int, type: String, DecisionError)
        /// Event number `index` (1-based) does not fit its type (the catalogue's check).
        case invalid(index: Int, type: String, reason: String)
        /// The batch could not be signed (`--sign-with`).
        case signing(SigningFailure)
        /// Every event of the batch that was refused or invalid (each a ``refused(index:type:_:)`` or
        /// ``invalid(index:type:reason:)``), in batch order, when the caller asked for all of them.
        case refusals([Failure])

        /// One sentence.
        package var description: String {
            switch self {
            case .store(let error): error.description
            case .refused(let index, let type, let error): "event \(index) (\(type)) refused: \(error)"
            case .invalid(let index, let type, let reason): "event \(index) (\(type)) is invalid: \(reason)"
            case .refusals(let failures): failures.map(\.description).joined(separator: "; ")
            case .signing(let failure): failure.description
            }
        }
    }

    /// Checks and appends `events` to `stream` as one batch recorded by `actor`.
    ///
    /// By default the first event refused stops the check. With `reportingEveryRefusal`, every event is checked
    /// (a refused one is left out of the state the later ones are checked against) and all refusals are
    /// thrown together as ``Failure/refusals(_:)``; nothing is written unless every event passes.
    ///
    /// With a `signer`, the events to be written are signed (``BatchSignature``) under the lock, once they
    /// passed, and the signature is stored with the first; the actor must have a registered key and the
    /// signature must be made by it (judged by ``Decider/checkSigner(_:actor:registry:)``).
    package static func record(
        _ events: [NewEvent], to stream: StreamName, actor: String, in ledger: Ledger,
        environment: LedgerEnvironment, reportingEveryRefusal: Bool = false, signer: BatchSigner? = nil
    ) throws(Failure) -> AppendOutcome {
        try ledger.withExclusiveLock(mappingLockFailure: Failure.store) { () throws(Failure) in
            let checked = try checkedBatch(
                events, to: stream, actor: actor, in: ledger, environment: environment,
                reportingEveryRefusal: reportingEveryRefusal, signed: signer != nil)
            let signature = try signer.flatMap { (signer) throws(Failure) in
                try sign(checked, actor: actor, in: ledger, with: signer)
            }
            // Nothing is written from a state read from a snapshot found damaged meanwhile.
            if let problem = checked.base.snapshotDamage { throw .store(problem) }
            let outcome = try wrap { () throws(StoreError) in
                try checked.writer.append(
                    checked.events, actor: actor, recordedAt: checked.recordedAt, makeID: environment.makeID,
                    signature: signature)
            }
            takeSnapshotIfDue(after: outcome, of: checked, in: ledger)
            return outcome
        }
    }

    /// The signature of the events of `checked` that will be written (those whose id the stream does not hold
    /// yet), checked to be by the actor's registered key; nil when every event is already present.
    private static func sign(
        _ checked: CheckedBatch, actor: String, in ledger: Ledger, with signer: BatchSigner
    ) throws(Failure) -> String? {
        var seen: Set<String> = []
        let fresh = checked.events.filter { event in
            guard let id = event.id, checked.writer.seq(of: id) == nil else { return false }
            return seen.insert(id).inserted
        }
        guard let first = fresh.first else { return nil }
        do throws(DecisionError) {
            try Decider.checkSigner(nil, actor: actor, registry: checked.registry)
        } catch {
            throw .refused(index: 1, type: first.type, error)
        }
        let content = BatchSignature.content(
            of: fresh.map { event in
                BatchSignature.SignedEvent(
                    id: event.id ?? "", type: event.type, version: ledger.schemas.currentVersion(of: event.type) ?? 1,
                    data: event.data, effective: event.effective)
            }, actor: actor, stream: checked.stream, prev: checked.writer.head.hash)
        let signature: String
        switch signer.sign(content) {
        case .success(let made): signature = made
        case .failure(let failure): throw .signing(failure)
        }
        do throws(DecisionError) {
            try Decider.checkSigner(
                BatchSignature.signer(of: signature), actor: actor, registry: checked.registry,
                signatureMade: true)
        } catch {
            throw .refused(index: 1, type: first.type, error)
        }
        return signature
    }

    /// Writes a snapshot of the stream's state after `outcome` once the stream has grown by the ledger's
    /// ``Ledger/snapshotInterval`` since the one the check started from. The batch is recorded and
    /// acknowledged already; a snapshot is a cache, so failing to write one changes nothing and is not reported.
    private static func takeSnapshotIfDue(after outcome: AppendOutcome, of checked: CheckedBatch, in ledger: Ledger) {
        guard checked.stream != .ledger, !outcome.written.isEmpty,
            outcome.head.seq - checked.snapshotSeq >= ledger.snapshotInterval, checked.base.snapshotDamage == nil
        else { return }
        var state = checked.base
        for (event, offset) in zip(outcome.written, outcome.writtenOffsets) { state.evolve(event, offset: offset) }
        let (position, lineOffset) = checked.writer.position
        guard state.eventCount == position.eventCount else { return }
        let snapshot = StateCheckpoint(position: position, lineOffset: lineOffset, state: state)
        try? ledger.writeSnapshots([snapshot], of: checked.stream, replacing: false)
    }

    /// Checks `events` as ``record(_:to:actor:in:environment:reportingEveryRefusal:signer:)`` would, reporting
    /// every refusal, and writes nothing.
    ///
    /// Without a `signer` the batch is checked as unsigned, so the organisation's signing policy refuses its
    /// decisions as the real run would. With one it is checked as signed, and once every event passed it is
    /// signed as the real run signs it, to check the signature is made by the actor's registered key; the
    /// signature is not kept.
    package static func check(
        _ events: [NewEvent], to stream: StreamName, actor: String, in ledger: Ledger,
        environment: LedgerEnvironment, signer: BatchSigner? = nil
    ) throws(Failure) {
        try ledger.withExclusiveLock(mappingLockFailure: Failure.store) { () throws(Failure) in
            let checked = try checkedBatch(
                events, to: stream, actor: actor, in: ledger, environment: environment, reportingEveryRefusal: true,
                signed: signer != nil)
            if let signer { _ = try sign(checked, actor: actor, in: ledger, with: signer) }
        }
    }

    /// A batch that passed every check, ready to append.
    private struct CheckedBatch {
        /// The stream.
        var stream: StreamName
        /// Its writer, holding the stream's head.
        var writer: StreamWriter
        /// The events with their ids.
        var events: [NewEvent]
        /// The time they are recorded at.
        var recordedAt: Timestamp
        /// The stream's state before the batch.
        var base: OrganisationState
        /// The seq of the snapshot the state started from (0: none).
        var snapshotSeq: Int
        /// The actors before the batch.
        var registry: ActorRegistry
    }

    /// Under the lock: the stream's writer and state, from the latest snapshot and the stream after it (the
    /// ledger stream, which also gives the actors, from its start), and the batch once every event has passed.
    private static func checkedBatch(
        _ events: [NewEvent], to stream: StreamName, actor: String, in ledger: Ledger,
        environment: LedgerEnvironment, reportingEveryRefusal: Bool, signed: Bool
    ) throws(Failure) -> CheckedBatch {
        guard !events.isEmpty else { throw .store(.emptyBatch) }
        var registry = ActorRegistry()
        if stream != .ledger {
            for event in try wrap({ () throws(StoreError) in try ledger.events(in: .ledger) }) {
                registry.evolve(event)
            }
        }
        // The fold starts where this process last folded the stream to (the state the command read to check
        // its options, if nothing was written since), else from the latest snapshot.
        let snapshot = stream == .ledger ? nil : (try? ledger.latestState(stream)) ?? nil
        let snapshotSeq =
            stream == .ledger ? 0 : (try? ledger.latestCheckpoint(stream))?.checkpoint?.position.eventCount ?? 0
        var state = snapshot?.state ?? ledger.emptyState(stream)
        let writer = try wrap { () throws(StoreError) in
            try StreamWriter(
                ledger: ledger, stream: stream, resuming: snapshot.map { ($0.position, $0.lineOffset) },
                earlier: snapshot.map { earlier in { id in earlier.state.location(of: id) } },
                summarising: stream != .ledger  // the registry reads the actors' events whole
            ) { event, offset in
                if stream == .ledger { registry.evolve(event) }
                state.evolve(event, offset: offset)
            }
        }
        let base = state
        let baseRegistry = registry
        let recordedAt = environment.now()
        var identified: [NewEvent] = []
        var refusals: [Failure] = []
        for (index, original) in events.enumerated() {
            var event = original
            do throws(Failure) {
                if let reason = ledger.catalog.problem(with: event) {
                    throw .invalid(index: index + 1, type: event.type, reason: reason)
                }
                // Decoded once: the Decider and the state read the typed event.
                let typed: DomainEvent
                do throws(EventCodecError) {
                    typed = try EventCodec.standard.decode(event)
                } catch {
                    throw .invalid(index: index + 1, type: event.type, reason: error.description)
                }
                let id: String
                if let given = event.id {
                    id = given
                } else {
                    id = environment.makeID(state.eventCount + 1)
                    // A generated id must be new: never mistaken for a repeat of an existing event.
                    if writer.seq(of: id) != nil || identified.contains(where: { $0.id == id }) {
                        throw .store(.idConflict(stream: stream, id: id, existingSeq: writer.seq(of: id)))
                    }
                }
                event.id = id
                if writer.seq(of: id) == nil {  // else a repeat: the writer skips it or refuses a conflict
                    do throws(DecisionError) {
                        try Decider.check(
                            typed, id: id, effective: event.effective, actor: actor, stream: stream,
                            registry: registry, state: state, recordedAt: recordedAt, catalog: ledger.catalog)
                        try Decider.checkSigningPolicy(typed, signed: signed, state: state, recordedAt: recordedAt)
                    } catch {
                        throw .refused(index: index + 1, type: event.type, error)
                    }
                    let provisional = StoredEvent(
                        envelope: EventEnvelope(
                            seq: state.eventCount + 1, id: id, type: event.type, version: typed.version,
                            recordedAt: recordedAt, actor: actor, effective: event.effective,
                            batch: BatchRange(first: 1, last: 1), data: event.data, prev: .zero),
                        hash: .zero)
                    let recorded = RecordedEvent(stored: provisional, event: typed)
                    if stream == .ledger { registry.evolve(recorded) }
                    state.evolve(recorded)
                }
                identified.append(event)
            } catch {
                // A refusal judged on a state missing a body it could not read, or read from a snapshot found
                // damaged, is no refusal: the damage is.
                if let problem = state.readProblem ?? state.snapshotDamage { throw .store(problem) }
                guard reportingEveryRefusal else { throw error }
                switch error {
                case .refused, .invalid: refusals.append(error)
                default: throw error
                }
            }
        }
        if let problem = state.readProblem ?? state.snapshotDamage { throw .store(problem) }
        if !refusals.isEmpty { throw .refusals(refusals) }
        return CheckedBatch(
            stream: stream, writer: writer, events: identified, recordedAt: recordedAt, base: base,
            snapshotSeq: snapshotSeq, registry: baseRegistry)
    }

    private static func wrap<Value>(_ body: () throws(StoreError) -> Value) throws(Failure) -> Value {
        do {
            return try body()
        } catch {
            throw .store(error)
        }
    }
}
