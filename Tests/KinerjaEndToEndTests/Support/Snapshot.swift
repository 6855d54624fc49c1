import Foundation
import Testing

/// Compares `actual` with the golden file `Snapshots/<name>`. With `KINERJA_RECORD_SNAPSHOTS=1` the file is
/// written instead and the test fails, so no baseline is ever accepted silently.
func assertSnapshot(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Snapshots")
    let file = directory.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["KINERJA_RECORD_SNAPSHOTS"] == "1" {
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try? Data(actual.utf8).write(to: file)
        Issue.record(
            "recorded snapshot \(name); run again without KINERJA_RECORD_SNAPSHOTS to check it",
            sourceLocation: sourceLocation)
        return
    }
    // Read as bytes: String(contentsOf:) would drop a byte-order mark, which CSV snapshots keep on purpose.
    guard let data = try? Data(contentsOf: file) else {
        Issue.record("no snapshot \(name); record it with KINERJA_RECORD_SNAPSHOTS=1", sourceLocation: sourceLocation)
        return
    }
    let expected = String(decoding: data, as: UTF8.self)
    #expect(actual == expected, "output differs from Snapshots/\(name)", sourceLocation: sourceLocation)
}
