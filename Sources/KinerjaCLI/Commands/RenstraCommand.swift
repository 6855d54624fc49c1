import KinerjaEvents
import KinerjaInterchange
import KinerjaProjections
import KinerjaReports
import KinerjaStore

/// `kinerja renstra`: adopt a Renstra from a table (CSV) or its data (JSON); propose an indicator's targets.
struct RenstraCommand: Command {
    /// The example commands both languages' help show.
    private static let examples = """
          kinerja --ledger baru renstra adopt Tools/examples/renstra.csv --org dinsos-contoh \\
            --period 2025-2029 --decree "Perbup Contoh Nomor 12 Tahun 2025" --decree-date 2025-06-30 \\
            --document "Renstra Dinas Sosial 2025-2029" --locator "Tabel 5.1" --as rina
          kinerja --ledger baru renstra targets --org dinsos-contoh --indicator ppks --target 2025=57 \\
            --target 2026=58,5 --end 60 --reason "Renstra 2025-2029" --effective 2025-06-30 \\
            --document "Renstra Dinas Sosial 2025-2029" --locator "Tabel 6.1" --as rina
        """

    static let info = CommandInfo(
        name: "renstra",
        summary: Localized(
            id: "tetapkan Renstra dari tabel (CSV) atau JSON; usulkan target sebuah indikator",
            en: "adopt a Renstra from a table (CSV) or JSON; propose an indicator's targets"),
        spec: ArgumentSpec(
            valued: [
                "org", "as", "id", "period", "decree", "decree-title", "decree-date", "decree-place", "effective",
                "date-note", "indicator", "target", "baseline", "end", "reason",
            ] + CommandInfo.basisOptions,
            repeatable: ["target"], operands: ["adopt or targets", "FILE"], minimumOperands: 1),
        help: Localized(
            id: """
                penggunaan: kinerja renstra adopt BERKAS.csv --org ORG --period 2021-2026 --document DOK
                                                 [--decree NOMOR --decree-date TANGGAL ...] [--effective TANGGAL | --date-note ALASAN]
                            kinerja renstra adopt BERKAS.json --org ORG [--effective TANGGAL]
                            kinerja renstra targets --org ORG --indicator KODE --target TAHUN=N [--target TAHUN=N...]
                                                    [--baseline TAHUN=N] [--end N] --reason ALASAN --document DOK
                                                    (--effective TANGGAL | --date-note ALASAN)

                'adopt' mencatat Renstra (RenstraAdopted): periodenya, tujuan, sasaran dan indikatornya. Indikator-
                indikatornya menjadi dikenal, dan realisasi dapat dicatat untuknya pada tahun-tahun Renstra. BERKAS
                adalah objek JSON yang memuat data peristiwa (lihat 'kinerja types'), atau tabel yang disimpan sebagai
                CSV (koma atau titik koma, sebagaimana ditulis Excel), satu baris per indikator, disusun sebagaimana
                Renstra mencetaknya. Sel Tujuan atau Sasaran yang kosong melanjutkan yang di atasnya (sebagaimana sel
                gabungan diekspor). Tujuan baru dimulai tanpa sasaran: indikator pada baris-barisnya sebelum sasaran
                pertamanya adalah indikator tujuan; indikator di bawah sebuah sasaran mengukur sasaran itu. Kode yang
                tidak diberikan dinomori t1, t2... dan s1, s2.... Setiap masalah dalam berkas dicantumkan per baris
                dan kolom; tidak ada yang ditulis.

                kolom (* wajib; nama kepala tabel dengan huruf besar-kecil bebas):
                \(CommandInfo.helpList(RenstraTable.columns))

                Misalnya (titik koma, sebagaimana disimpan Excel berpengaturan Indonesia):
                  Tujuan;Sasaran;Kode;Indikator;Satuan;Polaritas
                  Meningkatnya kesejahteraan sosial;;;;;
                  ;Meningkatnya PPKS yang tertangani;ppks;Persentase PPKS yang ditangani;persen;higher-is-better
                  ;Menurunnya kekerasan;kekerasan;Persentase kekerasan terhadap perempuan;persen;lower-is-better

                'targets' mengusulkan target Renstra sebuah indikator (RenstraTargetsProposed): satu per tahun dan,
                dengan --end, target pada akhir periode. Usulan berlaku setelah aktor lain menyetujuinya.

                opsi:
                  --org ORG                 stream organisasi
                  --period DARI-SAMPAI      tahun-tahun Renstra, mis. 2021-2026 (CSV)
                  --decree NOMOR            keputusan (Peraturan, Keputusan) yang menetapkannya, sebagaimana tercetak (CSV)
                  --decree-title TEKS       perihalnya (tentang ...)
                  --decree-date TANGGAL     tanggalnya (YYYY-MM-DD); juga tanggal mulai berlaku
                  --decree-place TEMPAT     tempat ditetapkan
                  --effective TANGGAL       tanggal mulai berlaku (YYYY-MM-DD)
                  --date-note ALASAN        tanpa tanggal: apa yang dikatakan, atau tidak dikatakan, sumbernya
                  --indicator KODE          targets: indikatornya
                  --target TAHUN=N          targets: target satu tahun (2024=56,70); ulangi untuk setiap tahun
                  --baseline TAHUN=N        targets: kondisi awal
                  --end N                   targets: target pada akhir periode Renstra
                  --reason ALASAN           targets: alasannya (Renstra, reviu)
                \(CommandInfo.basisHelp.id)

                contoh:
                \(examples)

                """,
            en: """
                usage: kinerja renstra adopt FILE.csv --org ORG --period 2021-2026 --document DOC
                                            [--decree NUMBER --decree-date DATE ...] [--effective DATE | --date-note WHY]
                       kinerja renstra adopt FILE.json --org ORG [--effective DATE]
                       kinerja renstra targets --org ORG --indicator CODE --target YEAR=N [--target YEAR=N...]
                                               [--baseline YEAR=N] [--end N] --reason WHY --document DOC
                                               (--effective DATE | --date-note WHY)

                'adopt' records the Renstra (RenstraAdopted): its period, tujuan, sasaran and indicators. The
                indicators become known, and a realisasi may be recorded for them in the Renstra's years. FILE
                is either a JSON object holding the event's data (see 'kinerja types'), or a table saved as CSV
                (comma or semicolon, as Excel writes it), one row per indicator, laid out as a Renstra prints
                it. A blank Tujuan or Sasaran cell continues the one above (as merged cells export). A new
                tujuan starts with no sasaran: an indicator on its rows before its first sasaran is a tujuan
                indicator; one below a sasaran measures that sasaran. Codes not given are numbered t1, t2...
                and s1, s2.... Every problem in the file is listed by row and column; nothing is written.

                columns (* required; header names in any case):
                \(CommandInfo.helpList(RenstraTable.columns))

                For example (semicolons, as Excel saves with Indonesian settings):
                  Tujuan;Sasaran;Kode;Indikator;Satuan;Polaritas
                  Meningkatnya kesejahteraan sosial;;;;;
                  ;Meningkatnya PPKS yang tertangani;ppks;Persentase PPKS yang ditangani;persen;higher-is-better
                  ;Menurunnya kekerasan;kekerasan;Persentase kekerasan terhadap perempuan;persen;lower-is-better

                'targets' proposes an indicator's Renstra targets (RenstraTargetsProposed): one per year and,
                with --end, the target at the end of the period. It counts once another actor approves it.

                options:
                  --org ORG                 the organisation's stream
                  --period FROM-TO          the Renstra's years, e.g. 2021-2026 (CSV)
                  --decree NUMBER           the decree (Peraturan, Keputusan) adopting it, as printed (CSV)
                  --decree-title TEXT       what it is about (tentang ...)
                  --decree-date DATE        its date (YYYY-MM-DD); also the date it takes effect
                  --decree-place PLACE      where it was issued
                  --effective DATE          the date it takes effect (YYYY-MM-DD)
                  --date-note WHY           with no date: what the source says, or does not say, about it
                  --indicator CODE          targets: the indicator
                  --target YEAR=N           targets: a year's target (2024=56,70); repeat it for each year
                  --baseline YEAR=N         targets: the baseline (kondisi awal)
                  --end N                   targets: the target at the end of the Renstra period
                  --reason WHY              targets: why (the Renstra, a reviu)
                \(CommandInfo.basisHelp.en)

                example:
                \(examples)

                """))

    static let records: [EventType] = [.renstraAdopted, .renstraTargetsProposed]

    /// The options each form takes.
    private static let forms: KeyValuePairs<String, Set<String>> = [
        "adopt": [
            "org", "as", "id", "period", "decree", "decree-title", "decree-date", "decree-place", "effective",
            "date-note", "document", "locator", "basis-note",
        ],
        "targets": [
            "org", "as", "id", "indicator", "target", "baseline", "end", "reason", "effective", "date-note",
            "document", "locator", "basis-note",
        ],
    ]

    static func run(
        _ runner: CommandRunner, _ arguments: Arguments, output: inout some TextOutputStream,
        errors: inout some TextOutputStream
    ) throws(CLIError) {
        let command = info.name
        let verb = try runner.verb(arguments, among: forms, command: command)
        let ledger = try runner.openLedger()
        let stream = try runner.organisationStream(arguments, command: command)
        let event: NewEvent
        if verb == "adopt" {
            guard arguments.operands.count == 2 else {
                throw .usage(
                    Localized(
                        id: "berikan berkas yang memuat Renstra: tabel (CSV) atau datanya (JSON)",
                        en: "give the file holding the Renstra: a table (CSV) or its data (JSON)"), command: command)
            }
            event = try adoption(runner, arguments, file: arguments.operands[1])
        } else {
            if arguments.operands.count > 1 {
                throw .usage(
                    Localized(
                        id: "argumen tak terduga '\(arguments.operands[1])'",
                        en: "unexpected argument '\(arguments.operands[1])'"), command: command)
            }
            event = try targets(runner, arguments, ledger: ledger, stream: stream)
        }
        try runner.record(
            [event], to: stream, ledger: ledger, arguments: arguments, command: command, output: &output,
            errors: &errors)
    }

    /// The RenstraAdopted of `file`: its JSON data as given, or its table with the options.
    private static func adoption(_ runner: CommandRunner, _ arguments: Arguments, file: String) throws(CLIError)
        -> NewEvent
    {
        let command = info.name
        let (bytes, source) = try runner.readInput(file)
        let effective = try arguments.value("effective").map { (text) throws(CLIError) in
            try runner.date(text, command: command)
        }
        if CommandRunner.holdsJSON(bytes, file: source) {
            for name in ["period", "decree", "decree-title", "decree-date", "decree-place", "date-note"]
                + CommandInfo.basisOptions where arguments.value(name) != nil
            {
                throw .usage(
                    Localized(
                        id: "--\(name) untuk tabel (CSV); \(source) adalah JSON, yang memuatnya sendiri",
                        en:
                            "--\(name) is for a table (CSV); \(source) is JSON, which holds it itself"),
                    command: command)
            }
            let data = try runner.jsonObject(bytes, source: source)
            return runner.event(.renstraAdopted, data: data, arguments: arguments, effective: effective)
        }
        let period = try yearSpan(try runner.required(arguments, "period", command))
        let basis = try runner.basis(arguments, command: command)
        var decree: Decree?
        if let number = try runner.optional(arguments, "decree", command) {
            decree = Decree(
                number: number, title: try runner.optional(arguments, "decree-title", command),
                place: try runner.optional(arguments, "decree-place", command),
                date: try arguments.value("decree-date").map { (text) throws(CLIError) in
                    try runner.date(text, command: command)
                })
        } else if let given = ["decree-title", "decree-date", "decree-place"].first(where: {
            arguments.value($0) != nil
        }) {
            throw .usage(
                Localized(id: "--\(given) memerlukan --decree NOMOR", en: "--\(given) needs --decree NUMBER"),
                command: command)
        }
        let (when, dateNote) = try effectiveOrNote(runner, arguments, default: effective ?? decree?.date)
        let table: (tujuan: [RenstraAdopted.Tujuan], sasaran: [RenstraAdopted.Sasaran])
        do {
            table = try RenstraTable.read(bytes, source: source)
        } catch {
            throw .importRefused(error)
        }
        let renstra = RenstraAdopted(
            period: period, tujuan: table.tujuan.isEmpty ? nil : table.tujuan, sasaran: table.sasaran, decree: decree,
            dateNote: dateNote, basis: basis)
        return EventCodec.standard.newEvent(.renstraAdopted(renstra), id: arguments.value("id"), effective: when)
    }

    /// The RenstraTargetsProposed of the options.
    private static func targets(
        _ runner: CommandRunner, _ arguments: Arguments, ledger: Ledger, stream: StreamName
    ) throws(CLIError) -> NewEvent {
        let command = info.name
        let (indicator, definition) = try runner.indicator(arguments, ledger: ledger, stream: stream, command: command)
        let figure = { (text: String, option: String) throws(CLIError) -> DecimalNumber in
            try runner.figure(text, option: option, of: definition, command: command)
        }
        let given = arguments.values["target"] ?? []
        guard !given.isEmpty else {
            throw .usage(
                Localized(
                    id: "--target TAHUN=N belum diberikan (satu untuk setiap tahun)",
                    en: "missing --target YEAR=N (one for each year)"), command: command)
        }
        var targets: [YearValue] = []
        for text in given {
            let target = try yearValue(runner, text, option: "target", figure: figure)
            if targets.contains(where: { $0.year == target.year }) {
                throw .usage(
                    Localized(
                        id: "--target \(text): target tahun \(target.year) diberikan dua kali",
                        en: "--target \(text): the target for \(target.year) is given twice"), command: command)
            }
            targets.append(target)
        }
        let proposal = RenstraTargetsProposed(
            indicator: indicator,
            baseline: try arguments.value("baseline").map { (text) throws(CLIError) in
                try yearValue(runner, text, option: "baseline", figure: figure)
            },
            targets: targets.sorted { $0.year < $1.year },
            endOfPeriod: try arguments.value("end").map { (text) throws(CLIError) in try figure(text, "end") },
            reason: try runner.required(arguments, "reason", command), dateNote: nil,
            basis: try runner.basis(arguments, command: command))
        let effective = try arguments.value("effective").map { (text) throws(CLIError) in
            try runner.date(text, command: command)
        }
        let (when, dateNote) = try effectiveOrNote(runner, arguments, default: effective)
        var noted = proposal
        noted.dateNote = dateNote
        return EventCodec.standard.newEvent(.renstraTargetsProposed(noted), id: arguments.value("id"), effective: when)
    }

    /// `YEAR=N`: a year and its figure.
    private static func yearValue(
        _ runner: CommandRunner, _ text: String, option: String,
        figure: (String, String) throws(CLIError) -> DecimalNumber
    ) throws(CLIError) -> YearValue {
        let parts = text.split(separator: "=", maxSplits: 1).map { $0.trimmingWhiteSpace }
        guard parts.count == 2 else {
            throw .usage(
                Localized(
                    id: "--\(option) \(text) bukan TAHUN=N; tulis seperti 2024=56,70",
                    en: "--\(option) \(text) is not YEAR=N; write it like 2024=56,70"), command: info.name)
        }
        let year = try runner.year(parts[0], option: option, command: info.name)
        return YearValue(year: year, value: try figure(parts[1], option))
    }

    /// `FROM-TO`: the Renstra's years.
    private static func yearSpan(_ text: String) throws(CLIError) -> YearSpan {
        let parts = text.split(separator: "-").map { Int($0.trimmingWhiteSpace) }
        guard parts.count == 2, let from = parts[0], let to = parts[1], (1900...2999).contains(from),
            (1900...2999).contains(to), from <= to
        else {
            throw .usage(
                Localized(
                    id: "--period \(text) bukan periode tahun; tulis seperti 2021-2026",
                    en: "--period \(text) is not a period of years; write it like 2021-2026"), command: info.name)
        }
        return YearSpan(firstYear: from, lastYear: to)
    }

    /// The date the decision takes effect, or the note saying why it has none: one of them is needed.
    private static func effectiveOrNote(
        _ runner: CommandRunner, _ arguments: Arguments, default effective: CalendarDate?
    ) throws(CLIError) -> (CalendarDate?, String?) {
        let note = try runner.optional(arguments, "date-note", info.name)
        if let effective {
            if note != nil {
                throw .usage(
                    Localized(
                        id: "berikan --effective TANGGAL atau --date-note ALASAN, jangan keduanya",
                        en: "give --effective DATE or --date-note WHY, not both"), command: info.name)
            }
            return (effective, nil)
        }
        guard let note else {
            throw .usage(
                Localized(
                    id:
                        "kapan mulai berlaku? berikan --effective TANGGAL (tanggal keputusan), atau --date-note yang menjelaskan"
                        + " mengapa sumbernya tidak mencantumkan tanggal",
                    en:
                        "when does it take effect? give --effective DATE (the decree's date), or --date-note saying why the"
                        + " source gives no date"), command: info.name)
        }
        return (nil, note)
    }
}
