@testable import KinerjaCLI
@testable import KinerjaEvents
@testable import KinerjaInterchange
@testable import KinerjaProjections
@testable import KinerjaReports
@testable import KinerjaStore

/// Small builders shared by the store tests.
enum Fixtures {
    static let start = Timestamp(parsing: "2024-05-01T08:00:00Z") ?? Timestamp(millisecondsSinceEpoch: 0)

    static func note(_ text: String, id: String? = nil) -> NewEvent {
        NewEvent(type: "NoteRecorded", id: id, data: ["text": .string(text)])
    }

    static func ledger(in directory: TemporaryDirectory) throws -> Ledger {
        try Ledger.create(at: directory.path + "/ledger")
    }

    /// The actors of the decision tests: `admin` (administrator) and `clerk`, `kepala`, `sekretaris` (recorder,
    /// approver, auditor), each a different person.
    static let actors: [ActorRegistered] =
        [ActorRegistered(actor: "admin", name: "Admin", roles: [.administrator])]
        + ["clerk", "kepala", "sekretaris"].map {
            ActorRegistered(actor: $0, name: "Pak \($0)", roles: [.recorder, .approver, .auditor])
        }

    /// A new ledger whose ledger stream registers ``actors`` (a decision is refused before any actor is).
    static func ledgerWithActors(in directory: TemporaryDirectory) throws -> Ledger {
        let ledger = try self.ledger(in: directory)
        _ = try Recorder.record(
            actors.map { EventCodec.standard.newEvent(.actorRegistered($0)) }, to: .ledger, actor: "admin",
            in: ledger, environment: .fixed(at: Timestamp(millisecondsSinceEpoch: 0), idPrefix: "actor"))
        return ledger
    }

    /// Appends `batches` of notes with ids `n<batch>-<index>`, one batch per call, a minute apart.
    @discardableResult
    static func appendNotes(
        _ ledger: Ledger, batches: [Int], firstBatch: Int = 0, stream: StreamName = .ledger
    ) throws -> [AppendOutcome] {
        var outcomes: [AppendOutcome] = []
        for (offset, size) in batches.enumerated() {
            let batchIndex = firstBatch + offset
            let events = (1...size).map { note("note \(batchIndex)-\($0)", id: "n\(batchIndex)-\($0)") }
            let time = Timestamp(millisecondsSinceEpoch: start.millisecondsSinceEpoch + Int64(batchIndex) * 60_000)
            outcomes.append(try ledger.append(events, to: stream, actor: "rina", environment: .fixed(at: time)))
        }
        return outcomes
    }
}
