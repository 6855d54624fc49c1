// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "KinerjaLedger",
    products: [
        .executable(name: "kinerja", targets: ["kinerja"])
    ],
    targets: [
        // The whole engine: events, store, verification, command line logic.
        .target(name: "KinerjaLedger"),
        // The thin executable: parses nothing itself, runs the library's CLI, prints, exits.
        .executableTarget(name: "kinerja", dependencies: ["KinerjaLedger"]),
        // Benchmarks print figures as ratios against baselines measured in the same run.
        .executableTarget(
            name: "kinerja-bench",
            dependencies: ["KinerjaLedger"],
            path: "Tools/Benchmark"
        ),
        .testTarget(name: "KinerjaLedgerTests", dependencies: ["KinerjaLedger"]),
        // End-to-end runs of the built binary on temporary and fixture ledgers.
        .testTarget(
            name: "KinerjaEndToEndTests",
            dependencies: ["kinerja", "KinerjaLedger"],
            exclude: ["Snapshots", "Fixtures"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
