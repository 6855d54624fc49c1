import Testing

@testable import KinerjaCLI
@testable import KinerjaEvents
@testable import KinerjaInterchange
@testable import KinerjaProjections
@testable import KinerjaReports
@testable import KinerjaStore

/// One hand-written event of a catalogue type: its stored data, as JSON text, and the payload it decodes to.
struct EventSample: Sendable, CustomTestStringConvertible {
    let type: String
    let data: String
    /// The payload; nil when a value written in the table does not parse (which fails the tests using it).
    let event: DomainEvent?

    var testDescription: String { type }

    /// The data as an object (an empty one if the text is not a JSON object, which fails the tests using it).
    var object: JSONObject {
        (try? JSONParser.parse(data).objectValue ?? [:]) ?? [:]
    }
}

/// A sample of every type of the catalogue, with every member the type has (optional ones too).
enum EventSamples {
    static func decimal(_ text: String) -> DecimalNumber { DecimalNumber(plain: text) ?? .zero }
    static func date(_ text: String) -> CalendarDate { CalendarDate(parsing: text) ?? CalendarDate(daysSinceEpoch: 0) }

    static let basisJSON = #"{"document":"LKjIP 2024","locator":"Tabel 3.1","note":"angka dibulatkan"}"#
    static let basis = Basis(document: "LKjIP 2024", locator: "Tabel 3.1", note: "angka dibulatkan")
    static let officialJSON =
        #"{"name":"Andi","jabatan":"Kepala Dinas","nip":"19700101 199003 1 001","pangkat":"Pembina"}"#
    static let official = Official(
        name: "Andi", jabatan: "Kepala Dinas", nip: "19700101 199003 1 001", pangkat: "Pembina")
    static let citesJSON = #"[{"title":"UU 23/2014","number":"23","date":"2014-10-02"},{"title":"PP 8/2006"}]"#
    static let cites = [
        Citation(title: "UU 23/2014", number: "23", date: date("2014-10-02")), Citation(title: "PP 8/2006"),
    ]
    static let decreeJSON =
        #"{"number":"72 Tahun 2021","title":"IKU","place":"Malili","date":"2021-09-14","signatory":"#
        + officialJSON + #","cites":"# + citesJSON + "}"
    static let decree = Decree(
        number: "72 Tahun 2021", title: "IKU", place: "Malili", date: date("2021-09-14"), signatory: official,
        cites: cites)
    static let indicatorJSON = #"""
        {"code":"ppks","name":"Persentase PPKS tertangani","sasaran":"s1","formula":"PPKS tertangani / PPKS × 100",
        "numerator":"PPKS tertangani","denominator":"PPKS","unit":"persen","dataSource":"SIKS-NG",
        "penanggungJawab":["Bidang Rehsos","Sekretariat"],"alasan":"mandat SPM","polarity":"lower-is-better",
        "capaianFormula":"variant-a","aggregation":"average","decimals":2}
        """#
    static let indicator = Indicator(
        code: "ppks", name: "Persentase PPKS tertangani", sasaran: "s1", formula: "PPKS tertangani / PPKS × 100",
        numerator: "PPKS tertangani", denominator: "PPKS", unit: "persen", dataSource: "SIKS-NG",
        penanggungJawab: ["Bidang Rehsos", "Sekretariat"], alasan: "mandat SPM", polarity: .lowerIsBetter,
        capaianFormula: .variantA, aggregation: .average, decimals: 2)
    static let smallIndicatorJSON =
        #"{"code":"idg","name":"Indeks Pemberdayaan Gender","unit":"indeks","polarity":"higher-is-better","capaianFormula":"ratio"}"#
    static let smallIndicator = Indicator(
        code: "idg", name: "Indeks Pemberdayaan Gender", unit: "indeks", polarity: .higherIsBetter,
        capaianFormula: .ratio)
    static let pkContentJSON = #"""
        "year":2024,"place":"Malili","pihakPertama":{"name":"Andi"},"pihakKedua":{"name":"Budiman","jabatan":"Bupati"},
        "sasaran":[{"code":"s1","text":"Meningkatnya pelayanan sosial","indicators":[
        {"indicator":"ppks","target":"56.70","unit":"persen"},{"indicator":"idg","target":"70"}]},
        {"text":"Tanpa kode","indicators":[]}],
        "programs":[{"code":"1.06.02","name":"Program Rehabilitasi Sosial","anggaran":"13821027400"},
        {"name":"Program Penunjang","anggaran":"1500000.50"}],"totalAnggaran":"15321027400.50"
        """#
    static let pkContent = PerjanjianKinerjaContent(
        year: 2024, place: "Malili", pihakPertama: Official(name: "Andi"),
        pihakKedua: Official(name: "Budiman", jabatan: "Bupati"),
        sasaran: [
            .init(
                code: "s1", text: "Meningkatnya pelayanan sosial",
                indicators: [
                    .init(indicator: "ppks", target: decimal("56.70"), unit: "persen"),
                    .init(indicator: "idg", target: decimal("70")),
                ]),
            .init(text: "Tanpa kode", indicators: []),
        ],
        programs: [
            .init(code: "1.06.02", name: "Program Rehabilitasi Sosial", anggaran: decimal("13821027400")),
            .init(name: "Program Penunjang", anggaran: decimal("1500000.50")),
        ],
        totalAnggaran: decimal("15321027400.50"))

    static let all: [EventSample] = [
        EventSample(
            type: "NoteRecorded", data: #"{"text":"Tabel 2 tidak terbaca","subject":"ppks"}"#,
            event: .noteRecorded(NoteRecorded(text: "Tabel 2 tidak terbaca", subject: "ppks"))),
        EventSample(
            type: "ActorRegistered",
            data:
                #"{"actor":"rina","name":"Rina","jabatan":"Sekretaris","roles":["recorder","approver"],"organisations":["luwu-timur"]}"#,
            event: .actorRegistered(
                ActorRegistered(
                    actor: "rina", name: "Rina", jabatan: "Sekretaris", roles: [.recorder, .approver],
                    organisations: ["luwu-timur"]))),
        EventSample(
            type: "OrganisationRegistered",
            data:
                #"{"name":"Dinas Sosial","region":"Kabupaten Luwu Timur","province":"Sulawesi Selatan","parentGovernment":"Pemerintah Kabupaten Luwu Timur","ratingScale":"permendagri-54-2010","basis":"#
                + basisJSON + "}",
            event: .organisationRegistered(
                OrganisationRegistered(
                    name: "Dinas Sosial", region: "Kabupaten Luwu Timur", province: "Sulawesi Selatan",
                    parentGovernment: "Pemerintah Kabupaten Luwu Timur", ratingScale: "permendagri-54-2010",
                    basis: basis))),
        EventSample(
            type: "SigningPolicySet",
            data: #"{"from":"2027-01-01","reason":"Surat Edaran 1/2026","basis":"# + basisJSON + "}",
            event: .signingPolicySet(
                SigningPolicySet(
                    from: CalendarDate(year: 2027, month: 1, day: 1) ?? CalendarDate(daysSinceEpoch: 0),
                    reason: "Surat Edaran 1/2026", basis: basis))),
        EventSample(
            type: "OrganisationTimeZoneSet",
            data: #"{"zone":"WITA","reason":"Provinsi Nusa Tenggara Barat","basis":"# + basisJSON + "}",
            event: .organisationTimeZoneSet(
                OrganisationTimeZoneSet(zone: .wita, reason: "Provinsi Nusa Tenggara Barat", basis: basis))),
        EventSample(
            type: "RenstraAdopted",
            data: #"{"period":{"from":2021,"to":2026},"tujuan":[{"code":"t1","text":"Kesejahteraan","indicators":["#
                + indicatorJSON
                + #"]},{"code":"t2","text":"Kesetaraan"}],"sasaran":[{"code":"s1","tujuan":"t1","text":"Pelayanan"},{"code":"s2","text":"Gender"}],"decree":"#
                + decreeJSON + #","dateNote":"tanggal tidak tercetak","basis":"# + basisJSON + "}",
            event: .renstraAdopted(
                RenstraAdopted(
                    period: YearSpan(firstYear: 2021, lastYear: 2026),
                    tujuan: [
                        .init(code: "t1", text: "Kesejahteraan", indicators: [indicator]),
                        .init(code: "t2", text: "Kesetaraan"),
                    ],
                    sasaran: [.init(code: "s1", tujuan: "t1", text: "Pelayanan"), .init(code: "s2", text: "Gender")],
                    decree: decree, dateNote: "tanggal tidak tercetak", basis: basis))),
        EventSample(
            type: "IkuDecisionProposed",
            data: #"{"kind":"reviu","title":"Reviu IKU","period":{"from":2021,"to":2026},"decree":"# + decreeJSON
                + #","added":["# + indicatorJSON + "," + smallIndicatorJSON
                + #"],"amended":[{"code":"q","changes":{"name":"Nama baru","polarity":"higher-is-better","aggregation":"last","decimals":0,"penanggungJawab":["Bidang A"]}}],"retired":[{"code":"old","reason":"diganti"},{"code":"older"}],"inForceFromYear":2022,"reason":"reviu tahunan","dateNote":"tanpa tanggal","basis":"#
                + basisJSON + "}",
            event: .ikuDecisionProposed(
                IkuDecisionProposed(
                    kind: .reviu, title: "Reviu IKU", period: YearSpan(firstYear: 2021, lastYear: 2026),
                    decree: decree, added: [indicator, smallIndicator],
                    amended: [
                        .init(
                            code: "q",
                            changes: IndicatorChanges(
                                name: "Nama baru", penanggungJawab: ["Bidang A"], polarity: .higherIsBetter,
                                aggregation: .last, decimals: 0))
                    ],
                    retired: [.init(code: "old", reason: "diganti"), .init(code: "older")], inForceFromYear: 2022,
                    reason: "reviu tahunan", dateNote: "tanpa tanggal", basis: basis))),
        EventSample(
            type: "RenstraTargetsProposed",
            data:
                #"{"indicator":"ppks","baseline":{"year":2020,"value":"48.10"},"targets":[{"year":2021,"value":"50.00"},{"year":2022,"value":"-0.003"}],"endOfPeriod":"60","reason":"Renstra","dateNote":"tanpa tanggal","basis":"#
                + basisJSON + "}",
            event: .renstraTargetsProposed(
                RenstraTargetsProposed(
                    indicator: "ppks", baseline: YearValue(year: 2020, value: decimal("48.10")),
                    targets: [
                        YearValue(year: 2021, value: decimal("50.00")), YearValue(year: 2022, value: decimal("-0.003")),
                    ], endOfPeriod: decimal("60"), reason: "Renstra", dateNote: "tanpa tanggal", basis: basis))),
        EventSample(
            type: "TargetChangeProposed",
            data: #"{"indicator":"ppks","year":2025,"value":"57.25","reason":"refocusing","basis":"# + basisJSON + "}",
            event: .targetChangeProposed(
                TargetChangeProposed(
                    indicator: "ppks", year: 2025, value: decimal("57.25"), reason: "refocusing", basis: basis))),
        EventSample(
            type: "PerjanjianKinerjaSigned",
            data: "{" + pkContentJSON + #","dateNote":"tanpa tanggal","basis":"# + basisJSON + "}",
            event: .perjanjianKinerjaSigned(
                PerjanjianKinerjaSigned(content: pkContent, dateNote: "tanpa tanggal", basis: basis))),
        EventSample(
            type: "PerjanjianKinerjaAmendmentProposed",
            data: "{" + pkContentJSON
                + #","reason":"pergantian-pejabat","explanation":"Kepala Dinas baru","basis":"# + basisJSON + "}",
            event: .perjanjianKinerjaAmendmentProposed(
                PerjanjianKinerjaAmendmentProposed(
                    content: pkContent, reason: .pergantianPejabat, explanation: "Kepala Dinas baru", basis: basis))),
        EventSample(
            type: "RealisasiRecorded",
            data:
                #"{"indicator":"ppks","period":"2024-M07","value":"56.70","numerator":"567","denominator":"1000","printedCapaian":"100.00","source":"SIKS-NG","basis":"#
                + basisJSON + "}",
            event: Period(parsing: "2024-M07").map { period in
                .realisasiRecorded(
                    RealisasiRecorded(
                        indicator: "ppks", period: period, value: decimal("56.70"), numerator: decimal("567"),
                        denominator: decimal("1000"), printedCapaian: decimal("100.00"), source: "SIKS-NG",
                        basis: basis))
            }),
        EventSample(
            type: "RealisasiCorrected",
            data:
                #"{"corrects":"r-2024-q3","value":"0.5","numerator":"1","denominator":"2","reason":"salah ketik","basis":"#
                + basisJSON + "}",
            event: .realisasiCorrected(
                RealisasiCorrected(
                    corrects: "r-2024-q3", value: decimal("0.5"), numerator: decimal("1"), denominator: decimal("2"),
                    reason: "salah ketik", basis: basis))),
        EventSample(
            type: "BudgetLineRecorded",
            data:
                #"{"year":2025,"level":"sub-kegiatan","code":"1.06.02.2.01.0001","parent":"1.06.02.2.01","name":"Penyediaan Permakanan","indicator":"Jumlah PPKS","target":"120 orang","pagu":"250000000","realisasi":"249999999.99","basis":"#
                + basisJSON + "}",
            event: .budgetLineRecorded(
                BudgetLineRecorded(
                    year: 2025, level: .subKegiatan, code: "1.06.02.2.01.0001", parent: "1.06.02.2.01",
                    name: "Penyediaan Permakanan", indicator: "Jumlah PPKS", target: "120 orang",
                    pagu: decimal("250000000"), realisasi: decimal("249999999.99"), basis: basis))),
        EventSample(
            type: "DocumentRecorded",
            data:
                #"{"kind":"reviu-lkj","year":2024,"title":"Laporan Hasil Reviu LKjIP","number":"700/12/ITDA","date":"2025-02-20","signatory":"#
                + officialJSON + #","cites":"# + citesJSON + #","dateNote":"tanggal dari surat pengantar","basis":"#
                + basisJSON + "}",
            event: .documentRecorded(
                DocumentRecorded(
                    kind: .reviuLkj, year: 2024, title: "Laporan Hasil Reviu LKjIP", number: "700/12/ITDA",
                    date: date("2025-02-20"), signatory: official, cites: cites,
                    dateNote: "tanggal dari surat pengantar", basis: basis))),
        EventSample(
            type: "ProposalApproved", data: #"{"proposal":"r-2024-q3","note":"sesuai"}"#,
            event: .proposalApproved(ProposalApproved(proposal: "r-2024-q3", note: "sesuai"))),
        EventSample(
            type: "ProposalRejected", data: #"{"proposal":"r-2024-q3","reason":"tanpa dasar"}"#,
            event: .proposalRejected(ProposalRejected(proposal: "r-2024-q3", reason: "tanpa dasar"))),
    ]
}
