import KinerjaEvents
import KinerjaInterchange
import KinerjaProjections
import KinerjaReports
import KinerjaStore

/// `kinerja log`: list events.
struct LogCommand: Command {
    /// Writes each event as it reads it (JSON lines; a table keeps the rows it shows, and writes them once it
    /// has read them all). A snapshot says only where to start reading for `--from`, and is checked before
    /// anything is written; every line shown is read from the stream.
    static let writesAsItGoes = true

    static let info = CommandInfo(
        name: "log", summary: Localized(id: "tampilkan peristiwa", en: "list events"),
        spec: ArgumentSpec(valued: ["stream", "org", "from", "format", "as-of"]),
        help: Localized(
            id: """
                penggunaan: kinerja [--ledger DIR] log [--stream STREAM] [--from SEQ] [--as-of WAKTU] [--format table|json]

                Mencantumkan peristiwa yang sudah tercatat dari setiap stream (atau satu), menurut urutan stream dan seq.
                Baris JSON ditulis saat dibaca: pada stream yang rusak, daftar berhenti di baris yang rusak dengan
                status keluar 4 dan galat yang menyebutnya. Dengan --from, baris sebelum batch seq itu tidak dibaca
                bila snapshot menyebut letak awalnya ('kinerja verify' membaca setiap baris).

                opsi:
                  --stream STREAM   hanya stream ini
                  --org ORG         sama, untuk stream sebuah organisasi
                  --from SEQ        hanya peristiwa sejak seq ini
                  --as-of WAKTU     hanya peristiwa yang dicatat sampai WAKTU (tanggal: akhir hari itu; tanpa zona:
                                    zona organisasi, atau WIB untuk seluruh ledger)
                  --format FORMAT   table (bawaan) atau json: satu objek per baris, peristiwa tersimpan ditambah
                                    "stream", kunci terurut ("hash"-nya mencakup baris tersimpan, bukan keluaran ini)

                contoh:
                  kinerja log --stream ledger --from 2 --format json

                """,
            en: """
                usage: kinerja [--ledger DIR] log [--stream STREAM] [--from SEQ] [--as-of TIME] [--format table|json]

                Lists the committed events of every stream (or one), in stream and seq order.
                JSON lines are written as they are read: on a damaged stream the listing stops at the damaged line,
                with exit status 4 and the error naming it. With --from, the lines before that seq's batch are not
                read when a snapshot says where it starts ('kinerja verify' reads every line).

                options:
                  --stream STREAM   only this stream
                  --org ORG         the same, for an organisation's stream
                  --from SEQ        only events from this seq on
                  --as-of TIME      only events recorded by TIME (a date: the end of that day, UTC)
                  --format FORMAT   table (default) or json: one object per line, the stored event plus
                                    "stream", keys sorted (its "hash" covers the stored line, not this output)

                example:
                  kinerja log --stream ledger --from 2 --format json

                """))

    static func run(
        _ runner: CommandRunner, _ arguments: Arguments, output: inout some TextOutputStream,
        errors: inout some TextOutputStream
    ) throws(CLIError) {
        try runner.log(arguments, output: &output)
    }
}
