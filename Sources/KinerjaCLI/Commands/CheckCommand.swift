import KinerjaEvents
import KinerjaInterchange
import KinerjaProjections
import KinerjaReports
import KinerjaStore

/// `kinerja check`: what an Inspektorat reviewer would question, pointing at the events.
struct CheckCommand: Command {
    static let info = CommandInfo(
        name: "check",
        summary: Localized(
            id: "apa yang akan dipertanyakan pereviu Inspektorat, dengan menunjuk peristiwanya",
            en: "what an Inspektorat reviewer would question, pointing at the events"),
        spec: ArgumentSpec(valued: ["org", "year", "format", "as-of"]),
        help: Localized(
            id: """
                penggunaan: kinerja [--ledger DIR] check --org ORG [--year TAHUN] [--format table|json] [--as-of WAKTU]

                Memeriksa catatan organisasi dan mencantumkan setiap temuan dengan peristiwa yang terlibat: satu angka
                yang dicatat dengan nilai berbeda oleh sumber berbeda (realisasi, target Renstra); capaian tercetak
                yang tidak diberikan aturan (dan rumus yang memberikannya); nilai yang tidak sesuai dengan pembilang
                dan penyebutnya sendiri; target PK yang berbeda dari target Renstra tanpa alasan tercatat; realisasi
                untuk indikator yang tidak berlaku pada periodenya; dokumen yang merujuk peraturan bertanggal setelah
                dirinya; PK yang ditandatangani lebih dari sebulan setelah DPA-nya; LKj yang ditandatangani sebelum
                reviunya.
                Status keluar 1 bila ada temuan, 0 bila tidak ada.

                contoh:
                  kinerja check --org luwu-timur-dinsos-p3a --year 2024   # keluar 1: 11 temuan

                """,
            en: """
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

                """))

    static func run(
        _ runner: CommandRunner, _ arguments: Arguments, output: inout some TextOutputStream,
        errors: inout some TextOutputStream
    ) throws(CLIError) {
        try runner.check(arguments, output: &output)
    }
}
