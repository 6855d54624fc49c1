import Testing

@testable import KinerjaEvents
@testable import KinerjaProjections
@testable import KinerjaStore

/// Event ids typed on the command line: the whole id, or a unique prefix of at least 4 characters; and
/// generated ids shown by their shortest unique prefix of at least 8.
@Suite struct EventIDIndexTests {
    static let stream = StreamName("luwu-timur") ?? .ledger

    static let uuids = [
        "9f3c2a4e-1b7d-4c1e-9a0b-5d6e7f8a9b0c", "9f3c2a4e-1b7d-4c1e-9a0b-000000000000",
        "51d0e7b2-8c3a-4f6d-b1e2-3a4b5c6d7e8f", "51d0aaaa-0000-4000-8000-000000000000",
        "c0ffee00-1111-4222-8333-444455556666",
    ]

    func index(_ ids: [String]) -> EventIDIndex {
        EventIDIndex(stream: Self.stream, ids: ids)
    }

    @Test func resolvesAWholeIDEvenWhenItBeginsAnother() {
        let index = index(["gen-1", "gen-12", "gen-13", "ltim-real-ppks-2024"])
        #expect(index.resolve("gen-1") == .success("gen-1"))
        #expect(index.resolve("gen-12") == .success("gen-12"))
        #expect(index.resolve("ltim-real-ppks-2024") == .success("ltim-real-ppks-2024"))
        #expect(index.resolve("ltim") == .success("ltim-real-ppks-2024"))
    }

    @Test func resolvesAUniquePrefixOfAtLeastFourCharacters() {
        let index = index(Self.uuids)
        #expect(index.resolve("c0ff") == .success("c0ffee00-1111-4222-8333-444455556666"))
        #expect(index.resolve("51d0e") == .success("51d0e7b2-8c3a-4f6d-b1e2-3a4b5c6d7e8f"))
        #expect(index.resolve("9f3c2a4e-1b7d-4c1e-9a0b-5") == .success("9f3c2a4e-1b7d-4c1e-9a0b-5d6e7f8a9b0c"))
    }

    @Test func refusesAPrefixShorterThanFourCharactersThatIsNoID() {
        let index = index(Self.uuids + ["abc"])
        #expect(index.resolve("c0f") == .failure(.tooShort("c0f", stream: Self.stream, minimum: 4)))
        #expect(index.resolve("abc") == .success("abc"))
        #expect(
            EventIDError.tooShort("c0f", stream: Self.stream, minimum: 4).description
                == "'c0f' is no event's id in stream luwu-timur, and a prefix needs at least 4 characters")
    }

    @Test func refusesAnAmbiguousPrefixListingAtMostFiveCandidates() throws {
        let index = index(Self.uuids)
        #expect(
            index.resolve("9f3c")
                == .failure(
                    .ambiguous(
                        "9f3c", stream: Self.stream,
                        candidates: ["9f3c2a4e-1b7d-4c1e-9a0b-0", "9f3c2a4e-1b7d-4c1e-9a0b-5"], count: 2)))
        let many = (1...7).map { "abcd\($0)000-0000-4000-8000-000000000000" }
        guard case .failure(let error) = self.index(many + ["ltim-real-ppks-2024"]).resolve("abcd") else {
            Issue.record("abcd should be ambiguous")
            return
        }
        #expect(
            error.description
                == "'abcd' begins 7 event ids in stream luwu-timur: abcd1000, abcd2000, abcd3000, abcd4000, abcd5000 and 2 more; give more of the id"
        )
        let two = self.index(["ltim-real-ppks-2024", "ltim-real-ppks-2025"]).resolve("ltim-real")
        #expect(
            two
                == .failure(
                    .ambiguous(
                        "ltim-real", stream: Self.stream, candidates: ["ltim-real-ppks-2024", "ltim-real-ppks-2025"],
                        count: 2)))
    }

    @Test func saysAnUnknownIDIsUnknownAndSuggestsTheClosest() {
        let index = index(Self.uuids + ["ltim-real-ppks-2024", "ltim-iku-2021"])
        #expect(
            index.resolve("ltim-real-pks-2024")
                == .failure(.unknown("ltim-real-pks-2024", stream: Self.stream, suggestion: "ltim-real-ppks-2024")))
        // A mistyped prefix: the one id beginning with the closest prefix of the same length, shown short.
        #expect(
            index.resolve("c0ffef")
                == .failure(.unknown("c0ffef", stream: Self.stream, suggestion: "c0ffee00")))
        #expect(
            index.resolve("zzzzzzzz-nothing")
                == .failure(.unknown("zzzzzzzz-nothing", stream: Self.stream, suggestion: nil)))
        #expect(
            EventIDError.unknown("ltim-real-pks-2024", stream: Self.stream, suggestion: "ltim-real-ppks-2024")
                .description
                == "there is no event ltim-real-pks-2024 in stream luwu-timur; did you mean ltim-real-ppks-2024?")
        #expect(
            self.index([]).resolve("anything") == .failure(.unknown("anything", stream: Self.stream, suggestion: nil)))
    }

    @Test(arguments: [
        ("9f3c2a4e-1b7d-4c1e-9a0b-5d6e7f8a9b0c", true), ("C0FFEE00-1111-4222-8333-444455556666", true),
        ("imp-109f8f9be1828952d8ff", true), ("9f3c2a4e1b7d4c1e9a0b5d6e7f8a9b0c", true),
        ("ltim-real-ppks-2024", false), ("gen-12", false), ("imp-109f8f9be18", false), ("deadbeef", false),
        ("ltim-real-9f3c2a4e1b7d4c1e9a0b", false), ("-9f3c2a4e1b7d4c1e9a0b", true), ("org", false),
    ])
    func tellsGeneratedIDsFromChosenOnes(id: String, isGenerated: Bool) {
        #expect(EventIDIndex.isGenerated(id) == isGenerated)
    }

    @Test func showsGeneratedIDsByTheirShortestUniquePrefixOfAtLeastEight() {
        let index = index(Self.uuids + ["ltim-real-ppks-2024", "gen-12", "imp-109f8f9be1828952d8ff"])
        #expect(index.shortForm(of: "c0ffee00-1111-4222-8333-444455556666") == "c0ffee00")
        #expect(index.shortForm(of: "51d0e7b2-8c3a-4f6d-b1e2-3a4b5c6d7e8f") == "51d0e7b2")
        #expect(index.shortForm(of: "9f3c2a4e-1b7d-4c1e-9a0b-5d6e7f8a9b0c") == "9f3c2a4e-1b7d-4c1e-9a0b-5")
        #expect(index.shortForm(of: "imp-109f8f9be1828952d8ff") == "imp-109f")
        #expect(index.shortForm(of: "ltim-real-ppks-2024") == "ltim-real-ppks-2024")
        #expect(index.shortForm(of: "gen-12") == "gen-12")
        #expect(index.shortForm(of: "not-in-the-stream") == "not-in-the-stream")
    }

    @Test func everyShortFormResolvesBackToItsID() {
        // Ids that share long prefixes: a deterministic pseudo-random set of hex ids.
        var seed: UInt64 = 0x5DEE_CE66
        var ids: [String] = []
        for _ in 0..<2_000 {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let hex = String(seed >> 8, radix: 16)
            let padded = String(repeating: "0", count: max(0, 20 - hex.count)) + hex
            ids.append("imp-" + padded.prefix(20))
            ids.append(String(padded.prefix(6)) + "00-0000-4000-8000-000000000000")
        }
        let index = index(ids)
        for id in Set(ids) {
            let short = index.shortForm(of: id)
            #expect(short.count >= 8 && id.hasPrefix(short))
            #expect(index.resolve(short) == .success(id), "\(short) for \(id)")
            // No shorter prefix of at least 8 characters would do.
            if short.count > 8 {
                #expect(index.resolve(String(short.dropLast())) != .success(id))
            }
        }
    }

    @Test func theStateResolvesTheIDsOfItsKeptEvents() {
        var history = History.withIKU
        history.given(Events.realisasi("ppks", "2024", id: "c0ffee00-1111-4222-8333-444455556666"))
        history.given(NewEvent(type: "NoteRecorded", id: "c0ffee11-note", data: ["text": .string("catatan")]))
        #expect(history.state.resolveID("c0ff") == .success("c0ffee00-1111-4222-8333-444455556666"))
        #expect(history.state.resolveID("iku-") == .success("iku-1"))
        #expect(history.state.resolveID("ok-iku-1") == .success("ok-iku-1"))
        guard case .failure(.unknown(_, _, _)) = history.state.resolveID("c0ffee11-note") else {
            Issue.record("a note is not kept, so its id names no event to decide on")
            return
        }
    }

    /// The index made from the ids sharing a shown id's first eight characters shows every id as the index of
    /// every id does.
    @Test func aShortFormIndexShowsIdsAsTheWholeIndexDoes() {
        var history = History.withIKU
        let ids =
            Self.uuids + ["9f3c2a4e-ffff-4000-8000-000000000000", "note-like", "c0ffee00-1111-4222-8333-444455556667"]
        for id in ids { history.given(Events.realisasi("ppks", "2024", value: "1", id: id)) }
        let state = history.state
        let whole = state.eventIDs
        for shown in [ids, [ids[0]], [ids[4], "note-like"], [ids[7]]] {
            let partial = state.shortFormIndex(showing: shown)
            for id in shown { #expect(partial.shortForm(of: id) == whole.shortForm(of: id), "\(id)") }
        }
        #expect(whole.shortForm(of: ids[0]) == "9f3c2a4e-1b7d-4c1e-9a0b-5")
        #expect(whole.shortForm(of: ids[5]) == "9f3c2a4e-f")
    }

    /// Every prefix of every id (and some texts no id begins with), resolved from the ids sharing its first
    /// eight characters, gives what the index of every id gives: the id, the candidates of an ambiguous prefix
    /// shown short, or the suggestion for an unknown text.
    @Test func aPrefixIsResolvedAsTheIndexOfEveryIdResolvesIt() {
        var history = History.withIKU
        let ids =
            Self.uuids + [
                "9f3c2a4e-ffff-4000-8000-000000000000", "c0ffee00-1111-4222-8333-444455556667", "ltim-real-ppks-2024",
                "ltim-real-ppks-2024-tabel16", "ltim-real-ppks-2025",
            ]
        for id in ids { history.given(Events.realisasi("ppks", "2024", value: "1", id: id)) }
        history.given(NewEvent(type: "NoteRecorded", id: "9f3c2a4e-note", data: ["text": .string("catatan")]))
        let state = history.state
        let whole = state.eventIDs
        var texts = ["9f3c2a4e-zzzz", "ltim-real-x", "zzzzzzzzzz", "9f3c2a4e-note", "ltim", "ltim-rea"]
        for id in ids { texts += (4...id.utf8.count).map { String(id.prefix($0)) } }
        for text in texts { #expect(state.resolveID(text) == whole.resolve(text), "\(text)") }
    }
}
