import Testing

@testable import KinerjaCLI
@testable import KinerjaEvents
@testable import KinerjaInterchange
@testable import KinerjaProjections
@testable import KinerjaReports
@testable import KinerjaStore

/// Data that does not fit its type is refused with one sentence naming the member's path and the value.
@Suite struct EventCodecErrorTests {
    static let basis = #""basis":{"document":"LKj"}"#
    static let indicator = #""code":"ppks","name":"PPKS","unit":"persen","capaianFormula":"ratio""#

    @Test(arguments: [
        ("NoteRecorded", #"{"subject":"x"}"#, #"missing member "data.text""#),
        (
            "NoteRecorded", #"{"text":"x","colour":"red"}"#,
            #"unknown member "data.colour" holding "red" (expected "text", "subject")"#
        ),
        (
            "NoteRecorded", #"{"text":" "}"#,
            #""data.text" must be a string with a character other than a space, not " ""#
        ),
        ("NoteRecorded", #"{"text":5}"#, #""data.text" must be a string with a character other than a space, not 5"#),
        (
            "RenstraTargetsProposed",
            #"{"indicator":"ppks","targets":[{"year":2021,"value":"1"},{"year":2022,"value":"2"},{"year":2023,"value":"5,6"}],"#
                + basis + "}",
            #""data.targets[2].value" must be a number written as a string in plain form, like "56.70", not "5,6""#
        ),
        (
            "RenstraTargetsProposed", #"{"indicator":"ppks","targets":[{"year":2021,"value":56.7}],"# + basis + "}",
            #""data.targets[0].value" must be a number written as a string in plain form, like "56.70", not 56.7"#
        ),
        (
            "TargetChangeProposed", #"{"indicator":"ppks","year":1800,"value":"1","reason":"r","# + basis + "}",
            #""data.year" must be a whole number from 1900 to 2999, not 1800"#
        ),
        (
            "TargetChangeProposed", #"{"indicator":"ppks","year":"2024","value":"1","reason":"r","# + basis + "}",
            #""data.year" must be a whole number from 1900 to 2999, not "2024""#
        ),
        (
            "TargetChangeProposed", #"{"indicator":"PP KS","year":2024,"value":"1","reason":"r","# + basis + "}",
            #""data.indicator" must be a code of letters, digits, '.' and '-' (as in ppks, K1 or IKU-1), not "PP KS""#
        ),
        (
            "IkuDecisionProposed",
            #"{"kind":"penetapan","added":[{"# + indicator + #","polarity":"higherIsBetter"}],"# + basis + "}",
            #""data.added[0].polarity" must be one of "higher-is-better", "lower-is-better", not "higherIsBetter""#
        ),
        (
            "IkuDecisionProposed",
            #"{"kind":"penetapan","added":[{"code":"ppks","unit":"persen","polarity":"higher-is-better","capaianFormula":"ratio"}],"#
                + basis + "}",
            #"missing member "data.added[0].name""#
        ),
        (
            "IkuDecisionProposed",
            #"{"kind":"reviu","amended":[{"code":"ppks","changes":{"decimals":7}}],"# + basis + "}",
            #""data.amended[0].changes.decimals" must be a whole number from 0 to 6, not 7"#
        ),
        (
            "IkuDecisionProposed", #"{"kind":"ikup","decree":{"number":"1","date":"2024-02-30"},"# + basis + "}",
            #""data.decree.date" must be a date written YYYY-MM-DD, not "2024-02-30""#
        ),
        (
            "IkuDecisionProposed", #"{"kind":"perubahan","# + basis + "}",
            #""data.kind" must be one of "penetapan", "reviu", "ikup", not "perubahan""#
        ),
        (
            "RealisasiRecorded", #"{"indicator":"ppks","period":"2024-Q5","# + basis + "}",
            #""data.period" must be a period: 2024, 2024-S1, 2024-Q3 or 2024-M07, not "2024-Q5""#
        ),
        (
            "RealisasiRecorded", #"{"indicator":"ppks","period":"2024","basis":"LKj"}"#,
            #""data.basis" must be an object, not "LKj""#
        ),
        (
            "ProposalApproved", #"{"proposal":"r 1"}"#,
            #""data.proposal" must be an event id of 1 to 128 letters, digits, '.', '_', ':' or '-', not "r 1""#
        ),
        (
            "ActorRegistered", #"{"actor":"rina","name":"Rina","roles":"recorder"}"#,
            #""data.roles" must be an array, not "recorder""#
        ),
        (
            "PerjanjianKinerjaSigned",
            #"{"year":2024,"sasaran":[{"text":"S","indicators":[{"indicator":"ppks","target":"1","units":"%"}]}],"#
                + basis + "}",
            #"unknown member "data.sasaran[0].indicators[0].units" holding "%" (expected "indicator", "target", "unit")"#
        ),
        (
            "BudgetLineRecorded",
            #"{"year":2024,"level":"program","code":"p","name":"P","pagu":"1","# + basis
                + #","notes":["a long remark, longer than any message should print in full, and more"]}"#,
            #"unknown member "data.notes" holding ["a long remark, longer than any message should print in fu… (expected "year", "level", "code", "parent", "name", "indicator", "target", "pagu", "realisasi", "basis")"#
        ),
    ])
    func namesThePathAndTheValue(type: String, data: String, message: String) throws {
        let object = try #require(try JSONParser.parse(data).objectValue)
        #expect(EventCatalog.standard.currentSchema(type: type)?.problem(with: object) != nil, "the schema agrees")
        let error = #expect(throws: EventCodecError.self) {
            try EventCodec.standard.decode(type: type, version: 1, data: object)
        }
        #expect(error?.description == message)
    }

    @Test func refusesAnIntegerNotWrittenPlainlySinceItWouldNotEncodeBackTheSame() throws {
        // The schema reads `-0` as 0; the codec cannot give the text back, so it refuses it.
        let data = try #require(
            try JSONParser.parse(
                #"{"kind":"reviu","amended":[{"code":"ppks","changes":{"decimals":-0}}],"basis":{"document":"LKj"}}"#
            ).objectValue)
        #expect(EventSchema.ikuDecisionProposed.problem(with: data) == nil)
        let error = #expect(throws: EventCodecError.self) {
            try EventCodec.standard.decode(type: "IkuDecisionProposed", version: 1, data: data)
        }
        #expect(error?.description == #""data.amended[0].changes.decimals" must be a whole number from 0 to 6, not -0"#)
    }
}
