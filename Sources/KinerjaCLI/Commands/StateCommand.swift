import KinerjaEvents
import KinerjaInterchange
import KinerjaProjections
import KinerjaReports
import KinerjaStore

/// `kinerja state`: an organisation's IKU, targets, realisasi, capaian and pending proposals for a year.
struct StateCommand: Command {
    static let info = CommandInfo(
        name: "state",
        summary: Localized(
            id: "IKU, target, realisasi, capaian dan usulan yang menunggu keputusan sebuah organisasi untuk satu tahun",
            en: "an organisation's IKU, targets, realisasi, capaian and pending proposals for a year"),
        spec: ArgumentSpec(valued: ["org", "year", "format", "as-of", "in-force-on"]),
        help: Localized(
            id: """
                penggunaan: kinerja [--ledger DIR] state --org ORG [--year TAHUN] [--as-of WAKTU] [--in-force-on TANGGAL]
                                                   [--format table|json]

                Membangun kembali keadaan organisasi dari peristiwanya dan menampilkan, untuk tahun itu: IKU yang
                berlaku pada 31 Desember, dan per indikator target Renstra, target PK (versi PK terakhir), realisasi
                per periode (yang berlaku, yaitu yang terakhir disetujui, dan yang menunggu keputusan; pencatatan
                lain dihitung dan dapat dilihat dengan 'kinerja history realisasi:KODE:PERIODE') dan untuk tahun itu,
                capaian menurut polaritas dan rumus indikator itu sendiri (terhadap target PK, selain itu target
                Renstra), peringkatnya, setiap capaian tercetak di sumber yang tidak sesuai dengan aturan, dan setiap
                usulan yang masih menunggu keputusan. Setiap angka menyebut peristiwa asalnya.

                opsi:
                  --org ORG         stream organisasi, mis. luwu-timur-dinsos-p3a
                  --year TAHUN      tahunnya (bawaan: tahun terakhir yang memiliki PK atau realisasi)
                  --as-of WAKTU     apa yang ditunjukkan ledger saat itu: hanya peristiwa yang dicatat sampai WAKTU
                                    (tanggal: akhir hari itu; tanggal dan jam sampai menit: 2025-04-10T23:59 atau
                                    "2025-04-10 23:59"; dengan zona Z, +08:00, WIB, WITA, WIT atau tanpa zona: zona
                                    organisasi)
                  --in-force-on T   IKU, target dan versi PK yang berlaku pada tanggal T menurut tanggal berlaku
                                    keputusan itu sendiri (bawaan: 31 Desember tahun itu); dapat digabung dengan
                                    --as-of: apa yang, menurut ledger saat itu, berlaku pada T
                  --format FORMAT   table (bawaan) atau json

                contoh:
                  kinerja state --org luwu-timur-dinsos-p3a --year 2024

                """,
            en: """
                usage: kinerja [--ledger DIR] state --org ORG [--year YEAR] [--as-of TIME] [--in-force-on DATE]
                                              [--format table|json]

                Rebuilds the organisation's state from its events and shows, for the year: the IKU in force
                on 31 December, and per indicator the Renstra target, the PK target (latest PK version),
                the realisasi by period (the one that counts, the latest approved, and any awaiting a
                decision; other recordings are counted, and 'kinerja history realisasi:CODE:PERIOD' lists
                them) and for the year, capaian by the indicator's own polarity and formula (against the PK
                target, else the Renstra target), the rating, any capaian the source printed that the rules
                do not give, and every proposal still awaiting a decision. Every figure names the event it
                came from.

                options:
                  --org ORG         the organisation's stream, e.g. luwu-timur-dinsos-p3a
                  --year YEAR       the year (default: the latest year with a PK or a realisasi)
                  --as-of TIME      what the ledger showed then: only events recorded by TIME
                                    (2024-07-31T12:00:00Z, or a date: the end of that day, UTC)
                  --in-force-on D   the IKU, targets and PK version in force on date D by the decisions'
                                    own effective dates (default: 31 December of the year); combines
                                    with --as-of: what the ledger, as it stood then, said was in force on D
                  --format FORMAT   table (default) or json

                example:
                  kinerja state --org luwu-timur-dinsos-p3a --year 2024

                """))

    static func run(
        _ runner: CommandRunner, _ arguments: Arguments, output: inout some TextOutputStream,
        errors: inout some TextOutputStream
    ) throws(CLIError) {
        try runner.state(arguments, output: &output)
    }
}
