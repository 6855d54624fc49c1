import KinerjaEvents
import KinerjaInterchange
import KinerjaProjections
import KinerjaReports
import KinerjaStore

/// `kinerja checkpoint`: snapshot organisation read models so commands and --as-of skip the replay.
struct CheckpointCommand: Command {
    static let info = CommandInfo(
        name: "checkpoint",
        summary: Localized(
            id: "tulis snapshot model baca organisasi (penulis juga menjaganya tetap mutakhir)",
            en: "snapshot organisation read models (writers also keep them current)"),
        spec: ArgumentSpec(valued: ["org", "every"]),
        help: Localized(
            id: """
                penggunaan: kinerja [--ledger DIR] checkpoint [--org ORG] [--every N]

                Memutar ulang stream sebuah organisasi (setiap organisasi, tanpa --org), memeriksa setiap hash, dan
                menulis snapshot model bacanya pada head ke DIR/checkpoints/: id, posisi baris dan kunci setiap
                peristiwa dalam bentuk ringkas (sekitar 3 % dari stream), tanpa salinan peristiwa. Dengan --every N,
                juga pada akhir batch pertama setelah setiap N peristiwa, sehingga kueri --as-of ke masa lalu dimulai
                dekat waktunya. Snapshot stream yang sebelumnya dihapus.
                Penulis sendiri mengambil snapshot setiap kali stream bertambah 1.000 peristiwa
                (KINERJA_SNAPSHOT_EVERY) dan menyimpan paling banyak 12, tersebar sepanjang stream; perintah ini
                untuk ledger yang ditulis tanpa mereka (impor lama, salinan). Setiap perintah lalu hanya membaca
                peristiwa setelah snapshot terakhir yang dicatat sampai waktu --as-of-nya.
                Snapshot adalah cache: menghapus direktorinya tidak mengubah jawaban apa pun, hanya waktunya.
                Snapshot yang tidak lagi sesuai dengan streamnya diabaikan, dan 'kinerja verify' gagal karenanya.

                contoh:
                  kinerja checkpoint --org luwu-timur-dinsos-p3a --every 100000

                """,
            en: """
                usage: kinerja [--ledger DIR] checkpoint [--org ORG] [--every N]

                Replays an organisation's stream (every organisation's, without --org), checking every hash,
                and writes a snapshot of its read model at the head to DIR/checkpoints/: each event's id, line
                position and keys in a compact form (about 3 % of the stream), no copies of events. With
                --every N, also at the end of the first batch after each N events, so that --as-of queries
                into the past start near their time. The stream's earlier snapshots are removed.
                Writers take a snapshot themselves whenever the stream has grown by 1,000 events
                (KINERJA_SNAPSHOT_EVERY) and keep at most 12, spread along the stream; this command is for
                ledgers written without them (old imports, copies). Every command then reads only the events
                after the latest snapshot recorded by its --as-of time.
                Snapshots are caches: deleting the directory changes no answer, only the time it takes.
                One that no longer matches its stream is ignored, and 'kinerja verify' fails on it.

                example:
                  kinerja checkpoint --org luwu-timur-dinsos-p3a --every 100000

                """))

    static func run(
        _ runner: CommandRunner, _ arguments: Arguments, output: inout some TextOutputStream,
        errors: inout some TextOutputStream
    ) throws(CLIError) {
        try runner.checkpoint(arguments, output: &output)
    }
}
