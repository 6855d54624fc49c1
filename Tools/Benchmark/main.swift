// kinerja-bench: measures the ledger's append, replay and verify throughput on a realistic stream and prints
// each figure beside a baseline measured in the same run on the same bytes (plain POSIX writes, `wc -l`,
// `sha256sum`), with the ratio between them. The machine is shared and noisy, so the ratios are the figures
// to compare between runs; the absolute rates are for orientation.
//
// Everything written is deterministic: fixed timestamps, ids `e-<n>`/`s-<n>`, note texts derived from the
// event number. Run `Tools/bench.sh --help` for the options.

import Foundation
import KinerjaEvents
import KinerjaProjections
import KinerjaStore

#if canImport(Glibc)
    import Glibc
#endif

/// The actor every benchmark event is recorded by.
let benchmarkActor = "benchmark-clerk"
/// recordedAt of the first batch, 2024-01-01T00:00:00.000Z; each later batch is one millisecond later.
let firstRecordedAt: Int64 = 1_704_067_200_000
/// The JSONDecoder-class replay rate measured on this machine, events per second: the reference to beat.
let jsonDecoderReplayRate = 80_000.0
/// The replay rate the store aims for, events per second.
let replayGoal = 2_000_000.0

/// Appends the events numbered `numbers` to `stream` as `NoteRecorded` notes, in batches of
/// `options.batchSize`, through one `StreamWriter` kept open under the ledger's lock. Only the library's work
/// is timed (opening the writer and every `append`), not building the `NewEvent` values. Returns seconds.
func appendNotes(
    to ledger: Ledger, stream: StreamName, numbers: Range<Int>, idPrefix: String, options: Options,
    durability: StreamWriter.Durability
) throws(StoreError) -> Double {
    let clock = ContinuousClock()
    var elapsed = Duration.zero
    var nextGeneratedID = numbers.lowerBound
    try ledger.withExclusiveLock { () throws(StoreError) in
        let opened = clock.now
        let writer = try StreamWriter(ledger: ledger, stream: stream)
        elapsed += clock.now - opened
        var batchStart = numbers.lowerBound
        var batchIndex: Int64 = 0
        while batchStart < numbers.upperBound {
            let batch = batchStart..<min(batchStart + options.batchSize, numbers.upperBound)
            let events = batch.map { number in
                NewEvent(
                    type: "NoteRecorded", id: options.callerIDs ? "\(idPrefix)-\(number)" : nil,
                    data: [
                        "subject": .string(NoteText.subject(for: number)),
                        "text": .string(NoteText.text(for: number, length: options.textLength)),
                    ])
            }
            let recordedAt = Timestamp(millisecondsSinceEpoch: firstRecordedAt + batchIndex)
            let start = clock.now
            _ = try writer.append(
                events, actor: benchmarkActor, recordedAt: recordedAt,
                makeID: { _ in
                    defer { nextGeneratedID += 1 }
                    return "\(idPrefix)-\(nextGeneratedID)"
                },
                durability: durability)
            elapsed += clock.now - start
            batchStart = batch.upperBound
            batchIndex += 1
        }
    }
    return elapsed.seconds
}

/// Hashes the part of every line of `bytes` that its stored hash covers (everything before `,"hash":"`) with
/// the library's SHA-256, as verify must; returns the line count, the bytes hashed, and how many digests
/// equalled that of empty input (always 0: it is there so the hashing cannot be optimised away).
func hashEveryLine(_ bytes: [UInt8]) -> (lines: Int, hashedBytes: Int, emptyDigests: Int) {
    let emptyDigest = SHA256.hash(UnsafeRawBufferPointer(start: nil, count: 0))
    return bytes.withUnsafeBytes { buffer in
        var lines = 0
        var hashed = 0
        var emptyDigests = 0
        var start = 0
        while start < buffer.count {
            let end = buffer[start...].firstIndex(of: 0x0A) ?? buffer.count
            let bodyEnd = max(start, end - EventLine.suffixLength)
            if SHA256.hash(UnsafeRawBufferPointer(rebasing: buffer[start..<bodyEnd])) == emptyDigest {
                emptyDigests += 1
            }
            hashed += bodyEnd - start
            lines += 1
            start = end + 1
        }
        return (lines, hashed, emptyDigests)
    }
}

/// Prints a progress note on standard error, so standard output holds only the report.
func progress(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

/// One row of the report: our figure and its baseline, both over the same events and bytes.
struct Comparison {
    /// What we measured.
    let measurement: String
    /// How long our side took, in seconds.
    let seconds: Double
    /// What the baseline did.
    let baseline: String
    /// How long the baseline took, in seconds.
    let baselineSeconds: Double
    /// How many events both sides handled (for the baseline: lines of the same bytes).
    let events: Int
    /// How many bytes both sides handled.
    let bytes: Int

    /// The table cells: rates, times and the two ratios.
    var cells: [String] {
        [
            measurement,
            Format.grouped(Int((Double(events) / seconds).rounded())),
            Format.fixed(Double(bytes) / seconds / 1e6, 1),
            Format.fixed(seconds, 3),
            baseline,
            Format.grouped(Int((Double(events) / baselineSeconds).rounded())),
            Format.fixed(Double(bytes) / baselineSeconds / 1e6, 1),
            Format.fixed(baselineSeconds, 3),
            Format.ratio(baselineSeconds / seconds),
            Format.ratio(seconds / baselineSeconds),
        ]
    }
}

/// Runs every measurement in `root`'s ledger and scratch directories and returns the report's lines.
func runBenchmark(options: Options, ledgerDirectory: String, scratchDirectory: String) throws -> [String] {
    let ledger = try Ledger.create(at: ledgerDirectory)
    guard let mainStream = StreamName("bench"), let syncStream = StreamName("bench-sync") else {
        throw BenchmarkError("invalid stream names")
    }
    let mainPath = ledger.path(mainStream.fileName)
    let syncPath = ledger.path(syncStream.fileName)

    // 1. Append with one fsync per batch, against copying the same bytes with one fsync at the end.
    progress(
        "appending \(Format.grouped(options.events)) events in batches of \(Format.grouped(options.batchSize)), fsync per batch…"
    )
    let appendSeconds = try appendNotes(
        to: ledger, stream: mainStream, numbers: 1..<(options.events + 1), idPrefix: "e", options: options,
        durability: .syncPerBatch)
    let mainBytes = try POSIX.fileSize(mainPath)
    progress("baseline: copying \(Format.grouped(mainBytes)) bytes with one fsync at the end (best of 2)…")
    let copyPath = scratchDirectory + "/copy-batch.jsonl"
    let copy = try bestOfTwo { () throws(BenchmarkError) in try POSIX.copyWithOneSync(from: mainPath, to: copyPath) }
    unlink(copyPath)

    // 2. Append with one fsync per event, against write + fsync per line of the same lines.
    progress("appending \(Format.grouped(options.syncEvents)) events with fsync per event…")
    let syncSeconds = try appendNotes(
        to: ledger, stream: syncStream, numbers: 1..<(options.syncEvents + 1), idPrefix: "s", options: options,
        durability: .syncPerEvent)
    let syncBytes = try POSIX.readFile(syncPath)
    progress("baseline: write + fsync per line of the same \(Format.grouped(options.syncEvents)) lines…")
    let linesPath = scratchDirectory + "/copy-sync.jsonl"
    let lines = try measure { () throws(BenchmarkError) in try POSIX.writeLinesSyncingEach(syncBytes, to: linesPath) }
    unlink(linesPath)
    guard lines.value == options.syncEvents else {
        throw BenchmarkError("\(syncPath) holds \(lines.value) lines, expected \(options.syncEvents)")
    }

    // 3. Replay the large stream, against `wc -l` on the same file.
    progress("replaying \(Format.grouped(options.events)) events…")
    var replayed = 0
    // Replay decodes every event and checks seq, prev links, batches, ids and schemas; it trusts each line's
    // stated hash (re-hashing every line is verify's job, measured below).
    let replay = try measure { () throws(StoreError) in
        try ledger.scan(mainStream, checkingHashes: false) { _, _ in replayed += 1 }
    }
    guard replay.value.damage == nil, replay.value.incompleteTail == nil, replayed == options.events else {
        throw BenchmarkError("replay read \(replayed) events, expected \(options.events): \(replay.value)")
    }
    progress("baseline: wc -l (best of 2)…")
    let count = try bestOfTwo { () throws(BenchmarkError) in try Tool.run("wc", ["-l", mainPath]) }
    guard Int(count.value.split(separator: " ").first ?? "") == options.events else {
        throw BenchmarkError("wc -l printed \"\(count.value)\", expected \(options.events) lines")
    }

    // 4. Verify the whole ledger, against `sha256sum` of the same stream files.
    progress("verifying the ledger…")
    let verify = try measure { () throws(StoreError) in try Verifier.verify(ledger) }
    guard verify.value.isSuccessful else {
        throw BenchmarkError("verify failed: \(verify.value.lines.joined(separator: "; "))")
    }
    progress("baseline: sha256sum (best of 2)…")
    let digest = try bestOfTwo { () throws(BenchmarkError) in try Tool.run("sha256sum", [mainPath, syncPath]) }
    guard digest.value.split(separator: "\n").count == 2 else {
        throw BenchmarkError("sha256sum printed \"\(digest.value)\"")
    }

    // Reference: the library's SHA-256 alone over every line's hashed part, the floor under verify's time.
    progress("reference: the library's SHA-256 alone over every line…")
    let mainBytesInMemory = try POSIX.readFile(mainPath)
    let hashOnly = measure { hashEveryLine(mainBytesInMemory) }
    guard hashOnly.value.lines == options.events, hashOnly.value.emptyDigests == 0 else {
        throw BenchmarkError("hashed \(hashOnly.value.lines) lines, expected \(options.events)")
    }

    let allEvents = options.events + options.syncEvents
    let allBytes = mainBytes + syncBytes.count
    let comparisons = [
        Comparison(
            measurement: "1 append, fsync per \(Format.grouped(options.batchSize))-batch", seconds: appendSeconds,
            baseline: "write 4 MiB chunks, 1 fsync at end", baselineSeconds: copy.seconds,
            events: options.events, bytes: mainBytes),
        Comparison(
            measurement: "2 append, fsync per event", seconds: syncSeconds,
            baseline: "write + fsync per line", baselineSeconds: lines.seconds,
            events: options.syncEvents, bytes: syncBytes.count),
        Comparison(
            measurement: "3 replay (decode all, hashes trusted)", seconds: replay.seconds,
            baseline: "wc -l", baselineSeconds: count.seconds,
            events: options.events, bytes: mainBytes),
        Comparison(
            measurement: "4 verify (both streams)", seconds: verify.seconds,
            baseline: "sha256sum", baselineSeconds: digest.seconds,
            events: allEvents, bytes: allBytes),
    ]
    var table = Table(
        headings: [
            "measurement", "ev/s", "MB/s", "secs", "baseline (same run, same bytes)", "ev/s", "MB/s", "secs", "speed",
            "time",
        ],
        numeric: [1, 2, 3, 5, 6, 7, 8, 9])
    table.rows = comparisons.map(\.cells)

    #if DEBUG
        let build = "DEBUG build: these figures mean nothing, build with -c release"
    #else
        let build = "release build"
    #endif
    let replayRate = Double(options.events) / replay.seconds
    let verifySpeed = Double(allBytes) / verify.seconds
    let digestSpeed = Double(allBytes) / digest.seconds
    let invocation = ([CommandLine.arguments.first ?? "kinerja-bench"] + Array(CommandLine.arguments.dropFirst()))
        .joined(separator: " ")
    return [
        "Kinerja Ledger benchmark (\(build), \(ProcessInfo.processInfo.activeProcessorCount) cores)",
        "events       \(Format.grouped(options.events)) NoteRecorded in stream \(mainStream), batches of "
            + "\(Format.grouped(options.batchSize)), ids \(options.callerIDs ? "given by the caller" : "generated by the store"); "
            + "\(Format.grouped(options.syncEvents)) more in \(syncStream)",
        "stream file  \(Format.fixed(Double(mainBytes) / 1e6, 1)) MB (\(Format.grouped(mainBytes)) bytes), "
            + "\(Format.fixed(Double(mainBytes) / Double(options.events), 1)) bytes/event "
            + "(note texts of \(options.textLength) characters)",
        "ledger       \(ledgerDirectory) on \(POSIX.fileSystemType(ledgerDirectory))"
            + (options.keep == nil ? ", removed at the end" : ", kept"),
        "",
    ] + table.lines + [
        "ev/s and MB/s: events (baseline: lines of the same bytes) and 10^6 bytes per second; secs: one run "
            + "(baselines 1, 3, 4: best of 2)",
        "speed = our rate / baseline rate (higher is better); time = our time / baseline time",
        "",
        "replay  \(Format.eventsPerSecond(replayRate)): "
            + "\(Format.ratio(replayRate / jsonDecoderReplayRate))x a JSONDecoder-class decoder "
            + "(~\(Format.eventsPerSecond(jsonDecoderReplayRate)) here), "
            + "\(Format.ratio(replayRate / replayGoal))x the goal (\(Format.eventsPerSecond(replayGoal)))",
        "verify  \(Format.megabytesPerSecond(verifySpeed)): \(Format.ratio(verifySpeed / digestSpeed))x sha256sum "
            + "(\(Format.megabytesPerSecond(digestSpeed))); goal >= 1",
        "sha256  the library's SHA-256 alone over every line of \(mainStream) (hashed part, in memory): "
            + "\(Format.megabytesPerSecond(Double(mainBytes) / hashOnly.seconds)) of lines, "
            + "\(Format.fixed(hashOnly.seconds, 3)) s = \(Format.ratio(hashOnly.seconds / replay.seconds * 100))% "
            + "of replay's time",
        "",
        "reproduce: Tools/bench.sh \(options.reproducingArguments.joined(separator: " "))   (this run: \(invocation))",
    ]
}

/// Where the benchmark writes: the ledger (temporary unless `--keep`) and a scratch directory for the
/// baselines' copies, on the same file system as the ledger so both sides pay the same disk.
func workDirectories(options: Options) throws(BenchmarkError) -> (ledger: String, scratch: String, temporary: String?) {
    if let keep = options.keep {
        var directory = keep
        while directory.count > 1 && directory.hasSuffix("/") { directory.removeLast() }
        return (directory, directory + ".bench-scratch-\(getpid())", nil)
    }
    var base = ProcessInfo.processInfo.environment["TMPDIR"] ?? "/tmp"
    while base.count > 1 && base.hasSuffix("/") { base.removeLast() }
    let root = "\(base)/kinerja-bench-\(getpid())"
    return (root + "/ledger", root + "/scratch", root)
}

let exitStatus: Int32
if CommandLine.arguments.dropFirst().contains(where: { $0 == "-h" || $0 == "--help" }) {
    print(Options.usage + "\n" + AsOfOptions.usage + "\n" + CommandsOptions.usage)
    exit(0)
}
do {
    if CommandLine.arguments.dropFirst().first == "as-of" {
        let options = try AsOfOptions.parse(Array(CommandLine.arguments.dropFirst(2)))
        var placement = Options()
        placement.keep = options.keep
        let directories = try workDirectories(options: placement)
        let report = Result { try runAsOfBenchmark(options: options, ledgerDirectory: directories.ledger) }
        // The ledger goes with the temporary directory unless --keep named one (exit skips deferred work).
        if let temporary = directories.temporary { try? FileManager.default.removeItem(atPath: temporary) }
        try? FileManager.default.removeItem(atPath: directories.scratch)
        print(try report.get().joined(separator: "\n"))
        exit(0)
    }
    if CommandLine.arguments.dropFirst().first == "commands" {
        let options = try CommandsOptions.parse(Array(CommandLine.arguments.dropFirst(2)))
        var root: String
        if let keep = options.keep {
            root = keep
            while root.count > 1 && root.hasSuffix("/") { root.removeLast() }
        } else {
            var base = ProcessInfo.processInfo.environment["TMPDIR"] ?? "/tmp"
            while base.count > 1 && base.hasSuffix("/") { base.removeLast() }
            root = "\(base)/kinerja-bench-commands-\(getpid())"
        }
        // Removed before exit(), which runs no defer.
        let lines: [String]
        do {
            lines = try runCommandsBenchmark(options: options, root: root)
        } catch {
            if options.keep == nil { try? FileManager.default.removeItem(atPath: root) }
            throw error
        }
        if options.keep == nil { try? FileManager.default.removeItem(atPath: root) }
        print(lines.joined(separator: "\n"))
        exit(0)
    }
    let options = try Options.parse(Array(CommandLine.arguments.dropFirst()))
    let directories = try workDirectories(options: options)
    defer {
        try? FileManager.default.removeItem(atPath: directories.scratch)
        if let temporary = directories.temporary { try? FileManager.default.removeItem(atPath: temporary) }
    }
    try FileManager.default.createDirectory(atPath: directories.scratch, withIntermediateDirectories: true)
    let report = try runBenchmark(
        options: options, ledgerDirectory: directories.ledger, scratchDirectory: directories.scratch)
    print(report.joined(separator: "\n"))
    exitStatus = 0
} catch {
    progress("kinerja-bench: \(error)")
    exitStatus = 1
}
exit(exitStatus)
