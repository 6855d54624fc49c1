import KinerjaEvents
import KinerjaInterchange
import KinerjaProjections
import KinerjaReports
import KinerjaStore

/// `kinerja realisasi`: record or correct a realisation (verified later by another actor).
struct RealisasiCommand: Command {
    static let info = CommandInfo(
        name: "realisasi",
        summary: Localized(
            id: "catat atau koreksi realisasi (diverifikasi kemudian oleh aktor lain)",
            en: "record or correct a realisation (verified later by another actor)"),
        spec: ArgumentSpec(
            valued: [
                "org", "as", "id", "indicator", "period", "value", "numerator", "denominator", "printed-capaian",
                "source", "reason", "effective",
            ] + CommandInfo.basisOptions,
            operands: ["record or correct", "EVENT"], minimumOperands: 1),
        help: Localized(
            id: """
                penggunaan: kinerja realisasi record --org ORG --indicator KODE --period PERIODE
                                                     (--value N | --numerator N --denominator N) --document DOK [...]
                            kinerja realisasi correct PERISTIWA --org ORG (--value N | ...) --reason ALASAN --document DOK [...]

                Mencatat realisasi sebuah indikator untuk suatu periode (2024, 2024-S1, 2024-TW3, 2024-M07).
                Indikatornya harus berlaku pada periode itu. Angka boleh ditulis cara Indonesia (56,70; 1.234,5) atau
                polos (56.70); angka yang taksa (1.234) ditolak dengan alasannya. Realisasi berlaku setelah aktor selain
                pencatatnya menyetujuinya ('kinerja approve'). Koreksi menyebut realisasi yang dikoreksinya dan
                alasannya; angka lama tetap ada dalam riwayat.

                opsi:
                  --org ORG                 stream organisasi
                  --indicator KODE          indikatornya
                  --period PERIODE          2024, 2024-S1, 2024-TW3 (atau 2024-Q3) atau 2024-M07
                  --value N                 realisasinya, dalam satuan indikator
                  --numerator N, --denominator N   atau komponennya (persen adalah pembilang/penyebut × 100)
                  --printed-capaian N       capaian yang dicetak sumber di sampingnya (disimpan untuk dibandingkan)
                  --source TEKS             sumber data
                  --reason ALASAN           untuk koreksi: mengapa angkanya salah
                  --effective TANGGAL       untuk koreksi: tanggal mulai berlaku (YYYY-MM-DD), bila bukan hari
                                            pencatatannya; 'check' mencantumkan yang lebih dari 30 hari sebelum
                                            pencatatannya sebagai bertanggal mundur
                \(CommandInfo.basisHelp.id)

                contoh:
                  kinerja realisasi record --org luwu-timur-dinsos-p3a --indicator PPKS --period 2025-TW1 \\
                    --numerator 3413 --denominator 28860 --document "Laporan TW I 2025" --id ltim-ppks-2025-tw1 --as rina
                  kinerja realisasi correct ltim-real-ppks-2024 --org luwu-timur-dinsos-p3a --value 118,27 \\
                    --reason "salah ketik" --document "Nota koreksi 12/2025" --id ltim-koreksi-ppks-2024 --as rina

                """,
            en: """
                usage: kinerja realisasi record --org ORG --indicator CODE --period PERIOD
                                                (--value N | --numerator N --denominator N) --document DOC [...]
                       kinerja realisasi correct EVENT --org ORG (--value N | ...) --reason WHY --document DOC [...]

                Records a realisation of an indicator for a period (2024, 2024-S1, 2024-Q3, 2024-M07). The
                indicator must be in force in that period. Numbers may be Indonesian (56,70; 1.234,5) or plain
                (56.70); an ambiguous one (1.234) is refused with the reason. A realisation counts once an actor
                other than its recorder approves it ('kinerja approve'). A correction names the realisation it
                corrects and why; the old figure stays in history.

                options:
                  --org ORG                 the organisation's stream
                  --indicator CODE          the indicator
                  --period PERIOD           2024, 2024-S1, 2024-Q3 or 2024-M07
                  --value N                 the realisation, in the indicator's unit
                  --numerator N, --denominator N   or its parts (a percentage is numerator/denominator × 100)
                  --printed-capaian N       the capaian the source printed beside it (kept to compare)
                  --source TEXT             sumber data
                  --reason WHY              for a correction: why the figure was wrong
                  --effective DATE          for a correction: the date it applies from (YYYY-MM-DD), when
                                            not the day it is recorded; 'check' lists one more than
                                            30 days before its recording as back-dated
                \(CommandInfo.basisHelp.en)

                example:
                  kinerja realisasi record --org luwu-timur-dinsos-p3a --indicator PPKS --period 2025-TW1 \\
                    --numerator 3413 --denominator 28860 --document "Laporan TW I 2025" --id ltim-ppks-2025-tw1 --as rina
                  kinerja realisasi correct ltim-real-ppks-2024 --org luwu-timur-dinsos-p3a --value 118,27 \\
                    --reason "salah ketik" --document "Nota koreksi 12/2025" --id ltim-koreksi-ppks-2024 --as rina

                """))

    static let records: [EventType] = [.realisasiRecorded, .realisasiCorrected]

    static func run(
        _ runner: CommandRunner, _ arguments: Arguments, output: inout some TextOutputStream,
        errors: inout some TextOutputStream
    ) throws(CLIError) {
        try runner.decision("realisasi", arguments, output: &output, errors: &errors)
    }
}
