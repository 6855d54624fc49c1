// `kinerja-bench commands`: what the CLI's everyday commands cost as an organisation stream grows, measured
// by running the built `kinerja` binary as a process (so it measures whatever that binary does, snapshots
// or not), each figure beside a baseline run in the same process tree on the same files: `tail -n 1` and a
// bare process start for `head`, a durable one-row `sqlite3` insert for one recorded realisation, a full
// replay for the queries, `jq` for the replay, `sha256sum` and `openssl dgst -sha256` for `verify`. Each
// figure is printed with the goal of issue 12 it answers and whether this run meets it.

import Foundation
import KinerjaEvents
import KinerjaProjections
import KinerjaStore

#if canImport(Glibc)
    import Glibc
#endif

/// The settings of the commands benchmark.
struct CommandsOptions {
    /// The organisation stream's sizes, in events (`--sizes`).
    var sizes = [156, 10_000, 100_000, 1_000_000]
    /// The binary measured (`--kinerja`).
    var kinerja = ".build/release/kinerja"
    /// Where the ledgers are made and left (`--keep`); nil: a temporary directory, removed at the end.
    var keep: String?
    /// The ledger copied (`--source`).
    var source = "Ledger"
    /// The organisation stream grown (`--org`).
    var organisation = "luwu-timur-dinsos-p3a"
    /// The year `state` and `report lkj` are asked for (`--year`).
    var year = 2024
    /// Runs of each timing; the fastest counts (`--runs`).
    var runs = 3
    /// The journal mode of the sqlite3 baseline (`--sqlite-journal`): WAL or DELETE.
    var sqliteJournal = "WAL"

    /// The usage text.
    static let usage = """
        usage: kinerja-bench commands [--sizes N,N,...] [--kinerja PATH] [--keep DIR] [--runs N] [--year Y]
                                      [--source DIR] [--org ORG] [--sqlite-journal wal|delete]
          --sizes N,N,...   events in the organisation stream (default 156,10000,100000,1000000;
                            156 is the default ledger as it is)
          --kinerja PATH    the binary to measure (default .build/release/kinerja)
          --keep DIR        make the ledgers in DIR/size-N (DIR must not hold them yet) and keep them
          --runs N          runs of each timing, the fastest counts (default 3)
          --year Y          the year of state and report lkj (default 2024)
          --source DIR      the ledger copied (default Ledger, the embedded default ledger)
          --org ORG         the organisation stream grown (default luwu-timur-dinsos-p3a)
          --sqlite-journal  the journal mode of the sqlite3 baseline: wal (default) or delete
        """

    /// Reads options from `arguments` (after `commands`).
    static func parse(_ arguments: [String]) throws(BenchmarkError) -> CommandsOptions {
        var options = CommandsOptions()
        var remaining = arguments[...]
        func value(for flag: String) throws(BenchmarkError) -> String {
            guard let value = remaining.popFirst() else { throw BenchmarkError("\(flag) needs a value\n\(usage)") }
            return value
        }
        func number(_ text: String, for flag: String) throws(BenchmarkError) -> Int {
            guard let number = Int(text.replacingOccurrences(of: "_", with: "")), number >= 1 else {
                throw BenchmarkError("\(flag) takes whole numbers from 1, not \"\(text)\"")
            }
            return number
        }
        while let flag = remaining.popFirst() {
            switch flag {
            case "--sizes":
                let text = try value(for: flag)
                var sizes: [Int] = []
                for part in text.split(separator: ",", omittingEmptySubsequences: false) {
                    sizes.append(try number(String(part), for: flag))
                }
                options.sizes = sizes
            case "--kinerja": options.kinerja = try value(for: flag)
            case "--keep": options.keep = try value(for: flag)
            case "--source": options.source = try value(for: flag)
            case "--org": options.organisation = try value(for: flag)
            case "--runs": options.runs = try number(try value(for: flag), for: flag)
            case "--year": options.year = try number(try value(for: flag), for: flag)
            case "--sqlite-journal":
                let text = try value(for: flag)
                guard ["wal", "delete"].contains(text.lowercased()) else {
                    throw BenchmarkError("--sqlite-journal takes wal or delete, not \"\(text)\"")
                }
                options.sqliteJournal = text.uppercased()
            default: throw BenchmarkError("unknown argument \"\(flag)\"\n\(usage)")
            }
        }
        return options
    }

    /// The arguments that repeat this run.
    var reproducingArguments: [String] {
        var arguments = ["commands", "--sizes", sizes.map(String.init).joined(separator: ",")]
        if kinerja != CommandsOptions().kinerja { arguments += ["--kinerja", kinerja] }
        if runs != 3 { arguments += ["--runs", "\(runs)"] }
        if year != 2024 { arguments += ["--year", "\(year)"] }
        if source != "Ledger" { arguments += ["--source", source] }
        if organisation != CommandsOptions().organisation { arguments += ["--org", organisation] }
        if sqliteJournal != "WAL" { arguments += ["--sqlite-journal", sqliteJournal.lowercased()] }
        return arguments
    }
}

/// Runs programs as child processes, timed from `posix_spawn` to `waitpid` on the monotonic clock; standard
/// input is /dev/null, standard output goes to a file (default /dev/null), standard error to a scratch file
/// quoted when a run fails.
struct ProcessRunner {
    /// The environment every child gets, as KEY=VALUE.
    let environment: [String]
    /// Where the children's standard error goes.
    let errorPath: String

    /// Runs `executable` with `arguments`; returns its exit status and the seconds it took. Throws if it
    /// cannot start, is killed by a signal, or exits with a status not in `accepting`.
    @discardableResult
    func run(
        _ executable: String, _ arguments: [String], output: String = "/dev/null", accepting: Set<Int32> = [0]
    ) throws -> (status: Int32, seconds: Double) {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup($0) } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }
        var pid = pid_t()
        let clock = ContinuousClock()
        let start = clock.now
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, envp)
        guard spawned == 0 else {
            throw BenchmarkError("cannot run \(executable): \(String(cString: strerror(spawned)))")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { throw BenchmarkError("waitpid failed: \(String(cString: strerror(errno)))") }
        }
        let seconds = (clock.now - start).seconds
        let command = ([executable] + arguments).joined(separator: " ")
        guard status & 0x7f == 0 else { throw BenchmarkError("\(command) was killed by signal \(status & 0x7f)") }
        let exitStatus = (status >> 8) & 0xff
        guard accepting.contains(exitStatus) else {
            let message = (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? ""
            throw BenchmarkError(
                "\(command) exited with status \(exitStatus): \(message.trimmingCharacters(in: .whitespacesAndNewlines))"
            )
        }
        return (exitStatus, seconds)
    }
}

/// The full paths of the programs run as baselines or around `kinerja`.
struct BaselineTools {
    /// `tail`.
    let tail: String
    /// The `sqlite3` command-line shell.
    let sqlite3: String
    /// `jq`.
    let jq: String
    /// `sha256sum` (coreutils).
    let sha256sum: String
    /// `openssl`.
    let openssl: String
    /// GNU time, for the resident memory.
    let time: String
}

/// One line of a size's table.
struct CommandRow {
    /// What was measured.
    var measurement: String
    /// Our figure, formatted.
    var figure: String
    /// The baseline, in words.
    var baseline: String
    /// The baseline's figure, formatted.
    var baselineFigure: String
    /// The ratio, formatted.
    var ratio: String
    /// The goal, in words.
    var goal: String
    /// Whether the goal is met: "yes", "no", or "" where no goal applies.
    var met: String

    /// The row as table cells.
    var cells: [String] { [measurement, figure, baseline, baselineFigure, ratio, goal, met] }
}

/// The report of one size: its table and the timings for the growth table.
struct SizeReport {
    /// The size asked for.
    var size: Int
    /// Lines before the table.
    var header: [String] = []
    /// The table's rows.
    var rows: [CommandRow] = []
    /// Lines after the table.
    var footer: [String] = []
    /// Seconds per command, for the growth table (keys in `growthKeys`).
    var growth: [String: Double] = [:]
}

/// The growth table's rows, in order.
let growthKeys = [
    "head", "tail -n 1 (baseline)", "realisasi record", "sqlite3 insert (baseline)", "state", "check", "history",
    "report lkj html", "pending", "report audit", "state --as-of half", "state, no snapshot (full replay)",
    "check, no snapshot", "history, no snapshot", "report lkj html, no snapshot", "pending, no snapshot",
    "report audit, no snapshot", "state --as-of half, no snapshot", "jq reduce (baseline)", "verify",
    "sha256sum (baseline)",
]

/// `yes` or `no`.
func verdict(_ met: Bool) -> String { met ? "yes" : "no" }

/// A time in seconds for the tables.
func secs(_ value: Double) -> String { Format.fixed(value, 3) + " s" }

/// Measures one size in `directory` (which must not exist yet) and returns its report.
func measureSize(
    _ size: Int, options: CommandsOptions, directory: String, scratch: String, tools: BaselineTools
) throws -> SizeReport {
    guard let stream = StreamName(options.organisation) else {
        throw BenchmarkError("\(options.organisation) is not a stream name")
    }
    progress(
        "[\(Format.grouped(size))] copying \(options.source) and growing \(stream) to \(Format.grouped(size)) events…")
    let made = try measure {
        try makeGrownLedger(source: options.source, directory: directory, stream: stream, size: size)
    }
    let grown = made.value
    let streamPath = directory + "/" + stream.fileName
    let streamBytes = try POSIX.fileSize(streamPath)
    let streamFiles = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".jsonl") }
        .sorted().map { directory + "/" + $0 }
    var allStreamBytes = 0
    for file in streamFiles { allStreamBytes += try POSIX.fileSize(file) }

    // The clock: a day after the last event, whole seconds; ids of events given without one: bench-SEQ.
    let clock = Timestamp(millisecondsSinceEpoch: grown.lastRecordedAt.millisecondsSinceEpoch + 86_400_000)
    let clockText = wholeSeconds(clock)
    let halfwayText = wholeSeconds(grown.halfway)
    let inherited = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("KINERJA_") }
        .map { "\($0.key)=\($0.value)" }.sorted()
    let runner = ProcessRunner(
        environment: inherited + ["KINERJA_CLOCK=\(clockText)", "KINERJA_ID_PREFIX=bench"],
        errorPath: scratch + "/stderr.txt")
    let kinerja = options.kinerja
    let ledgerArguments = ["--ledger", directory]
    let runs = options.runs
    func best(_ body: (_ run: Int) throws -> Double) rethrows -> Double {
        var fastest = Double.infinity
        for run in 0..<runs { fastest = min(fastest, try body(run)) }
        return fastest
    }
    func time(_ arguments: [String], accepting: Set<Int32> = [0], before: () throws -> Void = {}) throws -> Double {
        try best { _ in
            try before()
            return try runner.run(kinerja, ledgerArguments + arguments, accepting: accepting).seconds
        }
    }
    let cacheDirectories = ["snapshots", "checkpoints"].map { directory + "/" + $0 }
    func removeCaches() throws {
        for cache in cacheDirectories where FileManager.default.fileExists(atPath: cache) {
            try FileManager.default.removeItem(atPath: cache)
        }
    }
    func cacheBytes() throws -> (files: Int, bytes: Int, largest: Int) {
        var files = 0
        var bytes = 0
        var largest = 0
        for cache in cacheDirectories {
            guard let walker = FileManager.default.enumerator(atPath: cache) else { continue }
            while let name = walker.nextObject() as? String {
                let path = cache + "/" + name
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue
                else { continue }
                files += 1
                let size = try POSIX.fileSize(path)
                bytes += size
                largest = max(largest, size)
            }
        }
        return (files, bytes, largest)
    }
    var report = SizeReport(size: size)
    var rows: [CommandRow] = []

    // 1. head, against tail -n 1 of the stream file and a bare process start.
    progress("[\(Format.grouped(size))] head, tail -n 1, /bin/true…")
    let headArguments: [String]
    if (try? runner.run(kinerja, ledgerArguments + ["head", "--org", "\(stream)"])) != nil {
        headArguments = ["head", "--org", "\(stream)"]
    } else {
        headArguments = ["head"]
    }
    let head = try time(headArguments)
    let tail = try best { _ in try runner.run(tools.tail, ["-n", "1", streamPath]).seconds }
    let start = try best { _ in try runner.run("/bin/true", []).seconds }
    let headGoal = 2 * tail + start
    rows.append(
        CommandRow(
            measurement: "kinerja "
                + headArguments.joined(separator: " ").replacingOccurrences(of: "\(stream)", with: "ORG"),
            figure: secs(head), baseline: "tail -n 1 STREAM (/bin/true: \(secs(start)))", baselineFigure: secs(tail),
            ratio: Format.ratio(head / tail), goal: "<= 2 x tail + start = \(secs(headGoal))",
            met: verdict(head <= headGoal)))
    report.growth["head"] = head
    report.growth["tail -n 1 (baseline)"] = tail

    // 2. One realisation recorded, against a durable one-row sqlite3 insert into a table of as many rows.
    progress("[\(Format.grouped(size))] realisasi record (one event each run), sqlite3 insert…")
    let recordSlots = realisationSlotsForRecord(grown)
    let record = try best { run in
        let (code, period) = recordSlots[run % recordSlots.count]
        return try runner.run(
            kinerja,
            ledgerArguments + [
                "realisasi", "record", "--org", "\(stream)", "--indicator", code, "--period", period, "--value",
                "55,\(10 + run % 90)", "--document", "Laporan Kinerja Bulanan (benchmark)", "--id",
                "bench-cli-\(run + 1)",
                "--as", grown.clerk,
            ]
        ).seconds
    }
    let database = scratch + "/events.sqlite"
    let lineLength = max(1, streamBytes / max(1, grown.events))
    try runner.run(
        tools.sqlite3,
        [
            database,
            "PRAGMA journal_mode=\(options.sqliteJournal); "
                + "CREATE TABLE events(seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, line TEXT NOT NULL); "
                + "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < \(grown.events)) "
                + "INSERT INTO events SELECT x, 'e-' || x, printf('%.*c', \(lineLength), 'x') FROM n;",
        ])
    let insert = try best { run in
        try runner.run(
            tools.sqlite3,
            [
                database,
                "PRAGMA synchronous=FULL; INSERT INTO events VALUES(\(grown.events + run + 1), 'bench-insert-\(run + 1)', "
                    + "printf('%.*c', \(lineLength), 'x'));",
            ]
        ).seconds
    }
    try? FileManager.default.removeItem(atPath: database)
    for suffix in ["-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: database + suffix) }
    rows.append(
        CommandRow(
            measurement: "kinerja realisasi record (1 event)", figure: secs(record),
            baseline:
                "sqlite3 insert, synchronous=FULL, \(options.sqliteJournal), \(Format.grouped(grown.events)) rows",
            baselineFigure: secs(insert), ratio: Format.ratio(record / insert), goal: "<= 0.050 s and <= 3 x baseline",
            met: verdict(record <= 0.05 && record <= 3 * insert)))
    report.growth["realisasi record"] = record
    report.growth["sqlite3 insert (baseline)"] = insert

    // 3. The queries as the ledger is (whatever snapshots the writers left), then with none (a full replay).
    let code = grown.indicators.contains("ppks") ? "ppks" : grown.indicators[0]
    let queries: [(key: String, name: String, arguments: [String], accepting: Set<Int32>)] = [
        (
            "state", "state --org ORG --year \(options.year)",
            ["state", "--org", "\(stream)", "--year", "\(options.year)"], [0]
        ),
        ("check", "check --org ORG", ["check", "--org", "\(stream)"], [0, 1]),
        (
            "history", "history indicator:\(code) --org ORG", ["history", "indicator:\(code)", "--org", "\(stream)"],
            [0]
        ),
        (
            "report lkj html", "report lkj \(options.year) --org ORG --format html",
            ["report", "lkj", "\(options.year)", "--org", "\(stream)", "--format", "html"], [0]
        ),
        ("pending", "pending --org ORG", ["pending", "--org", "\(stream)"], [0]),
        (
            // The day `realisasi record` recorded its events on, above.
            "report audit", "report audit --from \(clock.date) --to \(clock.date) --org ORG --format html",
            [
                "report", "audit", "--org", "\(stream)", "--from", "\(clock.date)", "--to", "\(clock.date)",
                "--format", "html",
            ], [0]
        ),
    ]
    let asOfArguments = ["state", "--org", "\(stream)", "--year", "\(options.year)", "--as-of", halfwayText]
    // The generator wrote past the writers, so it left no snapshots along the stream: write the spread the
    // writers keep (one every twelfth of the stream, as `--as-of` queries find them), then measure.
    progress("[\(Format.grouped(size))] kinerja checkpoint --every \(max(1, grown.events / 12)) (the writers' spread)…")
    try runner.run(
        kinerja, ledgerArguments + ["checkpoint", "--org", "\(stream)", "--every", "\(max(1, grown.events / 12))"])
    let caches = try cacheBytes()
    progress("[\(Format.grouped(size))] queries as the ledger is (\(caches.files) snapshot/checkpoint files)…")
    var withCache: [Double] = []
    for query in queries { withCache.append(try time(query.arguments, accepting: query.accepting)) }
    let asOfWith = try time(asOfArguments)

    // 4. verify, against sha256sum and openssl over the same stream files (before the caches go: verify
    // also checks them).
    progress("[\(Format.grouped(size))] verify, sha256sum, openssl dgst -sha256…")
    let verify = try time(["verify"])
    let sha256sum = try best { _ in try runner.run(tools.sha256sum, streamFiles).seconds }
    let openssl = try best { _ in try runner.run(tools.openssl, ["dgst", "-sha256"] + streamFiles).seconds }

    progress("[\(Format.grouped(size))] the same queries with snapshots/ and checkpoints/ removed (full replays)…")
    var withoutCache: [Double] = []
    for query in queries {
        withoutCache.append(try time(query.arguments, accepting: query.accepting, before: removeCaches))
    }
    let asOfWithout = try time(asOfArguments, before: removeCaches)
    try removeCaches()
    let memoryPath = scratch + "/memory.txt"
    try runner.run(
        tools.time,
        ["-f", "%M", "-o", memoryPath, kinerja] + ledgerArguments + queries[0].arguments)
    let memoryText = try String(contentsOfFile: memoryPath, encoding: .utf8)
    guard
        let kilobytes = memoryText.split(separator: "\n").last.flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) })
    else { throw BenchmarkError("/usr/bin/time wrote \"\(memoryText)\", not a size") }
    let residentBytes = kilobytes * 1024

    progress("[\(Format.grouped(size))] jq reduce over the stream file…")
    // The latest value per indicator and period, as issue 12's baseline. (Corrections are left out: mapping
    // every realisation's id to its figure makes jq 1.6 copy that object on every update, quadratic.)
    let jqProgram = """
        reduce inputs as $e ({};
          if $e.type == "RealisasiRecorded" then .[$e.data.indicator + " " + $e.data.period] = $e.data.value
          else . end)
        """
    let jq = try best { _ in try runner.run(tools.jq, ["-c", "-n", jqProgram, streamPath]).seconds }

    let fullReplay = withoutCache[0]  // queries[0] is state
    for (index, query) in queries.enumerated() {
        let with = withCache[index]
        let without = withoutCache[index]
        rows.append(
            CommandRow(
                measurement: "kinerja \(query.name)", figure: secs(with),
                baseline: "the same, no snapshot (full replay)",
                baselineFigure: secs(without), ratio: Format.ratio(with / without), goal: "<= 0.100 s from a snapshot",
                met: verdict(with <= 0.1)))
        report.growth[query.key] = with
        report.growth[query.key == "state" ? "state, no snapshot (full replay)" : "\(query.key), no snapshot"] =
            without
    }
    rows.append(
        CommandRow(
            measurement: "kinerja state --as-of half-way", figure: secs(asOfWith),
            baseline: "state, no snapshot (full replay)", baselineFigure: secs(fullReplay),
            ratio: Format.ratio(asOfWith / fullReplay), goal: "<= 0.10 x full replay",
            met: verdict(asOfWith <= 0.1 * fullReplay)))
    rows.append(
        CommandRow(
            measurement: "kinerja state --as-of half-way, no snapshot", figure: secs(asOfWithout),
            baseline: "state, no snapshot (full replay)", baselineFigure: secs(fullReplay),
            ratio: Format.ratio(asOfWithout / fullReplay), goal: "", met: ""))
    report.growth["state --as-of half"] = asOfWith
    report.growth["state --as-of half, no snapshot"] = asOfWithout
    let replayRate = Double(grown.events) / fullReplay
    rows.append(
        CommandRow(
            measurement: "full replay: state, no snapshot", figure: Format.eventsPerSecond(replayRate),
            baseline: "jq -n 'reduce inputs ...' (latest value per figure)",
            baselineFigure: Format.eventsPerSecond(Double(grown.events) / jq), ratio: Format.ratio(jq / fullReplay),
            goal: ">= 1,000,000 ev/s and >= 10 x jq", met: verdict(replayRate >= 1_000_000 && jq / fullReplay >= 10)))
    report.growth["jq reduce (baseline)"] = jq
    rows.append(
        CommandRow(
            measurement: "resident memory: state, no snapshot",
            figure: Format.fixed(Double(residentBytes) / 1e6, 1) + " MB", baseline: "the stream file",
            baselineFigure: Format.fixed(Double(streamBytes) / 1e6, 1) + " MB",
            ratio: Format.ratio(Double(residentBytes) / Double(streamBytes)), goal: "<= 100 MB (at 1 M events)",
            met: verdict(residentBytes <= 100_000_000)))
    rows.append(
        CommandRow(
            measurement: "kinerja verify (every stream)",
            figure: Format.megabytesPerSecond(Double(allStreamBytes) / verify),
            baseline: "sha256sum, the same files",
            baselineFigure: Format.megabytesPerSecond(Double(allStreamBytes) / sha256sum),
            ratio: Format.ratio(sha256sum / verify), goal: ">= 2 x sha256sum's speed",
            met: verdict(sha256sum / verify >= 2)))
    rows.append(
        CommandRow(
            measurement: "", figure: "", baseline: "openssl dgst -sha256, the same files",
            baselineFigure: Format.megabytesPerSecond(Double(allStreamBytes) / openssl),
            ratio: Format.ratio(openssl / verify),
            goal: "(printed beside it)", met: ""))
    report.growth["verify"] = verify
    report.growth["sha256sum (baseline)"] = sha256sum
    let cacheShare = Double(caches.largest) / Double(streamBytes) * 100
    rows.append(
        CommandRow(
            measurement:
                "snapshot bytes (the one at the head; \(caches.files) files, \(Format.grouped(caches.bytes)) B in all)",
            figure: Format.grouped(caches.largest) + " B", baseline: "the stream file",
            baselineFigure: Format.grouped(streamBytes) + " B",
            ratio: Format.fixed(cacheShare, 2) + " %", goal: "<= 5 %",
            met: caches.files == 0 ? "(none)" : verdict(cacheShare <= 5)))
    report.rows = rows

    report.header = [
        "size \(Format.grouped(size)): \(stream) holds \(Format.grouped(grown.events)) events "
            + "(\(Format.grouped(grown.generated)) generated), \(Format.fixed(Double(streamBytes) / 1e6, 1)) MB; "
            + "every stream \(Format.fixed(Double(allStreamBytes) / 1e6, 1)) MB; made in \(Format.fixed(made.seconds, 1)) s",
        "KINERJA_CLOCK=\(clockText); --as-of half-way = \(halfwayText); realisasi record adds "
            + "\(runs == 1 ? "1 event" : "\(runs) events, one a run,") before the queries",
        "ledger \(directory)" + (options.keep == nil ? " (removed at the end)" : " (kept)"),
    ]
    if headArguments == ["head"] {
        report.footer.append("head: this kinerja has no `head --org`; measured `kinerja head` (every stream's head)")
    }
    return report
}

/// Indicator and period pairs valid for a CLI realisation on `grown`'s stream, one per run: the latest periods
/// of the generated slots.
func realisationSlotsForRecord(_ grown: GrownLedger) -> [(code: String, period: String)] {
    let code = grown.indicators.contains("ppks") ? "ppks" : grown.indicators[0]
    let year = grown.lastRecordedAt.date.year
    return (1...12).map { (code, "\(year - 1)-M\($0 < 10 ? "0" : "")\($0)") }
}

/// `time` as YYYY-MM-DDTHH:MM:SSZ (the recording times are whole seconds).
func wholeSeconds(_ time: Timestamp) -> String {
    time.description.replacingOccurrences(of: ".000Z", with: "Z")
}

/// Runs the commands benchmark and returns the report's lines.
func runCommandsBenchmark(options: CommandsOptions, root: String) throws -> [String] {
    guard FileManager.default.isExecutableFile(atPath: options.kinerja) else {
        throw BenchmarkError("\(options.kinerja) is not an executable: build it with swift build -c release")
    }
    let tools = BaselineTools(
        tail: try Tool.locate("tail"), sqlite3: try Tool.locate("sqlite3"), jq: try Tool.locate("jq"),
        sha256sum: try Tool.locate("sha256sum"), openssl: try Tool.locate("openssl"), time: "/usr/bin/time")
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/time") else {
        throw BenchmarkError("/usr/bin/time (GNU time) is needed for the resident memory")
    }
    let scratch = root + "/scratch"
    try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: scratch) }
    var reports: [SizeReport] = []
    for size in options.sizes {
        reports.append(
            try measureSize(size, options: options, directory: root + "/size-\(size)", scratch: scratch, tools: tools))
    }
    #if DEBUG
        let build = "DEBUG build of kinerja-bench"
    #else
        let build = "release build of kinerja-bench"
    #endif
    let commit = (try? Tool.run("git", ["describe", "--always", "--dirty"]))?.trimmingCharacters(
        in: .whitespacesAndNewlines)
    let modified = (try? FileManager.default.attributesOfItem(atPath: options.kinerja)[.modificationDate] as? Date)
        .map { ISO8601DateFormatter().string(from: $0) }
    var lines = [
        "Kinerja Ledger commands benchmark (\(build)" + (commit.map { " of the tree at \($0)" } ?? "")
            + "; \(ProcessInfo.processInfo.activeProcessorCount) cores; file system \(POSIX.fileSystemType(root)))",
        "measuring \(options.kinerja)"
            + (modified.map { " (built \($0))" } ?? ""),
        "each time: best of \(options.runs) runs of the process, spawn to exit; baselines run the same way in the same run",
        "ratio: our time / the baseline's time, except verify and full replay: our speed / the baseline's",
        "goals: issue 12's, set for 1,000,000 events; shown for every size",
        "",
    ]
    for report in reports {
        var table = Table(
            headings: ["measurement", "figure", "baseline (same run)", "figure", "ratio", "goal", "met"],
            numeric: [1, 3, 4])
        table.rows = report.rows.map(\.cells)
        lines += report.header + [""] + table.lines + report.footer + [""]
    }
    var growth = Table(
        headings: ["seconds (best of \(options.runs))"] + reports.map { Format.grouped($0.size) },
        numeric: Set(1...max(1, reports.count)))
    growth.rows = growthKeys.map { key in [key] + reports.map { $0.growth[key].map { Format.fixed($0, 3) } ?? "-" } }
    lines += ["growth: each command's time across sizes (events in the organisation stream)"] + growth.lines
    lines += ["", "reproduce: Tools/bench.sh \(options.reproducingArguments.joined(separator: " "))"]
    return lines
}
