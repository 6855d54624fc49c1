import KinerjaEvents
import KinerjaInterchange
import KinerjaProjections
import KinerjaReports
import KinerjaStore

/// `kinerja append`: append events given as JSON lines, as one atomic batch.
struct AppendCommand: Command {
    static let info = CommandInfo(
        name: "append",
        summary: Localized(
            id: "tambahkan peristiwa yang diberikan sebagai baris JSON, sebagai satu batch atomik",
            en: "append events given as JSON lines, as one atomic batch"),
        spec: ArgumentSpec(
            valued: ["as", "stream", "org"], operands: ["FILE (or - for standard input)"], minimumOperands: 1),
        help: Localized(
            id: """
                penggunaan: kinerja [--ledger DIR] append BERKAS|- [--as AKTOR] [--stream STREAM]

                Menambahkan peristiwa dalam BERKAS (atau masukan standar), satu objek JSON per baris, sebagai satu
                batch atomik: setelah crash, semua peristiwa batch itu ada dalam ledger atau tidak satu pun.
                Baris masukan memuat "type", "id" opsional, "data", dan "effective" (YYYY-MM-DD) bila jenisnya
                berlaku sejak suatu tanggal. Store menetapkan seq, recordedAt, actor, batch, prev dan hash; masukan
                yang menetapkannya ditolak. Satu baris yang salah menolak seluruh batch dan tidak ada yang ditulis.
                Peristiwa yang "id"-nya sudah ada dalam stream dengan isi yang sama dilewati dan dilaporkan; id yang
                sama dengan isi lain ditolak.

                opsi:
                  --as AKTOR        siapa yang mencatat peristiwa (bawaan: $KINERJA_ACTOR)
                  --sign-with BERKAS
                                    tanda tangani batch dengan kunci privat pencatat (ssh-keygen -Y sign;
                                    bawaan: $KINERJA_SIGN_WITH); wajib untuk keputusan di bawah kebijakan
                                    tanda tangan organisasi
                  --stream STREAM   stream yang ditulis (bawaan: yang disebut jenis peristiwanya, selain itu "ledger");
                  --org ORG         sama, untuk stream sebuah organisasi

                lingkungan:
                  KINERJA_CLOCK=2024-05-01T08:00:00Z   catat pada waktu ini, bukan sekarang (uji, pemuatan data
                                                       historis); recordedAt tidak pernah dapat mundur karenanya
                  KINERJA_ID_PREFIX=load               id load-SEQ (seq peristiwa) untuk peristiwa tanpa id

                contoh:
                  echo '{"type":"NoteRecorded","id":"note-1","data":{"text":"Reviu IKU dimulai"}}' \\
                    | kinerja append - --as rina

                """,
            en: """
                usage: kinerja [--ledger DIR] append FILE|- [--as ACTOR] [--stream STREAM]

                Appends the events in FILE (or standard input), one JSON object per line, as one atomic batch:
                after a crash either every event of the batch is in the ledger or none is.
                An input line has "type", optional "id", "data", and "effective" (YYYY-MM-DD) where the type
                takes effect on a date. The store assigns seq, recordedAt, actor, batch, prev and hash; input
                that sets them is refused. Any bad line refuses the whole batch and nothing is written.
                An event whose "id" the stream already holds with the same content is skipped and reported;
                the same id with other content is refused.

                options:
                  --as ACTOR        who records the events (default: $KINERJA_ACTOR)
                  --sign-with FILE  sign the batch with the recorder's private key (ssh-keygen -Y sign;
                                    default: $KINERJA_SIGN_WITH); required for decisions under the
                                    organisation's signing policy
                  --stream STREAM   the stream to write (default: the one the event type names, else "ledger");
                  --org ORG         the same, for an organisation's stream

                environment:
                  KINERJA_CLOCK=2024-05-01T08:00:00Z   record at this time instead of now (tests, historical
                                                       loads); it can never make recordedAt go backwards
                  KINERJA_ID_PREFIX=load               ids load-SEQ (the event's seq) for events given without one

                example:
                  echo '{"type":"NoteRecorded","id":"note-1","data":{"text":"Reviu IKU dimulai"}}' \\
                    | kinerja append - --as rina

                """))

    static func run(
        _ runner: CommandRunner, _ arguments: Arguments, output: inout some TextOutputStream,
        errors: inout some TextOutputStream
    ) throws(CLIError) {
        try runner.append(arguments, output: &output, errors: &errors)
    }
}
