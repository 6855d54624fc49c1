import Foundation
import KinerjaCLI
import KinerjaStore

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
final class ProgressLine: @unchecked Sendable {
    private let lock = NSLock()
    private var lastShown = Date.distantPast
    private var showing = false

    /// ``show(_:)`` as the library's handler.
    var handler: ProgressHandler { { [self] update in show(update) } }

    func show(_ update: ProgressUpdate) {
        lock.lock()
        defer { lock.unlock() }
        guard update.total > 8 << 20, Date().timeIntervalSince(lastShown) >= 0.2 else { return }
        lastShown = Date()
        showing = true
        var error = StandardStream(descriptor: 2)
        error.write("\r\u{1B}[K" + update.line)
        error.flush()
    }

    func erase() {
        lock.lock()
        defer { lock.unlock() }
        guard showing else { return }
        showing = false
        var error = StandardStream(descriptor: 2)
        error.write("\r\u{1B}[K")
        error.flush()
    }
}

// The real world, injected into the library: the system clock, random ids, the process environment.
let ledgerEnvironment = LedgerEnvironment(
    now: { Timestamp(millisecondsSinceEpoch: Int64((Date().timeIntervalSince1970 * 1000).rounded(.down))) },
    makeID: { _ in UUID().uuidString.lowercased() })
let progressLine = ProgressLine()
let showProgress = isatty(2) == 1 ? progressLine.handler : nil
let context = CommandContext(
    environment: ProcessInfo.processInfo.environment, ledgerEnvironment: ledgerEnvironment,
    readStandardInput: { [UInt8](FileHandle.standardInput.readDataToEndOfFile()) },
    progress: showProgress)
var output = StandardStream(descriptor: 1, progressLine: progressLine)
var errors = StandardStream(descriptor: 2, progressLine: progressLine)
let status = CLI.run(Array(CommandLine.arguments.dropFirst()), context: context, output: &output, errors: &errors)
progressLine.erase()
output.flush()
errors.flush()
exit(status)
