import Testing

@testable import KinerjaEvents
@testable import KinerjaProjections
@testable import KinerjaStore

/// The byte check of stored data (what a replay runs on every line instead of building a JSON tree) must
/// never accept what the tree check refuses, and must read the same fold keys as the codec.
@Suite struct SchemaBytesCheckTests {
    let catalog = EventCatalog.standard

    func schemaOf(_ sample: EventSample) -> EventSchema? {
        catalog.currentSchema(type: sample.type)
    }

    func conforms(_ bytes: [UInt8], _ schema: EventSchema) -> Bool {
        bytes.withUnsafeBytes { SchemaBytesCheck.check($0, fields: schema.fields) != nil }
    }

    func summary(_ bytes: [UInt8], type: String, effective: CalendarDate? = nil) -> LineSummary? {
        let version = catalog.currentSchema(type: type)?.version ?? 0
        let name = Array(type.utf8)
        return bytes.withUnsafeBytes { data in
            name.withUnsafeBytes { catalog.summary(type: $0, version: version, effective: effective, data: data) }
        }
    }

    @Test(arguments: EventSamples.all)
    func acceptsEverySampleInItsStoredForm(_ sample: EventSample) throws {
        let schema = try #require(schemaOf(sample))
        #expect(schema.problem(with: sample.object) == nil)
        #expect(conforms(Array(JSONValue.object(sample.object).canonicalString.utf8), schema))
    }

    @Test func summarisesTheFrequentTypesAsTheCodecReadsThem() throws {
        let frequent = [
            "NoteRecorded", "RealisasiRecorded", "TargetChangeProposed", "RealisasiCorrected",
            "ProposalApproved", "ProposalRejected",
        ]
        var seen = 0
        for sample in EventSamples.all where frequent.contains(sample.type) {
            let effective: CalendarDate? =
                catalog.currentSchema(type: sample.type)?.effectiveDate == .required
                ? CalendarDate(parsing: "2024-03-01") : nil
            let data = Array(JSONValue.object(sample.object).canonicalString.utf8)
            let made = try #require(summary(data, type: sample.type, effective: effective))
            let event = try #require(sample.event)
            #expect(FoldKeys(made) == FoldKeys(event), "\(sample.type)")
            seen += 1
        }
        #expect(seen >= 6)
    }

    @Test func leavesToTheTreeCheckWhatItDoesNotJudge() {
        let approval = catalog.currentSchema(type: "ProposalApproved")!
        let target = catalog.currentSchema(type: "TargetChangeProposed")!
        for text in [
            #"{"proposal":"r-1","proposal":"r-2"}"#,  // a repeated member
            #"{"proposal": "r-1"}"#,  // a space
            #"{"proposal":"r\u002d1"}"#,  // an escape
            #"{"proposal":"r-1","extra":1}"#,  // an unknown member
            #"{"note":"ok"}"#,  // a missing member
            #"{"proposal":"r-1"} "#,  // something after the object
            #"{"proposal":"r 1"}"#,  // not an id
        ] {
            #expect(!conforms(Array(text.utf8), approval), "\(text)")
        }
        let change = #"{"basis":{"document":"SK"},"indicator":"ppks","reason":"revisi","value":"80","year":YEAR}"#
        #expect(conforms(Array(change.replacing("YEAR", with: "2025").utf8), target))
        for year in ["2025.0", "02025", "2e3", "\"2025\"", "3000", "-2025"] {
            #expect(!conforms(Array(change.replacing("YEAR", with: year).utf8), target), "\(year)")
        }
    }

    @Test func judgesTextAsTheTreeCheckDoes() {
        let note = catalog.currentSchema(type: "NoteRecorded")!
        for (text, expected) in [("catatan", true), ("é", true), ("\u{3000}", false), (" ", false), ("", false)] {
            let data = Array((#"{"text":""# + text + #""}"#).utf8)
            #expect(conforms(data, note) == expected, "\(text)")
            #expect(note.problem(with: ["text": .string(text)]) == nil ? expected : !expected)
        }
    }

    /// Random edits of every sample's stored data: whatever the byte check accepts parses as JSON and passes
    /// the tree check, and the summary's keys are the codec's.
    @Test(arguments: [1, 2, 3] as [UInt64])
    func acceptsNothingTheTreeCheckRefuses(seed: UInt64) throws {
        var random = ReplayPropertyTests.Generator(state: seed)
        let alphabet = Array(#"{}[]":,\ -.0123456789aeEM+rxu"#.utf8) + [0x09, 0xC3, 0xA9, 0xFF]
        var accepted = 0
        for sample in EventSamples.all {
            guard let schema = schemaOf(sample) else { continue }
            let original = Array(JSONValue.object(sample.object).canonicalString.utf8)
            for _ in 0..<400 {
                var bytes = original
                for _ in 0...Int.random(in: 0...2, using: &random) {
                    let at = Int.random(in: 0..<bytes.count, using: &random)
                    switch Int.random(in: 0..<3, using: &random) {
                    case 0: bytes[at] = alphabet.randomElement(using: &random)!
                    case 1: bytes.remove(at: at)
                    default: bytes.insert(alphabet.randomElement(using: &random)!, at: at)
                    }
                    if bytes.isEmpty { bytes = original }
                }
                guard conforms(bytes, schema) else { continue }
                accepted += 1
                let parsed = try JSONParser.parse(bytes)
                let object = try #require(parsed.objectValue, "\(String(decoding: bytes, as: UTF8.self))")
                #expect(schema.problem(with: object) == nil, "\(String(decoding: bytes, as: UTF8.self))")
                if let made = summary(
                    bytes, type: sample.type,
                    effective: schema.effectiveDate == .required
                        ? CalendarDate(parsing: "2024-03-01") : nil)
                {
                    let stored = StoredEvent(
                        envelope: EventEnvelope(
                            seq: 1, id: "x", type: sample.type, version: schema.version,
                            recordedAt: Timestamp(millisecondsSinceEpoch: 0), actor: "a", effective: nil,
                            batch: BatchRange(first: 1, last: 1), data: object, prev: .zero),
                        hash: .zero)
                    let decoded = try EventCodec.standard.decode(stored)
                    #expect(FoldKeys(made) == FoldKeys(decoded), "\(String(decoding: bytes, as: UTF8.self))")
                }
            }
        }
        #expect(accepted > 100)  // the edits keep many lines valid (a changed letter in a text)
    }

    @Test func readsPeriodsAndNumbersAsTheTextParsersDo() {
        var random = ReplayPropertyTests.Generator(state: 7)
        let alphabet = Array("0123456789-MQS+. e".utf8)
        var samples = [
            "2024", "2024-M07", "2024-M+7", "2024-Q3", "2024-S2", "2024-M13", "1899", "0.50", "-0", "-1.5",
            "007", "12.", ".5", "1e3", "123456789012345678901234567890", "0.1234567",
        ]
        for _ in 0..<20_000 {
            let length = Int.random(in: 1...9, using: &random)
            samples.append(
                String(decoding: (0..<length).map { _ in alphabet.randomElement(using: &random)! }, as: UTF8.self))
        }
        for text in samples {
            let bytes = Array(text.utf8)
            #expect(bytes.withUnsafeBytes { Period(parsing: $0) } == Period(parsing: text), "\(text)")
            #expect(
                bytes.withUnsafeBytes { DecimalNumber.isPlain($0) } == (DecimalNumber(plain: text) != nil), "\(text)")
        }
    }

    /// A summarising read finds where the data ends by searching for the brace that the envelope follows. Data
    /// whose strings hold that very text is still read whole and right: decoded instead of summarised.
    @Test func dataWhoseStringsLookLikeTheEnvelopeIsReadAsIs() throws {
        let tricky = [
            #"x},"id":"y"#, #"a},"effective":"2024-01-01"#, #"}},"id":"#, #"}"#, #"{"#, #"},"#, "plain",
        ]
        var drafts: [EventEnvelope] = []
        for (index, text) in tricky.enumerated() {
            drafts.append(
                EventEnvelope(
                    seq: 1, id: "n\(index)", type: "NoteRecorded", version: 1, recordedAt: Fixtures.start,
                    actor: "rina", effective: nil, batch: BatchRange(first: 1, last: 1),
                    data: ["text": .string(text), "subject": .string(text)], prev: StoredEvent.zeroHash))
            drafts.append(
                EventEnvelope(
                    seq: 1, id: "r\(index)", type: "RealisasiRecorded", version: 1, recordedAt: Fixtures.start,
                    actor: "rina", effective: nil, batch: BatchRange(first: 1, last: 1),
                    data: [
                        "indicator": .string("ppks"), "period": .string("2024-M01"), "value": .string("56.7"),
                        "basis": .object(["document": .string(text)]),
                    ], prev: StoredEvent.zeroHash))
        }
        for draft in drafts {
            let (line, event) = EventLine.encode(draft)
            let decoded = try line.dropLast().withUnsafeBytes { try EventLine.decode($0) }
            let summarised = try line.dropLast().withUnsafeBytes { try EventLine.decode($0, summarising: catalog) }
            #expect(decoded == event)
            #expect(summarised.id == event.id && summarised.seq == event.seq && summarised.hash == event.hash)
            #expect(summarised.prev == event.prev && summarised.recordedAt == event.recordedAt)
            // Only data that holds the envelope's own text after a brace stops the search early (and is decoded).
            let looksLikeTheEnvelope = tricky[Int(draft.id.dropFirst()) ?? 0].contains(#"},""#)
            if draft.type == "RealisasiRecorded" && !looksLikeTheEnvelope {
                #expect(summarised.summary != nil, "\(draft.id)")
            }
            if let summary = summarised.summary {
                #expect(summarised.data == JSONObject())
                let expected = try #require(EventCodec.standard.foldKeys(decoded))
                #expect(FoldKeys(summary) == expected, "\(draft.id)")
            } else {
                #expect(summarised.data == event.data, "\(draft.id)")
            }
        }
    }

    /// On every stream of the default ledger, a scan that summarises the frequent types folds the very state a
    /// scan that decodes every line does, and answers every year's report alike.
    @Test func aSummarisingScanFoldsTheStateADecodingScanDoes() throws {
        let ledger = try Ledger.open(at: EventCodecLedgerTests.defaultLedger)
        var summarised = 0
        for stream in try ledger.streams() where stream != .ledger {
            var decoded = OrganisationState(stream: stream, lines: ledger.lines(of: stream))
            var folded = OrganisationState(stream: stream, lines: ledger.lines(of: stream))
            _ = try ledger.scan(stream) { event, offset in
                #expect(event.summary == nil)
                decoded.evolve(event, offset: offset)
            }
            _ = try ledger.scan(stream, summarising: true) { event, offset in
                if event.summary != nil { summarised += 1 }
                folded.evolve(event, offset: offset)
            }
            #expect(folded == decoded, "\(stream)")
            let head = LedgerDigest(stream: stream, seq: 0, hash: .zero)
            for year in 2021...2026 {
                #expect(
                    folded.report(year: year, head: head).json.canonicalString
                        == decoded.report(year: year, head: head).json.canonicalString, "\(stream) \(year)")
            }
        }
        #expect(summarised > 50)  // the realisations, approvals and notes of the transcription
    }
}
