import KinerjaEvents
import KinerjaInterchange
import KinerjaProjections
import KinerjaReports
import KinerjaStore

/// `kinerja upgrade`: raise a format 1 ledger to format 2 (acknowledged heads).
struct UpgradeCommand: Command {
    static let info = CommandInfo(
        name: "upgrade",
        summary: Localized(
            id: "naikkan ledger format 1 ke format 2 (head yang diakui)",
            en: "raise a format 1 ledger to format 2 (acknowledged heads)"),
        spec: ArgumentSpec(),
        help: Localized(
            id: """
                penggunaan: kinerja [--ledger DIR] upgrade

                Ledger format 1 (ditulis kinerja sebelum ada head yang diakui) tidak mencatat STREAM.head, sehingga
                peristiwa yang dihapus dari akhir stream tidak dapat dibedakan dari penulisan yang terputus; kinerja
                ini membacanya tetapi menolak menulis ke dalamnya. 'upgrade' memeriksa setiap stream, mencatat akhirnya
                saat ini (batch-batchnya yang lengkap) sebagai diakui, dan menandai ledger sebagai format 2. Jalankan
                sekali, setelah memeriksa stream terhadap digest yang Anda percayai ('kinerja verify --digest'). Stream
                yang rusak ditolak dan tidak ada yang diubah. Pada ledger format 2 perintah ini tidak melakukan apa pun.

                contoh:
                  kinerja verify && kinerja upgrade

                """,
            en: """
                usage: kinerja [--ledger DIR] upgrade

                Format 1 ledgers (written by kinerja before acknowledged heads) record no STREAM.head, so events
                removed from a stream's end could not be told from an interrupted write; this kinerja reads them
                but refuses to write to them. 'upgrade' checks every stream, records its current end (its
                complete batches) as acknowledged, and marks the ledger format 2. Run it once, after checking
                the streams against a digest you trust ('kinerja verify --digest'). A damaged stream is refused
                and nothing is changed. On a format 2 ledger it does nothing.

                example:
                  kinerja verify && kinerja upgrade

                """))

    static func run(
        _ runner: CommandRunner, _ arguments: Arguments, output: inout some TextOutputStream,
        errors: inout some TextOutputStream
    ) throws(CLIError) {
        try runner.upgrade(output: &output)
    }
}
