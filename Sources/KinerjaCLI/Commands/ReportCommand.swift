import KinerjaEvents
import KinerjaInterchange
import KinerjaProjections
import KinerjaReports
import KinerjaStore

/// `kinerja report`: the LKj tables, the PK document or an audit report, every figure traced to events.
struct ReportCommand: Command {
    static let info = CommandInfo(
        name: "report",
        summary: Localized(
            id: "tabel LKj, dokumen PK atau laporan audit, setiap angka terlacak ke peristiwanya",
            en: "the LKj tables, the PK document or an audit report, every figure traced to events"),
        spec: ArgumentSpec(
            valued: ["org", "format", "as-of", "version", "from", "to", "output"],
            operands: ["lkj, pk or audit", "YEAR"],
            minimumOperands: 1),
        help: Localized(
            id: """
                penggunaan: kinerja [--ledger DIR] report lkj TAHUN --org ORG [--format FORMAT] [--as-of WAKTU]
                            kinerja [--ledger DIR] report pk TAHUN --org ORG [--version N] [--format FORMAT] [--as-of WAKTU]
                            kinerja [--ledger DIR] report audit --org ORG --from TANGGAL --to TANGGAL [--format FORMAT]
                                                         [--as-of WAKTU]

                Menyusun laporan dari peristiwa organisasi. Setiap angka menyebut peristiwa asalnya, dan setiap laporan
                menyatakan dari apa ia dihitung: organisasinya, digest ledger dari yang dibaca (STREAM:SEQ:HASH, untuk
                'kinerja verify --digest'), --as-of bila diberikan, skala penilaiannya.

                lkj     tabel-tabel Bab III LKj untuk TAHUN: target, realisasi, capaian (menurut polaritas dan rumus
                        setiap indikator) dan peringkat per sasaran dan indikator, dengan capaian yang dicetak sumber
                        bila berbeda; setiap tahun terhadap target Renstra dan target akhir Renstra; realisasi anggaran
                        per program, kegiatan dan sub kegiatan dengan jumlahnya; berapa indikator yang mencapai
                        targetnya, per peringkat; temuan 'kinerja check'; grafik
                pk      Perjanjian Kinerja TAHUN sebagaimana ditandatangani: para pihak dan tanda tangan, tanggal dan
                        tempat, lampirannya (sasaran, indikator, target; program dan anggaran dengan jumlahnya), versinya,
                        untuk PK Perubahan alasan dan apa yang berubah, dan digest ledger versi itu
                audit   setiap keputusan yang dicatat dari --from sampai --to (menurut tanggal dicatat, UTC, kedua hari
                        termasuk), berurutan: seq, jenis, pencatat dan waktunya, tanggal berlaku, dasar, alasan,
                        lama → baru, persetujuan atau ketiadaannya; dan digest head stream dan akhir periodenya

                opsi:
                  --org ORG         stream organisasi
                  --format FORMAT   md (bawaan), html, csv, json, atau xlsx (buku kerja Excel: angka sebagai angka,
                                    jadi tidak ada locale yang perlu ditebak; memerlukan --output)
                  --output BERKAS   tulis laporan ke BERKAS, bukan ke keluaran standar
                  --as-of WAKTU     apa yang ditunjukkan ledger saat itu: hanya peristiwa yang dicatat sampai WAKTU
                                    (tanggal: akhir hari itu; atau 2025-01-31T12:00, dengan atau tanpa zona; tanpa
                                    zona: zona organisasi)
                  --version N       pk: versi N (bawaan: versi terakhir yang disetujui)
                  --from TANGGAL    audit: hari pertama periode (YYYY-MM-DD)
                  --to TANGGAL      audit: hari terakhir periode (YYYY-MM-DD)

                contoh:
                  kinerja report lkj 2024 --org luwu-timur-dinsos-p3a --format json
                  kinerja report pk 2024 --org luwu-timur-dinsos-p3a --version 1 --format json
                  kinerja report lkj 2024 --org luwu-timur-dinsos-p3a --format xlsx --output lkj-2024.xlsx
                  kinerja report audit --org luwu-timur-dinsos-p3a --from 2025-01-01 --to 2025-03-31 --format json

                """,
            en: """
                usage: kinerja [--ledger DIR] report lkj YEAR --org ORG [--format FORMAT] [--as-of TIME]
                       kinerja [--ledger DIR] report pk YEAR --org ORG [--version N] [--format FORMAT] [--as-of TIME]
                       kinerja [--ledger DIR] report audit --org ORG --from DATE --to DATE [--format FORMAT]
                                                    [--as-of TIME]

                Builds a report from the organisation's events. Every figure names the events it came from, and
                every report states what it was computed from: the organisation, the ledger digest of what was
                read (STREAM:SEQ:HASH, for 'kinerja verify --digest'), --as-of when given, the rating scale.

                lkj     the tables of an LKj's Bab III for YEAR: target, realisasi, capaian (by each indicator's
                        polarity and formula) and rating per sasaran and indicator, with the capaian the source
                        printed when it differs; each year against the Renstra targets and the end-of-Renstra
                        target; budget realisation per program, kegiatan and sub kegiatan with totals; how many
                        indicators met their target, by rating band; the findings of 'kinerja check'; charts
                pk      the Perjanjian Kinerja for YEAR as signed: parties and signatures, date and place, the
                        annex (sasaran, indicators, targets; programs and anggaran with the total), the version,
                        for a PK Perubahan its reason and what changed, and the ledger digest of that version
                audit   every decision recorded from --from to --to (by the date it was recorded, UTC, both days
                        included), in order: seq, type, recorder and time, effective date, basis, reason, old → new,
                        approval or its absence; and the digests of the stream head and of the period's end

                options:
                  --org ORG         the organisation's stream
                  --format FORMAT   md (default), html, csv, json, or xlsx (an Excel workbook: figures as
                                    numbers, so no locale to guess; needs --output)
                  --output FILE     write the report to FILE instead of standard output
                  --as-of TIME      what the ledger showed then: only events recorded by TIME
                                    (2025-01-31T12:00:00Z, or a date: the end of that day, UTC)
                  --version N       pk: version N (default: the latest approved version)
                  --from DATE       audit: the first day of the period (YYYY-MM-DD)
                  --to DATE         audit: the last day of the period (YYYY-MM-DD)

                examples:
                  kinerja report lkj 2024 --org luwu-timur-dinsos-p3a --format json
                  kinerja report pk 2024 --org luwu-timur-dinsos-p3a --version 1 --format json
                  kinerja report lkj 2024 --org luwu-timur-dinsos-p3a --format xlsx --output lkj-2024.xlsx
                  kinerja report audit --org luwu-timur-dinsos-p3a --from 2025-01-01 --to 2025-03-31 --format json

                """))

    static func run(
        _ runner: CommandRunner, _ arguments: Arguments, output: inout some TextOutputStream,
        errors: inout some TextOutputStream
    ) throws(CLIError) {
        try runner.report(arguments, output: &output)
    }
}
