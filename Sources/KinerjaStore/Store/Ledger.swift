import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// A ledger: a directory holding one `<stream>.jsonl` file per stream with its acknowledged-head record
/// `<stream>.head`, the format marker `kinerja-ledger.json`, and any `<stream>.quarantine` files. Writers
/// take an exclusive `flock` on the directory itself, which no file deletion can take away.
package struct Ledger: Sendable {
    /// The file that marks a directory as a ledger and names its format version.
    static let markerFileName = "kinerja-ledger.json"
    /// The format version this kinerja writes. Format 1 (no acknowledged-head records) is read, and
    /// raised to 2 by ``upgrade()``.
    package static let formatVersion = 2

    /// The ledger directory.
    package let directory: String
    /// The event catalogue's checks of stored events (the layer above the store supplies it).
    package let schemas: any StoredEventChecking
    /// The format version the ledger's marker states.
    package let version: Int
    /// Where long reads report how far they have got (nil: nowhere).
    package var progress: ProgressHandler?
    /// How many events a stream may grow past its latest snapshot before a writer takes a new one.
    package var snapshotInterval = 1000
    /// Where a process keeps what it has read and checked already (nil: nowhere).
    package var cache: LedgerCache?

    private init(directory: String, schemas: any StoredEventChecking, version: Int) {
        self.directory = directory
        self.schemas = schemas
        self.version = version
    }

    /// The marker file's exact contents for format `version`.
    static func markerContents(version: Int = formatVersion) -> [UInt8] {
        let marker: JSONValue = .object(["format": .string("kinerja-ledger"), "version": .integer(version)])
        return marker.canonicalBytes + [0x0A]
    }

    /// Creates a new, empty ledger at `directory` (creating the directory if needed).
    package static func create(at directory: String, schemas: any StoredEventChecking) throws(StoreError) -> Ledger {
        let markerPath = directory + "/" + markerFileName
        if fileExists(markerPath) { throw .alreadyALedger(directory: directory) }
        try makeDirectories(directory)
        let marker = try FileDescriptor(path: markerPath, flags: O_WRONLY | O_CREAT | O_EXCL)
        try marker.write(markerContents())
        try marker.synchronize()
        try writeFileAtomically(streamListContents([]), directory: directory, fileName: streamListFileName)
        return Ledger(directory: directory, schemas: schemas, version: formatVersion)
    }

    /// Opens the existing ledger at `directory`, checking its format marker.
    package static func open(at directory: String, schemas: any StoredEventChecking) throws(StoreError) -> Ledger {
        let markerPath = directory + "/" + markerFileName
        guard fileExists(markerPath) else { throw .notALedger(directory: directory) }
        let marker = try FileDescriptor(path: markerPath, flags: O_RDONLY)
        let bytes = try marker.read(count: 4096, at: 0)
        guard let object = try? JSONParser.parse(bytes).objectValue, object["format"] == .string("kinerja-ledger")
        else { throw .unsupportedFormat(directory: directory, found: "an unrecognised format") }
        guard let version = object["version"]?.intValue, (1...formatVersion).contains(version) else {
            let found = object["version"].map { $0.canonicalString } ?? "no version"
            throw .unsupportedFormat(directory: directory, found: "format version \(found)")
        }
        return Ledger(directory: directory, schemas: schemas, version: version)
    }

    /// The directory in the ledger that holds checkpoints (caches the layers above write).
    package static let checkpointDirectoryName = "checkpoints"

    /// The path of the checkpoint directory.
    package var checkpointDirectory: String { path(Ledger.checkpointDirectoryName) }

    /// Reads single lines of `stream`'s file.
    package func lines(of stream: StreamName) -> StreamLines {
        StreamLines(stream: stream, path: path(stream.fileName))
    }

    /// The path of a file in the ledger directory.
    package func path(_ fileName: String) -> String {
        directory + "/" + fileName
    }

    /// The streams in the ledger (every `*.jsonl` file, every `*.head` record, every name in the list of
    /// streams: a stream whose files were deleted is still one), sorted by name.
    package func streams() throws(StoreError) -> [StreamName] {
        let names = try directoryEntries(directory).compactMap { name -> StreamName? in
            for suffix in [".jsonl", StreamName.headSuffix] where name.hasSuffix(suffix) {
                return StreamName(String(name.dropLast(suffix.count)))
            }
            return nil
        }
        let listed = (try? listedStreams().get()) ?? []
        return Array(Set(names).union(listed)).sorted()
    }

    /// `*.jsonl` files whose names are not stream names: never read, so `verify` names them.
    func unreadableStreamFiles() throws(StoreError) -> [String] {
        try directoryEntries(directory).filter { name in
            name.hasSuffix(".jsonl") && StreamName(String(name.dropLast(6))) == nil
        }
    }

    /// The files in the ledger directory that hold bytes moved out of streams by recovery.
    func quarantineFiles() throws(StoreError) -> [String] {
        try directoryEntries(directory).filter { $0.hasSuffix(".quarantine") }
    }

    /// Scans one stream, calling `visit` with each committed event and its line's offset; from a position
    /// and up to a time, and with ids known to the caller, as ``StreamScanner/scan(stream:path:schemas:checkingHashes:resuming:recordedBy:progress:visit:knownIDs:)``.
    package func scan(
        _ stream: StreamName, checkingHashes: Bool = true, summarising: Bool = false, resuming start: StreamScan? = nil,
        recordedBy limit: Timestamp? = nil, visit: (_ event: StoredEvent, _ offset: Int) -> Void = { _, _ in },
        knownIDs: ((String) -> Int?)? = nil
    ) throws(StoreError) -> StreamScan {
        try ClosureVisitor.with(visit: visit, knownIDs: knownIDs) { visitor throws(StoreError) in
            try scan(
                stream, checkingHashes: checkingHashes, summarising: summarising, resuming: start, recordedBy: limit,
                into: &visitor)
        }
    }

    /// Scans one stream as ``scan(_:checkingHashes:summarising:resuming:recordedBy:visit:knownIDs:)`` does,
    /// handing its committed events to `visitor` (a read model folded in place).
    ///
    /// Resumed from a snapshot's position and read to the end, the scan does not look up the ids of the events
    /// up to the acknowledged head among the events before them (a lookup reads three places of a snapshot):
    /// a writer refused any id the stream held before it wrote them, and the acknowledgement check after the
    /// scan finds the acknowledged line at the end of their chain of hashes, so none of them changed since.
    /// The ids of events past the head (written past the writers) are looked up as before.
    package func scan<Visitor: StreamVisitor>(
        _ stream: StreamName, checkingHashes: Bool = true, summarising: Bool = false,
        resuming start: StreamScan? = nil, recordedBy limit: Timestamp? = nil, into visitor: inout Visitor
    ) throws(StoreError) -> StreamScan {
        let checkedByWriters =
            start != nil && limit == nil && version >= 2
            ? ((try? acknowledgedHead(stream).get()).flatMap { $0?.seq } ?? 0) : 0
        var scan = try StreamScanner.scan(
            stream: stream, path: path(stream.fileName), schemas: schemas, checkingHashes: checkingHashes,
            summarising: summarising, resuming: start, recordedBy: limit, idsCheckedThrough: checkedByWriters,
            progress: progress, into: &visitor)
        if scan.damage == nil {
            scan.damage = acknowledgementDamage(stream, scan: scan, readToEnd: limit == nil)
        }
        return scan
    }

    /// The committed events of one stream, in order. Refuses a damaged stream.
    package func events(in stream: StreamName) throws(StoreError) -> [StoredEvent] {
        var events: [StoredEvent] = []
        let scan = try scan(stream) { event, _ in events.append(event) }
        if let damage = scan.damage { throw .streamDamaged(damage) }
        return events
    }

    /// Runs `body` holding the ledger's exclusive lock, shared by every process that writes.
    package func withExclusiveLock<Result>(_ body: () throws(StoreError) -> Result) throws(StoreError) -> Result {
        try withExclusiveLock(mappingLockFailure: { $0 }, body)
    }

    /// Runs `body` holding the ledger's exclusive lock; a failure to take the lock becomes `mapping(error)`.
    package func withExclusiveLock<Result, Failure: Error>(
        mappingLockFailure mapping: (StoreError) -> Failure, _ body: () throws(Failure) -> Result
    ) throws(Failure) -> Result {
        let lock = try Ledger.lockedDirectory(directory, mapping: mapping)
        let result = try body()
        _ = consume lock  // released here, after the body
        return result
    }

    /// The ledger directory, opened and locked. The lock is on the directory itself, not on a file in it, so
    /// deleting or replacing a file cannot let a second writer in; and the directory must still be the one
    /// at the path once locked (one renamed away and replaced meanwhile is let go, and the new one locked).
    private static func lockedDirectory<Failure: Error>(
        _ path: String, mapping: (StoreError) -> Failure
    ) throws(Failure) -> FileDescriptor {
        do throws(StoreError) {
            for _ in 0..<100 {
                let lock = try FileDescriptor(path: path, flags: O_RDONLY | O_DIRECTORY)
                try lock.lockExclusively()
                if lock.isStill(atPath: path) { return lock }
            }
            throw StoreError.io(path: path, operation: "lock (it keeps being replaced)", errno: EAGAIN)
        } catch {
            throw mapping(error)
        }
    }

    /// Appends `events` to `stream` as one atomic batch, under the lock, with the time and ids from
    /// `environment`. This is the store alone: no decision rules are checked (tools and tests use it); the
    /// command line records through ``Recorder``, which checks them first.
    package func append(
        _ events: [NewEvent], to stream: StreamName, actor: String, environment: LedgerEnvironment
    ) throws(StoreError) -> AppendOutcome {
        guard !events.isEmpty else { throw .emptyBatch }
        return try withExclusiveLock { () throws(StoreError) in
            let writer = try StreamWriter(ledger: self, stream: stream)
            return try writer.append(events, actor: actor, recordedAt: environment.now(), makeID: environment.makeID)
        }
    }
}

/// Values a process computed from the ledger's files and may use again while it runs, keyed by what names
/// their content exactly (a snapshot by its stream, seq and recorded SHA-256): a command that loads the
/// same snapshot three times reads and checks it once.
package final class LedgerCache: Sendable {
    private let entries = Mutex<[String: any Sendable]>([:])
    /// Snapshot files a command found damaged after it began reading them, with why, to pass over when it
    /// is run again.
    private let passedOver: [String: String]
    /// The snapshots the cache's states were restored from, whose pieces are checked as they are read.
    private let snapshots = Mutex<[ReadOnlyBytes]>([])

    /// An empty cache that passes over the snapshot files of `passingOver` (file name: why).
    package init(passingOver: [String: String] = [:]) {
        passedOver = passingOver
    }

    /// The snapshot files to pass over, with why.
    package var snapshotsPassedOver: [String: String] { passedOver }

    /// Why the snapshot file `file` is to be passed over, if it is.
    package func whyPassedOver(_ file: String) -> String? {
        passedOver[file]
    }

    /// Remembers a snapshot's mapping that a cached state reads, so that damage found in it later, by any
    /// reader of that state, is seen by ``snapshotDamage``.
    package func watch(_ snapshot: ReadOnlyBytes) {
        snapshots.withLock { $0.append(snapshot) }
    }

    /// The first piece found damaged in a snapshot the cache's states read, if any: whatever was worked out
    /// from them is void (the command is run again without it).
    package var snapshotDamage: StoreError? {
        snapshots.withLock { $0.lazy.compactMap(\.damage).first }
    }

    /// The value stored under `key`, if any.
    package func value(for key: String) -> (any Sendable)? {
        entries.withLock { $0[key] }
    }

    /// Stores `value` under `key`.
    package func store(_ value: any Sendable, for key: String) {
        entries.withLock { $0[key] = value }
    }
}
