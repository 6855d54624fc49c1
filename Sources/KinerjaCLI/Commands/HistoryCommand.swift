import KinerjaEvents
import KinerjaInterchange
import KinerjaProjections
import KinerjaReports
import KinerjaStore

/// `kinerja history`: every event that touched a figure, in order, with approvals.
struct HistoryCommand: Command {
    static let info = CommandInfo(
        name: "history",
        summary: Localized(
            id: "setiap peristiwa yang menyentuh sebuah angka, berurutan, dengan persetujuannya",
            en: "every event that touched a figure, in order, with approvals"),
        spec: ArgumentSpec(valued: ["org", "format", "as-of"], operands: ["SUBJECT"], minimumOperands: 1),
        help: Localized(
            id: """
                penggunaan: kinerja [--ledger DIR] history SUBJEK --org ORG [--format table|json] [--as-of WAKTU]

                Mencantumkan setiap peristiwa yang menyentuh SUBJEK, berurutan: seq, waktu dicatat (dalam zona waktu
                organisasi), tanggal berlaku, pencatat, nilai lama → baru, dasar, alasan, dan persetujuannya (siapa,
                kapan) atau ketiadaannya.

                subjek:
                  indicator:KODE           segala hal tentang sebuah indikator
                  target:KODE:TAHUN        target satu tahun (target Renstra dan perubahannya)
                  pk:TAHUN                 sebuah PK dan perubahannya
                  realisasi:KODE:PERIODE   realisasi satu periode (2024, 2024-TW3…) dan koreksinya
                  iku                      setiap keputusan IKU

                contoh:
                  kinerja history realisasi:ppks:2024 --org luwu-timur-dinsos-p3a

                """,
            en: """
                usage: kinerja [--ledger DIR] history SUBJECT --org ORG [--format table|json] [--as-of TIME]

                Lists every event that touched SUBJECT, in order: seq, recorded time, effective date, recorder,
                old → new value, basis, reason, and the approval (who, when) or its absence.

                subjects:
                  indicator:CODE           everything about an indicator
                  target:CODE:YEAR         one year's target (Renstra targets and their changes)
                  pk:YEAR                  a PK and its amendments
                  realisasi:CODE:PERIOD    a realisation period (2024, 2024-Q3…) and its corrections
                  iku                      every IKU decision

                example:
                  kinerja history realisasi:ppks:2024 --org luwu-timur-dinsos-p3a

                """))

    static func run(
        _ runner: CommandRunner, _ arguments: Arguments, output: inout some TextOutputStream,
        errors: inout some TextOutputStream
    ) throws(CLIError) {
        try runner.history(arguments, output: &output)
    }
}
