import Foundation
import Testing

@testable import KinerjaCLI
@testable import KinerjaEvents
@testable import KinerjaInterchange
@testable import KinerjaProjections
@testable import KinerjaReports
@testable import KinerjaStore

/// The sample document in every format, and a way to look at it: with `KINERJA_REPORT_SAMPLES=DIR` the
/// renders are written to `DIR/sample.{md,html,csv,json}` and
/// `DIR/sample-long.…` (for `Tools/screenshot-reports.sh`).
@Suite struct ReportSampleTests {
    @Test func rendersTheSameBytesEveryTimeAndWritesSamplesWhenAsked() throws {
        let samples = [("sample", ReportFixtures.document), ("sample-long", ReportFixtures.longDocument)]
        for (name, document) in samples {
            for format in ReportFormat.allCases {
                let first = document.rendered(as: format)
                #expect(first == document.rendered(as: format))
                #expect(!first.isEmpty)
                if let directory = ProcessInfo.processInfo.environment["KINERJA_REPORT_SAMPLES"] {
                    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
                    try Data(first.utf8).write(to: URL(fileURLWithPath: "\(directory)/\(name).\(format.rawValue)"))
                }
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
