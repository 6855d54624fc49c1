#if canImport(Glibc)
    import Glibc
#endif

/// A ledger: a directory holding one `<stream>.jsonl` file per stream, the format marker
/// `kinerja-ledger.json`, the lock file `ledger.lock`, and any `<stream>.quarantine` files.
package struct Ledger: Sendable {
    /// The file that marks a directory as a ledger and names its format version.
    package static let markerFileName = "kinerja-ledger.json"
    /// The lock file every writing process takes an exclusive `flock` on.
    package static let lockFileName = "ledger.lock"
    /// The format version this kinerja writes and reads.
    package static let formatVersion = 1

    /// The ledger directory.
    package let directory: String
    /// The event types the ledger accepts.
    package let catalog: EventCatalog
    /// Where long reads report how far they have got (nil: nowhere).
    package var progress: ProgressHandler?

    private init(directory: String, catalog: EventCatalog) {
        self.directory = directory
        self.catalog = catalog
    }

    /// The marker file's exact contents.
    package static var markerContents: [UInt8] {
        let marker: JSONValue = .object(["format": .string("kinerja-ledger"), "version": .integer(formatVersion)])
        return marker.canonicalBytes + [0x0A]
    }

    /// Creates a new, empty ledger at `directory` (creating the directory if needed).
    package static func create(at directory: String, catalog: EventCatalog = .standard) throws(StoreError) -> Ledger {
        let markerPath = directory + "/" + markerFileName
        if fileExists(markerPath) { throw .alreadyALedger(directory: directory) }
        try makeDirectories(directory)
        let marker = try FileDescriptor(path: markerPath, flags: O_WRONLY | O_CREAT | O_EXCL)
        try marker.write(markerContents)
        try marker.synchronize()
        _ = try FileDescriptor(path: directory + "/" + lockFileName, flags: O_RDWR | O_CREAT)
        try FileDescriptor.synchronizeDirectory(directory)
        return Ledger(directory: directory, catalog: catalog)
    }

    /// Opens the existing ledger at `directory`, checking its format marker.
    package static func open(at directory: String, catalog: EventCatalog = .standard) throws(StoreError) -> Ledger {
        let markerPath = directory + "/" + markerFileName
        guard fileExists(markerPath) else { throw .notALedger(directory: directory) }
        let marker = try FileDescriptor(path: markerPath, flags: O_RDONLY)
        let bytes = try marker.read(count: 4096, at: 0)
        guard let object = try? JSONParser.parse(bytes).objectValue, object["format"] == .string("kinerja-ledger")
        else { throw .unsupportedFormat(directory: directory, found: "an unrecognised format") }
        guard object["version"] == .integer(formatVersion) else {
            let found = object["version"].map { $0.canonicalString } ?? "no version"
            throw .unsupportedFormat(directory: directory, found: "format version \(found)")
        }
        return Ledger(directory: directory, catalog: catalog)
    }

    /// The path of a file in the ledger directory.
    package func path(_ fileName: String) -> String {
        directory + "/" + fileName
    }

    /// The streams in the ledger (every `*.jsonl` file), sorted by name.
    package func streams() throws(StoreError) -> [StreamName] {
        try directoryEntries(directory).compactMap { name in
            guard name.hasSuffix(".jsonl") else { return nil }
            return StreamName(String(name.dropLast(6)))
        }
    }

    /// `*.jsonl` files whose names are not stream names: never read, so `verify` names them.
    package func unreadableStreamFiles() throws(StoreError) -> [String] {
        try directoryEntries(directory).filter { name in
            name.hasSuffix(".jsonl") && StreamName(String(name.dropLast(6))) == nil
        }
    }

    /// The files in the ledger directory that hold bytes moved out of streams by recovery.
    package func quarantineFiles() throws(StoreError) -> [String] {
        try directoryEntries(directory).filter { $0.hasSuffix(".quarantine") }
    }

    /// Scans one stream, calling `visit` with each committed event and its line's offset; from a position
    /// and up to a time as ``StreamScanner/scan(stream:path:catalog:checkingHashes:resuming:recordedBy:visit:)``.
    package func scan(
        _ stream: StreamName, checkingHashes: Bool = true, resuming start: StreamScan? = nil,
        recordedBy limit: Timestamp? = nil, visit: (_ event: StoredEvent, _ offset: Int) -> Void = { _, _ in }
    ) throws(StoreError) -> StreamScan {
        try StreamScanner.scan(
            stream: stream, path: path(stream.fileName), catalog: catalog, checkingHashes: checkingHashes,
            resuming: start, recordedBy: limit, progress: progress, visit: visit)
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
        let lock = try Ledger.lockedFile(path(Ledger.lockFileName), mapping: mapping)
        let result = try body()
        _ = consume lock  // released here, after the body
        return result
    }

    private static func lockedFile<Failure: Error>(
        _ path: String, mapping: (StoreError) -> Failure
    ) throws(Failure) -> FileDescriptor {
        do {
            let lock = try FileDescriptor(path: path, flags: O_RDWR | O_CREAT)
            try lock.lockExclusively()
            return lock
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
