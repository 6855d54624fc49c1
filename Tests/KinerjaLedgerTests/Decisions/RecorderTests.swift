import Testing

@testable import KinerjaCLI
@testable import KinerjaEvents
@testable import KinerjaInterchange
@testable import KinerjaProjections
@testable import KinerjaReports
@testable import KinerjaStore

/// The recorder's two ways of refusing a batch: at the first refused event, or naming every one.
@Suite struct RecorderTests {
    private let environment = LedgerEnvironment.fixed(at: Fixtures.start, idPrefix: "g")

    /// A ledger whose organisation stream has an approved IKU (ppks, idg) in force from 2022.
    private func prepared(_ directory: TemporaryDirectory) throws -> Ledger {
        let ledger = try Fixtures.ledgerWithActors(in: directory)
        _ = try Recorder.record(
            [Events.organisation, Events.iku(id: "iku", effective: "2022-01-01", added: ["ppks", "idg"])],
            to: History.stream, actor: "clerk", in: ledger, environment: environment)
        _ = try Recorder.record(
            [Events.approval(of: "iku")], to: History.stream, actor: "kepala", in: ledger, environment: environment)
        return ledger
    }

    /// Good, unknown indicator, good, not in force, invalid (no basis): three bad events of five.
    private var batch: [NewEvent] {
        var invalid = Events.realisasi("idg", "2024-Q2")
        invalid.data["basis"] = nil
        return [
            Events.realisasi("ppks", "2024"), Events.realisasi("pkh", "2024"), Events.realisasi("idg", "2024-Q1"),
            Events.realisasi("ppks", "2021"), invalid,
        ]
    }

    private func expectedRefusals() throws -> Recorder.Failure {
        let year2021 = try #require(Period(year: 2021, kind: .year))
        return .refusals([
            .refused(index: 2, type: "RealisasiRecorded", .unknownIndicator("pkh")),
            .refused(index: 4, type: "RealisasiRecorded", .indicatorNotInForce("ppks", period: year2021)),
            .invalid(index: 5, type: "RealisasiRecorded", reason: "missing member \"data.basis\""),
        ])
    }

    @Test func stopsAtTheFirstRefusalByDefault() throws {
        let directory = TemporaryDirectory()
        let ledger = try prepared(directory)
        let before = directory.bytes("ledger/\(History.stream.fileName)")
        #expect(throws: Recorder.Failure.refused(index: 2, type: "RealisasiRecorded", .unknownIndicator("pkh"))) {
            try Recorder.record(batch, to: History.stream, actor: "clerk", in: ledger, environment: environment)
        }
        #expect(directory.bytes("ledger/\(History.stream.fileName)") == before)
    }

    @Test func namesEveryRefusedEventWhenAskedAndWritesNothing() throws {
        let directory = TemporaryDirectory()
        let ledger = try prepared(directory)
        let before = directory.bytes("ledger/\(History.stream.fileName)")
        let expectedRefusals = try expectedRefusals()
        #expect(throws: expectedRefusals) {
            try Recorder.record(
                batch, to: History.stream, actor: "clerk", in: ledger, environment: environment,
                reportingEveryRefusal: true)
        }
        #expect(throws: expectedRefusals) {
            try Recorder.check(batch, to: History.stream, actor: "clerk", in: ledger, environment: environment)
        }
        #expect(directory.bytes("ledger/\(History.stream.fileName)") == before)
    }

    @Test func checkWritesNothingEvenWhenEveryEventPasses() throws {
        let directory = TemporaryDirectory()
        let ledger = try prepared(directory)
        let before = directory.bytes("ledger/\(History.stream.fileName)")
        try Recorder.check(
            [Events.realisasi("ppks", "2024"), Events.realisasi("idg", "2024")], to: History.stream, actor: "clerk",
            in: ledger, environment: environment)
        #expect(directory.bytes("ledger/\(History.stream.fileName)") == before)
        let outcome = try Recorder.record(
            [Events.realisasi("ppks", "2024"), Events.realisasi("idg", "2024")], to: History.stream, actor: "clerk",
            in: ledger, environment: environment, reportingEveryRefusal: true)
        #expect(outcome.written.map(\.id) == ["g-4", "g-5"])
    }

    @Test func checksLaterEventsAgainstTheEarlierOnesOfTheBatch() throws {
        let directory = TemporaryDirectory()
        let ledger = try prepared(directory)
        // The child's parent comes earlier in the batch; the second child's parent was refused (code taken).
        let batch = [
            Events.budget("p1"), Events.budget("p1.k1", parent: "p1"), Events.budget("p1"),
            Events.budget("p2.k1", parent: "p2"),
        ]
        #expect(
            throws: Recorder.Failure.refusals([
                .refused(index: 3, type: "BudgetLineRecorded", .budgetCodeTaken(year: 2024, code: "p1")),
                .refused(index: 4, type: "BudgetLineRecorded", .budgetParentUnknown(year: 2024, code: "p2")),
            ])
        ) {
            try Recorder.check(batch, to: History.stream, actor: "clerk", in: ledger, environment: environment)
        }
    }

    @Test func refusesAnEventTheCodecCannotReadAsInvalid() throws {
        // A catalogue whose note has a member the codec does not know: the schema passes it, decoding does not.
        let note = EventSchema(
            type: "NoteRecorded", version: 1, summary: "a note with a mood", effectiveDate: .none,
            fields: [.required("text", .text, "the note"), .optional("mood", .text, "unknown to the codec")],
            requiredRole: nil)
        let directory = TemporaryDirectory()
        let ledger = try Ledger.create(at: directory.path + "/ledger", schemas: EventCatalog(schemas: [note]))
        var event = Fixtures.note("hello")
        event.data["mood"] = .string("calm")
        let reason = #"unknown member "data.mood" holding "calm" (expected "text", "subject")"#
        #expect(throws: Recorder.Failure.invalid(index: 1, type: "NoteRecorded", reason: reason)) {
            try Recorder.record([event], to: .ledger, actor: "clerk", in: ledger, environment: environment)
        }
        #expect(try ledger.events(in: .ledger).isEmpty)
    }
}
