import Testing

@testable import KinerjaCLI
@testable import KinerjaEvents
@testable import KinerjaInterchange
@testable import KinerjaProjections
@testable import KinerjaReports
@testable import KinerjaStore

@Suite struct DeciderTests {
    @Test func acceptsARealisasiForAnIndicatorInForce() {
        #expect(throws: Never.self) { try History.withIKU.when(Events.realisasi("ppks", "2024")) }
        #expect(throws: Never.self) { try History.withIKU.when(Events.realisasi("ppks", "2022-Q1")) }
    }

    @Test func refusesARealisasiForAPeriodBeforeTheIKUTakesEffect() throws {
        let period = try #require(Period(parsing: "2021"))
        #expect(throws: DecisionError.indicatorNotInForce("ppks", period: period)) {
            try History.withIKU.when(Events.realisasi("ppks", "2021"))
        }
    }

    @Test func refusesARealisasiForAnUnknownIndicator() {
        #expect(throws: DecisionError.unknownIndicator("nope")) {
            try History.withIKU.when(Events.realisasi("nope", "2024"))
        }
    }

    @Test func refusesARealisasiWhoseIKUIsNotYetApproved() {
        var history = History()
        history.given(Events.organisation)
        history.given(Events.iku(id: "iku-1", effective: "2022-01-01", added: ["ppks"]))
        #expect(throws: DecisionError.self) { try history.when(Events.realisasi("ppks", "2024")) }
    }

    @Test func refusesARealisasiForAPeriodThatHadNotBegunWhenItIsRecorded() throws {
        // Fixtures.start is in 2024: 2060 had not begun, nor had the last triwulan of 2024.
        for text in ["2060", "2024-Q4", "2024-M12"] {
            let period = try #require(Period(parsing: text))
            #expect(throws: DecisionError.periodNotBegun(period, recordedOn: Fixtures.start.date)) {
                try History.withIKU.when(Events.realisasi("ppks", text))
            }
        }
        #expect(throws: Never.self) { try History.withIKU.when(Events.realisasi("ppks", "2024-Q1")) }
    }

    @Test func refusesANegativeFigureForAPercentage() {
        var negative = Events.realisasi("ppks", "2023", value: "-5")
        #expect(throws: DecisionError.negativeFigure(name: "value", value: DecimalNumber(-5), indicator: "ppks")) {
            try History.withIKU.when(negative)
        }
        negative = Events.realisasi("ppks", "2023", value: nil)
        negative.data["numerator"] = .string("-3")
        negative.data["denominator"] = .string("10")
        #expect(throws: DecisionError.negativeFigure(name: "numerator", value: DecimalNumber(-3), indicator: "ppks")) {
            try History.withIKU.when(negative)
        }
    }

    @Test func refusesAValueThatDisagreesWithItsOwnParts() throws {
        var realisasi = Events.realisasi("ppks", "2023", value: "56.70")
        realisasi.data["numerator"] = .string("34133")
        realisasi.data["denominator"] = .string("28860")
        let error = try #require(throws: DecisionError.self) { try History.withIKU.when(realisasi) }
        #expect(
            error.description
                == "the value 56,70 does not match its parts: 34.133 / 28.860 × 100 = 118,27; give the value as printed "
                + "without the parts (note them in the basis), or correct one of them")
        realisasi.data["value"] = .string("118.27")  // the parts give it, at the value's own decimals
        #expect(throws: Never.self) { try History.withIKU.when(realisasi) }
    }

    @Test func refusesARealisasiWithoutAValue() {
        #expect(throws: DecisionError.missingValue) {
            try History.withIKU.when(Events.realisasi("ppks", "2024", value: nil))
        }
    }

    @Test func refusesApprovalBySameActor() {
        var history = History.withIKU
        history.given(Events.realisasi("ppks", "2024", id: "r-1"), by: "clerk")
        #expect(throws: DecisionError.selfApproval(actor: "clerk", proposal: "r-1")) {
            try history.when(Events.approval(of: "r-1"), by: "clerk")
        }
        #expect(throws: Never.self) { try history.when(Events.approval(of: "r-1"), by: "kepala") }
    }

    @Test func refusesDecidingAProposalTwice() {
        var history = History.withIKU
        #expect(throws: DecisionError.alreadyDecided("iku-1", status: "approved")) {
            try history.when(Events.approval(of: "iku-1"), by: "sekretaris")
        }
        history.given(Events.realisasi("ppks", "2024", id: "r-1"))
        history.given(
            NewEvent(type: "ProposalRejected", data: ["proposal": .string("r-1"), "reason": .string("salah")]),
            by: "kepala")
        #expect(throws: DecisionError.alreadyDecided("r-1", status: "rejected")) {
            try history.when(Events.approval(of: "r-1"), by: "sekretaris")
        }
    }

    @Test func refusesApprovingWhatIsNotAProposalOrDoesNotExist() {
        #expect(throws: DecisionError.notAProposal("org", type: "OrganisationRegistered")) {
            try History.withIKU.when(Events.approval(of: "org"), by: "kepala")
        }
        #expect(throws: DecisionError.unknownProposal("ghost")) {
            try History.withIKU.when(Events.approval(of: "ghost"), by: "kepala")
        }
    }

    @Test func refusesACorrectionThatDoesNotNameARealisasi() {
        let correction = NewEvent(
            type: "RealisasiCorrected",
            data: ["corrects": .string("iku-1"), "value": .string("1"), "reason": .string("x"), "basis": Events.basis])
        #expect(throws: DecisionError.correctsNonRealisasi("iku-1")) { try History.withIKU.when(correction) }
    }

    @Test func refusesEventsBeforeTheOrganisationIsRegistered() {
        #expect(throws: DecisionError.organisationNotRegistered(History.stream, type: "RealisasiRecorded")) {
            try History().when(Events.realisasi("ppks", "2024"))
        }
        #expect(throws: DecisionError.organisationAlreadyRegistered(History.stream)) {
            try History.withIKU.when(Events.organisation)
        }
    }

    @Test func refusesIKUChangesThatDoNotFitTheSetInForce() throws {
        let history = History.withIKU
        let day2023 = try #require(CalendarDate(parsing: "2023-01-01"))
        let day2021 = try #require(CalendarDate(parsing: "2021-01-01"))
        #expect(throws: DecisionError.indicatorAlreadyInForce("ppks", on: day2023)) {
            try history.when(Events.iku(id: "iku-2", effective: "2023-01-01", added: ["ppks"]))
        }
        #expect(throws: DecisionError.indicatorNotInForceToChange("nope", on: day2023)) {
            try history.when(Events.iku(id: "iku-2", effective: "2023-01-01", amended: ["nope"]))
        }
        #expect(throws: DecisionError.indicatorNotInForceToChange("ppks", on: day2021)) {
            try history.when(Events.iku(id: "iku-2", effective: "2021-01-01", retired: ["ppks"]))
        }
        #expect(throws: Never.self) {
            try history.when(Events.iku(id: "iku-2", effective: "2023-01-01", amended: ["idg"], retired: ["ppks"]))
        }
    }

    @Test func appliesIKURevisionsByTheirEffectiveDates() {
        var history = History.withIKU
        history.given(Events.iku(id: "iku-2", effective: "2024-01-01", added: ["bencana"], retired: ["ppks"]))
        history.given(Events.approval(of: "iku-2"), by: "kepala")
        #expect(throws: Never.self) { try history.when(Events.realisasi("ppks", "2023")) }
        #expect(throws: DecisionError.self) { try history.when(Events.realisasi("ppks", "2024")) }
        #expect(throws: Never.self) { try history.when(Events.realisasi("bencana", "2024-Q2")) }
        #expect(throws: DecisionError.self) { try history.when(Events.realisasi("bencana", "2023")) }
    }

    @Test func allowsOneSignedPKPerYearAndAmendmentsOnlyOfASignedOne() {
        var history = History.withIKU
        #expect(throws: DecisionError.pkNotSigned(year: 2024)) {
            try history.when(Events.pk(year: 2024, amendment: "pergantian-pejabat"))
        }
        history.given(Events.pk(year: 2024))
        #expect(throws: DecisionError.pkAlreadySigned(year: 2024)) { try history.when(Events.pk(year: 2024)) }
        #expect(throws: Never.self) { try history.when(Events.pk(year: 2024, amendment: "pergantian-pejabat")) }
    }

    @Test func refusesAPKDatedAfterItsRecordingOrAnAmendmentBeforeThePKItAmends() throws {
        var history = History.withIKU
        let signedOn = try #require(CalendarDate(parsing: "2025-01-31"))
        #expect(
            throws: DecisionError.datedAfterRecording(
                what: "the PK 2025", date: signedOn, recordedOn: Fixtures.start.date)
        ) { try history.when(Events.pk(year: 2025)) }
        history.given(Events.pk(year: 2024))
        var early = Events.pk(year: 2024, amendment: "pergantian-pejabat")
        early.effective = CalendarDate(parsing: "2024-01-10")
        #expect(
            throws: DecisionError.amendmentBeforeSigning(
                year: 2024, date: try #require(early.effective),
                signedOn: try #require(CalendarDate(parsing: "2024-01-31")))
        ) { try history.when(early) }
    }

    @Test func refusesAPKAmendmentWithoutAPermittedReason() {
        let line = Events.pk(year: 2024, amendment: "anggaran-habis")
        let input = JSONValue.object([
            "type": .string(line.type), "data": .object(line.data), "effective": .string("2024-07-01"),
        ])
        #expect {
            try InputEvent.parse(input.canonicalBytes, source: "in", catalog: .standard)
        } throws: { error in
            (error as? InputError)?.problems.first?.reason
                == "\"data.reason\" must be one of \"pergantian-pejabat\", \"perubahan-strategi\", \"perubahan-prioritas\""
        }
    }

    @Test func keepsBudgetCodesUniqueAndParentsKnown() {
        var history = History.withIKU
        #expect(throws: DecisionError.budgetParentUnknown(year: 2024, code: "p1")) {
            try history.when(Events.budget("p1.k1", parent: "p1"))
        }
        history.given(Events.budget("p1"))
        #expect(throws: DecisionError.budgetCodeTaken(year: 2024, code: "p1")) { try history.when(Events.budget("p1")) }
        #expect(throws: Never.self) { try history.when(Events.budget("p1.k1", parent: "p1")) }
        #expect(throws: Never.self) { try history.when(Events.budget("p1", year: 2025)) }
    }

    @Test func checksRolesOnceActorsAreRegistered() {
        var history = History.withIKU
        history.registry = ActorRegistry()
        #expect(throws: DecisionError.firstActorMustBeAdministrator("rina")) {
            try history.when(Events.actor("rina", roles: ["recorder"]), by: "anyone", in: .ledger)
        }
        history.given(Events.actor("admin", roles: ["administrator"]), in: .ledger)
        history.given(Events.actor("clerk", roles: ["recorder"], organisations: ["luwu-timur"]), in: .ledger)
        history.given(Events.actor("kepala", roles: ["approver"]), in: .ledger)
        history.given(Events.actor("other-clerk", roles: ["recorder"], organisations: ["barito-kuala"]), in: .ledger)
        history.given(Events.realisasi("ppks", "2024", id: "r-1"))
        #expect(throws: Never.self) { try history.when(Events.realisasi("ppks", "2023"), by: "clerk") }
        #expect(
            throws: DecisionError.roleMissing(
                actor: "kepala", role: .recorder, type: "RealisasiRecorded", stream: History.stream)
        ) {
            try history.when(Events.realisasi("ppks", "2023"), by: "kepala")
        }
        #expect(
            throws: DecisionError.roleMissing(
                actor: "other-clerk", role: .recorder, type: "RealisasiRecorded", stream: History.stream)
        ) {
            try history.when(Events.realisasi("ppks", "2023"), by: "other-clerk")
        }
        #expect(
            throws: DecisionError.roleMissing(
                actor: "clerk", role: .approver, type: "ProposalApproved", stream: History.stream)
        ) {
            try history.when(Events.approval(of: "r-1"), by: "clerk")
        }
        #expect(
            throws: DecisionError.roleMissing(
                actor: "clerk", role: .administrator, type: "ActorRegistered", stream: .ledger)
        ) {
            try history.when(Events.actor("x", roles: ["recorder"]), by: "clerk", in: .ledger)
        }
        #expect(throws: DecisionError.wrongStream(type: "ActorRegistered", stream: History.stream)) {
            try history.when(Events.actor("x", roles: ["recorder"]), by: "admin")
        }
    }

    @Test func refusesARatingScaleTheCatalogueDoesNotHave() {
        var organisation = Events.organisation
        organisation.data["ratingScale"] = .string("Skala Buatan")
        #expect(throws: DecisionError.unknownRatingScale("Skala Buatan", known: ["Permendagri 54/2010"])) {
            try History().when(organisation)
        }
        organisation.data["ratingScale"] = .string("Permendagri 54/2010")
        #expect(throws: Never.self) { try History().when(organisation) }
    }

    @Test func comparesActorIdsInOneFormSoNobodyApprovesTheirOwnProposalByChangingCase() {
        var history = History.withIKU
        history.given(Events.realisasi("ppks", "2024", id: "r-1"), by: "clerk")
        for spelling in ["CLERK", "Clerk", " clerk "] {
            #expect(throws: DecisionError.selfApproval(actor: spelling, proposal: "r-1")) {
                try history.when(Events.approval(of: "r-1"), by: spelling)
            }
        }
        // The registry finds the actor whatever the case: roles apply to `KEPALA` as to `kepala`.
        #expect(throws: Never.self) { try history.when(Events.approval(of: "r-1"), by: "KEPALA") }
    }

    @Test func oneOfTwoIdsOfOnePersonMayNotDecideOnTheOthersProposal() {
        var history = History.withIKU
        history.given(
            Events.actor("rina", roles: ["recorder"], name: "Rina Wati", nip: "198001012005012001"), in: .ledger)
        history.given(
            Events.actor("rina.w", roles: ["approver"], name: "RINA  wati", nip: "19800101 200501 2 001"),
            in: .ledger)
        history.given(
            Events.actor("budi", roles: ["approver"], name: "Rina Wati", nip: "197501012000031002"), in: .ledger)
        history.given(Events.actor("sari", roles: ["approver"], name: "Sari"), in: .ledger)
        history.given(Events.realisasi("ppks", "2024", id: "r-1"), by: "rina")
        // The same NIP (as printed, with spaces) is the same person.
        #expect(throws: DecisionError.samePerson(actor: "rina.w", proposer: "rina", proposal: "r-1")) {
            try history.when(Events.approval(of: "r-1"), by: "rina.w")
        }
        // Both NIPs given and different: two people who share a name.
        #expect(throws: Never.self) { try history.when(Events.approval(of: "r-1"), by: "budi") }
        #expect(throws: Never.self) { try history.when(Events.approval(of: "r-1"), by: "sari") }
        // Without a NIP on one side, the same name is the same person.
        history.given(Events.actor("rina2", roles: ["approver"], name: "Rina Wati"), in: .ledger)
        #expect(throws: DecisionError.samePerson(actor: "rina2", proposer: "rina", proposal: "r-1")) {
            try history.when(
                NewEvent(
                    type: "ProposalRejected", data: ["proposal": .string("r-1"), "reason": .string("tidak sesuai")]),
                by: "rina2")
        }
    }

    /// One key belongs to one id: a key already registered for another actor is refused for a second id (so
    /// nobody signs a proposal under one id and its approval under another), and kept when an actor is
    /// registered again with their own key.
    @Test func aKeyRegisteredForOneActorIsRefusedForAnother() {
        let key = SSHPublicKeyTests.key
        func withKey(_ event: NewEvent, _ text: String) -> NewEvent {
            var keyed = event
            keyed.data["key"] = .string(text)
            return keyed
        }
        var history = History.withIKU
        history.given(withKey(Events.actor("rina", roles: ["recorder"], name: "Rina"), key), in: .ledger)
        #expect(throws: DecisionError.keyOfAnotherActor(actor: "kadis", holder: "rina")) {
            try history.when(
                withKey(Events.actor("kadis", roles: ["approver"], name: "Kepala Dinas"), key), by: "admin",
                in: .ledger)
        }
        #expect(throws: Never.self) {
            try history.when(
                withKey(Events.actor("RINA", roles: ["recorder", "approver"], name: "Rina"), key), by: "admin",
                in: .ledger)
        }
    }

    @Test func acceptsOnlySetupAndNotesBeforeAnyActorIsRegistered() {
        var history = History()
        history.registry = ActorRegistry()
        #expect(throws: Never.self) { try history.when(Events.organisation, by: "anyone") }
        #expect(throws: Never.self) { try history.when(Fixtures.note("mulai"), by: "anyone") }
        #expect(throws: Never.self) {
            try history.when(Events.actor("admin", roles: ["administrator"]), by: "anyone", in: .ledger)
        }
        history.given(Events.organisation)
        #expect(throws: DecisionError.noActorsYet(type: "IkuDecisionProposed")) {
            try history.when(Events.iku(id: "iku-1", effective: "2022-01-01", added: ["ppks"]), by: "anyone")
        }
        history.given(Events.iku(id: "iku-1", effective: "2022-01-01", added: ["ppks"]))
        #expect(throws: DecisionError.noActorsYet(type: "ProposalApproved")) {
            try history.when(Events.approval(of: "iku-1"), by: "anyone")
        }
    }
}
