import Testing

@testable import KinerjaCLI
@testable import KinerjaEvents
@testable import KinerjaInterchange
@testable import KinerjaProjections
@testable import KinerjaReports
@testable import KinerjaStore

/// `--cites "TITLE (YYYY-MM-DD)"` of `kinerja document record`.
@Suite struct DocumentCitationTests {
    @Test func readsATitleWithItsDateInBrackets() throws {
        #expect(
            try DocumentCommand.citation(" Peraturan Presiden Nomor 29 Tahun 2014 (2014-03-21) ")
                == Citation(title: "Peraturan Presiden Nomor 29 Tahun 2014", date: CalendarDate(parsing: "2014-03-21")))
    }

    @Test func keepsBracketsThatAreNotADateInTheTitle() throws {
        #expect(
            try DocumentCommand.citation("UU 23 (Pemerintahan Daerah)")
                == Citation(title: "UU 23 (Pemerintahan Daerah)"))
        #expect(try DocumentCommand.citation("PermenPAN-RB 53/2014") == Citation(title: "PermenPAN-RB 53/2014"))
    }

    @Test func refusesADateThatIsNotOne() {
        #expect(
            throws: CLIError.usage(
                "--cites Perpres 29 (2014-13-01): '2014-13-01' is not a date; write YYYY-MM-DD", command: "document")
        ) {
            try DocumentCommand.citation("Perpres 29 (2014-13-01)")
        }
        #expect(throws: CLIError.usage("--cites is empty; give the regulation's title", command: "document")) {
            try DocumentCommand.citation("  ")
        }
    }
}
