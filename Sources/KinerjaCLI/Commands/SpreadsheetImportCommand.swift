import KinerjaEvents
import KinerjaInterchange
import KinerjaProjections
import KinerjaReports
import KinerjaStore

/// `kinerja import`: record a spreadsheet's realisasi, targets or budget lines (CSV or .xlsx): every row or none.
struct SpreadsheetImportCommand: Command {
    static let info = CommandInfo(
        name: "import",
        summary: Localized(
            id:
                "catat realisasi, target atau baris anggaran dari lembar kerja (CSV atau .xlsx): semua baris atau tidak sama sekali",
            en: "record a spreadsheet's realisasi, targets or budget lines (CSV or .xlsx): every row or none"),
        spec: ArgumentSpec(
            valued: ["org", "as", "document", "locator", "basis-note", "reason", "effective", "year"],
            operands: ["realisasi, targets or budget", "FILE (or - for standard input)"], minimumOperands: 2),
        help: Localized(
            id: """
                penggunaan: kinerja import realisasi|targets|budget BERKAS|- --org ORG --document DOK [--as AKTOR] [...]

                Mencatat setiap baris lembar kerja (CSV, atau buku kerja Excel .xlsx) sebagai satu batch atomik: semua
                baris atau tidak sama sekali. Sebuah baris menjadi peristiwa yang dicatat perintahnya, diperiksa dengan
                aturan yang sama: realisasi seperti 'kinerja realisasi record' (berlaku setelah aktor lain
                menyetujuinya), targets seperti 'kinerja target set' (sebuah usulan), budget sebagai BudgetLineRecorded.
                Satu baris yang salah menolak seluruh berkas dan tidak ada yang ditulis; setiap masalah dicantumkan per
                baris, sebagaimana lembar kerja menomorinya (kepala tabel adalah baris 1), dan kolom, dengan menyebut
                nilai yang salah.

                Berkasnya CSV sebagaimana ditulis Excel: pemisah koma atau titik koma (dikenali dari baris kepala),
                isian bertanda kutip dengan "" untuk tanda kutip dan pindah baris di dalamnya, CR LF atau LF, UTF-8
                dengan atau tanpa byte order mark. Angka boleh ditulis cara Indonesia (56,70; 13.821.027.400; 1.234,5)
                atau polos (56.70), dengan Rp atau % bila sesuai satuannya. Angka yang pembacaannya bergantung pada
                penulisnya (1.580; 100,214) dibaca menurut --locale, selain itu sebagai cara Indonesia dalam berkas
                berpemisah titik koma (sebagaimana ditulis Excel dan LibreOffice berpengaturan Indonesia), selain itu
                ditolak dengan kedua pembacaannya. Baris kosong dilewati, demikian juga baris tanpa nilai (baris
                templat yang tidak diisi), disebut sekali pada keluaran galat standar. Dasar setiap baris adalah
                --document, dengan --locator diikuti "row N of BERKAS".

                Buku kerja (.xlsx, sebagaimana disimpan Excel dan LibreOffice) dibaca dari lembar pertamanya: angka di
                sana adalah angka, tanpa pemisah yang perlu dibaca; rumus dihitung menurut nilai yang disimpan program
                bersamanya (rumus tanpa nilai tersimpan ditolak per baris dan kolom).

                Kepala tabel menyebut setiap kolom dengan namanya atau sebagaimana kantor menulisnya (di bawah; huruf
                besar-kecil, spasi dan tanda baca bebas: Sumber Data, SUMBER_DATA). Kolom yang tidak dibaca impor (No,
                Indikator Kinerja, Satuan, Target) diabaikan dan disebut sekali pada keluaran galat standar; kolom yang
                namanya hampir sama dengan kolom yang tidak ada dalam berkas (Nilia) ditolak dengan nama yang mungkin
                dimaksud. Di samping kolom Kode, kolom Indikator memuat nama indikator dan diabaikan. Realisasi tanpa
                kolom tahun mengambil tahun dari periode (2025, 2025-TW2), selain itu dari --year. 'kinerja template'
                menulis lembar untuk diisi dengan kolom-kolom ini.

                kolom (* wajib):
                \(CommandInfo.importColumns)

                opsi:
                  --org ORG                 stream organisasi
                  --document DOK            dokumen sumber yang dicatat setiap baris (wajib)
                  --locator DI-MANA         letaknya di dalamnya: tabel, halaman atau lampiran
                  --basis-note TEKS         catatan tentang sumber; keterangan sebuah baris ditambahkan kepadanya
                  --reason ALASAN           targets: alasan untuk baris tanpa keterangan
                  --effective TANGGAL       targets: tanggal perubahan mulai berlaku (wajib)
                  --year TAHUN              budget: tahun untuk baris tanpa tahun; realisasi: tahun untuk baris
                                            tanpa tahun maupun tahun dalam periode
                  --as AKTOR                siapa yang mencatatnya (bawaan: $KINERJA_ACTOR)
                \(CommandInfo.signWithHelp.id)

                contoh:
                  kinerja import realisasi Tools/examples/realisasi-2025-tw2.csv --org luwu-timur-dinsos-p3a \\
                    --document "Laporan Kinerja TW II 2025" --as rina

                """,
            en: """
                usage: kinerja import realisasi|targets|budget FILE|- --org ORG --document DOC [--as ACTOR] [...]

                Records every row of a spreadsheet (CSV, or an Excel workbook .xlsx) as one atomic batch: every
                row or none. A row
                becomes the event its command records, checked by the same rules: realisasi as 'kinerja
                realisasi record' (it counts once another actor approves it), targets as 'kinerja target set'
                (a proposal), budget as a BudgetLineRecorded. Any bad row refuses the whole file and nothing is
                written; every problem is listed by row, as the spreadsheet numbers them (the header is row 1),
                and column, naming the bad value.

                The file is CSV as Excel writes it: comma or semicolon delimiter (told from the header line),
                quoted fields with "" for a quote and line breaks inside, CR LF or LF, UTF-8 with or without a
                byte order mark. Numbers may be Indonesian (56,70; 13.821.027.400; 1.234,5) or plain (56.70),
                with Rp or % where the unit fits. One whose reading depends on who wrote it (1.580; 100,214) is
                read as --locale says, else as Indonesian in a file delimited by semicolons (as Excel and
                LibreOffice write with Indonesian settings), else refused with both readings. Blank rows are
                skipped, and so are rows that give no value (a template's rows left unfilled), named once on
                standard error. Each row's basis is --document, with --locator followed by "row N of FILE".

                A workbook (.xlsx, as Excel and LibreOffice save it) is read from its first sheet: a number is a
                number there, with no separators to read; a formula counts by the value the program saved with
                it (one without a saved value is refused by row and column).

                The header names each column by its name or as offices write it (below; any case, spacing and
                punctuation: Sumber Data, SUMBER_DATA). Columns the import does not read (No, Indikator Kinerja,
                Satuan, Target) are ignored and named once on standard error; one whose name is a near miss of
                a column the file lacks (Nilia) is refused with the name it may mean. Beside a Kode column, an
                Indikator column holds the indicator's name and is ignored. Realisasi without a tahun column
                take the year from periode (2025, 2025-TW2), else from --year. 'kinerja template' writes a
                sheet to fill with these columns.

                columns (* required):
                \(CommandInfo.importColumns)

                options:
                  --org ORG                 the organisation's stream
                  --document DOC            the source document every row records (required)
                  --locator WHERE           where in it: a table, page or annex
                  --basis-note TEXT         a remark on the source; a row's keterangan is added to it
                  --reason WHY              targets: the reason for rows without keterangan
                  --effective DATE          targets: the date the changes take effect (required)
                  --year YEAR               budget: the year for rows without tahun; realisasi: the year
                                            for rows without tahun nor a year in periode
                  --as ACTOR                who records them (default: $KINERJA_ACTOR)
                \(CommandInfo.signWithHelp.en)

                example:
                  kinerja import realisasi Tools/examples/realisasi-2025-tw2.csv --org luwu-timur-dinsos-p3a \\
                    --document "Laporan Kinerja TW II 2025" --as rina

                """))

    static let records: [EventType] = ImportKind.allCases.map(\.eventType)

    static func run(
        _ runner: CommandRunner, _ arguments: Arguments, output: inout some TextOutputStream,
        errors: inout some TextOutputStream
    ) throws(CLIError) {
        try runner.importSpreadsheet(arguments, output: &output, errors: &errors)
    }
}
