import Testing

@testable import KinerjaCLI
@testable import KinerjaEvents
@testable import KinerjaInterchange
@testable import KinerjaProjections
@testable import KinerjaReports
@testable import KinerjaStore

@Suite struct SpreadsheetImportTests {
    private static let definitions: [String: IndicatorDefinition] = [
        "ppks": IndicatorDefinition(
            Indicator(code: "ppks", name: "", unit: "persen", polarity: .higherIsBetter, capaianFormula: .ratio)),
        "idg": IndicatorDefinition(
            Indicator(code: "idg", name: "", unit: "nilai", polarity: .higherIsBetter, capaianFormula: .ratio)),
    ]

    private func map(
        _ kind: ImportKind, _ csv: String, settings: ImportSettings = ImportSettings(document: "LKj 2024")
    ) -> SpreadsheetImport.Mapping {
        SpreadsheetImport(kind: kind, source: "/data/in/file.csv", settings: settings)
            .map(Array(csv.utf8)) { Self.definitions[$0] }
    }

    private func basis(row: Int, note: String? = nil) -> JSONValue {
        var basis: JSONObject = ["document": .string("LKj 2024"), "locator": .string("row \(row) of file.csv")]
        if let note { basis["note"] = .string(note) }
        return .object(basis)
    }

    @Test func mapsRealisasiRowsToWhatRealisasiRecordRecords() {
        let csv = [
            "\u{FEFF}INDIKATOR;Tahun;Periode;Nilai;Pembilang;Penyebut;Capaian;Sumber;Keterangan;ID",
            #"ppks;2024;;56,70;;;"208,59%";Dinas Sosial;"baris ""satu""";r-1"#,
            "idg;2024;tw3;53,38;;;;;;",
            "ppks;2024;2024-S1;;34133;28.860.000;;;;",
            ";;;;;;;;;",
            "",
        ].joined(separator: "\r\n")
        let mapping = map(.realisasi, csv)
        #expect(mapping.problems == [])
        #expect(mapping.rows == [2, 3, 4])
        #expect(mapping.rowCount == 3)
        #expect(
            mapping.events
                == identified([
                    NewEvent(
                        type: "RealisasiRecorded", id: "r-1",
                        data: [
                            "basis": basis(row: 2, note: "baris \"satu\""), "indicator": .string("ppks"),
                            "period": .string("2024"), "value": .string("56.70"), "printedCapaian": .string("208.59"),
                            "source": .string("Dinas Sosial"),
                        ]),
                    NewEvent(
                        type: "RealisasiRecorded",
                        data: [
                            "basis": basis(row: 3), "indicator": .string("idg"), "period": .string("2024-Q3"),
                            "value": .string("53.38"),
                        ]),
                    NewEvent(
                        type: "RealisasiRecorded",
                        data: [
                            "basis": basis(row: 4), "indicator": .string("ppks"), "period": .string("2024-S1"),
                            "numerator": .string("34133"), "denominator": .string("28860000"),
                        ]),
                ]))
    }

    /// `events` with the ids the import gives rows without one: from their content.
    private func identified(_ events: [NewEvent]) -> [NewEvent] {
        events.map { event in
            var event = event
            event.id = event.id ?? SpreadsheetImport.contentID(of: event)
            return event
        }
    }

    @Test func givesARowWithoutAnIDOneFromItsContent() {
        let csv = "indikator,tahun,nilai\nppks,2024,56.70\nidg,2024,53.38\n"
        let first = map(.realisasi, csv).events.map(\.id)
        #expect(first == map(.realisasi, csv).events.map(\.id), "the same file gives the same ids")
        #expect(first.allSatisfy { $0?.hasPrefix("imp-") == true && $0?.count == 24 })
        #expect(Set(first).count == 2)
        let moved = map(.realisasi, "indikator,tahun,nilai\nidg,2024,53.38\nppks,2024,56.70\n").events.map(\.id)
        #expect(Set(moved) == Set(first), "where a row stands in its file is not part of it")
        let changed = map(.realisasi, "indikator,tahun,nilai\nppks,2024,56.71\nidg,2024,53.38\n").events.map(\.id)
        #expect(changed[0] != first[0] && changed[1] == first[1])
    }

    @Test func readsADotBetweenDigitGroupsAsThousandsOnlyInASemicolonFile() {
        // Excel writes semicolons where the decimal separator is the comma: there 1.580 is 1580.
        let semicolons = map(.realisasi, "indikator;tahun;nilai\nppks;2024;1.580\n")
        #expect(semicolons.problems == [])
        #expect(semicolons.events.first?.data["value"] == .string("1580"))
        // With commas between fields nothing says which separator the sheet used: refused, naming both readings.
        let commas = map(.realisasi, "indikator,tahun,nilai\nppks,2024,1.580\n")
        #expect(commas.events.isEmpty)
        #expect(commas.problems.first?.column == "nilai")
        #expect(commas.problems.first?.reason.contains("1580") == true)
    }

    @Test func readsThousandsDotsInASemicolonFileKeepingThePercentSign() {
        var row = ImportRow(
            number: 2, fields: ["1.500%", "1.2.3", "Rp 1.500"], names: ["nilai", "target", "anggaran"],
            locale: .indonesian)
        let percent = row.number("nilai")
        #expect(percent?.value == DecimalNumber(1500) && percent?.hasPercentSign == true)
        #expect(row.number("target") == nil)
        #expect(row.number("anggaran")?.value == DecimalNumber(1500))
        #expect(row.problems.map(\.column) == ["target"])
        #expect(row.problems.first?.reason.contains("1.2.3") == true)
    }

    @Test func addsTheRowToTheLocatorAndTheRemarkToTheNote() {
        let settings = ImportSettings(document: "LKj 2024", locator: "Tabel 14", basisNote: "disalin dari Excel")
        let mapping = map(
            .realisasi, "indikator,tahun,nilai,keterangan\nppks,2024,56.70,cek ulang\n", settings: settings)
        #expect(
            mapping.events.first?.data["basis"]
                == .object([
                    "document": .string("LKj 2024"), "locator": .string("Tabel 14, row 2 of file.csv"),
                    "note": .string("disalin dari Excel; cek ulang"),
                ]))
    }

    @Test func mapsTargetRowsToWhatTargetSetRecords() throws {
        let effective = try #require(CalendarDate(parsing: "2025-03-01"))
        let settings = ImportSettings(document: "LKj 2024", reason: "reviu Renstra", effective: effective)
        let mapping = map(
            .targets, "Indikator;Tahun;Target;Keterangan\nppks;2025;45,00%;\nidg;2025;56;revisi\n", settings: settings)
        #expect(mapping.problems == [])
        #expect(
            mapping.events
                == identified([
                    NewEvent(
                        type: "TargetChangeProposed",
                        data: [
                            "basis": basis(row: 2), "indicator": .string("ppks"), "year": .integer(2025),
                            "value": .string("45.00"), "reason": .string("reviu Renstra"),
                        ], effective: effective),
                    NewEvent(
                        type: "TargetChangeProposed",
                        data: [
                            "basis": basis(row: 3), "indicator": .string("idg"), "year": .integer(2025),
                            "value": .string("56"), "reason": .string("revisi"),
                        ], effective: effective),
                ]))
    }

    @Test func mapsBudgetRowsWithRupiahAndLevelsAsPrinted() {
        let csv = """
            kode;level;induk;uraian;indikator;target;anggaran;realisasi
            p1;PROGRAM;;"PROGRAM PERLINDUNGAN; JAMINAN SOSIAL";;;Rp13.821.027.400;Rp. 12.500
            p1.k1;Sub Kegiatan;p1;Bantuan sosial;Jumlah KPM;100%;1.234,5;

            """
        let mapping = map(.budget, csv, settings: ImportSettings(document: "LKj 2024", year: 2024))
        #expect(mapping.problems == [])
        #expect(
            mapping.events
                == identified([
                    NewEvent(
                        type: "BudgetLineRecorded",
                        data: [
                            "basis": basis(row: 2), "year": .integer(2024), "level": .string("program"),
                            "code": .string("p1"), "name": .string("PROGRAM PERLINDUNGAN; JAMINAN SOSIAL"),
                            "pagu": .string("13821027400"), "realisasi": .string("12500"),
                        ]),
                    NewEvent(
                        type: "BudgetLineRecorded",
                        data: [
                            "basis": basis(row: 3), "year": .integer(2024), "level": .string("sub-kegiatan"),
                            "code": .string("p1.k1"), "parent": .string("p1"), "name": .string("Bantuan sosial"),
                            "indicator": .string("Jumlah KPM"), "target": .string("100%"), "pagu": .string("1234.5"),
                        ]),
                ]))
        #expect(mapping.events.allSatisfy { EventCatalog.standard.problem(with: $0) == nil })
    }

    @Test(arguments: [
        ("Program", "program"), ("KEGIATAN", "kegiatan"), ("Sub Kegiatan", "sub-kegiatan"),
        ("sub-kegiatan", "sub-kegiatan"), ("Subkegiatan", "sub-kegiatan"), (" sub_kegiatan ", "sub-kegiatan"),
    ])
    func readsTheLevelAsSpreadsheetsWriteIt(written: String, level: String) {
        let mapping = map(
            .budget, "tahun;kode;level;uraian;anggaran\n2024;p1;\(written);x;1\n",
            settings: ImportSettings(document: "LKj 2024"))
        #expect(mapping.problems == [])
        #expect(mapping.events.first?.data["level"] == .string(level))
    }

    @Test func namesEveryProblemOfTheHeader() {
        // A near miss of a column the file lacks is refused; periode gives the year, so tahun is not missing.
        let mapping = map(.realisasi, "indikator;nilia;Indikator;periode\nppks;1;ppks;2024\n")
        #expect(
            mapping.problems == [
                .init(
                    row: 1,
                    reason:
                        "unknown column \"nilia\" (did you mean nilai?); a realisasi file has the columns indikator,"
                        + " tahun, periode, nilai, pembilang, penyebut, capaian, sumber, keterangan, id"),
                .init(row: 1, column: "indikator", reason: "named twice in the header (fields 1, 3)"),
                .init(
                    row: 1, column: "nilai", reason: "missing from the header; give nilai, or pembilang and penyebut"),
            ])
        #expect(mapping.events.isEmpty)
        #expect(
            map(.realisasi, "indikator;nilai\nppks;1\n").problems == [
                .init(
                    row: 1, column: "tahun",
                    reason: "missing from the header; give tahun, or periode with the year (2025, 2025-TW2)")
            ])
    }

    @Test func readsAnOfficeSheetByItsOwnColumnNamesIgnoringTheOthers() {
        let csv = [
            "No;Kode;Indikator Kinerja;Periode;Realisasi;Pembilang;Penyebut;Sumber Data;Keterangan;Satuan",
            "1;ppks;Prosentase PPKS yang ditangani;2024;56,70;;;SIKS-NG;;persen",
            "2;idg;Indeks Pemberdayaan Gender;2024-TW2;53,38;;;BPS;angka sementara;nilai",
            "3;ppks;Prosentase PPKS yang ditangani;TW3 2024;;34133;28860;;;persen",
        ].joined(separator: "\n")
        let mapping = map(.realisasi, csv)
        #expect(mapping.ignored == ["No", "Indikator Kinerja", "Satuan"])
        #expect(
            mapping.events.map { [$0.data["indicator"], $0.data["period"], $0.data["value"], $0.data["source"]] } == [
                [.string("ppks"), .string("2024"), .string("56.70"), .string("SIKS-NG")],
                [.string("idg"), .string("2024-Q2"), .string("53.38"), .string("BPS")],
            ])
        // A period without its year, and no tahun column.
        #expect(
            mapping.problems == [
                .init(
                    row: 4, column: "periode",
                    reason: "\"TW3 2024\" is not a period with its year: write 2025, 2025-S1, 2025-Q3 (or 2025-TW3)"
                        + " or 2025-M07")
            ])
        // A column found by another name than its own is named as the header wrote it.
        let value = map(.realisasi, "Kode;Tahun;Realisasi\nppks;2024;abc\n").problems
        #expect(value.map(\.column) == ["Realisasi"])
    }

    @Test(arguments: [
        ("KODE INDIKATOR;tahun;nilai", "indikator"), ("Kode_IKU;tahun;nilai", "indikator"),
        ("indikator;TAHUN ANGGARAN;Capaian Realisasi", "nilai"), ("indikator;tahun;nilai;Capaian (%)", "capaian"),
        ("indikator;tahun;nilai;sumber-data", "sumber"), ("indikator;Triwulan;nilai", "periode"),
        ("indikator;tahun;nilai;Catatan", "keterangan"),
    ])
    func matchesAColumnByAnyNameOfficesGiveIt(header: String, column: String) {
        let fields = header.split(separator: ";").count
        let csv = header + "\n" + ["ppks", "2024", "5", "x"].prefix(fields).joined(separator: ";") + "\n"
        var problems: [ImportError.Problem] = []
        let table = ImportTable(
            Array(csv.utf8), header: .aliased(ImportKind.realisasi.columns, described: "a realisasi file"),
            emptyFileNames: [], problems: &problems)
        #expect(problems == [])
        #expect(table?.names.contains(column) == true, "\(header)")
        #expect(table?.ignored == [])
    }

    @Test func readsIndikatorAsTheCodeOnlyWithoutAKodeColumn() {
        let alone = map(.realisasi, "Indikator;Tahun;Nilai\nppks;2024;1\n")
        #expect(alone.problems == [] && alone.ignored == [])
        let beside = map(.realisasi, "Kode;Indikator;Tahun;Nilai\nppks;Prosentase PPKS;2024;1\n")
        #expect(beside.problems == [])
        #expect(beside.ignored == ["Indikator"])
        #expect(beside.events.first?.data["indicator"] == .string("ppks"))
        let twice = map(.realisasi, "Kode;Kode Indikator;Tahun;Nilai\nppks;ppks;2024;1\n")
        #expect(
            twice.problems == [.init(row: 1, column: "indikator", reason: "named twice in the header (fields 1, 2)")])
    }

    @Test func takesTheYearFromPeriodeOrYearWhenThereIsNoTahun() {
        let settings = ImportSettings(document: "LKj 2024", year: 2024)
        let mapping = map(.realisasi, "kode;periode;nilai\nppks;TW2;1\nidg;;2\nppks;2023-S1;3\n", settings: settings)
        #expect(mapping.problems == [])
        #expect(mapping.events.map { $0.data["period"] } == [.string("2024-Q2"), .string("2024"), .string("2023-S1")])
    }

    @Test func readsBudgetColumnsAsAReportOrADpaNamesThem() {
        let csv =
            "Kode Rekening;Tingkat;Program / Kegiatan / Sub Kegiatan;Pagu / Anggaran;Realisasi;Realisasi (%)\n"
            + "p1;Program;PROGRAM X;1.250.000;1.000.000;80,00\n"
        let mapping = map(.budget, csv, settings: ImportSettings(document: "LKj 2024", year: 2024))
        #expect(mapping.problems == [])
        #expect(mapping.ignored == ["Realisasi (%)"])
        #expect(mapping.events.first?.data["pagu"] == .string("1250000"))
        #expect(mapping.events.first?.data["realisasi"] == .string("1000000"))
    }

    @Test func boundsTheProblemsOfAHeaderOfAHundredThousandColumns() {
        let wide = (0..<100_000).map { "kolom\($0)" }.joined(separator: ";")
        let ignored = map(.realisasi, wide + "\n" + String(repeating: "x;", count: 99_999) + "x\n")
        #expect(ignored.ignored.count == 100_000)
        #expect(ignored.problems.count == 3)  // indikator, tahun and nilai missing
        let typos = Array(repeating: "nilia", count: 100_000).joined(separator: ";")
        let refused = map(.realisasi, typos + "\n")
        #expect(refused.problems.count == 5 + 1 + 3)
        #expect(refused.problems[5] == .init(row: 1, reason: "and 99995 more unknown columns"))
        let repeated = map(
            .realisasi, "indikator;tahun;" + Array(repeating: "nilai", count: 100_000).joined(separator: ";"))
        #expect(repeated.problems.count == 5 + 1)
        #expect(repeated.problems.last == .init(row: 1, reason: "and 99994 more columns named twice"))
        let error = ImportError(source: "wide.csv", problems: refused.problems)
        #expect(error.description.split(separator: "\n").count == 10)
    }

    @Test func readsNumbersInTheLocaleGivenElseBySemicolonsElseRefusesThem() {
        let commas = "indikator,tahun,nilai\nppks,2024,\"100,214\"\n"
        let refused = map(.realisasi, commas)
        #expect(refused.events.isEmpty)
        #expect(refused.problems.count == 1)
        #expect(refused.problems.first?.row == 2 && refused.problems.first?.column == "nilai")
        #expect(refused.problems.first?.reason.contains("100214") == true)
        #expect(refused.problems.first?.reason.contains("100,214") == true)
        let indonesian = map(.realisasi, commas, settings: ImportSettings(document: "LKj 2024", locale: .indonesian))
        #expect(indonesian.events.first?.data["value"] == .string("100.214"))
        let english = map(.realisasi, commas, settings: ImportSettings(document: "LKj 2024", locale: .english))
        #expect(english.events.first?.data["value"] == .string("100214"))
        // A file delimited by semicolons is Indonesian unless --locale says otherwise.
        let semicolons = "indikator;tahun;nilai\nppks;2024;1.580\n"
        #expect(map(.realisasi, semicolons).events.first?.data["value"] == .string("1580"))
        let overridden = map(.realisasi, semicolons, settings: ImportSettings(document: "LKj 2024", locale: .english))
        #expect(overridden.events.first?.data["value"] == .string("1.580"))
    }

    @Test func needsAReasonAndADateForTargetsAndAYearForBudget() {
        let targets = map(.targets, "indikator;tahun;target\nppks;2025;1\n")
        #expect(
            targets.problems == [
                .init(
                    row: 1, column: "keterangan",
                    reason: "missing from the header, and no --reason was given; a target change needs its reason"),
                .init(row: nil, reason: "a target change needs the date it takes effect (--effective)"),
            ])
        let budget = map(.budget, "kode;level;uraian;anggaran\np1;program;x;1\n")
        #expect(
            budget.problems == [
                .init(row: 1, column: "tahun", reason: "missing from the header, and no --year was given")
            ])
    }

    /// One bad row of each kind, and the problem it is reported with.
    static let badRows: [(row: String, column: String?, reason: String)] = [
        ("ppks;2024;;abc;;", "nilai", "\"abc\" contains letters; a number has digits, a dot or comma, and Rp or %"),
        ("ppks;2024;;1,2,3;;", "nilai", "\"1,2,3\" has several commas; the decimal comma appears once"),
        ("ppks;24;;1;;", "tahun", "\"24\" is not a year: write four digits, 1900 to 2999"),
        ("ppks;2.024;;1;;", "tahun", "\"2.024\" is not a year: write four digits, 1900 to 2999"),
        ("ppks;2024;2023-Q1;1;;", "periode", "\"2023-Q1\" is not in tahun 2024"),
        (
            "ppks;2024;Q5;1;;", "periode",
            "\"Q5\" is not a period: write 2024, 2024-S1, 2024-Q3 (or TW3) or 2024-M07, or S1, Q3, TW3 or M07 of the year in tahun"
        ),
        (
            "pp ks;2024;;1;;", "indikator",
            "\"pp ks\" is not a code: use letters, digits, '.' and '-', as in ppks, K1 or IKU-1"
        ),
        (";2024;;1;;", "indikator", "the cell is empty"),
        ("ppks;2024;;;3;", "penyebut", "the cell is empty; pembilang and penyebut go together"),
        ("idg;2024;;55,5%;;", "nilai", "\"55,5%\": idg is measured in nilai, not percent"),
        ("ppks;2024;;Rp 5.000;;", "nilai", "\"Rp 5.000\": ppks is measured in persen, not rupiah"),
        ("ppks;2024;;1;2", nil, "the row has 5 fields and the header 6; check the delimiter (;) and the quotes"),
    ]

    @Test(arguments: badRows.indices)
    func refusesABadRowNamingItsRowAndColumn(index: Int) {
        let (row, column, reason) = Self.badRows[index]
        let mapping = map(.realisasi, "indikator;tahun;periode;nilai;pembilang;penyebut\nidg;2024;;53,38;;\n\(row)\n")
        #expect(mapping.problems == [.init(row: 3, column: column, reason: reason)])
        #expect(mapping.rows == [2])
    }

    @Test func recordsACodeAsTheIkuSpellsIt() {
        // The definitions' own lookup is case-insensitive here as the CLI's is (OrganisationState.indicatorCode).
        let mapping = SpreadsheetImport(kind: .realisasi, source: "/data/in/file.csv", settings: .init(document: "LKj"))
            .map(Array("indikator;tahun;nilai\nPPKS;2024;12,5\n".utf8)) { Self.definitions[$0.lowercased()] }
        #expect(mapping.problems == [])
        let event = mapping.events.first.flatMap { try? EventCodec.standard.decode($0) }
        guard case .realisasiRecorded(let realisasi) = event else {
            Issue.record("no realisation: \(String(describing: event))")
            return
        }
        #expect(realisasi.indicator == "ppks")
    }

    @Test func skipsARowThatGivesNoValueAndNamesIt() {
        let mapping = map(
            .realisasi, "indikator;tahun;periode;nilai;pembilang;penyebut\nidg;2024;;53,38;;\nppks;2024;;;;\n")
        #expect(mapping.problems == [])
        #expect(mapping.rows == [2])
        #expect(mapping.skipped == [3])
        let none = map(.realisasi, "indikator;tahun;periode;nilai;pembilang;penyebut\nppks;2024;;;;\n")
        #expect(none.problems.map(\.reason) == ["no row gives a value (nilai, pembilang, penyebut); nothing to import"])
    }

    @Test func reportsEveryBadRowNotJustTheFirst() {
        let csv = "indikator;tahun;nilai\nppks;2024;x\nidg;2024;1\nppks;20;y\nppks;2024;2\nppks;2024;3\n"
        let mapping = map(.realisasi, csv)
        #expect(mapping.problems.map(\.row) == [2, 4, 4, 6])
        #expect(mapping.problems.last == .init(row: 6, column: "tahun", reason: "ppks 2024 is already on row 5"))
        #expect(mapping.rows == [3, 5])
    }

    @Test func refusesAValueUnderAColumnWithoutAName() {
        let mapping = map(.realisasi, "indikator;tahun;nilai;\nppks;2024;1;\nidg;2024;2;lupa\n")
        #expect(
            mapping.problems == [
                .init(row: 3, reason: "field 4 holds \"lupa\", but its column has no name in the header")
            ])
        #expect(mapping.rows == [2])
    }

    @Test func refusesAFileWithoutRowsOrWithBadText() {
        #expect(
            map(.realisasi, "").problems == [
                .init(row: nil, reason: "the file is empty; it needs a header row naming indikator")
            ])
        #expect(
            map(.realisasi, "indikator;tahun;nilai\r\n;;\r\n").problems == [
                .init(row: nil, reason: "there are no rows below the header; nothing to import")
            ])
        let bytes = Array("indikator;tahun;nilai\nppks;2024;1\nidg;2024;".utf8) + [0xB1] + [0x0A]
        let mapping = SpreadsheetImport(kind: .realisasi, source: "x.csv", settings: ImportSettings(document: "d"))
            .map(bytes) { _ in nil }
        #expect(
            mapping.problems == [
                .init(row: 3, reason: "field 3 is not UTF-8 text (byte 0xB1); save the file as \"CSV UTF-8\"")
            ])
    }

    @Test func namesTheRowsAndColumnsTheRecorderRefused() throws {
        let mapping = map(
            .realisasi,
            "indikator;tahun;periode;nilai;pembilang;penyebut\npkh;2024;;1;;\nppks;2021;;1;;\nppks;2024;;;1;0\nidg;2021;Q2;1;;\n"
        )
        let spreadsheet = SpreadsheetImport(
            kind: .realisasi, source: "file.csv", settings: ImportSettings(document: "d"))
        let year = try #require(Period(parsing: "2021"))
        let quarter = try #require(Period(parsing: "2021-Q2"))
        let stream = try #require(StreamName("luwu-timur"))
        let roleMissing = DecisionError.roleMissing(
            actor: "kadis", role: .recorder, type: "RealisasiRecorded", stream: stream)
        let failure = Recorder.Failure.refusals([
            .refused(index: 1, type: "RealisasiRecorded", .unknownIndicator("pkh")),
            .refused(index: 2, type: "RealisasiRecorded", .indicatorNotInForce("ppks", period: year)),
            .refused(index: 3, type: "RealisasiRecorded", .zeroDenominator),
            .refused(index: 4, type: "RealisasiRecorded", .indicatorNotInForce("idg", period: quarter)),
            .refused(index: 1, type: "RealisasiRecorded", roleMissing),
            .refused(index: 2, type: "RealisasiRecorded", roleMissing),
        ])
        #expect(
            spreadsheet.problems(for: failure, in: mapping) == [
                .init(row: 2, column: "indikator", reason: DecisionError.unknownIndicator("pkh").description),
                // The period is the year of tahun where periode is empty, and periode's where it is given.
                .init(
                    row: 3, column: "tahun",
                    reason: DecisionError.indicatorNotInForce("ppks", period: year).description),
                .init(row: 4, column: "penyebut", reason: "the denominator is 0"),
                .init(
                    row: 5, column: "periode",
                    reason: DecisionError.indicatorNotInForce("idg", period: quarter).description),
                .init(row: nil, reason: roleMissing.description),
            ])
    }

    @Test func describesProblemsByFileRowAndColumn() {
        let error = ImportError(
            source: "data/realisasi.csv",
            problems: [
                .init(row: 5, column: "nilai", reason: "\"abc\" contains letters"),
                .init(row: 3, reason: "the row has 2 fields and the header 3"),
                .init(row: nil, reason: "rina may not record RealisasiRecorded"),
            ])
        #expect(
            error.description == """
                data/realisasi.csv: rina may not record RealisasiRecorded
                data/realisasi.csv:3: the row has 2 fields and the header 3
                data/realisasi.csv:5: column nilai: "abc" contains letters
                3 problems; nothing was written
                """)
    }
}
