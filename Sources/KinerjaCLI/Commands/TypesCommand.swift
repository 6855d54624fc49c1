import KinerjaEvents
import KinerjaInterchange
import KinerjaProjections
import KinerjaReports
import KinerjaStore

/// `kinerja types`: print the event catalogue: every type, version and member.
struct TypesCommand: Command {
    static let info = CommandInfo(
        name: "types",
        summary: Localized(
            id: "cetak katalog peristiwa: setiap jenis, versi dan anggotanya",
            en: "print the event catalogue: every type, version and member"),
        spec: ArgumentSpec(),
        help: Localized(
            id: """
                penggunaan: kinerja types

                Mencetak halaman rujukan setiap jenis peristiwa yang dibaca dan ditulis kinerja ini, sebagai Markdown
                (dalam bahasa Inggris, seperti Ledger/EVENTS.md): apa yang dimuat setiap anggota `data`, jenis mana
                yang merupakan usulan, peran mana yang mencatatnya.

                contoh:
                  kinerja types > EVENTS.md

                """,
            en: """
                usage: kinerja types

                Prints the reference page of every event type this kinerja reads and writes, as Markdown:
                what each member of `data` holds, which types are proposals, which role records them.
                The same page is kept as Ledger/EVENTS.md beside the embedded ledger.

                example:
                  kinerja types > EVENTS.md

                """))

    static func run(
        _ runner: CommandRunner, _ arguments: Arguments, output: inout some TextOutputStream,
        errors: inout some TextOutputStream
    ) throws(CLIError) {
        output.write(EventCatalog.standard.referencePage)
    }
}
