import KinerjaEvents
import KinerjaInterchange
import KinerjaProjections
import KinerjaReports
import KinerjaStore

/// `kinerja verify`: check every stream; confirm a digest written down earlier.
struct VerifyCommand: Command {
    static let info = CommandInfo(
        name: "verify",
        summary: Localized(
            id: "periksa setiap stream; pastikan digest yang dicatat sebelumnya",
            en: "check every stream; confirm a digest written down earlier"),
        spec: ArgumentSpec(valued: ["digest"], repeatable: ["digest"]),
        help: Localized(
            id: """
                penggunaan: kinerja [--ledger DIR] verify [--digest STREAM:SEQ:HASH]...

                Memeriksa setiap stream: hash setiap baris, rantai hash prev, seq tanpa celah, batch, id yang unik,
                recordedAt yang tidak pernah menurun, dan data setiap peristiwa terhadap skema jenisnya. Menyebut baris
                rusak pertama sebuah stream menurut berkas dan nomor barisnya.
                Memeriksa setiap stream terhadap head yang diakuinya (STREAM.head, ditulis setelah setiap batch yang
                dicatat): stream yang tidak lagi memuat peristiwa yang pernah dilaporkan tercatat gagal, dengan
                menyebut seq yang hilang, karena tidak ada crash yang dapat menghapusnya. Penulisan yang terputus
                setelahnya hanya menjadi catatan.
                Dengan --digest (sebagaimana dicetak 'kinerja head'), juga membuktikan bahwa setiap stream masih memuat
                head itu: tidak ada yang diubah, dihapus atau diurutkan ulang sampai head itu sejak dicatat.
                Bila ada aktor dengan kunci, memeriksa tanda tangan setiap batch dengan ssh-keygen -Y verify (satu
                berkas allowed-signers dari stream ledger, namespace kinerja) dan menyebut setiap tanda tangan yang
                buruk atau tidak ada (batch aktor yang memiliki kunci saat dicatat) dengan stream, seq dan aktornya.

                contoh:
                  kinerja head > head-2024-12-31.txt
                  kinerja verify --digest "$(grep '^ledger:' head-2024-12-31.txt)"

                """,
            en: """
                usage: kinerja [--ledger DIR] verify [--digest STREAM:SEQ:HASH]...

                Checks every stream: each line's hash, the chain of prev hashes, seq without gaps, batches,
                unique ids, recordedAt never decreasing, and every event's data against its type's schema.
                Names the first bad line of a damaged stream by file and line number.
                Checks each stream against its acknowledged head (STREAM.head, written after every recorded
                batch): a stream that no longer holds an event once reported as recorded fails, naming the
                missing seqs, because no crash can remove one. An interrupted write beyond it is only a note.
                With --digest (as printed by 'kinerja head'), also proves each stream still holds that head:
                that nothing up to it was changed, removed or reordered since it was written down.
                Once actors have keys, checks every batch's signature with ssh-keygen -Y verify (one
                allowed-signers file built from the ledger stream, namespace kinerja) and names each bad or
                missing one (a batch by an actor who had a key when it was recorded) with stream, seq and actor.

                example:
                  kinerja head > head-2024-12-31.txt
                  kinerja verify --digest "$(grep '^ledger:' head-2024-12-31.txt)"

                """))

    static func run(
        _ runner: CommandRunner, _ arguments: Arguments, output: inout some TextOutputStream,
        errors: inout some TextOutputStream
    ) throws(CLIError) {
        try runner.verify(arguments, output: &output)
    }
}
