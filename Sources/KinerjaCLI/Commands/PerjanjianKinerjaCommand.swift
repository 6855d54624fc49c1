import KinerjaEvents
import KinerjaInterchange
import KinerjaProjections
import KinerjaReports
import KinerjaStore

/// `kinerja pk`: a Perjanjian Kinerja as signed, and each amendment as its own version.
struct PerjanjianKinerjaCommand: Command {
    static let info = CommandInfo(
        name: "pk", summary: "a Perjanjian Kinerja as signed, and each amendment as its own version",
        spec: ArgumentSpec(valued: ["org", "version", "as-of"], operands: ["YEAR"], minimumOperands: 1),
        help: """
            usage: kinerja [--ledger DIR] pk YEAR --org ORG [--version N] [--as-of TIME]

            Prints the PK for YEAR exactly as signed (version 1) and each approved PK Perubahan as its own
            version with its reason and what changed, each with the ledger digest of that version
            (STREAM:SEQ:HASH): print it on the paper copy, and 'kinerja verify --digest' proves later that
            the ledger still holds that exact version. Amendments awaiting approval are listed apart.

            options:
              --org ORG        the organisation's stream
              --version N      only version N (default: every version)
              --as-of TIME     what the ledger showed then

            example:
              kinerja pk 2024 --org luwu-timur-dinsos-p3a --version 1

            """)

    static func run(
        _ runner: CommandRunner, _ arguments: Arguments, output: inout some TextOutputStream,
        errors: inout some TextOutputStream
    ) throws(CLIError) {
        try runner.perjanjianKinerja(arguments, output: &output)
    }
}
