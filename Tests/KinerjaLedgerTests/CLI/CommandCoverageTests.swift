import Testing

@testable import KinerjaCLI
@testable import KinerjaEvents
@testable import KinerjaInterchange
@testable import KinerjaProjections
@testable import KinerjaReports
@testable import KinerjaStore

/// Every type of the event catalogue can be recorded by a command built for it, not only by `append` with JSON
/// written by hand.
@Suite struct CommandCoverageTests {
    /// The types each command records, by command name.
    static var recordedByCommand: [String: [EventType]] {
        Dictionary(uniqueKeysWithValues: CommandInfo.commands.map { ($0.info.name, $0.records) })
    }

    @Test func everyCatalogueTypeHasACommandThatRecordsIt() throws {
        let covered = Set(CommandInfo.commands.flatMap { $0.records })
        for schema in EventCatalog.standard.schemas {
            let type = try #require(EventType(rawValue: schema.type), "\(schema.type) has no EventType")
            #expect(
                covered.contains(type),
                "no command records \(schema.type); give one `static let records`")
        }
    }

    @Test func theCommandsRecordTheTypesTheirNamesPromise() {
        let expected: [String: Set<EventType>] = [
            "setup": [.actorRegistered, .organisationRegistered], "actor": [.actorRegistered],
            "org": [.organisationRegistered, .organisationTimeZoneSet, .signingPolicySet],
            "renstra": [.renstraAdopted, .renstraTargetsProposed],
            "realisasi": [.realisasiRecorded, .realisasiCorrected], "target": [.targetChangeProposed],
            "iku": [.ikuDecisionProposed], "budget": [.budgetLineRecorded], "document": [.documentRecorded],
            "note": [.noteRecorded], "approve": [.proposalApproved], "reject": [.proposalRejected],
            "pk": [.perjanjianKinerjaSigned, .perjanjianKinerjaAmendmentProposed],
            "import": [.realisasiRecorded, .targetChangeProposed, .budgetLineRecorded],
        ]
        let recorded = Self.recordedByCommand
        for (name, types) in expected {
            #expect(Set(recorded[name] ?? []) == types, "kinerja \(name)")
        }
        // append records any type as given; it does not count as a command for a type.
        #expect(recorded["append"] == [])
    }

    /// Every command that takes `--sign-with` lists it in its help, in both languages. `setup` is the exception:
    /// it records a ledger's first actors, so no key is registered to sign its batch with.
    @Test func everyCommandThatMayBeSignedListsSignWithInItsHelp() {
        var signed: [String] = []
        for command in CommandInfo.commands {
            let info = command.info
            guard command.mayBeSigned else {
                // A query does not offer it.
                #expect(!info.help(.en).contains("\n  --sign-with "), "kinerja \(info.name) takes no --sign-with")
                continue
            }
            signed.append(info.name)
            guard info.name != "setup" else { continue }
            for language in Language.allCases {
                #expect(info.help(language).contains("\n  --sign-with "), "kinerja \(info.name) --help (\(language))")
            }
        }
        #expect(signed.count == 15, "\(signed)")
    }
}
