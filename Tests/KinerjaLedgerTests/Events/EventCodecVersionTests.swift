import Testing

@testable import KinerjaCLI
@testable import KinerjaEvents
@testable import KinerjaInterchange
@testable import KinerjaProjections
@testable import KinerjaReports
@testable import KinerjaStore

/// Types and versions: an unknown type stays readable as stored, an unknown version of a known type is
/// refused, and an upcast raises an old version into the current shape before it is read.
@Suite struct EventCodecVersionTests {
    static let data: JSONObject = [
        "amount": .number("12.50"), "nested": .object(["list": .array([.null, .bool(true)])]),
    ]

    @Test func anUnknownTypeDecodesAsStoredAndEncodesBackUnchanged() throws {
        let event = try EventCodec.standard.decode(type: "BudgetRevised", version: 3, data: Self.data)
        #expect(event == .unknown(type: "BudgetRevised", version: 3, data: Self.data))
        #expect(event.type == "BudgetRevised")
        #expect(event.version == 3)
        #expect(!event.isProposal)
        #expect(event.stream == nil)
        let encoded = EventCodec.standard.encode(event)
        #expect(encoded.type == "BudgetRevised")
        #expect(encoded.version == 3)
        #expect(JSONValue.object(encoded.data).canonicalBytes == JSONValue.object(Self.data).canonicalBytes)
    }

    @Test(arguments: [0, 2, 7])
    func refusesAVersionOfAKnownTypeThatItNeitherReadsNorRaises(version: Int) {
        let error = #expect(throws: EventCodecError.self) {
            try EventCodec.standard.decode(type: "RealisasiRecorded", version: version, data: [:])
        }
        #expect(error == .unknownVersion(type: "RealisasiRecorded", version: version, readable: [1]))
        #expect(
            error?.description
                == "RealisasiRecorded version \(version) is not one this build reads (it reads version 1)")
    }

    /// A codec that reads a version 0 of `NoteRecorded` whose text was called `body`.
    static let codecReadingNoteVersion0 = EventCodec(upcasts: [
        EventCodec.Upcast(type: "NoteRecorded", from: 0) { data throws(EventCodecError) in
            guard let body = data["body"] else { throw .missingMember(path: "data.body") }
            var raised = data
            raised["body"] = nil
            raised["text"] = body
            return raised
        }
    ])

    @Test func anUpcastRaisesAnOldVersionIntoTheCurrentShape() throws {
        let codec = Self.codecReadingNoteVersion0
        let old: JSONObject = ["body": .string("catatan lama"), "subject": .string("ppks")]
        let event = try codec.decode(type: "NoteRecorded", version: 0, data: old)
        #expect(event == .noteRecorded(NoteRecorded(text: "catatan lama", subject: "ppks")))
        let encoded = codec.encode(event)
        #expect(encoded.version == 1)
        #expect(encoded.data == ["text": .string("catatan lama"), "subject": .string("ppks")])
        // The current version is read as before, and the versions it reads are named in refusals.
        #expect(
            try codec.decode(type: "NoteRecorded", version: 1, data: ["text": .string("x")])
                == .noteRecorded(NoteRecorded(text: "x")))
        let error = #expect(throws: EventCodecError.self) {
            try codec.decode(type: "NoteRecorded", version: 2, data: [:])
        }
        #expect(error?.description == "NoteRecorded version 2 is not one this build reads (it reads versions 0, 1)")
    }

    @Test func anUpcastThatCannotRaiseTheDataSaysWhy() {
        let error = #expect(throws: EventCodecError.self) {
            try Self.codecReadingNoteVersion0.decode(type: "NoteRecorded", version: 0, data: ["text": .string("x")])
        }
        #expect(error == .missingMember(path: "data.body"))
    }

    @Test func theStandardCodecRaisesNothingWhileEveryTypeIsAtItsFirstVersion() {
        #expect(EventCodec.standardUpcasts.isEmpty)
        #expect(EventType.allCases.allSatisfy { $0.currentVersion == 1 })
    }
}
