import Foundation
import KinerjaLedger

/// Standard output or standard error as a buffered text stream over a file descriptor.
struct StandardStream: TextOutputStream {
    let descriptor: Int32
    private var buffer: [UInt8] = []

    init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    mutating func write(_ string: String) {
        buffer.append(contentsOf: string.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    mutating func flush() {
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

// The real world, injected into the library: the system clock, random ids, the process environment.
let ledgerEnvironment = LedgerEnvironment(
    now: { Timestamp(millisecondsSinceEpoch: Int64((Date().timeIntervalSince1970 * 1000).rounded(.down))) },
    makeID: { _ in UUID().uuidString.lowercased() })
let context = CommandContext(
    environment: ProcessInfo.processInfo.environment, ledgerEnvironment: ledgerEnvironment,
    readStandardInput: { [UInt8](FileHandle.standardInput.readDataToEndOfFile()) })
var output = StandardStream(descriptor: 1)
var errors = StandardStream(descriptor: 2)
let status = CLI.run(Array(CommandLine.arguments.dropFirst()), context: context, output: &output, errors: &errors)
output.flush()
errors.flush()
exit(status)
