import KinerjaEvents
import KinerjaInterchange
import KinerjaProjections
import KinerjaReports
import KinerjaStore

/// `kinerja template`: write the spreadsheet (CSV or .xlsx) to fill for `kinerja import`.
struct TemplateCommand: Command {
    static let info = CommandInfo(
        name: "template",
        summary: Localized(
            id: "tulis lembar kerja (CSV atau .xlsx) untuk diisi bagi 'kinerja import\'",
            en: "write the spreadsheet (CSV or .xlsx) to fill for 'kinerja import'"),
        spec: ArgumentSpec(
            valued: ["org", "year", "period", "output"], operands: ["realisasi, targets or budget"],
            minimumOperands: 1),
        help: Localized(
            id: """
                penggunaan: kinerja template realisasi|targets|budget --org ORG --year TAHUN [--period TW2]
                                             [--output BERKAS]

                Menulis lembar untuk diisi bagi 'kinerja import': CSV berpemisah titik koma, UTF-8 dengan byte order
                mark, sehingga Excel dan LibreOffice berpengaturan Indonesia langsung membukanya (koma desimal: 56,70).
                Setelah diisi, lembar itu dapat diimpor kembali apa adanya; kolom-kolom yang ada untuk membantu petugas
                (Indikator Kinerja, Satuan, Target Saat Ini) diabaikan oleh impor, yang menyebutnya.

                  realisasi   satu baris per indikator IKU yang berlaku pada akhir periode: Kode, Indikator Kinerja,
                              Satuan, Periode (2025-TW2), lalu Realisasi (atau Pembilang dan Penyebut), Sumber Data
                              dan Keterangan untuk diisi
                  targets     satu baris per indikator IKU yang berlaku pada akhir tahun, dengan target Renstra saat
                              ini di samping Target yang kosong (yang baru) dan Keterangan (alasannya)
                  budget      baris anggaran tahun itu sebagaimana dicatat (Tahun, Kode, Level, Induk, Uraian,
                              Anggaran, Realisasi), atau hanya kepala tabel, untuk baris yang akan ditambahkan

                opsi:
                  --org ORG                 stream organisasi
                  --year TAHUN              tahunnya
                  --period P                realisasi: periode dalam tahun itu, TW1-TW4 (atau Q1-Q4), S1-S2
                                            atau M01-M12 (bawaan: tahun itu sendiri)
                  --output BERKAS           tulis lembar ke BERKAS (bawaan: keluaran standar); BERKAS berakhiran
                                            .xlsx adalah buku kerja Excel (kepala tabel dibekukan, kode sebagai
                                            teks, angka sebagai angka)

                contoh:
                  kinerja template realisasi --org luwu-timur-dinsos-p3a --year 2025 --period TW2 \\
                    --output realisasi-2025-tw2.csv
                  kinerja template targets --org luwu-timur-dinsos-p3a --year 2026 --output target-2026.xlsx

                """,
            en: """
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

                """))

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
            throw .usage(
                Localized(
                    id: "templat untuk apa? '\(kindName)' bukan realisasi, targets atau budget",
                    en: "template of what? '\(kindName)' is not realisasi, targets or budget"), command: command)
        }
        guard let year = try yearOption(arguments, command: command) else {
            throw .usage(
                Localized(
                    id: "--year belum diberikan: tahun lembar itu", en: "missing --year: the year the sheet is for"),
                command: command)
        }
        var period = Period(year: year, kind: .year)
        if let text = arguments.value("period") {
            guard kind == .realisasi else {
                throw .usage(
                    Localized(
                        id: "--period tidak berlaku untuk template \(kind.rawValue)",
                        en: "--period does not apply to template \(kind.rawValue)"), command: command)
            }
            guard let read = Period(written: text) ?? Period(written: "\(year)-\(text)"), read.year == year else {
                throw .usage(
                    Localized(
                        id:
                            "--period \(text) bukan periode tahun \(year): tulis TW1-TW4 (atau Q1-Q4), S1-S2 atau M01-M12",
                        en:
                            "--period \(text) is not a period of \(year): write TW1-TW4 (or Q1-Q4), S1-S2 or M01-M12"),
                    command: command)
            }
            period = read
        }
        guard let period else {
            throw .usage(
                Localized(
                    id: "--year \(year) bukan tahun suatu periode", en: "--year \(year) is not a year of a period"),
                command: command)
        }
        let (_, state, _, _) = try loadState(arguments, command: command)
        let rows = ImportTemplate.rows(kind, state: state, period: period)
        guard let path = arguments.value("output") else {
            output.write(String(decoding: ImportTemplate.csv(rows), as: UTF8.self))
            return
        }
        let isWorkbook = path.lowercased().hasSuffix(".xlsx")
        guard isWorkbook || path.lowercased().hasSuffix(".csv") else {
            throw .usage(
                Localized(
                    id: "--output \(path): sebutkan berkas .csv atau .xlsx",
                    en: "--output \(path): name a .csv or an .xlsx file"), command: command)
        }
        // A template is filled in by hand: one already there may be a filled sheet, so it is never replaced.
        guard !fileExists(path) else {
            throw .usage(
                Localized(
                    id:
                        "--output \(path) sudah ada (lembar yang sudah diisi akan hilang): pilih nama lain, atau hapus berkas itu",
                    en:
                        "--output \(path) already exists (a filled sheet would be lost): choose another name, or remove it"
                ),
                command: command)
        }
        try writeOutput(
            isWorkbook ? ImportTemplate.workbook(rows) : ImportTemplate.csv(rows), to: path, command: command)
        let count = rows.count - 1
        output.write(
            Localized(
                id: "\(path) ditulis: kepala tabel dan \(count) baris untuk diisi",
                en: "wrote \(path): the header and \(count) row\(count == 1 ? "" : "s") to fill")(language) + "\n")
    }
}
