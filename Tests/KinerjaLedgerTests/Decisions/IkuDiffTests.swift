import Testing

@testable import KinerjaCLI
@testable import KinerjaEvents
@testable import KinerjaInterchange
@testable import KinerjaProjections
@testable import KinerjaReports
@testable import KinerjaStore

@Suite struct IkuDiffTests {
    @Test func showsIndicatorsAddedRetiredAndChangedComponentByComponent() throws {
        var history = History.withIKU
        history.given(
            Events.iku(id: "iku-2", effective: "2024-01-01", added: ["bencana"], amended: ["idg"], retired: ["ppks"]))
        let diff = try #require(IkuDiff(state: history.state, from: "iku-1", to: "iku-2"))
        #expect(diff.added.map(\.code) == ["bencana"])
        #expect(diff.retired.map(\.code) == ["ppks"])
        #expect(diff.changed.map(\.code) == ["idg"])
        #expect(
            diff.changed.first?.changes == [.init(component: "unit", before: .string("persen"), after: .string("poin"))]
        )
        #expect(
            diff.text == """
                IKU changes from iku-1 to iku-2:
                  added    bencana: Indikator bencana
                  retired  ppks: Indikator ppks
                  changed  idg:
                    unit: "persen" → "poin"

                """)
    }

    @Test func reviewsAPendingProposalAgainstTheSetInForce() throws {
        var history = History.withIKU
        history.given(Events.iku(id: "iku-2", effective: "2024-01-01", added: ["bencana"]))
        #expect(history.state.ikuVersions.map(\.status.word) == ["approved", "pending"])
        #expect(
            try #require(IkuDiff(state: history.state, from: "iku-1", to: "iku-2")).added.map(\.code) == ["bencana"])
        #expect(IkuDiff(state: history.state, from: "iku-1", to: "nope") == nil)
    }
}
