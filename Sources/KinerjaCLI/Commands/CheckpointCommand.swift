import KinerjaEvents
import KinerjaInterchange
import KinerjaProjections
import KinerjaReports
import KinerjaStore

/// `kinerja checkpoint`: cache organisation states so queries and --as-of skip the replay.
struct CheckpointCommand: Command {
    static let info = CommandInfo(
        name: "checkpoint",
        summary: Localized(
            id: "simpan keadaan organisasi agar kueri dan --as-of tidak perlu memutar ulang",
            en: "cache organisation states so queries and --as-of skip the replay"),
        spec: ArgumentSpec(valued: ["org", "every"]),
        help: Localized(
            id: """
                penggunaan: kinerja [--ledger DIR] checkpoint [--org ORG] [--every N]

                Memutar ulang stream sebuah organisasi (setiap organisasi, tanpa --org), memeriksa setiap hash, dan
                menulis keadaannya pada head ke DIR/checkpoints/. Dengan --every N, juga pada akhir batch pertama
                setelah setiap N peristiwa, sehingga kueri --as-of ke masa lalu dimulai dekat waktunya. Checkpoint
                stream yang sebelumnya dihapus: satu set disimpan, berapa kali pun perintah ini dijalankan.
                Kueri kemudian hanya membaca peristiwa setelah checkpoint terakhir yang dicatat sampai waktu --as-of.
                Checkpoint adalah cache: menghapus direktorinya tidak mengubah jawaban apa pun, hanya waktunya.
                Checkpoint yang tidak lagi sesuai dengan streamnya diabaikan, dan 'kinerja verify' gagal karenanya.

                contoh:
                  kinerja checkpoint --org luwu-timur-dinsos-p3a --every 100000

                """,
            en: """
                usage: kinerja [--ledger DIR] checkpoint [--org ORG] [--every N]

                Replays an organisation's stream (every organisation's, without --org), checking every hash,
                and writes its state at the head to DIR/checkpoints/. With --every N, also at the end of the
                first batch after each N events, so that --as-of queries into the past start near their time.
                The stream's earlier checkpoints are removed: one set is kept, however often this runs.
                A query then reads only the events after the latest checkpoint recorded by its --as-of time.
                Checkpoints are caches: deleting the directory changes no answer, only the time it takes.
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
