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
        #expect {
            try DocumentCommand.citation("Perpres 29 (2014-13-01)")
        } throws: { error in
            (error as? CLIError)?.message
                == "--cites Perpres 29 (2014-13-01): '2014-13-01' is not a date; write YYYY-MM-DD"
                + " (see 'kinerja document --help')"
        }
        #expect {
            try DocumentCommand.citation("  ")
        } throws: { error in
            (error as? CLIError)?.message(.id)
                == "--cites kosong; berikan judul peraturannya (lihat 'kinerja document --help')"
        }
    }
}
