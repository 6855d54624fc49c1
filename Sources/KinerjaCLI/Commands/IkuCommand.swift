import KinerjaEvents
import KinerjaInterchange
import KinerjaProjections
import KinerjaReports
import KinerjaStore

/// `kinerja iku`: propose an IKU decision; list IKU versions; diff two of them.
struct IkuCommand: Command {
    static let info = CommandInfo(
        name: "iku", summary: "propose an IKU decision; list IKU versions; diff two of them",
        spec: ArgumentSpec(
            valued: ["org", "as", "id", "effective", "as-of", "format"],
            operands: ["propose, versions or diff", "FILE or A", "B"],
            minimumOperands: 1),
        help: """
            usage: kinerja iku propose FILE --org ORG [--effective DATE] [--as ACTOR] [--id ID]
                   kinerja iku versions --org ORG [--as-of TIME] [--format table|json]
                   kinerja iku diff A B --org ORG [--as-of TIME] [--format table|json]

            Proposes an IKU decision whose data is the JSON object in FILE: kind (penetapan, reviu, ikup),
            decree, basis, and the changes against the IKU in force: added (full indicator definitions),
            amended (code and the components that change), retired. See 'kinerja types' for every member.
            Adding an indicator already in force, or amending or retiring one that is not, is refused.
            It counts once another actor approves it, from its effective date.

            'versions' lists every IKU decision (penetapan, reviu, IKUP) with its decree, the date it is in
            force from, and who approved it when, or that it awaits a decision. 'diff A B' shows what
            changed between the IKU set right after decision A and right after decision B: indicators
            added, retired, and changed component by component (name, formula, unit, polarity…).

            example:
              kinerja iku propose reviu-2025.json --org luwu-timur-dinsos-p3a --effective 2025-02-10 --as rina
              kinerja iku versions --org luwu-timur-dinsos-p3a
              kinerja iku diff ltim-iku-2021 ltim-iku-lkj-2024 --org luwu-timur-dinsos-p3a

            """)

    static let records: [EventType] = [.ikuDecisionProposed]

    static func run(
        _ runner: CommandRunner, _ arguments: Arguments, output: inout some TextOutputStream,
        errors: inout some TextOutputStream
    ) throws(CLIError) {
        if arguments.operands.first == "versions" || arguments.operands.first == "diff" {
            try runner.ikuReview(arguments, output: &output)
        } else {
            try runner.decision("iku", arguments, output: &output, errors: &errors)
        }
    }
}
