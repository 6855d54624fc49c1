import KinerjaEvents
import KinerjaInterchange
import KinerjaProjections
import KinerjaReports
import KinerjaStore

/// `kinerja target`: propose a change of one year's Renstra target, with reason and basis.
struct TargetCommand: Command {
    static let info = CommandInfo(
        name: "target",
        summary: Localized(
            id: "usulkan perubahan target Renstra satu tahun, dengan alasan dan dasarnya",
            en: "propose a change of one year's Renstra target, with reason and basis"),
        spec: ArgumentSpec(
            valued: ["org", "as", "id", "indicator", "year", "value", "reason", "effective"] + CommandInfo.basisOptions,
            operands: ["set"], minimumOperands: 1),
        help: Localized(
            id: """
                penggunaan: kinerja target set --org ORG --indicator KODE --year TAHUN --value N --reason ALASAN
                                               --effective TANGGAL --document DOK [...]

                Mengusulkan target Renstra baru untuk satu tahun sebuah indikator. Usulan berlaku setelah aktor lain
                menyetujuinya; target sebelumnya tetap ada dalam riwayat.

                opsi:
                  --org ORG                 stream organisasi
                  --indicator KODE          indikatornya
                  --year TAHUN              tahun yang targetnya berubah
                  --value N                 target baru (cara Indonesia atau polos)
                  --reason ALASAN           alasan perubahannya
                  --effective TANGGAL       tanggal perubahan mulai berlaku (YYYY-MM-DD)
                \(CommandInfo.basisHelp.id)

                contoh:
                  kinerja target set --org luwu-timur-dinsos-p3a --indicator ppks --year 2025 --value 45,00 \\
                    --reason "reviu Renstra" --effective 2025-03-01 --document "Keputusan 5/2025" \\
                    --id ltim-target-ppks-2025 --as rina

                """,
            en: """
                usage: kinerja target set --org ORG --indicator CODE --year YEAR --value N --reason WHY
                                          --effective DATE --document DOC [...]

                Proposes a new Renstra target for one year of an indicator. It counts once another actor
                approves it; the earlier target stays in history.

                options:
                  --org ORG                 the organisation's stream
                  --indicator CODE          the indicator
                  --year YEAR               the year whose target changes
                  --value N                 the new target (Indonesian or plain notation)
                  --reason WHY              why it changes
                  --effective DATE          the date the change takes effect (YYYY-MM-DD)
                \(CommandInfo.basisHelp.en)

                example:
                  kinerja target set --org luwu-timur-dinsos-p3a --indicator ppks --year 2025 --value 45,00 \\
                    --reason "reviu Renstra" --effective 2025-03-01 --document "Keputusan 5/2025" \\
                    --id ltim-target-ppks-2025 --as rina

                """))

    static let records: [EventType] = [.targetChangeProposed]

    static func run(
        _ runner: CommandRunner, _ arguments: Arguments, output: inout some TextOutputStream,
        errors: inout some TextOutputStream
    ) throws(CLIError) {
        try runner.decision("target", arguments, output: &output, errors: &errors)
    }
}
