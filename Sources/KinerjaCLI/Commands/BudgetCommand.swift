import KinerjaEvents
import KinerjaInterchange
import KinerjaProjections
import KinerjaReports
import KinerjaStore

/// `kinerja budget`: record one budget line (program, kegiatan or sub kegiatan) with its pagu and realisasi.
struct BudgetCommand: Command {
    static let info = CommandInfo(
        name: "budget",
        summary: Localized(
            id: "catat satu baris anggaran (program, kegiatan, sub kegiatan): pagu dan realisasi",
            en: "record one budget line (program, kegiatan, sub kegiatan): pagu and realisasi"),
        spec: ArgumentSpec(
            valued: [
                "org", "as", "id", "year", "level", "code", "parent", "name", "indicator", "target", "pagu",
                "realisasi",
            ] + CommandInfo.basisOptions,
            operands: ["record"], minimumOperands: 1),
        help: Localized(
            id: """
                penggunaan: kinerja budget record --org ORG --year TAHUN --level program|kegiatan|sub-kegiatan --code KODE
                                                  [--parent KODE] --name NAMA --pagu N [--realisasi N] --document DOK [...]

                Mencatat satu baris anggaran tahun itu (BudgetLineRecorded): program, kegiatan dari sebuah program,
                atau sub kegiatan dari sebuah kegiatan, dengan pagunya dan, bila diketahui, realisasinya. Kode unik
                dalam satu tahun; induknya harus dicatat lebih dahulu. Jumlah dalam rupiah, cara Indonesia atau polos
                (13.821.027.400, Rp13.821.027.400, 13821027400). 'kinerja import budget' mencatat seluruh tabel
                sekaligus.

                opsi:
                  --org ORG                 stream organisasi
                  --year TAHUN              tahun anggaran
                  --level TINGKAT           program, kegiatan atau sub-kegiatan
                  --code KODE               kode baris (huruf kecil, angka, '.', '-'), mis. p1.k1
                  --parent KODE             kode program atau kegiatan induknya
                  --name NAMA               namanya sebagaimana tercetak
                  --indicator TEKS          indikator keluarannya sebagaimana tercetak
                  --target TEKS             target keluarannya sebagaimana tercetak
                  --pagu N                  anggaran (pagu) dalam rupiah
                  --realisasi N             belanjanya dalam rupiah
                \(CommandInfo.basisHelp.id)

                contoh:
                  kinerja budget record --org luwu-timur-dinsos-p3a --year 2025 --level program --code p1 \\
                    --name "Program Perlindungan dan Jaminan Sosial" --pagu Rp1.250.000.000 \\
                    --realisasi 1.198.450.000 --document "DPA 2025" --as rina

                """,
            en: """
                usage: kinerja budget record --org ORG --year YEAR --level program|kegiatan|sub-kegiatan --code CODE
                                             [--parent CODE] --name NAME --pagu N [--realisasi N] --document DOC [...]

                Records one line of the year's budget (BudgetLineRecorded): a program, a kegiatan of a program,
                or a sub kegiatan of a kegiatan, with its pagu and, when known, its realisation. Codes are
                unique within the year; a parent must be recorded first. Amounts are rupiah, Indonesian or
                plain (13.821.027.400, Rp13.821.027.400, 13821027400). 'kinerja import budget' records a
                whole table at once.

                options:
                  --org ORG                 the organisation's stream
                  --year YEAR               the budget year
                  --level LEVEL             program, kegiatan or sub-kegiatan
                  --code CODE               the line's code (lowercase letters, digits, '.', '-'), e.g. p1.k1
                  --parent CODE             the code of the program or kegiatan it belongs to
                  --name NAME               its name as printed
                  --indicator TEXT          its output indicator as printed
                  --target TEXT             its output target as printed
                  --pagu N                  the budget (pagu) in rupiah
                  --realisasi N             the spending in rupiah
                \(CommandInfo.basisHelp.en)

                example:
                  kinerja budget record --org luwu-timur-dinsos-p3a --year 2025 --level program --code p1 \\
                    --name "Program Perlindungan dan Jaminan Sosial" --pagu Rp1.250.000.000 \\
                    --realisasi 1.198.450.000 --document "DPA 2025" --as rina

                """))

    static let records: [EventType] = [.budgetLineRecorded]

    static func run(
        _ runner: CommandRunner, _ arguments: Arguments, output: inout some TextOutputStream,
        errors: inout some TextOutputStream
    ) throws(CLIError) {
        let command = info.name
        try runner.verb(arguments, among: ["record"], command: command)
        let ledger = try runner.openLedger()
        let stream = try runner.organisationStream(arguments, command: command)
        guard let year = try runner.yearOption(arguments, command: command) else {
            throw .usage(Localized(id: "--year belum diberikan", en: "missing --year"), command: command)
        }
        let levelText = try runner.required(arguments, "level", command)
        guard let level = BudgetLineRecorded.Level(rawValue: levelText) else {
            let levels = BudgetLineRecorded.Level.allCases.map(\.rawValue).joined(separator: ", ")
            throw .usage(
                Localized(
                    id: "--level \(levelText) bukan tingkat; gunakan \(levels)",
                    en: "--level \(levelText) is not a level; use \(levels)"), command: command)
        }
        let code = try Self.code(try runner.required(arguments, "code", command), option: "code")
        let parent = try arguments.value("parent").map { (text) throws(CLIError) in
            try Self.code(text, option: "parent")
        }
        let line = BudgetLineRecorded(
            year: year, level: level, code: code, parent: parent, name: try runner.required(arguments, "name", command),
            indicator: try runner.optional(arguments, "indicator", command),
            target: try runner.optional(arguments, "target", command),
            pagu: try rupiah(runner, try runner.required(arguments, "pagu", command), option: "pagu"),
            realisasi: try arguments.value("realisasi").map { (text) throws(CLIError) in
                try rupiah(runner, text, option: "realisasi")
            },
            basis: try runner.basis(arguments, command: command))
        try runner.record(
            .budgetLineRecorded(line), to: stream, ledger: ledger, arguments: arguments, command: command,
            output: &output,
            errors: &errors)
    }

    /// `text` as a budget code, or a usage error naming `--option`.
    private static func code(_ text: String, option: String) throws(CLIError) -> String {
        guard Field.Kind.isCode(text) else {
            throw .usage(
                Localized(
                    id:
                        "--\(option) \(text) bukan kode: gunakan huruf kecil, angka, '.' dan '-', seperti p1 atau p1.k1",
                    en:
                        "--\(option) \(text) is not a code: use lowercase letters, digits, '.' and '-', as in p1 or p1.k1"
                ),
                command: info.name)
        }
        return text
    }

    /// `text` as an amount in rupiah: a number that is not a percentage.
    private static func rupiah(_ runner: CommandRunner, _ text: String, option: String) throws(CLIError)
        -> DecimalNumber
    {
        let parsed = try runner.number(text, option: option, command: info.name)
        if parsed.hasPercentSign {
            throw .usage(
                Localized(
                    id: "--\(option) \(text) adalah persentase; berikan jumlahnya dalam rupiah",
                    en: "--\(option) \(text) is a percentage; give the amount in rupiah"), command: info.name)
        }
        return parsed.value
    }
}
