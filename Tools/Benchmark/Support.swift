import Foundation

#if canImport(Glibc)
    import Glibc
#endif

// Helpers for the benchmark in main.swift: options, deterministic note text, timing, plain-POSIX baselines,
// external tools and the output table. Nothing here uses the library.

/// A problem with the command line or the machine, reported in one line before exiting with status 1.
struct BenchmarkError: Error, CustomStringConvertible {
    /// What went wrong.
    let description: String

    /// Makes an error with the given message.
    init(_ description: String) {
        self.description = description
    }
}

/// The benchmark's settings, read from the command line.
struct Options {
    /// How many events the large stream gets (`--events`).
    var events = 1_000_000
    /// How many events the fsync-per-event stream gets (`--sync-events`).
    var syncEvents = 2_000
    /// How many events go in one appended batch (`--batch`).
    var batchSize = 1_000
    /// Where to create the ledger and leave it afterwards (`--keep`); nil means a temporary directory.
    var keep: String?
    /// Whether events carry their own ids (`--caller-ids`) instead of having the store ask for one.
    var callerIDs = false
    /// The length of each note's `text` in characters (`--text-length`).
    var textLength = 150

    /// The usage text.
    static let usage = """
        usage: kinerja-bench [--events N] [--sync-events N] [--batch N] [--text-length N] [--keep DIR] [--caller-ids]
          --events N       events in the large stream (default 1000000)
          --sync-events N  events in the fsync-per-event stream (default 2000)
          --batch N        events per appended batch (default 1000)
          --text-length N  characters of each note's text, at least 12 (default 150: about 500 bytes a line;
                           40 gives about 390)
          --keep DIR       create the ledger in DIR (which must not be a ledger yet) and keep it
          --caller-ids     give every event its own id ("e-<n>") instead of letting the store generate it
        """

    /// Reads options from `arguments` (without the program name).
    static func parse(_ arguments: [String]) throws(BenchmarkError) -> Options {
        var options = Options()
        var remaining = arguments[...]
        func value(for flag: String) throws(BenchmarkError) -> String {
            guard let value = remaining.popFirst() else { throw BenchmarkError("\(flag) needs a value\n\(usage)") }
            return value
        }
        func count(for flag: String) throws(BenchmarkError) -> Int {
            let text = try value(for: flag)
            guard let number = Int(text.replacingOccurrences(of: "_", with: "")), number >= 1 else {
                throw BenchmarkError("\(flag) takes a whole number from 1, not \"\(text)\"")
            }
            return number
        }
        while let flag = remaining.popFirst() {
            switch flag {
            case "--events": options.events = try count(for: flag)
            case "--sync-events": options.syncEvents = try count(for: flag)
            case "--batch": options.batchSize = try count(for: flag)
            case "--text-length": options.textLength = max(try count(for: flag), 12)
            case "--keep": options.keep = try value(for: flag)
            case "--caller-ids": options.callerIDs = true
            default: throw BenchmarkError("unknown argument \"\(flag)\"\n\(usage)")
            }
        }
        return options
    }

    /// The arguments that reproduce these settings (`--keep` left out: it only decides where files go).
    var reproducingArguments: [String] {
        var arguments = [
            "--events", "\(events)", "--sync-events", "\(syncEvents)", "--batch", "\(batchSize)",
            "--text-length", "\(textLength)",
        ]
        if callerIDs { arguments.append("--caller-ids") }
        return arguments
    }
}

/// SplitMix64: a tiny deterministic generator, so every run writes exactly the same bytes.
struct SplitMix64 {
    /// The generator's state.
    private var state: UInt64

    /// Makes a generator whose output depends only on `seed`.
    init(seed: UInt64) {
        state = seed
    }

    /// The next 64 pseudo-random bits.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }

    /// A pseudo-random element of `choices` (which must not be empty).
    mutating func pick(_ choices: [String]) -> String {
        choices[Int(next() % UInt64(choices.count))]
    }
}

/// Indonesian-looking note texts and subjects, a function of the event number only.
enum NoteText {
    /// Words of a performance report (laporan kinerja).
    static let words = [
        "laporan", "kinerja", "instansi", "pemerintah", "sasaran", "strategis", "indikator", "capaian", "target",
        "realisasi", "anggaran", "tahun", "triwulan", "program", "kegiatan", "dinas", "kabupaten", "provinsi",
        "evaluasi", "rencana", "perjanjian", "akuntabilitas", "pelayanan", "masyarakat", "peningkatan",
        "kualitas", "pendidikan", "kesehatan", "infrastruktur", "daerah", "telah", "dicapai", "sesuai", "dengan",
        "yang", "dan", "untuk", "pada", "dalam", "persen", "belum", "memenuhi", "karena", "keterlambatan",
        "pengadaan", "data", "dukung", "diverifikasi", "oleh", "inspektorat", "bidang", "sekretariat",
    ]
    /// Offices a subject can name.
    static let offices = [
        "Dinas Pendidikan", "Dinas Kesehatan", "Dinas PUPR", "Bappeda", "Inspektorat", "Dinas Sosial",
        "BPKAD", "Dinas Perhubungan",
    ]

    /// A sentence of at most `length` characters (ASCII, so characters and bytes agree) ending in a full stop.
    static func text(for number: Int, length: Int = 150) -> String {
        var generator = SplitMix64(seed: UInt64(number))
        var text = "Realisasi"
        while true {
            let word = generator.pick(words)
            guard text.utf8.count + 1 + word.utf8.count + 1 <= length else { break }
            text += " " + word
        }
        return text + "."
    }

    /// A subject such as `IKU 3.2 Dinas Kesehatan`.
    static func subject(for number: Int) -> String {
        "IKU \(number % 9 + 1).\(number % 4 + 1) \(offices[number % offices.count])"
    }
}

extension Duration {
    /// The duration in seconds.
    var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) * 1e-18
    }
}

/// Runs `body` once and returns its result with the time it took on the monotonic clock, in seconds.
func measure<Value, Failure: Error>(_ body: () throws(Failure) -> Value) throws(Failure) -> (
    value: Value, seconds: Double
) {
    let clock = ContinuousClock()
    let start = clock.now
    let value = try body()
    return (value, (clock.now - start).seconds)
}

/// Runs `body` twice and keeps the faster run: for the short baselines, which noise affects most.
func bestOfTwo<Value, Failure: Error>(_ body: () throws(Failure) -> Value) throws(Failure) -> (
    value: Value, seconds: Double
) {
    let first = try measure(body)
    let second = try measure(body)
    return second.seconds < first.seconds ? second : first
}

/// Thin wrappers over POSIX calls for the baselines: what a careful C program would do, nothing more.
enum POSIX {
    /// Opens `path` with `flags`, or throws naming the path.
    static func open(_ path: String, _ flags: Int32) throws(BenchmarkError) -> Int32 {
        let descriptor = Glibc.open(path, flags | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw BenchmarkError("cannot open \(path): \(String(cString: strerror(errno)))") }
        return descriptor
    }

    /// Writes all of `bytes` to `descriptor`.
    static func writeAll(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) throws(BenchmarkError) {
        var done = 0
        while done < bytes.count {
            let count = Glibc.write(descriptor, bytes.baseAddress.map { $0 + done }, bytes.count - done)
            if count < 0 {
                if errno == EINTR { continue }
                throw BenchmarkError("write failed: \(String(cString: strerror(errno)))")
            }
            done += count
        }
    }

    /// Forces `descriptor`'s data to disk.
    static func sync(_ descriptor: Int32) throws(BenchmarkError) {
        guard fsync(descriptor) == 0 else { throw BenchmarkError("fsync failed: \(String(cString: strerror(errno)))") }
    }

    /// The size of the file at `path` in bytes.
    static func fileSize(_ path: String) throws(BenchmarkError) -> Int {
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw BenchmarkError("cannot stat \(path): \(String(cString: strerror(errno)))")
        }
        return Int(info.st_size)
    }

    /// The whole file at `path`.
    static func readFile(_ path: String) throws(BenchmarkError) -> [UInt8] {
        let descriptor = try open(path, O_RDONLY)
        defer { close(descriptor) }
        let size = try fileSize(path)
        var bytes = [UInt8](repeating: 0, count: size)
        var done = 0
        while done < size {
            let got = bytes.withUnsafeMutableBytes { buffer in
                pread(descriptor, buffer.baseAddress.map { $0 + done }, size - done, off_t(done))
            }
            if got < 0 && errno == EINTR { continue }
            guard got > 0 else { throw BenchmarkError("cannot read \(path)") }
            done += got
        }
        return bytes
    }

    /// Copies `source` to a new file `destination` in chunks of `chunkSize` with plain `read`/`write`,
    /// then one `fsync`: the cost of putting the same bytes on disk with no ledger work at all.
    static func copyWithOneSync(from source: String, to destination: String, chunkSize: Int = 4 << 20)
        throws(BenchmarkError)
    {
        unlink(destination)
        let input = try open(source, O_RDONLY)
        defer { close(input) }
        let output = try open(destination, O_WRONLY | O_CREAT | O_TRUNC | O_APPEND)
        defer { close(output) }
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 16)
        defer { buffer.deallocate() }
        while true {
            let got = Glibc.read(input, buffer.baseAddress, chunkSize)
            if got < 0 && errno == EINTR { continue }
            guard got >= 0 else { throw BenchmarkError("cannot read \(source)") }
            if got == 0 { break }
            try writeAll(output, UnsafeRawBufferPointer(rebasing: buffer[..<got]))
        }
        try sync(output)
    }

    /// Writes every newline-terminated line of `bytes` to a new file `destination` with one `write` and one
    /// `fsync` per line: the cost of per-event durability with no ledger work at all.
    static func writeLinesSyncingEach(_ bytes: [UInt8], to destination: String) throws(BenchmarkError) -> Int {
        unlink(destination)
        let output = try open(destination, O_WRONLY | O_CREAT | O_TRUNC | O_APPEND)
        defer { close(output) }
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: bytes.count, alignment: 16)
        defer { buffer.deallocate() }
        buffer.copyBytes(from: bytes)
        var lines = 0
        var start = 0
        while start < buffer.count {
            let end = buffer[start...].firstIndex(of: 0x0A).map { $0 + 1 } ?? buffer.count
            try writeAll(output, UnsafeRawBufferPointer(rebasing: buffer[start..<end]))
            try sync(output)
            lines += 1
            start = end
        }
        return lines
    }

    /// The type of the file system holding `path` (`stat -f`): fsync is free on tmpfs, and the figures only
    /// mean something on a disk-backed file system.
    static func fileSystemType(_ path: String) -> String {
        guard
            let name = try? Tool.run("stat", ["-f", "-c", "%T", path]).trimmingCharacters(in: .whitespacesAndNewlines)
        else { return "an unknown file system" }
        switch name {
        case "tmpfs": return "tmpfs (fsync costs nothing here)"
        case "ext2/ext3": return "ext2/3/4"
        default: return name
        }
    }
}

/// External programs used as baselines (`wc`, `sha256sum`), timed from launch to exit.
enum Tool {
    /// The full path of `name`, searched on `PATH`.
    static func locate(_ name: String) throws(BenchmarkError) -> String {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/\(name)"
            if access(candidate, X_OK) == 0 { return candidate }
        }
        throw BenchmarkError("cannot find \(name) on PATH")
    }

    /// Runs `name` with `arguments`, waits for it, checks that it succeeded and returns its standard output.
    static func run(_ name: String, _ arguments: [String]) throws(BenchmarkError) -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try locate(name))
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        do {
            try process.run()
        } catch {
            throw BenchmarkError("cannot run \(name): \(error)")
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw BenchmarkError(
                "\(name) \(arguments.joined(separator: " ")) exited with status \(process.terminationStatus)")
        }
        return String(decoding: data, as: UTF8.self)
    }
}

/// A plain-text table: left-aligned first columns, right-aligned figures, two spaces between columns.
struct Table {
    /// The column headings.
    let headings: [String]
    /// Which columns hold figures (right-aligned).
    let numeric: Set<Int>
    /// The rows; a row with a single cell is a section line printed as it is.
    var rows: [[String]] = []

    /// The table as lines of text.
    var lines: [String] {
        let cellRows = rows.filter { $0.count == headings.count }
        let widths = headings.indices.map { column in
            ([headings[column]] + cellRows.map { $0[column] }).map(\.count).max() ?? 0
        }
        func render(_ cells: [String]) -> String {
            let padded = cells.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                return numeric.contains(column) ? padding + cell : cell + padding
            }
            return padded.joined(separator: "  ").replacingOccurrences(
                of: "\\s+$", with: "", options: .regularExpression)
        }
        let rule = String(repeating: "-", count: widths.reduce(0, +) + 2 * (widths.count - 1))
        return [render(headings), rule] + rows.map { $0.count == headings.count ? render($0) : $0.joined() } + [rule]
    }
}

/// Formatting of figures for the table.
enum Format {
    /// A whole number with thousands separators: `1,000,000`.
    static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result += "," }
            result.append(digit)
        }
        return (value < 0 ? "-" : "") + result
    }

    /// `value` with `places` decimals.
    static func fixed(_ value: Double, _ places: Int) -> String {
        String(format: "%.\(places)f", value)
    }

    /// A rate of events per second, rounded to a whole number.
    static func eventsPerSecond(_ value: Double) -> String {
        value.isFinite ? grouped(Int(value.rounded())) + " ev/s" : "inf ev/s"
    }

    /// A rate of megabytes (10^6 bytes) per second.
    static func megabytesPerSecond(_ bytesPerSecond: Double) -> String {
        fixed(bytesPerSecond / 1e6, 1) + " MB/s"
    }

    /// A duration in seconds, with three significant decimals for short ones.
    static func seconds(_ value: Double) -> String {
        value < 10 ? fixed(value, 3) + " s" : fixed(value, 1) + " s"
    }

    /// A ratio, with more decimals for small ones so they do not read as zero.
    static func ratio(_ value: Double) -> String {
        guard value.isFinite else { return "inf" }
        if value >= 100 { return fixed(value, 0) }
        if value >= 1 { return fixed(value, 2) }
        return fixed(value, 3)
    }
}
