import Foundation
import Testing

@testable import KinerjaLedger

/// The sample document in every format, and a way to look at it: with `KINERJA_REPORT_SAMPLES=DIR` the
/// renders are written to `DIR/sample.{md,html,csv,json}` (for `Tools/screenshot-reports.sh`).
@Suite struct ReportSampleTests {
    @Test func rendersTheSameBytesEveryTimeAndWritesSamplesWhenAsked() throws {
        for format in ReportFormat.allCases {
            let first = ReportFixtures.document.rendered(as: format)
            #expect(first == ReportFixtures.document.rendered(as: format))
            #expect(!first.isEmpty)
            if let directory = ProcessInfo.processInfo.environment["KINERJA_REPORT_SAMPLES"] {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
                try Data(first.utf8).write(to: URL(fileURLWithPath: directory + "/sample." + format.rawValue))
            }
        }
    }

    @Test func dispatchesEachFormatToItsRenderer() {
        let document = ReportFixtures.document
        #expect(document.rendered(as: .markdown) == document.markdown)
        #expect(document.rendered(as: .html) == document.html)
        #expect(document.rendered(as: .csv) == document.csv)
        #expect(document.rendered(as: .json) == document.json.canonicalString + "\n")
    }
}
