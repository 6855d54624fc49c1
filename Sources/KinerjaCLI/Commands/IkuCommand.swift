import KinerjaEvents
import KinerjaInterchange
import KinerjaProjections
import KinerjaReports
import KinerjaStore

/// `kinerja iku`: propose an IKU decision from the decree's table; show the IKU in force; list IKU versions;
/// diff two of them.
struct IkuCommand: Command {
    /// The example commands and file both languages' help show.
    private static let examples = """
          kinerja iku propose iku-reviu-2025.csv --org luwu-timur-dinsos-p3a --kind reviu \\
            --decree-number "800/12/DINSOS-P3A/2025" --decree-date 2025-02-10 --decree-place Malili \\
            --document "Keputusan Kepala Dinas Nomor 800/12/DINSOS-P3A/2025" --reason "reviu IKU 2025" \\
            --retire-missing --id ltim-iku-reviu-2025 --as transkripsi.pencatat
          kinerja approve ltim-iku-reviu-2025 --org luwu-timur-dinsos-p3a --as transkripsi.pemeriksa
          kinerja iku show --org luwu-timur-dinsos-p3a --on 2025-12-31
          kinerja iku versions --org luwu-timur-dinsos-p3a
          kinerja iku diff ltim-iku-revisi ltim-iku-reviu-2025 --org luwu-timur-dinsos-p3a

        iku-reviu-2025.csv:
          No;Sasaran;Indikator Kinerja Utama;Kode;Satuan;Sumber Data;Polaritas
          1;s1;Prosentase PPKS yang ditangani dan diberi bantuan sosial;ppks;persen;SIKS-NG;maksimal
          2;s2;Indeks Pemberdayaan Gender (IDG);idg;nilai;BPS;maksimal
          3;s3;Prosentase kekerasan terhadap Perempuan;kekerasan-perempuan;persen;;minimal
          4;s3;Prosentase kekerasan terhadap Anak;kekerasan-anak;persen;;minimal
          5;s4;Prosentase korban bencana alam dan sosial yang ditangani;korban-bencana;persen;;maksimal
          6;s5;Indeks Kepuasan Masyarakat;ikm;indeks;Survei Kepuasan Masyarakat;maksimal
        """

    static let info = CommandInfo(
        name: "iku",
        summary: Localized(
            id: "usulkan keputusan IKU dari tabel keputusannya; tampilkan IKU yang berlaku; versi; perbedaan",
            en: "propose an IKU decision from the decree's table; show the IKU in force; versions; diff"),
        spec: ArgumentSpec(
            valued: Array(Set(CommandRunner.ikuProposeOptions + ["as-of", "format", "on"])).sorted(),
            flags: ["dry-run", "retire-missing"], operands: ["propose, show, versions or diff", "FILE or A", "B"],
            minimumOperands: 1),
        help: Localized(
            id: """
                penggunaan: kinerja iku propose BERKAS --org ORG --kind penetapan|reviu|ikup --decree-number N
                                                 --decree-date TANGGAL --document DOK [--effective TANGGAL] [...]
                            kinerja iku show --org ORG [--on TANGGAL] [--as-of WAKTU] [--format table|json]
                            kinerja iku versions --org ORG [--as-of WAKTU] [--format table|json]
                            kinerja iku diff A B --org ORG [--as-of WAKTU] [--format table|json]

                'propose' membaca BERKAS, tabel IKU keputusan yang disimpan sebagai CSV (koma atau titik koma, UTF-8
                dengan atau tanpa byte order mark), satu indikator per baris, dan mengusulkan keputusan itu sebagai
                perubahannya terhadap IKU yang berlaku pada tanggal berlakunya: baris yang kodenya tidak berlaku
                ditambahkan; baris yang kodenya berlaku dengan komponen yang berbeda diubah (hanya komponen yang
                berbeda); kode berlaku yang tidak ada dalam tabel dicabut oleh reviu atau IKUP bila diberikan
                --retire-missing (tanpanya tabel seperti itu ditolak, dengan menyebut kodenya; penetapan tidak mencabut
                apa pun). Tabel yang tidak mengubah apa pun ditolak. Perubahannya dicetak sebelum dicatat. Sel kosong
                membiarkan komponennya sebagaimana berlaku. Nama kepala tabel dicocokkan tanpa memperhatikan huruf
                besar-kecil dan spasi; setiap masalah disebut per baris dan kolom. BERKAS dapat juga memuat data
                keputusan sebagai satu objek JSON (lihat 'kinerja types'); anggotanya sendiri lalu memberikan jenis,
                keputusan dan dasarnya. Keputusan berlaku setelah aktor lain menyetujuinya, sejak tanggal berlakunya.

                'show' mencetak seluruh IKU yang berlaku pada TANGGAL (bawaan: sejak tanggal terakhir sebuah keputusan
                yang disetujui mulai berlaku, yaitu IKU saat ini), satu blok per indikator dengan setiap komponen dan
                keputusan yang terakhir menetapkannya. 'versions' mencantumkan setiap keputusan IKU dengan nomor
                keputusannya, tanggal mulai berlaku dan siapa yang menyetujuinya, atau bahwa ia menunggu keputusan.
                'diff A B' menampilkan apa yang berubah antara IKU tepat setelah keputusan A dan tepat setelah
                keputusan B.

                kolom BERKAS (* wajib; nama dengan huruf besar-kecil dan spasi bebas):
                \(DocumentColumn.helpList(IkuTableImport.columns))

                opsi propose:
                  --org ORG                 stream organisasi
                  --kind JENIS              penetapan, reviu atau ikup (IKU Perubahan)
                  --decree-number N         nomor keputusan sebagaimana tercetak
                  --decree-date TANGGAL     tanggal ditetapkan (YYYY-MM-DD)
                  --decree-title TEKS       perihalnya (tentang …)
                  --decree-place TEMPAT     tempat ditetapkan (ditetapkan di)
                  --signatory NAMA          penandatangannya, dengan --signatory-jabatan, --signatory-nip (18 angka)
                                            dan --signatory-pangkat
                  --effective TANGGAL       tanggal mulai berlaku (bawaan: tanggal keputusan)
                  --title TEKS              judul dokumen
                  --period DARI-SAMPAI      tahun-tahun yang dicakup IKU (2021-2026)
                  --reason ALASAN           alasan IKU berubah
                  --dry-run                 cetak perubahannya dan periksa; tidak mencatat apa pun
                  --retire-missing          reviu atau IKUP: cabut indikator berlaku yang tidak ada dalam tabel
                                            (tanpanya, tabel seperti itu ditolak, dengan menyebut kodenya)
                \(CommandInfo.basisHelp.id)

                opsi show, versions dan diff:
                  --on TANGGAL              show: tanggal IKU berlaku
                  --as-of WAKTU             apa yang ditunjukkan ledger saat itu
                  --format table|json       keluarannya (bawaan: table)

                contoh (iku-reviu-2025.csv memuat tabel di bawah; aktor-aktor ledger bawaan):
                \(examples)

                """,
            en: """
                usage: kinerja iku propose FILE --org ORG --kind penetapan|reviu|ikup --decree-number N
                                            --decree-date DATE --document DOC [--effective DATE] [...]
                       kinerja iku show --org ORG [--on DATE] [--as-of TIME] [--format table|json]
                       kinerja iku versions --org ORG [--as-of TIME] [--format table|json]
                       kinerja iku diff A B --org ORG [--as-of TIME] [--format table|json]

                'propose' reads FILE, the decree's IKU table saved as CSV (comma or semicolon, UTF-8 with or
                without a byte order mark), one indicator per row, and proposes the decision as its changes
                against the IKU in force on the effective date: a row whose code is not in force is added; a row
                whose code is in force with a component that differs is amended (only the components that differ);
                a code in force that the table leaves out is retired by a reviu or an IKUP given --retire-missing
                (without it such a table is refused, naming them; a penetapan retires nothing). A table that
                changes nothing is refused. It prints the changes before recording them. An empty cell leaves its component as it
                is in force. Header names are matched in any case and spacing; every problem is named by row and
                column. FILE may instead hold the decision's data as one JSON object (see 'kinerja types'); its
                own members then give the kind, decree and basis. The decision counts once another actor approves
                it, from its effective date.

                'show' prints the whole IKU in force on DATE (default: from the latest date an approved decision
                takes effect, the current IKU), one block per indicator with every component and the decision
                that last defined it. 'versions' lists every IKU decision with its decree, the date it is in force
                from and who approved it, or that it awaits a decision. 'diff A B' shows what changed between the
                IKU set right after decision A and right after decision B.

                columns of FILE (* required; names in any case and spacing):
                \(DocumentColumn.helpList(IkuTableImport.columns))

                options of propose:
                  --org ORG                 the organisation's stream
                  --kind KIND               penetapan, reviu or ikup (IKU Perubahan)
                  --decree-number N         the decree's number as printed
                  --decree-date DATE        the date it was issued (YYYY-MM-DD)
                  --decree-title TEXT       what it is about (tentang …)
                  --decree-place PLACE      where it was issued (ditetapkan di)
                  --signatory NAME          who signed it, with --signatory-jabatan, --signatory-nip (18 digits)
                                            and --signatory-pangkat
                  --effective DATE          the date it takes effect (default: the decree's date)
                  --title TEXT              the document's title
                  --period FROM-TO          the years the IKU covers (2021-2026)
                  --reason WHY              why the IKU changes
                  --dry-run                 print the changes and check them; record nothing
                  --retire-missing          a reviu or IKUP: retire the indicators in force the table leaves
                                            out (without it, such a table is refused, naming them)
                \(CommandInfo.basisHelp.en)

                options of show, versions and diff:
                  --on DATE                 show: the date the IKU is in force on
                  --as-of TIME              what the ledger showed then
                  --format table|json       the output (default: table)

                example (iku-reviu-2025.csv holds the table below; the default ledger's actors):
                \(examples)

                """))

    static let records: [EventType] = [.ikuDecisionProposed]

    static func run(
        _ runner: CommandRunner, _ arguments: Arguments, output: inout some TextOutputStream,
        errors: inout some TextOutputStream
    ) throws(CLIError) {
        switch try runner.verb(arguments, among: ["propose", "show", "versions", "diff"], command: info.name) {
        case "propose": try runner.ikuPropose(arguments, output: &output, errors: &errors)
        case "show": try runner.ikuShow(arguments, output: &output)
        default: try runner.ikuReview(arguments, output: &output)  // versions, diff
        }
    }
}
