import Testing

@testable import KinerjaCLI
@testable import KinerjaEvents
@testable import KinerjaInterchange
@testable import KinerjaProjections
@testable import KinerjaReports
@testable import KinerjaStore

@Suite struct ReportMarkdownTests {
    private typealias F = ReportFixtures

    @Test func writesTitleProvenanceSectionsAndPipeTablesWithRightAlignedIndonesianNumbers() {
        let document = ReportDocument(
            kind: "lkj", title: "Laporan Kinerja Tahun 2024", subtitle: ["Dinas Sosial P3A", "Kabupaten Luwu Timur"],
            provenance: [.init("Buku besar", "luwu:182:ab12")],
            sections: [
                .init(
                    "3.1 Capaian Kinerja",
                    [
                        .paragraph("Capaian dihitung dari buku besar."),
                        .table(
                            ReportTable(
                                name: "capaian", caption: "Tabel 3.1",
                                columns: [
                                    .init("Indikator"), .init("Target", .number), .init("Capaian", .percent),
                                    .init("Anggaran", .rupiah),
                                ],
                                rows: [
                                    [
                                        .text("PPKS"), F.figure("56.70", ["e-1"]),
                                        F.figure("208.59", ["e-1", "e-2"]), F.figure("13821027400", ["e-3"]),
                                    ],
                                    [
                                        .text("Anak"), F.figure("0.016", []),
                                        F.figure("75.00", [], remark: "dokumen mencetak 125,00"),
                                        ReportTable.Cell(.empty, remark: "dokumen mencetak 125,00"),
                                    ],
                                    [
                                        .text("IDG"), .empty, ReportTable.Cell(.empty, remark: "belum ada realisasi"),
                                        .empty,
                                    ],
                                ],
                                notes: ["Sumber: LKj 2024."])),
                    ])
            ])
        #expect(
            document.markdown == """
                # Laporan Kinerja Tahun 2024

                Dinas Sosial P3A\\
                Kabupaten Luwu Timur

                - **Buku besar:** luwu:182:ab12

                ## 3.1 Capaian Kinerja

                Capaian dihitung dari buku besar.

                **Tabel 3.1**

                | Indikator | Target | Capaian | Anggaran |
                | --- | ---: | ---: | ---: |
                | PPKS | 56,70 | 208,59 % | Rp13.821.027.400 |
                | Anak | 0,016 | 75,00 % [1] | [1] |
                | IDG |  | [2] |  |

                - [1] dokumen mencetak 125,00
                - [2] belum ada realisasi

                Sumber: LKj 2024.

                """)
    }

    @Test func escapesPipesAndMarkupSoTextPrintsAsWritten() {
        let markdown = F.hostileDocument.markdown
        let escaped = #"\<script\>alert("x")\</script\> & 'q' \| \*b\* \[l\](u) =1+1"#
        #expect(markdown.contains("# " + escaped + "\n"))
        #expect(markdown.contains("| " + escaped + " | 1,5 [1] |"))
        #expect(markdown.contains("- [1] " + escaped))
        // Outside code spans (event ids, which print literally) nothing is left unescaped.
        let outsideCode = markdown.split(separator: "`", omittingEmptySubsequences: false).enumerated()
            .filter { $0.offset.isMultiple(of: 2) }.map(\.element).joined()
        #expect(!outsideCode.contains("<script>"))
        #expect(!outsideCode.contains(" | *b*"))
        #expect(markdown.contains("(peristiwa: `<script>alert(\"x\")</script> & 'q' | *b* [l](u) =1+1`)"))
    }

    @Test(arguments: [
        ("# Judul", "\\# Judul"), ("- satu", "\\- satu"), ("+ dua", "\\+ dua"), ("1. tiga", "1\\. tiga"),
        ("12) empat", "12\\) empat"), ("---", "\\---"), ("    kode", "kode"),
        ("-0,003 persen", "-0,003 persen"), ("1.234 orang", "1.234 orang"), ("2024 adalah", "2024 adalah"),
    ])
    func escapesAParagraphLineThatWouldOpenABlock(line: String, expected: String) {
        #expect(MarkdownText.paragraph(line) == expected)
    }

    /// Text with nothing to escape is returned as it is, found so from its bytes: the same as escaping it
    /// character by character, for random text of plain letters, every character escaped, every line break
    /// (including those outside ASCII and `\r\n`), marks that combine with the character before, and other
    /// characters whose bytes start as a line break's do.
    @Test func inlineTextIsTheSameWhetherItsBytesShowNothingToEscapeOrNot() {
        let pieces: [String] = [
            "a", "Z", "7", " ", ",", ".", "%", "-", "#", "\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "\n",
            "\r", "\r\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}", "\u{301}", "é", "ñ", "\u{A0}",
            "\u{2013}", "\u{2026}", "€", "😀",
        ]
        var random = SplitMix(seed: 7)
        for _ in 0..<3_000 {
            let text = (0..<random.next(12)).map { _ in pieces[random.next(pieces.count)] }.joined()
            #expect(MarkdownText.inline(text) == MarkdownText.escaped(text), "\(Array(text.unicodeScalars))")
        }
        #expect(MarkdownText.inline("Capaian 56,70 persen (R/T×100)") == "Capaian 56,70 persen (R/T×100)")
        #expect(MarkdownText.inline("a|b\u{2028}c") == "a\\|b c")
    }

    /// A small seeded generator, so that a failure repeats.
    private struct SplitMix {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
    }

    @Test func replacesLineBreaksInTableCellsSoTheRowStaysOneLine() {
        let table = ReportTable(name: "t", caption: "T", columns: [.init("A")], rows: [[.text("satu\ndua")]])
        #expect(table.markdown.contains("| satu dua |"))
    }

    @Test func printsChartsAsTheirDataTables() {
        let markdown = ReportDocument(
            kind: "lkj", title: "T", subtitle: [], provenance: [],
            sections: [.init("Grafik", [.chart(F.barChart), .chart(F.lineChart)])]
        ).markdown
        #expect(
            markdown.contains(
                """
                | Uraian | Nilai |
                | --- | ---: |
                | Prosentase PPKS yang ditangani dan diberi bantuan sosial | 208,59 % |
                """))
        #expect(markdown.contains("| Prosentase kekerasan terhadap anak (varian A di bawah nol) | -20,00 % |"))
        #expect(markdown.contains("| Persentase capaian kinerja program | 0 % |"))
        #expect(markdown.contains("Garis acuan: 100 %"))
        #expect(
            markdown.contains(
                """
                | Uraian | 2022 | 2023 | 2024 | 2025 | 2026 |
                | --- | ---: | ---: | ---: | ---: | ---: |
                | Target Renstra | 43,28 | 43,43 | 43,65 | 43,79 | 43,79 |
                | Realisasi | 69,26 | 56,60 | 118,27 |  |  |
                """))
    }

    @Test func listsFindingsWithTheirEventsAndSignaturesAsLabelledLines() {
        let markdown = F.document.markdown
        #expect(
            markdown.contains(
                "- **printed-capaian-differs**: Capaian tercetak 125,00 untuk indikator yang makin rendah makin baik; "
                    + "aturan memberi 75,00 (peristiwa: `e-r-anak-2024`, `e-lkj-2024`)"))
        #expect(
            markdown.hasSuffix(
                """
                **Pihak Kedua**\\
                Bupati Luwu Timur\\
                Nama: Nama Bupati Contoh

                **Pihak Pertama**\\
                Kepala Dinas Sosial P3A\\
                Nama: Nama Kepala Dinas Contoh\\
                NIP: 19700101 199503 1 001

                """))
    }

    @Test func fencesAnEventIdHoldingBackticksSoTheCodeSpanHolds() {
        #expect(MarkdownText.code("e-1") == "`e-1`")
        #expect(MarkdownText.code("a`b") == "``a`b``")
        #expect(MarkdownText.code("`a") == "`` `a ``")
    }
}
