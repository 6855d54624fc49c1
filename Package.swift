// swift-tools-version: 6.0
import PackageDescription

// The layers, each a target the compiler keeps in order: nothing points upward.
//
//   kinerja (executable)  →  KinerjaCLI  →  KinerjaInterchange, KinerjaReports  →  KinerjaProjections,
//     KinerjaWorkbook  →  KinerjaEvents  →  KinerjaStore
let package = Package(
    name: "KinerjaLedger",
    products: [
        .executable(name: "kinerja", targets: ["kinerja"])
    ],
    targets: [
        // Stored lines, SHA-256 and the chain, streams, the lock, acknowledged heads, recovery, verify.
        // Knows bytes and envelopes, never SAKIP.
        .target(name: "KinerjaStore", dependencies: ["CSHA256"]),
        // SHA-256 with the x86 SHA extensions, which Swift cannot reach; used when the CPU has them.
        .target(name: "CSHA256"),
        // The event catalogue and its schemas, and the domain's values (numbers, periods, capaian, scales).
        .target(name: "KinerjaEvents", dependencies: ["KinerjaStore"]),
        // Read models folded from events, the Decider and recorder, check, history, checkpoints.
        .target(name: "KinerjaProjections", dependencies: ["KinerjaEvents"]),
        // Excel workbooks (.xlsx) read and written with no dependency: inflate, ZIP, SpreadsheetML.
        .target(name: "KinerjaWorkbook", dependencies: ["KinerjaEvents"]),
        // Report documents and their renderers (text, Markdown, HTML/SVG, CSV, JSON, .xlsx).
        .target(name: "KinerjaReports", dependencies: ["KinerjaProjections", "KinerjaWorkbook"]),
        // Spreadsheets in: CSV and .xlsx rows to events.
        .target(name: "KinerjaInterchange", dependencies: ["KinerjaProjections", "KinerjaWorkbook"]),
        // The command line: arguments, commands, messages and exit codes.
        .target(name: "KinerjaCLI", dependencies: ["KinerjaReports", "KinerjaInterchange"]),
        // The thin executable: parses nothing itself, runs the library's CLI, prints, exits. A release build
        // carries the Swift runtime inside it (no shared libraries to load: a process starts in 2 ms, not 3).
        .executableTarget(
            name: "kinerja", dependencies: ["KinerjaCLI", "KinerjaStore"],
            linkerSettings: [.unsafeFlags(["-static-stdlib"], .when(platforms: [.linux], configuration: .release))]
        ),
        // Benchmarks print figures as ratios against baselines measured in the same run.
        .executableTarget(
            name: "kinerja-bench",
            dependencies: ["KinerjaReports"],
            path: "Tools/Benchmark"
        ),
        .testTarget(
            name: "KinerjaLedgerTests",
            dependencies: [
                "KinerjaStore", "KinerjaEvents", "KinerjaProjections", "KinerjaReports", "KinerjaInterchange",
                "KinerjaWorkbook", "KinerjaCLI",
            ],
            exclude: ["Workbook/Fixtures"]
        ),
        // The commands benchmark's ledger generator (not its timings: nothing timed runs in the tests).
        .testTarget(
            name: "KinerjaBenchmarkTests",
            dependencies: ["kinerja-bench", "KinerjaStore", "KinerjaEvents", "KinerjaProjections"]
        ),
        // End-to-end runs of the built binary on temporary and fixture ledgers.
        .testTarget(
            name: "KinerjaEndToEndTests",
            dependencies: ["kinerja", "KinerjaStore", "KinerjaEvents", "KinerjaProjections"],
            exclude: ["Snapshots", "Fixtures"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
