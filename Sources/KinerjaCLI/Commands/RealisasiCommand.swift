import KinerjaEvents
import KinerjaInterchange
import KinerjaProjections
import KinerjaReports
import KinerjaStore

/// `kinerja realisasi`: record or correct a realisation (verified later by another actor).
struct RealisasiCommand: Command {
    static let info = CommandInfo(
        name: "realisasi", summary: "record or correct a realisation (verified later by another actor)",
        spec: ArgumentSpec(
            valued: [
                "org", "as", "id", "indicator", "period", "value", "numerator", "denominator", "printed-capaian",
                "source", "reason", "effective",
            ] + CommandInfo.basisOptions,
            operands: ["record or correct", "EVENT"], minimumOperands: 1),
        help: """
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
            \(CommandInfo.basisHelp)

            example:
              kinerja realisasi record --org luwu-timur-dinsos-p3a --indicator PPKS --period 2025-TW1 \\
                --numerator 3413 --denominator 28860 --document "Laporan TW I 2025" --id ltim-ppks-2025-tw1 --as rina
              kinerja realisasi correct ltim-real-ppks-2024 --org luwu-timur-dinsos-p3a --value 118,27 \\
                --reason "salah ketik" --document "Nota koreksi 12/2025" --id ltim-koreksi-ppks-2024 --as rina

            """)

    static let records: [EventType] = [.realisasiRecorded, .realisasiCorrected]

    static func run(
        _ runner: CommandRunner, _ arguments: Arguments, output: inout some TextOutputStream,
        errors: inout some TextOutputStream
    ) throws(CLIError) {
        try runner.decision("realisasi", arguments, output: &output, errors: &errors)
    }
}
