import Dispatch
import KinerjaEvents
import KinerjaStore
import Synchronization

/// Where a state finds the bodies of the events it keeps by position only: the stream file, one line read
/// when a view first asks for an event, and the bodies read so far (lines never change once written, so
/// every copy of a state shares them).
///
/// A line that cannot be read, or is not the event expected there, is not shown as some other event: the
/// state answers without it and ``problem`` says what went wrong, for the caller to report.
final class EventBodies: Sendable {
    /// The stream file, when the state was read from one.
    let lines: StreamLines?
    fileprivate let store = Mutex<
        (cache: [Int: RecordedEvent], problem: StoreError?, window: StreamLineWindow?, linesRead: Int)
    >(([:], nil, nil, 0))

    /// Bodies read from `lines` (none to read: nil).
    init(lines: StreamLines?) {
        self.lines = lines
    }

    /// The first failure to read a body, if any.
    var problem: StoreError? {
        store.withLock { $0.problem }
    }

    /// How many lines have been read from the stream file so far (a body read again after the cache let it
    /// go counts again): what a view costs, whatever the stream's length.
    var linesRead: Int {
        store.withLock { $0.linesRead }
    }

    /// How many bodies are kept at most: a view that reads the whole stream (an audit report, `check` of
    /// every year) reads it in memory bounded by this, not by the stream.
    static let cacheLimit = 16_384

    /// Keeps a body read anyway (by the fold), so that it is not read again.
    func keep(_ event: RecordedEvent) {
        store.withLock { store in
            if store.cache.count >= Self.cacheLimit { store.cache.removeAll(keepingCapacity: true) }
            store.cache[event.seq] = event
        }
    }

    /// The event at `seq`, whose line starts at `offset`.
    func event(seq: Int, offset: Int) -> RecordedEvent? {
        if let cached = store.withLock({ $0.cache[seq] }) { return cached }
        guard let lines else { return nil }
        let read = store.withLock { store in
            Result { () throws(StoreError) -> StoredEvent in
                let window: StreamLineWindow
                if let open = store.window {
                    window = open
                } else {
                    window = try StreamLineWindow(lines)
                }
                store.window = window
                store.linesRead += 1
                return try window.event(at: offset, seq: seq)
            }
        }
        switch read {
        case .success(let stored):
            let event = RecordedEvent(decoding: stored)
            keep(event)
            return event
        case .failure(let error):
            store.withLock { if $0.problem == nil { $0.problem = error } }
            return nil
        }
    }
}

extension EventBodies {
    /// How many events ``forEachEvent(at:chunk:_:)`` reads at a time.
    static let chunkSize = 4_096

    /// The events whose lines start at `positions` (each with its seq), handed to `body` in order; one that
    /// cannot be read is left out (the first failure is kept as ``problem``). They are read a chunk at a time, the
    /// two halves of each read and decoded on two cores at once, each through a window of its own, and not
    /// kept: a reader of many events in stream order (the consistency review) reads each once, holding one
    /// chunk.
    func forEachEvent(
        at positions: [(seq: Int, offset: Int)], chunk: Int = chunkSize, _ body: (RecordedEvent) -> Void
    ) {
        guard let lines else { return }
        var windows: [StreamLineWindow?] = [nil, nil]
        var start = 0
        while start < positions.count {
            let part = Array(positions[start..<min(start + max(1, chunk), positions.count)])
            var decoded = [RecordedEvent?](repeating: nil, count: part.count)
            var failures: [StoreError?] = [nil, nil]
            decoded.withUnsafeMutableBufferPointer { decoded in
                windows.withUnsafeMutableBufferPointer { windows in
                    failures.withUnsafeMutableBufferPointer { failures in
                        nonisolated(unsafe) let (decoded, windows, failures) = (decoded, windows, failures)
                        let half = (part.count + 1) / 2
                        DispatchQueue.concurrentPerform(iterations: 2) { core in
                            for index in core == 0 ? 0..<half : half..<part.count {
                                do throws(StoreError) {
                                    if windows[core] == nil { windows[core] = try StreamLineWindow(lines) }
                                    guard let window = windows[core] else { continue }
                                    let stored = try window.event(at: part[index].offset, seq: part[index].seq)
                                    decoded[index] = RecordedEvent(decoding: stored)
                                } catch {
                                    if failures[core] == nil { failures[core] = error }
                                }
                            }
                        }
                    }
                }
            }
            if let failure = failures.compactMap({ $0 }).first {
                store.withLock { if $0.problem == nil { $0.problem = failure } }
            }
            store.withLock { $0.linesRead += part.count }
            for event in decoded { if let event { body(event) } }
            start += part.count
        }
    }
}

extension RecordedEvent {
    /// A stored event with its decoding; data the codec cannot decode (a catalogue and codec that disagree)
    /// is kept as an event of an unknown type, which no view counts.
    init(decoding stored: StoredEvent) {
        let event =
            (try? EventCodec.standard.decode(stored))
            ?? .unknown(type: stored.type, version: stored.version, data: stored.data)
        self.init(stored: stored, event: event)
    }
}
