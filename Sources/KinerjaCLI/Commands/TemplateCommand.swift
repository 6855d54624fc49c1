import KinerjaEvents
import KinerjaInterchange
import KinerjaProjections
import KinerjaReports
import KinerjaStore

/// `kinerja template`: write the spreadsheet (CSV or .xlsx) to fill for `kinerja import`.
struct TemplateCommand: Command {
    static let info = CommandInfo(
        name: "template", summary: "write the spreadsheet (CSV or .xlsx) to fill for 'kinerja import'",
        spec: ArgumentSpec(
            valued: ["org", "year", "period", "output"], operands: ["realisasi, targets or budget"],
            minimumOperands: 1),
        help: """
            usage: kinerja template realisasi|targets|budget --org ORG --year YEAR [--period TW2]
                                    [--output FILE]

            Writes the sheet to fill for 'kinerja import': CSV delimited by semicolons, UTF-8 with a byte
            order mark, so Excel and LibreOffice with Indonesian settings open it directly (decimal
            commas: 56,70). Once filled it imports back as it is; the columns there to help the clerk
            (Indikator Kinerja, Satuan, Target Saat Ini) are ignored by the import, which names them.

              realisasi   one row per indicator of the IKU in force at the end of the period: Kode,
                          Indikator Kinerja, Satuan, Periode (2025-TW2), then Realisasi (or Pembilang and
                          Penyebut), Sumber Data and Keterangan to fill
              targets     one row per indicator of the IKU in force at the end of the year, with its
                          current Renstra target beside an empty Target (the new one) and Keterangan (why)
              budget      the year's budget lines as recorded (Tahun, Kode, Level, Induk, Uraian,
                          Anggaran, Realisasi), else the header alone, for the lines to add

            options:
              --org ORG                 the organisation's stream
              --year YEAR               the year
              --period P                realisasi: the period of the year, TW1-TW4 (or Q1-Q4), S1-S2
                                        or M01-M12 (default: the year itself)
              --output FILE             write the sheet to FILE (default: standard output); a FILE
                                        ending in .xlsx is an Excel workbook (header frozen, codes as
                                        text, figures as numbers)

            example:
              kinerja template realisasi --org luwu-timur-dinsos-p3a --year 2025 --period TW2 \\
                --output realisasi-2025-tw2.csv
              kinerja template targets --org luwu-timur-dinsos-p3a --year 2026 --output target-2026.xlsx

            """)

    static func run(
        _ runner: CommandRunner, _ arguments: Arguments, output: inout some TextOutputStream,
        errors: inout some TextOutputStream
    ) throws(CLIError) {
        try runner.template(arguments, output: &output)
    }
}

extension CommandRunner {
    /// Writes the template of `kinerja template`, to `--output` or standard output.
    fileprivate func template(_ arguments: Arguments, output: inout some TextOutputStream) throws(CLIError) {
        let command = "template"
        let kindName = arguments.operands[0]
        guard let kind = ImportKind(rawValue: kindName) else {
            throw .usage("template of what? '\(kindName)' is not realisasi, targets or budget", command: command)
        }
        guard let year = try yearOption(arguments, command: command) else {
            throw .usage("missing --year: the year the sheet is for", command: command)
        }
        var period = Period(year: year, kind: .year)
        if let text = arguments.value("period") {
            guard kind == .realisasi else {
                throw .usage("--period does not apply to template \(kind.rawValue)", command: command)
            }
            guard let read = Period(written: text) ?? Period(written: "\(year)-\(text)"), read.year == year else {
                throw .usage(
                    "--period \(text) is not a period of \(year): write TW1-TW4 (or Q1-Q4), S1-S2 or M01-M12",
                    command: command)
            }
            period = read
        }
        guard let period else { throw .usage("--year \(year) is not a year of a period", command: command) }
        let (_, state, _, _) = try loadState(arguments, command: command)
        let rows = ImportTemplate.rows(kind, state: state, period: period)
        guard let path = arguments.value("output") else {
            output.write(String(decoding: ImportTemplate.csv(rows), as: UTF8.self))
            return
        }
        let isWorkbook = path.lowercased().hasSuffix(".xlsx")
        guard isWorkbook || path.lowercased().hasSuffix(".csv") else {
            throw .usage("--output \(path): name a .csv or an .xlsx file", command: command)
        }
        // A template is filled in by hand: one already there may be a filled sheet, so it is never replaced.
        guard !fileExists(path) else {
            throw .usage(
                "--output \(path) already exists (a filled sheet would be lost): choose another name, or remove it",
                command: command)
        }
        try writeOutput(
            isWorkbook ? ImportTemplate.workbook(rows) : ImportTemplate.csv(rows), to: path, command: command)
        let count = rows.count - 1
        output.write("wrote \(path): the header and \(count) row\(count == 1 ? "" : "s") to fill\n")
    }
}
