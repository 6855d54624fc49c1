import Foundation
import Testing

/// Runs the built `kinerja` binary as a separate process, the way a clerk or a script would.
struct Kinerja {
    /// What one run printed and returned.
    struct Result {
        var status: Int32
        var output: String
        var errors: String
    }

    /// The directory holding the built products (`.build/<triple>/debug`).
    static let productsDirectory: URL = {
        let bundle = Bundle.main.bundleURL
        for candidate in [bundle, bundle.deletingLastPathComponent()] {
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("kinerja").path) {
                return candidate
            }
        }
        return bundle
    }()

    /// The path of the binary.
    static var binary: String { productsDirectory.appendingPathComponent("kinerja").path }

    /// The ledger directory passed with `--ledger`.
    let ledger: String
    /// Environment variables set for every run (on top of a minimal environment).
    var environment: [String: String] = ["KINERJA_CLOCK": "2024-05-01T08:00:00Z", "KINERJA_ID_PREFIX": "gen"]

    /// Runs `kinerja --ledger <ledger> <arguments>` with `input` on standard input.
    @discardableResult
    func run(_ arguments: [String], input: [UInt8] = [], extraEnvironment: [String: String] = [:]) throws -> Result {
        try Kinerja.runBinary(
            ["--ledger", ledger] + arguments, input: input, environment: environment.merging(extraEnvironment) { $1 })
    }

    /// Runs the binary with exactly `arguments`.
    static func runBinary(_ arguments: [String], input: [UInt8] = [], environment: [String: String] = [:]) throws
        -> Result
    {
        // English unless a test asks for Indonesian (KINERJA_LANG=id): the goldens written before the
        // catalogue are English.
        var base = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "KINERJA_LANG": "en"]
        base.merge(environment) { $1 }
        return try runProcess(binary, arguments, environment: base, input: input)
    }

    /// Runs `executable` with `arguments` and exactly `environment`, in `directory` (default: this process's),
    /// with `input` on standard input (nil: none), and returns what it printed and its status.
    static func runProcess(
        _ executable: String, _ arguments: [String], environment: [String: String], directory: String? = nil,
        input: [UInt8]? = nil
    ) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = environment
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let inputPipe = input.map { _ in Pipe() }
        let outputPipe = Pipe()
        let errorPipe = Pipe()
        process.standardInput = inputPipe ?? FileHandle.nullDevice
        process.standardOutput = outputPipe
        process.standardError = errorPipe
        try process.run()
        if let inputPipe, let input {
            inputPipe.fileHandleForWriting.write(Data(input))
            try inputPipe.fileHandleForWriting.close()
        }
        // Read both pipes to the end before waiting, so a full pipe never blocks the child.
        let group = DispatchGroup()
        nonisolated(unsafe) var errorData = Data()
        group.enter()
        DispatchQueue.global().async {
            errorData = errorPipe.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outputData = outputPipe.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
            errors: String(decoding: errorData, as: UTF8.self))
    }
}

/// A fresh directory for one test's ledger, removed afterwards.
final class Scratch {
    let path: String

    init() {
        path = NSTemporaryDirectory() + "kinerja-e2e-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    var ledgerPath: String { path + "/ledger" }

    func bytes(_ relative: String) -> [UInt8] {
        (try? [UInt8](Data(contentsOf: URL(fileURLWithPath: path + "/" + relative)))) ?? []
    }

    func write(_ relative: String, _ bytes: [UInt8]) {
        _ = FileManager.default.createFile(atPath: path + "/" + relative, contents: Data(bytes))
    }

    /// Every file of the ledger directory with its bytes, for byte-for-byte comparisons.
    func ledgerSnapshot() -> [String: [UInt8]] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: ledgerPath)) ?? []
        return Dictionary(uniqueKeysWithValues: names.map { ($0, bytes("ledger/" + $0)) })
    }
}

/// Input lines for `append`: notes with the given ids.
func notes(_ ids: [String], prefix: String = "note") -> [UInt8] {
    Array(
        ids.map { #"{"type":"NoteRecorded","id":"\#($0)","data":{"text":"\#(prefix) \#($0)"}}"# + "\n" }.joined().utf8)
}

/// Expects `result` to have succeeded, showing its standard error when it did not.
func expectSuccess(_ result: Kinerja.Result, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(result.status == 0, "\(result.errors)", sourceLocation: sourceLocation)
}

/// Runs `python3 script arguments…`, standard output and error together: for the checkers an auditor runs
/// without this program.
func runPython(_ script: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
    process.arguments = [script] + arguments
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}
