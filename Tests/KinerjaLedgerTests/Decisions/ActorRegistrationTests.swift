import Testing

@testable import KinerjaCLI
@testable import KinerjaEvents
@testable import KinerjaInterchange
@testable import KinerjaProjections
@testable import KinerjaReports
@testable import KinerjaStore

/// Registering actors again: new roles, no roles (retired), and the last administrator who keeps the role.
@Suite struct ActorRegistrationTests {
    /// A ledger with one administrator and a recorder.
    static var registered: History {
        var history = History()
        history.given(Events.actor("admin", roles: ["administrator"]), by: "admin", in: .ledger)
        history.given(Events.actor("clerk", roles: ["recorder"]), by: "admin", in: .ledger)
        return history
    }

    @Test func retiresAnActorByRegisteringThemWithNoRoles() {
        var history = Self.registered
        #expect(throws: Never.self) { try history.when(Events.actor("clerk", roles: []), by: "admin", in: .ledger) }
        history.given(Events.actor("clerk", roles: []), by: "admin", in: .ledger)
        #expect(history.registry.actors["clerk"]?.roles == [])
        #expect(
            throws: DecisionError.roleMissing(
                actor: "clerk", role: .recorder, type: "RealisasiRecorded", stream: History.stream)
        ) {
            try history.when(Events.realisasi("ppks", "2024"), by: "clerk")
        }
    }

    @Test func refusesTakingTheRoleFromTheOnlyAdministrator() {
        var history = Self.registered
        #expect(throws: DecisionError.lastAdministrator("admin")) {
            try history.when(Events.actor("admin", roles: []), by: "admin", in: .ledger)
        }
        #expect(throws: DecisionError.lastAdministrator("admin")) {
            try history.when(Events.actor("admin", roles: ["recorder"]), by: "admin", in: .ledger)
        }
        // With a second administrator, the first may step down.
        history.given(Events.actor("deputy", roles: ["administrator"]), by: "admin", in: .ledger)
        #expect(throws: Never.self) { try history.when(Events.actor("admin", roles: []), by: "admin", in: .ledger) }
    }

    @Test func keepsTheRolesOfAnActorRegisteredAgain() {
        var history = Self.registered
        history.given(Events.actor("clerk", roles: ["recorder", "auditor"]), by: "admin", in: .ledger)
        #expect(history.registry.actors["clerk"]?.roles == [.recorder, .auditor])
        #expect(history.registry.holders(of: .administrator) == ["admin"])
    }
}
