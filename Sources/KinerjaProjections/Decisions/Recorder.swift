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
            }
        }
    }

    /// Checks and appends `events` to `stream` as one batch recorded by `actor`.
    ///
    /// By default the first event refused stops the check. With `reportingEveryRefusal`, every event is checked
    /// (a refused one is left out of the state the later ones are checked against) and all refusals are
    /// thrown together as ``Failure/refusals(_:)``; nothing is written unless every event passes.
    package static func record(
        _ events: [NewEvent], to stream: StreamName, actor: String, in ledger: Ledger,
        environment: LedgerEnvironment, reportingEveryRefusal: Bool = false
    ) throws(Failure) -> AppendOutcome {
        try ledger.withExclusiveLock(mappingLockFailure: Failure.store) { () throws(Failure) in
            let (writer, identified, recordedAt) = try checkedBatch(
                events, to: stream, actor: actor, in: ledger, environment: environment,
                reportingEveryRefusal: reportingEveryRefusal)
            return try wrap { () throws(StoreError) in
                try writer.append(identified, actor: actor, recordedAt: recordedAt, makeID: environment.makeID)
            }
        }
    }

    /// Checks `events` as ``record(_:to:actor:in:environment:reportingEveryRefusal:)`` would, reporting every
    /// refusal, and writes nothing.
    package static func check(
        _ events: [NewEvent], to stream: StreamName, actor: String, in ledger: Ledger,
        environment: LedgerEnvironment
    ) throws(Failure) {
        try ledger.withExclusiveLock(mappingLockFailure: Failure.store) { () throws(Failure) in
            _ = try checkedBatch(
                events, to: stream, actor: actor, in: ledger, environment: environment, reportingEveryRefusal: true)
        }
    }

    /// Under the lock: the stream's writer, the events with their ids, and the time they are recorded at,
    /// once every event has passed.
    private static func checkedBatch(
        _ events: [NewEvent], to stream: StreamName, actor: String, in ledger: Ledger,
        environment: LedgerEnvironment, reportingEveryRefusal: Bool
    ) throws(Failure) -> (StreamWriter, [NewEvent], Timestamp) {
        guard !events.isEmpty else { throw .store(.emptyBatch) }
        var registry = ActorRegistry()
        var state = OrganisationState(stream: stream)
        if stream != .ledger {
            for event in try wrap({ () throws(StoreError) in try ledger.events(in: .ledger) }) {
                registry.evolve(event)
            }
        }
        let writer = try wrap { () throws(StoreError) in
            try StreamWriter(ledger: ledger, stream: stream) { event in
                if stream == .ledger { registry.evolve(event) }
                state.evolve(event)
            }
        }
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
                guard reportingEveryRefusal else { throw error }
                switch error {
                case .refused, .invalid: refusals.append(error)
                default: throw error
                }
            }
        }
        if !refusals.isEmpty { throw .refusals(refusals) }
        return (writer, identified, recordedAt)
    }

    private static func wrap<Value>(_ body: () throws(StoreError) -> Value) throws(Failure) -> Value {
        do {
            return try body()
        } catch {
            throw .store(error)
        }
    }
}
