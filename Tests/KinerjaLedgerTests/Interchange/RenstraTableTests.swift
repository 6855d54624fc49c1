import Testing

@testable import KinerjaCLI
@testable import KinerjaEvents
@testable import KinerjaInterchange
@testable import KinerjaProjections
@testable import KinerjaReports
@testable import KinerjaStore

@Suite struct RenstraTableTests {
    func read(_ text: String) throws(ImportError) -> (
        tujuan: [RenstraAdopted.Tujuan], sasaran: [RenstraAdopted.Sasaran]
    ) {
        try RenstraTable.read(Array(text.utf8), source: "renstra.csv")
    }

    @Test func readsTujuanSasaranAndIndicatorsAsMergedCellsExportThem() throws {
        let table = try read(
            """
            Tujuan;Sasaran;Kode;Indikator;Satuan;Polaritas;Agregasi;Desimal
            Meningkatnya kesejahteraan sosial;;idks;Indeks kesejahteraan sosial;indeks;higher-is-better;last;2
            ;Meningkatnya PPKS yang tertangani;ppks;Persentase PPKS yang ditangani;persen;higher-is-better;;
            ;Menurunnya kekerasan;kekerasan;Persentase kekerasan;persen;lower-is-better;;3
            ;;kasus;Jumlah kasus kekerasan;kasus;lower-is-better;sum;0
            Meningkatnya ketahanan bencana;Cepatnya penanganan bencana;;;;;;

            """)
        #expect(
            table.sasaran == [
                .init(code: "s1", tujuan: "t1", text: "Meningkatnya PPKS yang tertangani"),
                .init(code: "s2", tujuan: "t1", text: "Menurunnya kekerasan"),
                .init(code: "s3", tujuan: "t2", text: "Cepatnya penanganan bencana"),
            ])
        #expect(table.tujuan.map(\.code) == ["t1", "t2"])
        #expect(table.tujuan[1] == .init(code: "t2", text: "Meningkatnya ketahanan bencana"))
        let indicators = table.tujuan[0].indicators ?? []
        #expect(indicators.map(\.code) == ["idks", "ppks", "kekerasan", "kasus"])
        #expect(indicators.map(\.sasaran) == [nil, "s1", "s2", "s2"])
        #expect(
            indicators[0]
                == Indicator(
                    code: "idks", name: "Indeks kesejahteraan sosial", unit: "indeks", polarity: .higherIsBetter,
                    capaianFormula: .ratio, aggregation: .last, decimals: 2))
        // Lower is better takes variant A unless the table says otherwise.
        #expect(indicators[2].capaianFormula == .variantA)
        #expect(indicators[3].aggregation == .sum)
    }

    @Test func takesTheCodesTheTableGives() throws {
        let table = try read(
            """
            kode tujuan,tujuan,kode sasaran,sasaran,kode,indikator,satuan,polaritas,rumus capaian
            tj.1,Tujuan satu,ss.1,Sasaran satu,ppks,PPKS,persen,lower-is-better,variant-b
            """)
        #expect(table.tujuan.map(\.code) == ["tj.1"])
        #expect(table.sasaran == [.init(code: "ss.1", tujuan: "tj.1", text: "Sasaran satu")])
        #expect(table.tujuan[0].indicators?.first?.capaianFormula == .variantB)
    }

    @Test func namesEveryProblemByRowAndColumn() {
        let text = """
            Tujuan;Sasaran;Kode;Indikator;Satuan;Polaritas
            ;Sasaran tanpa tujuan;a;A;persen;higher-is-better
            Tujuan satu;Sasaran satu;;B;persen;naik
            ;;c;;persen;
            Tujuan dua;Sasaran satu;d;D;persen;higher-is-better
            """
        #expect(
            throws: ImportError(
                source: "renstra.csv",
                problems: [
                    .init(row: 2, column: "tujuan", reason: "the first row needs its tujuan"),
                    .init(row: 3, column: "kode", reason: "the cell is empty"),
                    .init(
                        row: 3, column: "polaritas", reason: "\"naik\" is not one of higher-is-better, lower-is-better"),
                    .init(row: 4, column: "kode", reason: "the row has no indikator for it to describe"),
                    .init(row: 4, column: "satuan", reason: "the row has no indikator for it to describe"),
                    .init(
                        row: 5, column: "sasaran",
                        reason: "\"Sasaran satu\" is already on row 3; keep a sasaran's rows together"),
                ])
        ) {
            try read(text)
        }
    }

    @Test func refusesAnUnknownOrMissingColumn() {
        #expect(
            throws: ImportError(
                source: "renstra.csv",
                problems: [
                    .init(
                        row: 1,
                        reason:
                            "unknown column \"indkator\" (did you mean indikator?); a Renstra table has the columns "
                            + RenstraTable.columns.map(\.name).joined(separator: ", ")),
                    .init(row: 1, column: "sasaran", reason: "missing from the header"),
                ])
        ) {
            try read("tujuan,indkator\nT,X\n")
        }
    }
}
