import Testing

@testable import KinerjaEvents
@testable import KinerjaInterchange
@testable import KinerjaProjections
@testable import KinerjaStore

@Suite struct PerjanjianKinerjaTableImportTests {
    private static let inForce = [
        Indicator(
            code: "ppks", name: "Prosentase PPKS yang ditangani", unit: "persen", polarity: .higherIsBetter,
            capaianFormula: .ratio),
        Indicator(
            code: "idg", name: "Indeks Pemberdayaan Gender (IDG)", unit: "poin", polarity: .higherIsBetter,
            capaianFormula: .ratio),
        Indicator(
            code: "kekerasan-anak", name: "Prosentase kekerasan terhadap anak", unit: "persen",
            polarity: .lowerIsBetter, capaianFormula: .variantA),
    ].map(IndicatorDefinition.init)
    private static let sasaran: [IkuTableImport.Sasaran] = [
        ("s1", "Meningkatnya kesejahteraan PPKS"), ("s3", "Menurunnya kekerasan terhadap perempuan dan anak"),
    ]

    private func map(_ csv: String) -> PerjanjianKinerjaTableImport.Mapping {
        PerjanjianKinerjaTableImport(source: "pk.csv", year: 2025)
            .map(Array(csv.utf8), inForce: Self.inForce, sasaran: Self.sasaran)
    }

    @Test func readsSasaranIndicatorsAndProgramsAsTheAnnexPrintsThem() throws {
        let csv = [
            "No;Sasaran Strategis;Indikator Kinerja;Target 2025;Satuan;Program;Anggaran (Rp)",
            "1;MENINGKATNYA KESEJAHTERAAN PPKS;PPKS;57,50;%;Program Rehabilitasi Sosial;Rp1.250.000.000",
            ";;indeks pemberdayaan gender (idg);56,00;poin;Program Perlindungan Sosial;750.000.000",
            "2;s3;kekerasan-anak;0,015;%;;",
            ";;;;;Jumlah;2.000.000.000",
        ].joined(separator: "\n")
        let mapping = map(csv)
        #expect(mapping.problems == [])
        #expect(
            mapping.sasaran == [
                .init(
                    code: "s1", text: "MENINGKATNYA KESEJAHTERAAN PPKS",
                    indicators: [
                        .init(indicator: "ppks", target: try DecimalNumber(parsing: "57.50"), unit: "%"),
                        .init(indicator: "idg", target: try DecimalNumber(parsing: "56.00"), unit: "poin"),
                    ]),
                .init(
                    code: "s3", text: "Menurunnya kekerasan terhadap perempuan dan anak",
                    indicators: [
                        .init(indicator: "kekerasan-anak", target: try DecimalNumber(parsing: "0.015"), unit: "%")
                    ]),
            ])
        #expect(
            mapping.programs == [
                .init(name: "Program Rehabilitasi Sosial", anggaran: DecimalNumber(1_250_000_000)),
                .init(name: "Program Perlindungan Sosial", anggaran: DecimalNumber(750_000_000)),
            ])
        #expect(mapping.totalAnggaran == DecimalNumber(2_000_000_000))
    }

    @Test func keepsASasaranTheRenstraDoesNotNameWithoutACode() {
        let mapping = map("sasaran,indikator,target\nSasaran baru,ppks,50\n")
        #expect(mapping.problems == [])
        #expect(mapping.sasaran.map(\.code) == [nil])
        #expect(mapping.sasaran.map(\.text) == ["Sasaran baru"])
    }

    @Test func refusesBadRowsNamingRowAndTheColumnAsWritten() {
        let csv = [
            "Sasaran;Indikator;Target;Program;Pagu",
            ";ppks;50;;",
            "s1;ppk;50;;",
            "s1;idg;50%;;",
            "s3;kekerasan-anak;lima;;",
            "s1;ppks;50;Program A;10%",
            "s1;;;Program B;",
        ].joined(separator: "\n")
        let error = ImportError(source: "pk.csv", problems: map(csv).problems)
        #expect(
            error.description == """
                pk.csv:2: column Sasaran: the cell is empty, and no row above names a sasaran
                pk.csv:3: column Indikator: "ppk" is neither the code nor the name of an indicator of the IKU in force (did you mean ppks?); its codes are ppks, idg, kekerasan-anak
                pk.csv:4: column Target: "50%": idg is measured in poin, not percent
                pk.csv:5: column Target: "lima" contains letters; a number has digits, a dot or comma, and Rp or %
                pk.csv:6: column Indikator: ppks is already on row 2
                pk.csv:6: column Pagu: "10%" is a percentage, not rupiah
                pk.csv:7: column Pagu: the cell is empty
                7 problems; nothing was written
                """)
    }

    @Test func refusesAHeaderWithoutTheColumnsAnIndicatorNeeds() {
        #expect(
            map("Indikator;Satuan\nppks;%\n").problems == [
                .init(row: 1, column: "Target", reason: "missing from the header, beside Indikator"),
                .init(row: 1, column: "Sasaran", reason: "missing from the header"),
            ])
    }
}
