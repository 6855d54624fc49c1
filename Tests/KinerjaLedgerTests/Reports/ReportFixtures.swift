@testable import KinerjaCLI
@testable import KinerjaEvents
@testable import KinerjaInterchange
@testable import KinerjaProjections
@testable import KinerjaReports
@testable import KinerjaStore

/// Hand-made report documents for the renderer tests, independent of the report builders.
enum ReportFixtures {
    /// A number from its plain form; a typo in a fixture shows as zero and fails the test that uses it.
    static func number(_ plain: String) -> DecimalNumber { DecimalNumber(plain: plain) ?? .zero }

    /// A figure cell with its events and an optional remark.
    static func figure(_ plain: String, _ sources: [String], remark: String? = nil) -> ReportTable.Cell {
        ReportTable.Cell(.number(number(plain)), sources: sources, remark: remark)
    }

    /// The capaian table, after Tabel 14 of the Luwu Timur LKj 2024 (capaian by polarity and formula).
    static let capaianTable = ReportTable(
        name: "capaian-kinerja", caption: "Tabel 3.1 Capaian Kinerja Tahun 2024",
        columns: [
            .init("Sasaran"), .init("Indikator"), .init("Target", .number), .init("Realisasi", .number),
            .init("Capaian", .percent), .init("Peringkat"),
        ],
        rows: [
            [
                .text("Meningkatnya kesejahteraan PPKS"),
                .text("Prosentase PPKS yang ditangani dan diberi bantuan sosial"),
                figure("56.70", ["e-pk-2024"]), figure("118.27", ["e-r-ppks-2024"]),
                figure("208.59", ["e-pk-2024", "e-r-ppks-2024"]), .text("ST Sangat Tinggi"),
            ],
            [
                .text("Meningkatnya pemberdayaan perempuan"), .text("Indeks Pemberdayaan Gender (IDG)"),
                figure("55.50", ["e-pk-2024"]), figure("53.38", ["e-r-idg-2024"]),
                figure("96.18", ["e-pk-2024", "e-r-idg-2024"]), .text("ST Sangat Tinggi"),
            ],
            [
                .text("Menurunnya kekerasan terhadap perempuan dan anak"), .text("Prosentase kekerasan terhadap anak"),
                figure("0.016", ["e-pk-2024"]), figure("0.020", ["e-r-anak-2024"]),
                figure("75.00", ["e-pk-2024", "e-r-anak-2024"], remark: "dokumen mencetak 125,00 (R/T×100)"),
                .text("S Sedang"),
            ],
            [
                .text("Terpeliharanya ketahanan bencana"), .text("Prosentase korban bencana | sosial yang ditangani"),
                figure("100", ["e-pk-2024"]), .empty, ReportTable.Cell(.empty, remark: "realisasi belum dicatat"),
                .text("-"),
            ],
        ],
        notes: ["Capaian dihitung menurut polaritas dan rumus indikator."])

    /// A budget table with rupiah and percent columns.
    static let anggaranTable = ReportTable(
        name: "realisasi-anggaran", caption: "Tabel 3.3 Realisasi Anggaran Tahun 2024",
        columns: [.init("Program"), .init("Anggaran", .rupiah), .init("Realisasi", .rupiah), .init("%", .percent)],
        rows: [
            [
                .text("Program Penunjang Urusan Pemerintahan Daerah; Kabupaten/Kota"),
                figure("13821027400", ["e-dpa-1"]), figure("12902110211", ["e-lra-1"]), figure("93.35", ["e-lra-1"]),
            ],
            [
                .text("=HYPERLINK(\"contoh\")"), figure("-1500", ["e-dpa-2"]), figure("0", []),
                figure("0.00", []),
            ],
        ])

    /// Capaian per indicator, with a value far above 100 %, one between, one negative and a zero.
    static let barChart = ReportChart.bars(
        caption: "Grafik 3.1 Capaian per Indikator Tahun 2024",
        items: [
            .init(label: "Prosentase PPKS yang ditangani dan diberi bantuan sosial", value: number("208.59")),
            .init(label: "Indeks Pemberdayaan Gender (IDG)", value: number("96.18")),
            .init(label: "Prosentase kekerasan terhadap perempuan", value: number("130.00")),
            .init(label: "Prosentase kekerasan terhadap anak (varian A di bawah nol)", value: number("-20.00")),
            .init(label: "Persentase capaian kinerja program", value: number("0")),
        ],
        reference: number("100"))

    /// Target and realisasi over the Renstra years, realisasi missing for the years still to come.
    static let lineChart = ReportChart.lines(
        caption: "Grafik 3.2 Prosentase PPKS: Target Renstra dan Realisasi 2022–2026",
        categories: ["2022", "2023", "2024", "2025", "2026"],
        series: [
            .init(name: "Target Renstra", values: ["43.28", "43.43", "43.65", "43.79", "43.79"].map(number)),
            .init(name: "Realisasi", values: [number("69.26"), number("56.60"), number("118.27"), nil, nil]),
        ])

    /// A whole LKj-like document using every kind of block.
    static let document = ReportDocument(
        kind: "lkj", title: "Laporan Kinerja Tahun 2024",
        subtitle: ["Dinas Sosial P3A Kabupaten Luwu Timur", "Tahun anggaran 2024"],
        provenance: [
            .init("Buku besar", "luwu-timur-dinsos-p3a:182:3f9a0c1d"),
            .init("Skala peringkat", "permendagri-54-2010 v1"),
        ],
        sections: [
            .init(
                "Bab III Akuntabilitas Kinerja",
                [
                    .paragraph("Capaian kinerja dihitung dari peristiwa yang tercatat di buku besar."),
                    .table(capaianTable), .chart(barChart), .chart(lineChart),
                ]),
            .init("Realisasi Anggaran", [.table(anggaranTable)]),
            .init(
                "Temuan",
                [
                    .findings([
                        .init(
                            kind: "printed-capaian-differs",
                            message: Localized(
                                verbatim:
                                    "Capaian tercetak 125,00 untuk indikator yang makin rendah makin baik; aturan memberi 75,00"
                            ),
                            events: ["e-r-anak-2024", "e-lkj-2024"])
                    ])
                ]),
            .init(
                "Penandatanganan",
                [
                    .signatures([
                        .init(party: "Pihak Kedua", position: "Bupati Luwu Timur", name: "Nama Bupati Contoh"),
                        .init(
                            party: "Pihak Pertama", position: "Kepala Dinas Sosial P3A",
                            name: "Nama Kepala Dinas Contoh",
                            nip: "19700101 199503 1 001"),
                    ])
                ]),
        ])

    /// Text that would be markup in HTML, Markdown or a spreadsheet, placed in every field a document has.
    static let hostile = "<script>alert(\"x\")</script> & 'q' | *b* [l](u) =1+1"

    /// A document carrying ``hostile`` in every text field.
    static let hostileDocument = ReportDocument(
        kind: hostile, title: hostile, subtitle: [hostile], provenance: [.init(hostile, hostile)],
        sections: [
            .init(
                hostile,
                [
                    .paragraph(hostile), .facts([.init(hostile, hostile)]),
                    .table(
                        ReportTable(
                            name: hostile, caption: hostile, columns: [.init(hostile), .init(hostile, .number)],
                            rows: [[.text(hostile), figure("1.5", [hostile], remark: hostile)]], notes: [hostile])),
                    .chart(
                        .bars(
                            caption: hostile, items: [.init(label: hostile, value: number("50"))],
                            reference: number("100"))),
                    .chart(
                        .lines(
                            caption: hostile, categories: [hostile],
                            series: [.init(name: hostile, values: [number("1")])])),
                    .findings([.init(kind: hostile, message: Localized(verbatim: hostile), events: [hostile])]),
                    .signatures([.init(party: hostile, position: hostile, name: hostile, nip: hostile)]),
                ])
        ])
}

extension ReportFixtures {
    /// A document whose table runs over several A4 pages (68 budget lines, as the default ledger holds for
    /// 2024), to check that rows stay whole and the heading row repeats on every printed page.
    static let longDocument = ReportDocument(
        kind: "lkj", title: "Realisasi Anggaran per Sub Kegiatan Tahun 2024", subtitle: ["Contoh panjang"],
        provenance: [],
        sections: [
            .init(
                "Lampiran",
                [
                    .table(
                        ReportTable(
                            name: "sub-kegiatan", caption: "Tabel L.1 Realisasi Anggaran per Sub Kegiatan",
                            columns: [
                                .init("No", .number), .init("Sub Kegiatan"), .init("Anggaran", .rupiah),
                                .init("Realisasi", .rupiah), .init("%", .percent),
                            ],
                            rows: (1...68).map { index in
                                [
                                    ReportTable.Cell(.number(DecimalNumber(index))),
                                    .text(
                                        "Sub kegiatan nomor \(index) dengan uraian yang cukup panjang "
                                            + "sehingga memakai dua baris atau lebih pada kertas A4"),
                                    figure("\(index * 12_345_678)", ["e-dpa-\(index)"]),
                                    figure("\(index * 11_111_111)", ["e-lra-\(index)"]),
                                    figure("90.00", ["e-lra-\(index)"], remark: index % 10 == 0 ? "catatan" : nil),
                                ]
                            }))
                ])
        ])
}
