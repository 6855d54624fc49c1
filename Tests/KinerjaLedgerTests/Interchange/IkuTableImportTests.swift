import Testing

@testable import KinerjaEvents
@testable import KinerjaInterchange
@testable import KinerjaProjections
@testable import KinerjaStore

@Suite struct IkuTableImportTests {
    private static let ppks = Indicator(
        code: "ppks", name: "Prosentase PPKS yang ditangani", sasaran: "s1", formula: "A/B x 100%", unit: "persen",
        penanggungJawab: ["Bidang Rehabilitasi Sosial"], polarity: .higherIsBetter, capaianFormula: .ratio)
    private static let idg = Indicator(
        code: "idg", name: "Indeks Pemberdayaan Gender (IDG)", sasaran: "s2", unit: "nilai",
        polarity: .higherIsBetter, capaianFormula: .ratio, aggregation: .last)
    private static let kekerasan = Indicator(
        code: "kekerasan-anak", name: "Prosentase kekerasan terhadap anak", sasaran: "s3", unit: "persen",
        polarity: .lowerIsBetter, capaianFormula: .variantA)
    private static let inForce = [ppks, idg, kekerasan].map(IndicatorDefinition.init)
    private static let sasaran: [IkuTableImport.Sasaran] = [
        ("s1", "Meningkatnya kesejahteraan PPKS"), ("s2", "Meningkatnya pemberdayaan perempuan"),
        ("s3", "Menurunnya kekerasan terhadap perempuan dan anak"),
    ]

    private func map(_ csv: String, kind: IkuDecisionProposed.Kind = .reviu) -> IkuTableImport.Mapping {
        IkuTableImport(source: "iku.csv", kind: kind).map(Array(csv.utf8), inForce: Self.inForce, sasaran: Self.sasaran)
    }

    @Test func addsNewCodesAmendsChangedComponentsAndRetiresCodesLeftOut() {
        let csv = [
            "No;Sasaran Strategis;Indikator Kinerja Utama;Kode;Satuan;Formula / Cara Perhitungan;Penanggung Jawab;Polaritas",
            #"1;Meningkatnya Kesejahteraan PPKS;Prosentase PPKS yang ditangani;ppks;persen;A/B x 100%;"Bidang Rehabilitasi Sosial"#,
            #"Bidang Perlindungan Sosial";maksimal"#,
            "2;s2;Indeks Pemberdayaan Gender (IDG);idg;poin;;;Maksimal",
            "3;s4;Persentase korban bencana yang ditangani;korban-bencana;persen;C/D x 100%;Bidang Linjamsos;maksimal",
        ].joined(separator: "\n")
        let mapping = map(csv)
        #expect(mapping.problems == [])
        #expect(mapping.rowCount == 3)
        #expect(
            mapping.added == [
                Indicator(
                    code: "korban-bencana", name: "Persentase korban bencana yang ditangani", sasaran: "s4",
                    formula: "C/D x 100%", unit: "persen", penanggungJawab: ["Bidang Linjamsos"],
                    polarity: .higherIsBetter, capaianFormula: .ratio)
            ])
        #expect(
            mapping.amended == [
                .init(
                    code: "ppks",
                    changes: IndicatorChanges(
                        penanggungJawab: ["Bidang Rehabilitasi Sosial", "Bidang Perlindungan Sosial"])),
                .init(code: "idg", changes: IndicatorChanges(unit: "poin")),
            ])
        #expect(mapping.retired.map(\.code) == ["kekerasan-anak"])
        #expect(mapping.kept.isEmpty)
        #expect(mapping.unchanged.isEmpty)
    }

    @Test func aPenetapanKeepsWhatItLeavesOut() {
        let csv = "kode,indikator,satuan,polaritas\nppks,Prosentase PPKS yang ditangani,persen,maksimal\n"
        let mapping = map(csv, kind: .penetapan)
        #expect(mapping.problems == [])
        #expect(mapping.unchanged == ["ppks"])
        #expect(mapping.retired.isEmpty)
        #expect(mapping.kept.map(\.code) == ["idg", "kekerasan-anak"])
    }

    @Test func anEmptyCellLeavesTheComponentAsItIsInForce() {
        let csv = "Kode;Indikator;Satuan;Sumber Data;Polaritas\nppks;;;;\nidg;;;BPS;\nkekerasan-anak;;;;\n"
        let mapping = map(csv)
        #expect(mapping.problems == [])
        #expect(mapping.unchanged == ["ppks", "kekerasan-anak"])
        #expect(mapping.amended == [.init(code: "idg", changes: IndicatorChanges(dataSource: "BPS"))])
    }

    @Test(arguments: [
        ("INDIKATOR KINERJA UTAMA", "Indikator Kinerja Utama"), ("indikator-kinerja", "Indikator Kinerja Utama"),
        ("  Kode  IKU ", "Kode"), ("Sasaran (Strategis)", "Sasaran"), ("SUMBER DATA", "Sumber Data"),
        ("Definisi Operasional", "Formula"), ("Formula / Cara Perhitungan / Definisi Operasional", "Formula"),
        ("Alasan Memilih Indikator", "Alasan"), ("polarity", "Polaritas"), ("Penanggungjawab", "Penanggung Jawab"),
    ])
    func matchesHeaderAliasesInAnyCaseAndSpacing(header: String, column: String) throws {
        let row = CSVTable.Row(number: 1, fields: [header])
        let matched = DocumentHeader(row, columns: IkuTableImport.columns)
        #expect(matched.names == [column])
        #expect(matched.written[column] == header.trimmed)
    }

    @Test(arguments: [
        ("maksimal", Polarity.higherIsBetter), ("Maksimal", .higherIsBetter), ("higher-is-better", .higherIsBetter),
        ("semakin tinggi semakin baik", .higherIsBetter), ("MINIMAL", .lowerIsBetter), ("menurun", .lowerIsBetter),
        ("lower-is-better", .lowerIsBetter),
    ])
    func readsPolarityWords(word: String, polarity: Polarity) {
        let mapping = map("kode,indikator,satuan,polaritas\nbaru,Indikator baru,persen,\(word)\n")
        #expect(mapping.problems == [])
        #expect(mapping.added.first?.polarity == polarity)
        #expect(mapping.added.first?.capaianFormula == (polarity == .higherIsBetter ? .ratio : .variantA))
    }

    @Test func matchesACodeInForceWhateverItsCaseKeepingItsSpelling() {
        let mapping = map("kode,indikator,satuan,polaritas,sasaran\nPPKS,,poin,,S1\nIDG,,,,\nKekerasan-Anak,,,,\n")
        #expect(mapping.problems == [])
        #expect(mapping.amended == [.init(code: "ppks", changes: IndicatorChanges(unit: "poin"))])
        #expect(mapping.unchanged == ["idg", "kekerasan-anak"])
        #expect(mapping.retired.isEmpty)
    }

    @Test func aNewPolarityWithoutAFormulaBringsTheFormulaForIt() {
        let mapping = map("kode,indikator,satuan,polaritas\nppks,,,minimal\n")
        #expect(mapping.problems == [])
        #expect(
            mapping.amended == [
                .init(code: "ppks", changes: IndicatorChanges(polarity: .lowerIsBetter, capaianFormula: .variantA))
            ])
    }

    @Test func refusesBadCellsNamingRowAndTheColumnAsWritten() {
        let csv = [
            "Kode;Indikator Kinerja Utama;Satuan;Polaritas;Sasaran;Desimal;Agregasi;Rumus Capaian",
            "Baru 1;Indikator;persen;maksimal;;;;",
            "baru-2;;;naik-turun;s1;7;;",
            "baru-3;Indikator tiga;persen;maksimal;Meningkatnya sesuatu;;setahun;",
            "baru-4;Indikator empat;persen;maksimal;;;;variant-a",
            "ppks;;;;;;;ratio",
            "ppks;;;;;;;",
        ].joined(separator: "\n")
        let mapping = map(csv)
        #expect(mapping.added.isEmpty && mapping.amended.isEmpty && mapping.retired.isEmpty)
        let error = ImportError(source: "iku.csv", problems: mapping.problems)
        #expect(
            error.description == """
                iku.csv:2: column Kode: "Baru 1" is not a code: use letters, digits, '.' and '-', as in ppks, K1 or IKU-1
                iku.csv:3: column Polaritas: "naik-turun" is not a polarity: write maksimal (higher is better) or minimal (lower is better)
                iku.csv:3: column Desimal: "7" is not a number of decimal places: write 0 to 6
                iku.csv:4: column Sasaran: "Meningkatnya sesuatu" is neither a sasaran code nor the text of a sasaran of the Renstra: s1 (Meningkatnya kesejahteraan PPKS); s2 (Meningkatnya pemberdayaan perempuan); s3 (Menurunnya kekerasan terhadap perempuan dan anak)
                iku.csv:4: column Agregasi: "setahun" is not an aggregation: write jumlah (sum), terakhir (last) or rata-rata (average)
                iku.csv:5: column Rumus Capaian: variant-a is a capaian formula for lower-is-better indicators, and the indicator is higher-is-better
                iku.csv:7: column Kode: ppks is already on row 6
                7 problems; nothing was written
                """)
    }

    @Test func aNewIndicatorNeedsItsNameUnitAndPolarity() {
        let mapping = map("kode;indikator;satuan;polaritas\nbaru;;;\n")
        #expect(
            mapping.problems == [
                .init(row: 2, column: "indikator", reason: "the cell is empty; a new indicator needs its name"),
                .init(row: 2, column: "satuan", reason: "the cell is empty; a new indicator needs its unit"),
                .init(
                    row: 2, column: "polaritas", reason: "the cell is empty; a new indicator needs maksimal or minimal"),
            ])
    }

    @Test func refusesAHeaderWithUnknownMissingOrMixedColumns() {
        let mapping = map("Kode;Indikatr;Sumber Data/Formula;Polaritas;kode iku\nppks;x;y;maksimal;ppks\n")
        #expect(
            mapping.problems == [
                .init(
                    row: 1,
                    reason: "unknown column \"Indikatr\" (did you mean indikator?); the columns are No, Sasaran,"
                        + " Indikator Kinerja Utama, Kode, Satuan, Formula, Pembilang, Penyebut, Sumber Data,"
                        + " Penanggung Jawab, Alasan, Polaritas, Rumus Capaian, Agregasi, Desimal"),
                .init(
                    row: 1,
                    reason: "the column \"Sumber Data/Formula\" holds Sumber Data and Formula together; give each its"
                        + " own column"),
                .init(row: 1, column: "kode iku", reason: "names the column Kode again (fields 1 and 5)"),
                .init(row: 1, column: "Indikator Kinerja Utama", reason: "missing from the header"),
                .init(row: 1, column: "Satuan", reason: "missing from the header"),
            ])
    }

    @Test func readsACommaFileWithAByteOrderMarkAndQuotedLineBreaks() {
        let csv =
            "\u{FEFF}kode,indikator,satuan,polaritas,penanggung jawab\r\n"
            + "baru,\"Indikator, dengan koma\",persen,minimal,\"Bidang A\nBidang B\"\r\n"
        let mapping = map(csv)
        #expect(mapping.problems == [])
        #expect(mapping.added.first?.name == "Indikator, dengan koma")
        #expect(mapping.added.first?.penanggungJawab == ["Bidang A", "Bidang B"])
        #expect(mapping.added.first?.polarity == .lowerIsBetter)
    }
}
