import Dispatch

/// Reads a stream file line by line, checking every line's hash, the chain, seq, batches, ids and the
/// data schema, and hands the events of complete batches to a visitor in order.
package enum StreamScanner {
    /// Scans the stream `stream` at `path`, calling `visit` with each committed event and the offset of its
    /// line; the same as ``scan(stream:path:schemas:checkingHashes:summarising:resuming:recordedBy:progress:into:)``
    /// with a visitor made of closures. With `knownIDs`, an id already in the stream is looked up through it
    /// (the caller's read model, which `visit` keeps) instead of in an index of the scan's own.
    package static func scan(
        stream: StreamName, path: String, schemas: any StoredEventChecking, checkingHashes: Bool = true,
        summarising: Bool = false,
        resuming start: StreamScan? = nil, recordedBy limit: Timestamp? = nil, progress: ProgressHandler? = nil,
        visit: (_ event: StoredEvent, _ offset: Int) -> Void = { _, _ in }, knownIDs: ((String) -> Int?)? = nil
    ) throws(StoreError) -> StreamScan {
        try ClosureVisitor.with(visit: visit, knownIDs: knownIDs) { visitor throws(StoreError) in
            try scan(
                stream: stream, path: path, schemas: schemas, checkingHashes: checkingHashes,
                summarising: summarising, resuming: start, recordedBy: limit, progress: progress, into: &visitor)
        }
    }

    /// Scans the stream `stream` at `path`, handing each committed event and the offset of its line to
    /// `visitor`. A missing file is an empty stream. Without `checkingHashes`, each line's stated hash is
    /// trusted (the chain of `prev` links is still checked): for replays of a stream `verify` has passed.
    ///
    /// With `resuming`, the scan starts where that earlier scan's committed events end (a checkpoint's
    /// position) and carries its count, head hash and time on; ids are then checked for uniqueness only
    /// among the events read, unless the visitor knows the ids before the position too. With `recordedBy`,
    /// it stops before the first event recorded after that time (recording times never decrease along a
    /// stream, so nothing later can be earlier). With `summarising`, events whose data the catalogue can
    /// check in its bytes come with a ``StoredEvent/summary`` and empty data (for a replay that folds only
    /// what summaries hold). The ids of events up to seq `idsCheckedThrough` are not looked up among the
    /// events before them (the caller knows a writer did, and checks that they did not change; ids repeated
    /// within a batch are still found).
    package static func scan<Visitor: StreamVisitor>(
        stream: StreamName, path: String, schemas: any StoredEventChecking, checkingHashes: Bool = true,
        summarising: Bool = false, resuming start: StreamScan? = nil, recordedBy limit: Timestamp? = nil,
        idsCheckedThrough: Int = 0, progress: ProgressHandler? = nil, into visitor: inout Visitor
    ) throws(StoreError) -> StreamScan {
        var chain = ChainCheck(
            scan: start ?? StreamScan(stream: stream, path: path), schemas: schemas, limit: limit,
            ownIDs: visitor.knowsIDs ? nil : SeenIDs(lines: StreamLines(stream: stream, path: path)),
            idsCheckedThrough: idsCheckedThrough)
        guard fileExists(path) else { return chain.scan }
        // Blocks of 2 MB, a few thousand lines each: one being decoded, one being read, and the results of the
        // one before until it is checked.
        let reader = try LineReader(
            path: path, chunkSize: 2 << 20, offset: chain.scan.committedLength, linesBefore: chain.scan.eventCount)
        let report = progress.map { handler in
            { (done: Int, total: Int) in handler(ProgressUpdate(task: "reading \(stream)", done: done, total: total)) }
        }
        // Each block is decoded while the block before it is checked and folded, side by side on the cores:
        // the work that depends on earlier lines runs beside the work that does not, and so does reading the
        // next block. The block before is let go of where it is checked.
        var current = DecodedBlock()
        var previous = DecodedBlock()
        var going = true
        try reader.forEachBlock(progress: report) { lines, readAhead in
            current.events.reserve(lines.count)
            decodeLines(
                lines, checkingHashes: checkingHashes, schemas: schemas, summarising: summarising,
                into: current.events.base, problems: &current.problems, fingerprints: &current.fingerprints,
                readAhead: readAhead,
                alongside: {
                    guard !previous.places.isEmpty else { return }
                    going = chain.check(previous, into: &visitor)
                    previous.removeAll()
                })
            current.events.count = lines.count
            current.places.append(contentsOf: lines.lazy.map(LinePlace.init))
            swap(&current, &previous)
            return going
        }
        if going, !previous.places.isEmpty {
            _ = chain.check(previous, into: &visitor)
        }
        return chain.finish()
    }

    /// Decodes and checks each line on its own (hash, JSON, envelope, schema): the work that does not depend
    /// on other lines, spread over the cores for large blocks. Results come back in line order. Without a
    /// `schemas`, the data is not checked against its schema (for caches of lines a scan already checked).
    /// With `summarising`, data the catalogue checks in its bytes is summarised instead of decoded.
    /// `alongside` and `readAhead` run meanwhile, each on one of the threads, once. The events initialise
    /// `events[0..<lines.count]` (``StoredEvent/none`` for a line that is not one, whose problem is in
    /// `problems` by its index), and `fingerprints` gets each event's ``EventIDFingerprint`` (0 for a line
    /// that is not one). (Events and problems apart, not as `Result`s: the check reads each event where it
    /// lies, where binding a `Result`'s event copied it, with its strings, three times a line.)
    static func decodeLines(
        _ lines: [LineReader.Line], checkingHashes: Bool, schemas: (any StoredEventChecking)?,
        summarising: Bool = false, into events: UnsafeMutablePointer<StoredEvent>, problems: inout [Int: LineProblem],
        fingerprints: inout [UInt32], readAhead: () -> Void = {}, alongside: () -> Void = {}
    ) {
        // Made once: an optional made per line would copy (retain and release) the catalogue per line.
        let summariser = summarising ? schemas : nil
        // Decodes a line into `slot` (the event moved in, not copied out of a `Result`, or ``StoredEvent/none``);
        // returns the line's problem, or nil when it is an event.
        @Sendable func decode(
            _ line: LineReader.Line, into slot: UnsafeMutablePointer<StoredEvent>, memo: inout EnvelopeMemo,
            hashed: SHA256Digest? = nil
        ) -> LineProblem? {
            guard line.isTerminated else {  // a torn line: the caller stops before it
                slot.initialize(to: .none)
                return .empty
            }
            do throws(LineProblem) {
                let event = try EventLine.decode(
                    line.bytes, checkingHash: checkingHashes, summarising: summariser, memo: &memo, hashed: hashed)
                if event.summary?.kind == nil, let schemas, schemas.knows(type: event.type, version: event.version),
                    let problem = schemas.problem(with: event)
                {
                    throw problem
                }
                slot.initialize(to: event)
                return nil
            } catch {
                slot.initialize(to: .none)
                return error
            }
        }
        let slices = lines.count >= 256 ? 8 : 1
        // Each slice's problems, written by the slice alone, gathered once all are done.
        var sliceProblems = [[(Int, LineProblem)]](repeating: [], count: slices)
        fingerprints = [UInt32](repeating: 0, count: lines.count)
        fingerprints.withUnsafeMutableBufferPointer { prints in
            sliceProblems.withUnsafeMutableBufferPointer { sliceProblems in
                withoutActuallyEscaping(alongside) { alongside in
                    withoutActuallyEscaping(readAhead) { readAhead in
                        let (alongside, readAhead) = (Unchecked(alongside), Unchecked(readAhead))
                        nonisolated(unsafe) let (prints, sliceProblems) = (prints, sliceProblems)
                        do {
                            nonisolated(unsafe) let output = events
                            @Sendable func decodeSlice(_ slice: Int) {
                                let range = (lines.count * slice / slices)..<(lines.count * (slice + 1) / slices)
                                var memo = EnvelopeMemo()
                                func decodeLine(_ index: Int, hashed: SHA256Digest? = nil) {
                                    if let problem = decode(
                                        lines[index], into: output + index, memo: &memo, hashed: hashed)
                                    {
                                        sliceProblems[slice].append((index, problem))
                                    } else {
                                        prints[index] = EventIDFingerprint.of(output[index].id)
                                    }
                                }
                                // Two lines at a time, their hashes worked out side by side (SHA256.hash(_:_:)).
                                var index = range.lowerBound
                                while index < range.upperBound {
                                    guard checkingHashes, index + 1 < range.upperBound,
                                        let first = EventLine.hashedBytes(of: lines[index].bytes),
                                        let second = EventLine.hashedBytes(of: lines[index + 1].bytes)
                                    else {
                                        decodeLine(index)
                                        index += 1
                                        continue
                                    }
                                    let hashes = SHA256.hash(first, second)
                                    decodeLine(index, hashed: hashes.0)
                                    decodeLine(index + 1, hashed: hashes.1)
                                    index += 2
                                }
                            }
                            guard slices > 1 else {
                                alongside.value()
                                readAhead.value()
                                decodeSlice(0)
                                return
                            }
                            // The first iterations are the work alongside and the reading ahead, so that they
                            // start first and the slices fill in. Each slice initialises its own part of the
                            // events.
                            DispatchQueue.concurrentPerform(iterations: slices + 2) { iteration in
                                guard iteration > 1 else {
                                    return iteration == 0 ? alongside.value() : readAhead.value()
                                }
                                decodeSlice(iteration - 2)
                            }
                        }
                    }
                }
            }
        }
        problems = Dictionary(uniqueKeysWithValues: sliceProblems.joined())
    }
}

/// One block's lines once read: where each was, what decoding it gave (an event, or ``StoredEvent/none`` and a
/// problem), and its event's id's fingerprint.
private struct DecodedBlock {
    var places: [LinePlace] = []
    let events = EventSlots()
    var problems: [Int: LineProblem] = [:]
    var fingerprints: [UInt32] = []

    /// Lets go of the events (where this runs: beside the decoding of the next block), keeping the places'
    /// and the events' memory for the next block.
    mutating func removeAll() {
        places.removeAll(keepingCapacity: true)
        events.removeAll()
        problems.removeAll()
        fingerprints.removeAll()
    }
}

/// A block's decoded events in memory of its own, taken out one after another: an array's element is copied
/// out (a retain and a release of each of its strings, for every line of a replay), where an event taken from
/// here is moved.
private final class EventSlots {
    /// The slots: `taken..<count` hold events.
    private(set) var base = UnsafeMutablePointer<StoredEvent>.allocate(capacity: 0)
    private var capacity = 0
    /// How many slots were initialised (set by whoever initialised them).
    var count = 0
    /// How many were taken, from the first.
    private var taken = 0

    /// Makes room for `wanted` events (it must hold none).
    func reserve(_ wanted: Int) {
        precondition(count == 0)
        guard wanted > capacity else { return }
        base.deallocate()
        base = .allocate(capacity: wanted)
        capacity = wanted
    }

    /// Whether it holds no event (none initialised, or every one taken).
    var isEmpty: Bool { count == taken }

    /// Appends `event` (moved in) after those initialised; none may have been taken.
    func append(_ event: consuming StoredEvent) {
        precondition(taken == 0)
        if count == capacity {
            let larger = UnsafeMutablePointer<StoredEvent>.allocate(capacity: max(16, capacity * 2))
            larger.moveInitialize(from: base, count: count)
            base.deallocate()
            (base, capacity) = (larger, max(16, capacity * 2))
        }
        (base + count).initialize(to: event)
        count += 1
    }

    /// The event at `index`, read where it lies (one not taken).
    subscript(index: Int) -> StoredEvent {
        unsafeAddress {
            precondition(index >= taken && index < count)
            return UnsafePointer(base + index)
        }
    }

    /// Moves out the event at `index`, the first not taken yet.
    func take(_ index: Int) -> StoredEvent {
        precondition(index == taken && index < count)
        taken += 1
        return (base + index).move()
    }

    /// Lets go of the events not taken.
    func removeAll() {
        (base + taken).deinitialize(count: count - taken)
        (count, taken) = (0, 0)
    }

    deinit {
        removeAll()
        base.deallocate()
    }
}

/// Where a line was, once its bytes are gone: what the checks across lines need of it.
private struct LinePlace {
    let number: Int
    let offset: Int
    let length: Int
    let isTerminated: Bool

    init(_ line: LineReader.Line) {
        number = line.number
        offset = line.offset
        length = line.bytes.count
        isTerminated = line.isTerminated
    }
}

/// The checks that relate a line to the lines before it (seq, chain, time, batch, ids) and the scan's
/// position so far, run in line order; committed batches go to the visitor.
private struct ChainCheck {
    var scan: StreamScan
    let schemas: any StoredEventChecking
    let limit: Timestamp?
    /// The scan's own index of the ids, when the visitor keeps none.
    var ownIDs: SeenIDs?
    /// The events of the batch being read (moved in, and out to the visitor), where their lines start, and
    /// their ids' fingerprints.
    let pending = EventSlots()
    var pendingOffsets: [Int] = []
    var pendingFingerprints: [UInt32] = []
    /// The seqs of a large pending batch's events by id (built as the batch grows past a few dozen).
    var pendingIDs: [String: Int] = [:]
    var lastHash: SHA256Digest
    var lastRecordedAt: Timestamp?
    /// Where the last line read ends.
    var fileEnd: Int
    var reachedLimit = false
    /// The last seq whose id a writer checked was new (not looked up again).
    let idsCheckedThrough: Int

    init(
        scan: StreamScan, schemas: any StoredEventChecking, limit: Timestamp?, ownIDs: SeenIDs?, idsCheckedThrough: Int
    ) {
        self.scan = scan
        self.schemas = schemas
        self.limit = limit
        self.ownIDs = ownIDs
        self.idsCheckedThrough = idsCheckedThrough
        lastHash = scan.headHash
        lastRecordedAt = scan.lastRecordedAt
        fileEnd = scan.committedLength
    }

    /// Checks a block's lines in order; false stops the scan.
    mutating func check<Visitor: StreamVisitor>(_ block: DecodedBlock, into visitor: inout Visitor) -> Bool {
        // The visitor fetches what it will look up for an id a few events ahead, so that the fetches overlap the
        // checks between. (Reading a whole block's slots first gained nothing: they were evicted before use,
        // and each read waited for memory.)
        let ahead = 16
        for fingerprint in block.fingerprints.prefix(ahead) { prefetch(fingerprint, for: &visitor) }
        for index in block.places.indices {
            if index + ahead < block.fingerprints.count { prefetch(block.fingerprints[index + ahead], for: &visitor) }
            let problem = block.problems.isEmpty ? nil : block.problems[index]
            // Each event is moved out of its slot, not copied: a copy (a retain and a release of each of its
            // strings) was a tenth of the time a replay spent checking lines in order.
            let event = block.events.take(index)
            guard check(block.places[index], event, problem, block.fingerprints[index], into: &visitor)
            else { return false }
        }
        return true
    }

    /// Fetches what a lookup of an id with `fingerprint` reads first, from whichever index of ids the scan
    /// looks ids up in (its own, or the visitor's).
    @inline(__always)
    private func prefetch<Visitor: StreamVisitor>(_ fingerprint: UInt32, for visitor: inout Visitor) {
        // Through the optional, not a copy bound by `if let` (a retain and a release of its tables per event).
        if ownIDs != nil { ownIDs?.prefetch(fingerprint) } else { visitor.prefetch(idFingerprint: fingerprint) }
    }

    /// The seq of the event with `id` in the batch being read: found by looking through a small batch, and
    /// through an index of a large one.
    private mutating func seqInBatch(_ id: String) -> Int? {
        guard pending.count > 32 else {
            for index in 0..<pending.count where pending[index].id == id { return pending[index].seq }
            return nil
        }
        for index in pendingIDs.count..<pending.count { pendingIDs[pending[index].id] = pending[index].seq }
        return pendingIDs[id]
    }

    private mutating func fail(_ line: LinePlace, _ problem: LineProblem) -> Bool {
        scan.damage = StreamDamage(stream: scan.stream, path: scan.path, line: line.number, problem: problem)
        return false
    }

    /// Applies the checks that relate a line to the lines before it; false stops the scan.
    @inline(__always)
    private mutating func check<Visitor: StreamVisitor>(
        _ line: LinePlace, _ event: consuming StoredEvent, _ problem: LineProblem?, _ fingerprint: UInt32,
        into visitor: inout Visitor
    ) -> Bool {
        fileEnd = line.offset + line.length + (line.isTerminated ? 1 : 0)
        guard line.isTerminated else { return false }
        let expectedSeq = scan.eventCount + pending.count + 1
        if let problem { return fail(line, problem) }
        // Members are read through the event (`event.seq`), not a copy of its envelope: this runs once per
        // stored event.
        if let limit, pending.isEmpty, event.recordedAt > limit {
            reachedLimit = true
            return false
        }
        if event.seq != expectedSeq {
            return fail(line, .seqOutOfOrder(found: event.seq, expected: expectedSeq))
        }
        if event.prev != lastHash { return fail(line, .prevMismatch(found: event.prev, expected: lastHash)) }
        if let lastRecordedAt, event.recordedAt < lastRecordedAt {
            return fail(line, .recordedAtDecreased(found: event.recordedAt, previous: lastRecordedAt))
        }
        let batch = event.batch
        if !pending.isEmpty {
            let open = pending[0].batch
            if batch != open {
                return fail(
                    line,
                    .batchInconsistent(
                        "seq \(event.seq) names batch \(batch.first)–\(batch.last) inside batch \(open.first)–\(open.last)"
                    ))
            }
        } else if batch.first != event.seq {
            return fail(
                line, .batchInconsistent("seq \(event.seq) starts a batch that claims to start at \(batch.first)"))
        }
        let earlier =
            (pending.isEmpty ? nil : seqInBatch(event.id))
            ?? (event.seq <= idsCheckedThrough
                ? nil
                : ownIDs == nil
                    ? visitor.seq(of: event.id, fingerprint: fingerprint)
                    : ownIDs?.seq(of: event.id, fingerprint: fingerprint))
        if let earlier { return fail(line, .duplicateID(event.id, firstSeq: earlier)) }
        lastHash = event.hash
        lastRecordedAt = event.recordedAt
        if pending.isEmpty && batch.last == event.seq {
            // A batch of one event (most are): handed on as it is, without waiting in `pending`.
            hand(event, offset: line.offset, fingerprint: fingerprint, into: &visitor)
            commit(count: 1, endingAt: line)
        } else {
            let last = batch.last == event.seq
            pending.append(event)
            pendingOffsets.append(line.offset)
            pendingFingerprints.append(fingerprint)
            if last {
                let count = pending.count
                for index in 0..<count {
                    hand(
                        pending.take(index), offset: pendingOffsets[index], fingerprint: pendingFingerprints[index],
                        into: &visitor)
                }
                commit(count: count, endingAt: line)
                pending.removeAll()
                pendingOffsets.removeAll(keepingCapacity: true)
                pendingFingerprints.removeAll(keepingCapacity: true)
                if !pendingIDs.isEmpty { pendingIDs.removeAll(keepingCapacity: true) }
            }
        }
        return true
    }

    /// Hands one event of a complete batch to the visitor (and to the scan's own index of ids).
    @inline(__always)
    private mutating func hand<Visitor: StreamVisitor>(
        _ event: StoredEvent, offset: Int, fingerprint: UInt32, into visitor: inout Visitor
    ) {
        ownIDs?.insert(event.id, seq: event.seq, fingerprint: fingerprint, offset: offset)
        // A summarised event is of a type the catalogue knows (it summarised it). (Its kind is read, not the
        // summary: comparing the optional summary with nil copied it, strings and all.)
        if event.summary?.kind == nil, !schemas.knows(type: event.type, version: event.version) {
            scan.unrecognised.append(UnrecognisedEvent(seq: event.seq, type: event.type, version: event.version))
        }
        if event.signature != nil { scan.signedEvents += 1 }
        visitor.visit(event, offset: offset, idFingerprint: fingerprint)
    }

    /// Moves the position past a complete batch of `count` events whose last line is `line`.
    private mutating func commit(count: Int, endingAt line: LinePlace) {
        scan.eventCount += count
        scan.headHash = lastHash
        scan.lastRecordedAt = lastRecordedAt
        scan.committedLength = line.offset + line.length + 1
    }

    /// The scan's result: its position, and the incomplete tail when the file goes on past the last
    /// complete batch (and nothing else stopped the scan there).
    func finish() -> StreamScan {
        var scan = scan
        if scan.damage == nil && !reachedLimit && fileEnd > scan.committedLength {
            let reason =
                if let open = pending.isEmpty ? nil : pending[0].batch {
                    "batch \(open.first)–\(open.last) has only \(pending.count) of its \(open.last - open.first + 1) events"
                } else {
                    "a last line without its newline"
                }
            scan.incompleteTail = IncompleteTail(
                offset: scan.committedLength, length: fileEnd - scan.committedLength, afterSeq: scan.eventCount,
                reason: reason, chainedLines: pending.count)
        }
        return scan
    }
}

/// A closure that a scan runs on another thread while its own thread waits for it (so it never runs at the
/// same time as the code that made it).
private struct Unchecked: @unchecked Sendable {
    let value: () -> Void
    init(_ value: @escaping () -> Void) {
        self.value = value
    }
}

/// The ids of the committed events a scan has read, to refuse an id used twice, in memory that does not hold
/// the ids themselves: the first id with each ``EventIDFingerprint`` (worked out on the decoding threads) by
/// where its line starts, and the few ids whose fingerprint an earlier id has, whole. An id whose fingerprint
/// an earlier one has is compared with that earlier line's id, read again (some hundred times in a million
/// ids), so the answer is exact.
private struct SeenIDs {
    let lines: StreamLines
    /// Where the line of the first id with each fingerprint starts, by its place in `offsets` plus one.
    private var first = FingerprintTable()
    private var offsets: [Int] = []
    /// Ids whose fingerprint an earlier, different id has, with their seqs.
    private var collided: [String: Int] = [:]

    init(lines: StreamLines) {
        self.lines = lines
    }

    /// The seq of the committed event with `id`, whose fingerprint is `fingerprint`, if one was seen.
    func seq(of id: String, fingerprint: UInt32) -> Int? {
        // A colliding id's fingerprint is an earlier id's: one whose fingerprint no id has is new, and no
        // string is hashed for it.
        guard let place = first[fingerprint] else { return nil }
        if !collided.isEmpty, let seq = collided[id] { return seq }
        // The same fingerprint: the same id, unless the line says otherwise (a line that cannot be read again
        // counts as the same id, at seq 0, which refuses the stream rather than let an id pass twice).
        guard let earlier = try? lines.event(at: offsets[place - 1]) else { return 0 }
        return earlier.id == id ? earlier.seq : nil
    }

    /// Remembers `id` (not seen before) at `seq`, with fingerprint `fingerprint`, its line at `offset`.
    mutating func insert(_ id: String, seq: Int, fingerprint: UInt32, offset: Int) {
        if first.add(offsets.count + 1, for: fingerprint) == nil {
            offsets.append(offset)
        } else {
            collided[id] = seq
        }
    }

    /// Fetches the slot a lookup of `fingerprint` reads first into the cache, without waiting for it.
    func prefetch(_ fingerprint: UInt32) {
        first.prefetch(fingerprint)
    }
}
