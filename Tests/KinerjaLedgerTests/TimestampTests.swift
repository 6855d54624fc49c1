import Testing

@testable import KinerjaCLI
@testable import KinerjaEvents
@testable import KinerjaInterchange
@testable import KinerjaProjections
@testable import KinerjaReports
@testable import KinerjaStore

@Suite struct TimestampTests {
    @Test(arguments: [
        ("2024-05-01T08:30:00Z", "2024-05-01T08:30:00.000Z"),
        ("2024-05-01T08:30:00.5Z", "2024-05-01T08:30:00.500Z"),
        ("2024-05-01T08:30:00.123Z", "2024-05-01T08:30:00.123Z"),
        ("2024-05-01T08:30Z", "2024-05-01T08:30:00.000Z"),
        ("2024-05-01T08:30:00+08:00", "2024-05-01T00:30:00.000Z"),
        ("2024-01-01T01:00:00+08:00", "2023-12-31T17:00:00.000Z"),
        ("2024-02-29", "2024-02-29T00:00:00.000Z"),
        ("1969-12-31T23:59:59.999Z", "1969-12-31T23:59:59.999Z"),
    ])
    func parsesAndWritesTheFixedWidthForm(text: String, written: String) throws {
        let time = try #require(Timestamp(parsing: text))
        #expect(time.description == written)
        #expect(Timestamp(parsing: written) == time)
    }

    @Test(arguments: [
        "2023-02-29", "2024-13-01", "2024-05-01T24:00:00Z", "2024-05-01T08:30:00", "2024-05-01 08:30:00Z",
        "2024-05-01T08:30:00.1234Z", "24-05-01", "2024-05-01T08:30:00+0800", "",
    ])
    func refusesWhatIsNotATime(text: String) {
        #expect(Timestamp(parsing: text) == nil)
    }

    @Test func writtenFormSortsInTimeOrder() {
        let times = [0, 1, 999, 1000, 86_400_000, 1_700_000_000_000].map {
            Timestamp(millisecondsSinceEpoch: Int64($0))
        }
        #expect(times.map(\.description) == times.map(\.description).sorted())
    }

    @Test func calendarDatesRoundTripThroughDays() throws {
        for days in stride(from: -800_000, through: 2_900_000, by: 997) {
            let date = CalendarDate(daysSinceEpoch: days)
            #expect(date.daysSinceEpoch == days)
            #expect(CalendarDate(parsing: date.description) == date || date.year < 1)
        }
        #expect(CalendarDate(parsing: "2021-12-31")?.daysSinceEpoch == 18_992)
    }
}
