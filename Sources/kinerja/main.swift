import Glibc
import KinerjaCLI
import KinerjaStore
import Synchronization

// This file is the only place that touches the real world, and it does so through Glibc alone: without
// Foundation the process starts in about a third of the time (no Foundation or ICU libraries to load),
// which every command pays.

/// Standard output or standard error as a buffered text stream over a file descriptor.
struct StandardStream: TextOutputStream {
    let descriptor: Int32
    /// A progress line on the same terminal, erased before this stream writes.
    let progressLine: ProgressLine?
    private var buffer: [UInt8] = []

    init(descriptor: Int32, progressLine: ProgressLine? = nil) {
        self.descriptor = descriptor
        self.progressLine = progressLine
    }

    mutating func write(_ string: String) {
        buffer.append(contentsOf: string.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    mutating func flush() {
        if !buffer.isEmpty { progressLine?.erase() }
        var done = 0
        while done < buffer.count {
            let count = buffer.withUnsafeBytes { bytes in
                guard let base = bytes.baseAddress else { return 0 }
                return Glibc.write(descriptor, base + done, bytes.count - done)
            }
            if count <= 0 { break }  // a closed pipe: nothing more can be written
            done += count
        }
        buffer.removeAll(keepingCapacity: true)
    }
}

/// The progress line on a terminal: rewritten in place at most five times a second, only for reads of
/// more than 8 MB, and erased before anything else is printed.
final class ProgressLine: Sendable {
    /// When the line was last shown (monotonic nanoseconds; nil: never), and whether it is showing.
    private let shown = Mutex<(last: UInt64?, showing: Bool)>((nil, false))

    /// ``show(_:)`` as the library's handler.
    var handler: ProgressHandler { { [self] update in show(update) } }

    func show(_ update: ProgressUpdate) {
        shown.withLock { shown in
            let now = monotonicNanoseconds()
            guard update.total > 8 << 20, shown.last.map({ now - $0 >= 200_000_000 }) ?? true else { return }
            shown = (now, true)
            var error = StandardStream(descriptor: 2)
            error.write("\r\u{1B}[K" + update.line)
            error.flush()
        }
    }

    func erase() {
        shown.withLock { shown in
            guard shown.showing else { return }
            shown.showing = false
            var error = StandardStream(descriptor: 2)
            error.write("\r\u{1B}[K")
            error.flush()
        }
    }
}

/// The monotonic clock, in nanoseconds.
func monotonicNanoseconds() -> UInt64 {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
}

/// The system clock, in whole milliseconds since 1970.
func millisecondsSinceEpoch() -> Int64 {
    var time = timespec()
    clock_gettime(CLOCK_REALTIME, &time)
    return Int64(time.tv_sec) * 1000 + Int64(time.tv_nsec) / 1_000_000
}

/// A random (version 4) UUID in lowercase, from the kernel's random source.
func randomUUID() -> String {
    var bytes = [UInt8](repeating: 0, count: 16)
    let source = open("/dev/urandom", O_RDONLY | O_CLOEXEC)
    var filled = 0
    while source >= 0, filled < 16 {
        let count = bytes.withUnsafeMutableBytes { buffer in
            buffer.baseAddress.map { read(source, $0 + filled, 16 - filled) } ?? -1
        }
        if count > 0 { filled += count } else if count == 0 || errno != EINTR { break }
    }
    if source >= 0 { close(source) }
    // Without a random source no id can be promised unique: stop rather than make one that may repeat.
    guard filled == 16 else { fatalError("kinerja: /dev/urandom cannot be read: \(String(cString: strerror(errno)))") }
    bytes[6] = bytes[6] & 0x0F | 0x40
    bytes[8] = bytes[8] & 0x3F | 0x80
    return UUIDText.text(of: bytes)
}

/// The process environment.
func processEnvironment() -> [String: String] {
    var environment: [String: String] = [:]
    var entry = environ
    while let pointer = entry.pointee {
        let text = String(cString: pointer)
        if let equals = text.firstIndex(of: "=") {
            environment[String(text[..<equals])] = String(text[text.index(after: equals)...])
        }
        entry += 1
    }
    return environment
}

/// All of standard input.
func readStandardInput() -> [UInt8] {
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
        let count = chunk.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
        if count > 0 {
            bytes += chunk[0..<count]
        } else if count == 0 || errno != EINTR {
            return bytes
        }
    }
}

/// Runs a program as ``ProcessRequest`` says: its files, standard input, output and error in a scratch directory
/// of its own (under `$TMPDIR`, else /tmp), removed afterwards; 127 when it cannot be started.
func runProcess(_ request: ProcessRequest) -> ProcessResult {
    let base = (getenv("TMPDIR").map { String(cString: $0) }).flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
    var template = Array((base + "/kinerja-XXXXXX").utf8CString)
    guard let made = template.withUnsafeMutableBufferPointer({ $0.baseAddress.flatMap { mkdtemp($0) } }) else {
        return ProcessResult(status: 127, output: [], errors: Array("cannot make a scratch directory in \(base)".utf8))
    }
    let directory = String(cString: made)
    var written: [String] = []
    defer {
        for path in written { unlink(path) }
        rmdir(directory)
    }
    func write(_ bytes: [UInt8], to path: String) -> Bool {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return false }
        written.append(path)
        defer { close(descriptor) }
        var done = 0
        while done < bytes.count {
            let count = bytes.withUnsafeBytes { buffer in
                buffer.baseAddress.map { Glibc.write(descriptor, $0 + done, bytes.count - done) } ?? -1
            }
            if count <= 0 { return false }
            done += count
        }
        return true
    }
    for (name, bytes) in request.files where !name.contains("/") {
        guard write(bytes, to: directory + "/" + name) else {
            return ProcessResult(status: 127, output: [], errors: Array("cannot write \(name)".utf8))
        }
    }
    let (input, output, error) = (directory + "/.stdin", directory + "/.stdout", directory + "/.stderr")
    guard write(request.input, to: input), write([], to: output), write([], to: error) else {
        return ProcessResult(status: 127, output: [], errors: Array("cannot write the scratch files".utf8))
    }
    let arguments =
        [request.program]
        + request.arguments.map { argument in
            argument.hasPrefix("@file:") ? directory + "/" + argument.dropFirst("@file:".count) : argument
        }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, input, O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_TRUNC, 0)
    posix_spawn_file_actions_addopen(&actions, 2, error, O_WRONLY | O_TRUNC, 0)
    var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid: pid_t = 0
    let started = posix_spawnp(&pid, request.program, &actions, nil, &argv, environ)
    guard started == 0 else {
        return ProcessResult(
            status: 127, output: [],
            errors: Array("cannot start \(request.program): \(String(cString: strerror(started)))".utf8))
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    let exited = status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    func read(_ path: String) -> [UInt8] {
        (try? readWholeFile(path)) ?? []
    }
    return ProcessResult(status: exited, output: read(output), errors: read(error))
}

// The real world, injected into the library: the system clock, random ids, the process environment.
let ledgerEnvironment = LedgerEnvironment(
    now: { Timestamp(millisecondsSinceEpoch: millisecondsSinceEpoch()) },
    makeID: { _ in randomUUID() })
let progressLine = ProgressLine()
let showProgress = isatty(2) == 1 ? progressLine.handler : nil
// What a command loaded is kept here until `exit`, which leaves it to the system to free.
let keptUntilExit = Mutex<[any Sendable]>([])
let context = CommandContext(
    environment: processEnvironment(), ledgerEnvironment: ledgerEnvironment, readStandardInput: readStandardInput,
    progress: showProgress, runProcess: runProcess,
    keepUntilExit: { held in keptUntilExit.withLock { $0.append(held) } })
var output = StandardStream(descriptor: 1, progressLine: progressLine)
var errors = StandardStream(descriptor: 2, progressLine: progressLine)
let status = CLI.run(Array(CommandLine.arguments.dropFirst()), context: context, output: &output, errors: &errors)
progressLine.erase()
output.flush()
errors.flush()
exit(status)
