import KinerjaEvents
import KinerjaInterchange
import KinerjaProjections
import KinerjaReports
import KinerjaStore

/// `kinerja pk`: a Perjanjian Kinerja as signed and each amendment as its own version; sign one or propose a
/// PK Perubahan from its annex.
struct PerjanjianKinerjaCommand: Command {
    /// The example commands and file both languages' help show.
    private static let examples = """
          kinerja pk sign 2025 pk-2025.csv --org luwu-timur-dinsos-p3a --date 2025-01-31 --place Malili \\
            --pihak-pertama "Drs. SUKARTI" --pihak-pertama-jabatan "Kepala Dinas" \\
            --pihak-kedua "Bupati Luwu Timur" --document "Perjanjian Kinerja Tahun 2025" \\
            --as transkripsi.pencatat
          kinerja pk amend 2025 pk-2025.csv --org luwu-timur-dinsos-p3a --reason pergantian-pejabat \\
            --explanation "Kepala Dinas diganti" --date 2025-02-03 --pihak-pertama "Plt. Kepala Dinas" \\
            --document "Perjanjian Kinerja Perubahan Tahun 2025" --id ltim-pk-2025-p1 --as transkripsi.pencatat
          kinerja approve ltim-pk-2025-p1 --org luwu-timur-dinsos-p3a --as transkripsi.pemeriksa
          kinerja pk 2025 --org luwu-timur-dinsos-p3a

        pk-2025.csv:
          No;Sasaran;Indikator;Target;Satuan;Program;Anggaran
          1;s1;ppks;57,50;%;Program Rehabilitasi Sosial;Rp1.250.000.000
          2;s2;idg;56,00;poin;Program Pemberdayaan Perempuan;Rp350.000.000
          3;s3;kekerasan-perempuan;0,01;%;Program Perlindungan Perempuan;Rp400.000.000
          ;;kekerasan-anak;0,015;%;;
          4;s4;korban-bencana;100;%;;
          5;s5;capaian-program;100;%;;
          ;;;;;Jumlah;Rp2.000.000.000
        """

    static let info = CommandInfo(
        name: "pk",
        summary: Localized(
            id:
                "Perjanjian Kinerja sebagaimana ditandatangani dan diubah; tandatangani atau ubah dari lampirannya (CSV)",
            en: "a Perjanjian Kinerja as signed and amended; sign one or amend it from its annex (CSV)"),
        spec: ArgumentSpec(
            valued: Array(Set(CommandRunner.pkAmendOptions + ["date-note", "version", "as-of"])).sorted(),
            flags: ["dry-run"], operands: ["YEAR (or sign, amend)", "YEAR", "FILE"], minimumOperands: 1),
        help: Localized(
            id: """
                penggunaan: kinerja [--ledger DIR] pk TAHUN --org ORG [--version N] [--as-of WAKTU]
                            kinerja pk sign TAHUN BERKAS --org ORG --date TANGGAL --document DOK [--place TEMPAT]
                                                      [--pihak-pertama NAMA …] [--pihak-kedua NAMA …] [...]
                            kinerja pk amend TAHUN BERKAS --org ORG --reason ALASAN --explanation TEKS --date TANGGAL
                                                       --document DOK [...]

                'pk TAHUN' mencetak PK TAHUN persis sebagaimana ditandatangani (versi 1) dan setiap PK Perubahan yang
                disetujui sebagai versinya sendiri dengan alasan dan apa yang berubah, masing-masing dengan digest
                ledger versi itu (STREAM:SEQ:HASH): cetak pada salinan kertasnya, dan 'kinerja verify --digest' kelak
                membuktikan bahwa ledger masih memuat versi yang persis itu. PK Perubahan yang menunggu persetujuan
                dicantumkan tersendiri.

                'pk sign' mencatat PK TAHUN sebagaimana ditandatangani, dari BERKAS, lampirannya yang disimpan sebagai
                CSV (koma atau titik koma, UTF-8 dengan atau tanpa byte order mark): baris Sasaran, Indikator, Target
                dan Satuan, dan baris Program dan Anggaran (berdampingan atau terpisah; program bernama Jumlah atau
                Total memberikan total yang tercetak). Indikatornya adalah kode atau namanya dalam IKU yang berlaku
                pada TANGGAL (huruf besar-kecil bebas). Sel Sasaran yang kosong melanjutkan sasaran di atasnya. Para
                pihak, tempat dan tanggal berasal dari opsi. 'pk amend' mengusulkan PK Perubahan: seluruh versi baru
                dari lampirannya, dengan salah satu alasan yang diizinkan (PermenPAN-RB 53/2014); pihak dan tempat
                yang tidak diberikan adalah yang dari versi terakhir. Usulan berlaku setelah aktor lain menyetujuinya;
                versi-versi sebelumnya tetap terbaca sebagaimana ditandatangani. Keduanya mencetak apa yang dibacanya
                sebelum mencatatnya; setiap masalah dalam BERKAS disebut per baris dan kolom.

                kolom BERKAS (nama dengan huruf besar-kecil dan spasi bebas; kepala Target <TAHUN> berarti Target):
                \(DocumentColumn.helpList(PerjanjianKinerjaTableImport.columns))

                opsi:
                  --org ORG                 stream organisasi
                  --version N               pk TAHUN: hanya versi N (bawaan: setiap versi)
                  --as-of WAKTU             pk TAHUN: apa yang ditunjukkan ledger saat itu
                  --date TANGGAL            sign, amend: tanggal ditandatangani (dan mulai berlaku)
                  --date-note TEKS          sign: sebagai ganti --date, mengapa tanggalnya tidak diketahui
                  --place TEMPAT            tempat ditandatangani
                  --pihak-pertama NAMA      kepala organisasi, dengan --pihak-pertama-jabatan,
                                            --pihak-pertama-nip (18 angka) dan --pihak-pertama-pangkat
                  --pihak-kedua NAMA        atasannya (Bupati), dengan --pihak-kedua-jabatan,
                                            --pihak-kedua-nip dan --pihak-kedua-pangkat
                  --reason ALASAN           amend: pergantian-pejabat, perubahan-strategi atau perubahan-prioritas
                  --explanation TEKS        amend: apa yang berubah dan mengapa
                  --dry-run                 cetak apa yang diberikan BERKAS dan periksa; tidak mencatat apa pun
                \(CommandInfo.basisHelp.id)

                contoh (pk-2025.csv memuat lampiran di bawah; aktor-aktor ledger bawaan):
                \(examples)

                """,
            en: """
                usage: kinerja [--ledger DIR] pk YEAR --org ORG [--version N] [--as-of TIME]
                       kinerja pk sign YEAR FILE --org ORG --date DATE --document DOC [--place P]
                                                 [--pihak-pertama NAME …] [--pihak-kedua NAME …] [...]
                       kinerja pk amend YEAR FILE --org ORG --reason REASON --explanation TEXT --date DATE
                                                  --document DOC [...]

                'pk YEAR' prints the PK for YEAR exactly as signed (version 1) and each approved PK Perubahan as
                its own version with its reason and what changed, each with the ledger digest of that version
                (STREAM:SEQ:HASH): print it on the paper copy, and 'kinerja verify --digest' proves later that
                the ledger still holds that exact version. Amendments awaiting approval are listed apart.

                'pk sign' records the PK for YEAR as signed, from FILE, its annex saved as CSV (comma or
                semicolon, UTF-8 with or without a byte order mark): rows of Sasaran, Indikator, Target and
                Satuan, and of Program and Anggaran (side by side or apart; a program named Jumlah or Total gives
                the printed total). The indicator is its code or its name in the IKU in force on DATE (in any
                case). An empty Sasaran cell continues the sasaran above. The parties, the place and the date
                come from the options. 'pk amend' proposes a PK Perubahan: the whole new version from its annex,
                with one of the permitted reasons (PermenPAN-RB 53/2014); parties and place not given are those
                of the latest version. It counts once another actor approves it; the earlier versions stay
                readable as signed. Both print what they read before recording it; every problem in FILE is
                named by row and column.

                columns of FILE (names in any case and spacing; a Target <YEAR> header names Target):
                \(DocumentColumn.helpList(PerjanjianKinerjaTableImport.columns))

                options:
                  --org ORG                 the organisation's stream
                  --version N               pk YEAR: only version N (default: every version)
                  --as-of TIME              pk YEAR: what the ledger showed then
                  --date DATE               sign, amend: the date it is signed (and takes effect)
                  --date-note TEXT          sign: instead of --date, why the date is not known
                  --place PLACE             where it was signed
                  --pihak-pertama NAME      the head of the organisation, with --pihak-pertama-jabatan,
                                            --pihak-pertama-nip (18 digits) and --pihak-pertama-pangkat
                  --pihak-kedua NAME        their superior (the Bupati), with --pihak-kedua-jabatan,
                                            --pihak-kedua-nip and --pihak-kedua-pangkat
                  --reason REASON           amend: pergantian-pejabat, perubahan-strategi or perubahan-prioritas
                  --explanation TEXT        amend: what changed and why
                  --dry-run                 print what FILE gives and check it; record nothing
                \(CommandInfo.basisHelp.en)

                example (pk-2025.csv holds the annex below; the default ledger's actors):
                \(examples)

                """))

    static let records: [EventType] = [.perjanjianKinerjaSigned, .perjanjianKinerjaAmendmentProposed]

    static func run(
        _ runner: CommandRunner, _ arguments: Arguments, output: inout some TextOutputStream,
        errors: inout some TextOutputStream
    ) throws(CLIError) {
        switch arguments.operands[0] {
        case "sign", "amend": try runner.perjanjianKinerjaRecord(arguments, output: &output, errors: &errors)
        default: try runner.perjanjianKinerja(arguments, output: &output)
        }
    }
}
