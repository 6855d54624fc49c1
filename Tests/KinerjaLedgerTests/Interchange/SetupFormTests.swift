import Testing

@testable import KinerjaCLI
@testable import KinerjaEvents
@testable import KinerjaInterchange
@testable import KinerjaProjections
@testable import KinerjaReports
@testable import KinerjaStore

@Suite struct SetupFormTests {
    static let example = """
        # Dinas Sosial P3A: who records, who approves
        organisation: luwu-timur-dinsos-p3a
        name: Dinas Sosial P3A
        Region: Kabupaten Luwu Timur
        document: Perbup SOTK
        rating-scale: Permendagri 54/2010

        actor: admin
        name: Andi Saputra
        roles: administrator, recorder

        actor: rina
        name: Rina Wati
        jabatan: Kasubbag Perencanaan
        roles: recorder
        organisations: luwu-timur-dinsos-p3a
        """

    func read(_ text: String) throws(InputError) -> SetupForm {
        try SetupForm.read(Array(text.utf8), source: "setup.txt")
    }

    @Test func readsActorsAndTheOrganisation() throws {
        let form = try read(Self.example)
        #expect(
            form.actors == [
                ActorRegistered(actor: "admin", name: "Andi Saputra", roles: [.recorder, .administrator]),
                ActorRegistered(
                    actor: "rina", name: "Rina Wati", jabatan: "Kasubbag Perencanaan", roles: [.recorder],
                    organisations: ["luwu-timur-dinsos-p3a"]),
            ])
        #expect(form.organisation?.stream.rawValue == "luwu-timur-dinsos-p3a")
        #expect(
            form.organisation?.registration
                == OrganisationRegistered(
                    name: "Dinas Sosial P3A", region: "Kabupaten Luwu Timur", ratingScale: "Permendagri 54/2010",
                    basis: Basis(document: "Perbup SOTK")))
    }

    @Test func readsWindowsLineEndingsAndAByteOrderMark() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(Self.example.replacing("\n", with: "\r\n").utf8)
        #expect(try SetupForm.read(bytes, source: "setup.txt") == (try read(Self.example)))
    }

    @Test func leavesTheOrganisationOut() throws {
        let form = try read("actor: admin\nname: A\nroles: administrator\n")
        #expect(form.organisation == nil)
        #expect(form.actors.map(\.actor) == ["admin"])
    }

    @Test func namesEveryProblemWithItsLine() {
        let text = """
            name: too early
            actor: admin
            name: Andi
            roles: administrator, boss
            actor: rina
            nama: Rina
            roles: recorder
            roles: approver
            actor: bad id!
            name: X
            roles: recorder
            actor: kadis
            """
        #expect(
            throws: InputError(problems: [
                .init(
                    source: "setup.txt", line: 1,
                    reason: "\"name\" comes before any 'actor: ID' or 'organisation: ORG' line"),
                .init(
                    source: "setup.txt", line: 4,
                    reason: "\"boss\" is not a role; the roles are recorder, approver, auditor, administrator"),
                .init(source: "setup.txt", line: 5, reason: "this actor has no name"),
                .init(
                    source: "setup.txt", line: 6,
                    reason:
                        "unknown key \"nama\" (did you mean name?); an actor has actor, name, jabatan, roles, organisations"
                ),
                .init(source: "setup.txt", line: 8, reason: "roles is given twice for this actor (first on line 7)"),
                .init(
                    source: "setup.txt", line: 9,
                    reason: "actor \"bad id!\" is not valid: use 1 to 128 letters, digits, '.', '_', ':' or '-'"),
                .init(source: "setup.txt", line: 12, reason: "this actor has no name, roles"),
            ])
        ) {
            try read(text)
        }
    }

    @Test func refusesAFileWithoutAnAdministratorOrTwiceTheSameActor() {
        #expect(
            throws: InputError(problems: [
                .init(
                    source: "setup.txt", line: 1,
                    reason:
                        "no actor holds the role administrator, who registers the others; give one 'roles: administrator'"
                )
            ])
        ) {
            try read("actor: rina\nname: Rina\nroles: recorder\n")
        }
        #expect(
            throws: InputError(problems: [
                .init(source: "setup.txt", line: 4, reason: "actor admin is already on line 1")
            ])
        ) {
            try read("actor: admin\nname: A\nroles: administrator\nactor: admin\nname: B\nroles: recorder\n")
        }
    }
}
