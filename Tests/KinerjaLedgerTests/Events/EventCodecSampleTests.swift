import Testing

@testable import KinerjaCLI
@testable import KinerjaEvents
@testable import KinerjaInterchange
@testable import KinerjaProjections
@testable import KinerjaReports
@testable import KinerjaStore

/// Each type of the catalogue: a hand-written data object decodes to the expected payload and encodes back.
@Suite struct EventCodecSampleTests {
    @Test(arguments: EventSamples.all)
    func decodesTheDataToThePayloadAndEncodesItBack(sample: EventSample) throws {
        let expected = try #require(sample.event)
        let data = sample.object
        #expect(EventCatalog.standard.currentSchema(type: sample.type)?.problem(with: data) == nil)
        #expect(try EventCodec.standard.decode(type: sample.type, version: 1, data: data) == expected)
        let encoded = EventCodec.standard.encode(expected)
        #expect(encoded.type == sample.type)
        #expect(encoded.version == 1)
        #expect(JSONValue.object(encoded.data).canonicalString == JSONValue.object(data).canonicalString)
    }

    @Test(arguments: EventSamples.all)
    func agreesWithTheSchemaOnTypeVersionProposalAndStream(sample: EventSample) throws {
        let event = try #require(sample.event)
        let schema = try #require(EventCatalog.standard.currentSchema(type: sample.type))
        #expect(event.type == schema.type)
        #expect(event.version == schema.version)
        #expect(event.isProposal == schema.isProposal)
        #expect(event.stream == schema.stream(sample.object))
    }

    @Test func theSamplesAndTheCodecCoverEveryTypeOfTheCatalogue() {
        let catalogue = EventCatalog.standard.typeNames
        #expect(EventSamples.all.map(\.type).sorted() == catalogue)
        #expect(EventType.allCases.map(\.rawValue).sorted() == catalogue)
        for type in EventType.allCases {
            #expect(EventCatalog.standard.currentVersion(of: type.rawValue) == type.currentVersion, "\(type)")
        }
    }

    /// The words of the member `name` of `fields`, a `oneOf` or a list of one.
    private func words(_ fields: [Field], _ name: String) -> [String]? {
        switch fields.first(where: { $0.name == name })?.kind {
        case .oneOf(let words), .list(.oneOf(let words)): words
        default: nil
        }
    }

    @Test func theStoredWordsAreTheWordsTheSchemasAccept() {
        func codes<Word: StoredWord>(_: Word.Type) -> [String] { Word.allCases.map(\.code) }
        #expect(codes(IkuDecisionProposed.Kind.self) == words(EventSchema.ikuDecisionProposed.fields, "kind"))
        #expect(codes(DocumentRecorded.Kind.self) == words(EventSchema.documentRecorded.fields, "kind"))
        #expect(codes(BudgetLineRecorded.Level.self) == words(EventSchema.budgetLineRecorded.fields, "level"))
        #expect(
            codes(PerjanjianKinerjaAmendmentProposed.Reason.self)
                == words(EventSchema.perjanjianKinerjaAmendmentProposed.fields, "reason"))
        #expect(codes(Role.self) == words(EventSchema.actorRegistered.fields, "roles"))
        #expect(codes(Polarity.self) == words(Field.indicatorDefinition, "polarity"))
        #expect(codes(CapaianFormula.self) == words(Field.indicatorDefinition, "capaianFormula"))
        #expect(codes(Aggregation.Kind.self) == words(Field.indicatorDefinition, "aggregation"))
    }

    @Test func aDecimalKeepsTheDigitsAsWritten() throws {
        let data: JSONObject = [
            "indicator": .string("ppks"), "period": .string("2024"), "value": .string("56.70"),
            "basis": .object(["document": .string("LKj")]),
        ]
        let event = try EventCodec.standard.decode(type: "RealisasiRecorded", version: 1, data: data)
        guard case .realisasiRecorded(let realisasi) = event else {
            Issue.record("decoded as \(event)")
            return
        }
        #expect(realisasi.value?.plainDescription == "56.70")
        #expect(EventCodec.standard.encode(event).data["value"] == .string("56.70"))
    }

    @Test func anAggregationKindMakesTheRuleWithTheIndicatorsDecimals() {
        #expect(Aggregation(.average, decimals: 3) == .average(scale: 3))
        #expect(Aggregation(.sum, decimals: 3) == .sum)
        #expect(Aggregation.average(scale: 1).kind == .average)
        #expect(Aggregation.last.kind == .last)
    }

    @Test func aNewEventCarriesTheEncodedTypeAndDataWithTheCallersIDAndDate() {
        let note = DomainEvent.noteRecorded(NoteRecorded(text: "x", subject: "ppks"))
        let effective = CalendarDate(year: 2024, month: 1, day: 2)
        #expect(
            EventCodec.standard.newEvent(note, id: "n1", effective: effective)
                == NewEvent(
                    type: "NoteRecorded", id: "n1", data: ["text": .string("x"), "subject": .string("ppks")],
                    effective: effective))
        #expect(
            EventCodec.standard.newEvent(.noteRecorded(NoteRecorded(text: "y")))
                == NewEvent(type: "NoteRecorded", data: ["text": .string("y")]))
    }
}
