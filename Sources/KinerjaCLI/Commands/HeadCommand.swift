import KinerjaEvents
import KinerjaInterchange
import KinerjaProjections
import KinerjaReports
import KinerjaStore

/// `kinerja head`: print each stream's digest (stream:seq:hash) for verify --digest.
struct HeadCommand: Command {
    static let info = CommandInfo(
        name: "head",
        summary: Localized(
            id: "cetak digest setiap stream (stream:seq:hash) untuk verify --digest",
            en: "print each stream's digest (stream:seq:hash) for verify --digest"),
        spec: ArgumentSpec(),
        help: Localized(
            id: """
                penggunaan: kinerja [--ledger DIR] head

                Mencetak head terkini setiap stream sebagai STREAM:SEQ:HASH, satu per baris: bentuk yang diterima
                'kinerja verify --digest'. Catatlah (atau cetak pada laporan) untuk kelak membuktikan bahwa riwayat
                sampai head itu tidak diubah.

                contoh:
                  kinerja head

                """,
            en: """
                usage: kinerja [--ledger DIR] head

                Prints each stream's current head as STREAM:SEQ:HASH, one per line: the form
                'kinerja verify --digest' takes. Write it down (or print it on a report) to prove later that
                the history up to it was not changed.

                example:
                  kinerja head

                """))

    static func run(
        _ runner: CommandRunner, _ arguments: Arguments, output: inout some TextOutputStream,
        errors: inout some TextOutputStream
    ) throws(CLIError) {
        try runner.head(output: &output)
    }
}
