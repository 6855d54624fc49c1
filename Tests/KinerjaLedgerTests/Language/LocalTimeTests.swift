import Testing

@testable import KinerjaCLI
@testable import KinerjaEvents
@testable import KinerjaProjections
@testable import KinerjaReports
@testable import KinerjaStore

@Suite struct LocalTimeTests {
    /// The last instant of 10 April 2025 in WITA (UTC+8): 15:59:59.999 UTC.
    static let endOfTenthWITA = Timestamp(parsing: "2025-04-10T15:59:59.999Z")

    @Test(arguments: [
        "2025-04-10", "2025-04-10T23:59", "2025-04-10 23:59", "2025-04-10T23:59 WITA", "2025-04-10 23:59 WITA",
        "2025-04-10T23:59WITA", "2025-04-10T23:59+08:00", "2025-04-10T15:59Z", "2025-04-10 22:59 WIB",
        "2025-04-11 00:59 wit", "2025-04-10T23:59:59.999+08:00",
    ])
    func everyFormOfAsOfGivesTheSameInstantForAWITAOrganisation(text: String) {
        #expect(AsOfTime.parse(text, zone: .wita) == Self.endOfTenthWITA)
    }

    @Test func aDateIsTheEndOfThatDayInTheOrganisationsZoneNotInUTC() throws {
        // An event recorded at 00:30 WITA on 11 April (16:30 UTC on the 10th) is after 10 April there.
        let recorded = try #require(Timestamp(parsing: "2025-04-10T16:30:00Z"))
        let asOf = try #require(AsOfTime.parse("2025-04-10", zone: .wita))
        #expect(recorded > asOf)
        // In WIB (UTC+7) the 10th ends at 16:59:59.999 UTC: the event was recorded on the 10th there.
        #expect(recorded <= (try #require(AsOfTime.parse("2025-04-10", zone: .wib))))
        #expect(recorded <= (try #require(AsOfTime.parse("2025-04-11T00:30", zone: .wita))))
        #expect(recorded > (try #require(AsOfTime.parse("2025-04-11T00:29", zone: .wita))))
    }

    @Test(arguments: ["kemarin", "2025-04-10T23", "2025-04-10 23:59 WITA+08:00", "2025-04-10X23:59", "2025-13-01"])
    func refusesWhatIsNoTime(text: String) {
        #expect(AsOfTime.parse(text, zone: .wita) == nil)
    }

    @Test func writesDatesAndTimesAsIndonesiansDo() throws {
        #expect(IndonesianDate.written(try #require(CalendarDate(year: 2021, month: 9, day: 8))) == "8 September 2021")
        #expect(
            IndonesianDate.written(try #require(CalendarDate(year: 2024, month: 12, day: 31))) == "31 Desember 2024")
        let time = try #require(Timestamp(parsing: "2024-05-01T06:30:00Z"))
        #expect(IndonesianDate.clock(time, in: .wita) == "14.30 WITA")
        #expect(IndonesianDate.clock(time, in: .wib) == "13.30 WIB")
        #expect(IndonesianDate.written(time, in: .wit) == "1 Mei 2024 15.30 WIT")
        // Across midnight the local date moves on.
        let late = try #require(Timestamp(parsing: "2024-12-31T16:30:00Z"))
        #expect(IndonesianDate.written(late, in: .wita) == "1 Januari 2025 00.30 WITA")
    }

    @Test(arguments: [
        ("Sulawesi Selatan", "Kabupaten Luwu Timur", IndonesianTimeZone.wita),
        ("Kalimantan Selatan", "Kabupaten Barito Kuala", .wita), ("Provinsi Riau", "Kabupaten Kampar", .wib),
        ("NTB", "Kabupaten Sumbawa", .wita), ("Papua", "Kabupaten Jayapura", .wit), ("Bali", "Kota Denpasar", .wita),
    ])
    func aProvinceGivesItsZone(province: String, region: String, zone: IndonesianTimeZone) {
        #expect(IndonesianTimeZone.of(province: province, region: region) == zone)
    }

    @Test func theDefaultLedgersRegionsWithoutAProvinceHaveTheirProvincesZone() {
        #expect(IndonesianTimeZone.of(province: nil, region: "Kabupaten Indragiri Hilir") == .wib)
        #expect(IndonesianTimeZone.of(province: nil, region: "Kabupaten Lombok Tengah") == .wita)
        #expect(IndonesianTimeZone.of(province: nil, region: "Kabupaten Entah") == nil)
    }
}

@Suite struct LanguageChoiceTests {
    @Test(arguments: [
        ([], [:], Language.id), (["--lang", "en", "help"], [:], .en), (["help", "--lang=en"], [:], .en),
        (["help"], ["KINERJA_LANG": "en"], .en), (["--lang", "id", "help"], ["KINERJA_LANG": "en"], .id),
        (["help"], ["KINERJA_LANG": ""], .id), (["note", "--", "--lang", "en"], [:], .id),
    ])
    func choosesTheOptionThenTheEnvironmentThenIndonesian(
        arguments: [String], environment: [String: String], language: Language
    ) throws {
        #expect(try CLI.language(arguments, environment: environment) == language)
    }

    @Test func refusesALanguageItDoesNotSpeakInBothLanguages() {
        #expect {
            try CLI.language(["--lang", "fr"], environment: [:])
        } throws: { error in
            (error as? CLIError)?.message(.id)
                == "--lang fr: tulis id (bahasa Indonesia) atau en (English) (lihat 'kinerja help')"
                && (error as? CLIError)?.message(.en)
                    == "--lang fr: write id (Indonesian) or en (English) (see 'kinerja help')"
        }
    }

    @Test func theIndonesianHelpRunsTheSameExamplesAsTheEnglish() {
        // The English examples run in DocumentedExamplesTests; the Indonesian ones must be the same commands.
        func examples(_ help: String) -> [String] {
            // The block below the "example…:" ("contoh…:") heading, up to the next blank line.
            let lines = help.split(separator: "\n", omittingEmptySubsequences: false)
            guard let heading = lines.firstIndex(where: { $0.hasPrefix("example") || $0.hasPrefix("contoh") }) else {
                return []
            }
            // Comments after the command (`# exits 1: …`) are in the help's language.
            return lines[(heading + 1)...].prefix { !$0.isEmpty }.map { line in
                String(line.split(separator: "   #", maxSplits: 1).first ?? line)
            }
        }
        for info in CommandInfo.all {
            let english = examples(info.help.en)
            let indonesian = examples(info.help.id)
            #expect(!english.isEmpty, "\(info.name)")
            #expect(indonesian == english, "\(info.name)")
        }
    }

    @Test func everyCommandsHelpAndSummaryExistInBothLanguagesAndDiffer() {
        for info in CommandInfo.all {
            #expect(!info.help.id.isEmpty && !info.help.en.isEmpty, "\(info.name)")
            #expect(info.help.id != info.help.en, "\(info.name)'s help is not translated")
            #expect(info.summary.id != info.summary.en, "\(info.name)'s summary is not translated")
            #expect(info.help.id.contains("\ncontoh") && info.help.id.hasPrefix("penggunaan: "), "\(info.name)")
        }
    }
}

@Suite struct IndonesianMessageTests {
    @Test func aNumberRefusedSaysWhyInBothLanguages() {
        #expect {
            try NumberParser.parse("1.234")
        } throws: { error in
            guard let error = error as? NumberFormatError else { return false }
            return error.localized.en == error.description
                && error.localized.id
                    == "\"1.234\" taksa: 1234 dengan titik ribuan, atau 1.234 dengan titik desimal; tulis 1234 untuk "
                    + "yang pertama, atau nyatakan dengan --locale id (yang pertama) atau --locale en"
        }
    }

    @Test func everyDecisionRefusalHasAnIndonesianSentenceThatDiffersFromTheEnglish() throws {
        let date = try #require(CalendarDate(year: 2025, month: 2, day: 1))
        let period = try #require(Period(parsing: "2027-Q1"))
        let refusals: [DecisionError] = [
            .periodNotBegun(period, recordedOn: date), .zeroDenominator, .pkNotSigned(year: 2025),
            .selfApproval(actor: "rina", proposal: "p1"), .alreadyDecided("p1", status: "approved"),
        ]
        for refusal in refusals {
            #expect(refusal.localized(.en) == refusal.description)
            #expect(refusal.localized(.id) != refusal.description, "\(refusal)")
        }
        #expect(
            DecisionError.periodNotBegun(period, recordedOn: date).localized(.id)
                == "periode Triwulan I 2027 belum dimulai pada 1 Februari 2025, hari pencatatannya: realisasi dicatat "
                + "untuk periode yang sudah dimulai")
        #expect(DecisionError.alreadyDecided("p1", status: "approved").localized(.id).contains("sudah disetujui"))
    }
}
