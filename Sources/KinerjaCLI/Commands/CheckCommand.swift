import KinerjaEvents
import KinerjaInterchange
import KinerjaProjections
import KinerjaReports
import KinerjaStore

/// `kinerja check`: what an Inspektorat reviewer would question, pointing at the events.
struct CheckCommand: Command {
    static let info = CommandInfo(
        name: "check", summary: "what an Inspektorat reviewer would question, pointing at the events",
        spec: ArgumentSpec(valued: ["org", "year", "format", "as-of"]),
        help: """
            usage: kinerja [--ledger DIR] check --org ORG [--year YEAR] [--format table|json] [--as-of TIME]

            Reviews the organisation's records and lists each finding with the events involved: one figure
            recorded with different values by different sources (realisasi, Renstra targets); a printed
            capaian that the rules do not give (and the formula that gives it); a value that does not
            match its own numerator and denominator; a PK target that differs from the Renstra target with
            no recorded reason; a realisation for an indicator not in force in its period; a document
            citing a regulation dated after itself; a PK signed more than a month after its DPA; an LKj
            signed before its reviu.
            Exit status 1 when there are findings, 0 when there are none.

            example:
              kinerja check --org luwu-timur-dinsos-p3a --year 2024   # exits 1: 11 findings

            """)

    static func run(
        _ runner: CommandRunner, _ arguments: Arguments, output: inout some TextOutputStream,
        errors: inout some TextOutputStream
    ) throws(CLIError) {
        try runner.check(arguments, output: &output)
    }
}
