import KinerjaEvents
import KinerjaInterchange
import KinerjaProjections
import KinerjaReports
import KinerjaStore

/// `kinerja note`: record a free-text note, on an organisation's stream or the ledger stream.
struct NoteCommand: Command {
    static let info = CommandInfo(
        name: "note",
        summary: Localized(
            id: "catat catatan bebas, pada stream sebuah organisasi atau stream ledger",
            en: "record a free-text note, on an organisation's stream or the ledger stream"),
        spec: ArgumentSpec(valued: ["org", "subject", "as", "id"], operands: ["TEXT"], minimumOperands: 1),
        help: Localized(
            id: """
                penggunaan: kinerja note TEKS [--org ORG] [--subject PERIHAL] [--as AKTOR] [--id ID]

                Mencatat catatan (NoteRecorded): keterangan bagi siapa pun yang kelak membaca riwayatnya, misalnya
                mengapa sebuah reviu dimulai atau apa yang diputuskan rapat. Catatan tidak mengubah angka apa pun.
                Setiap aktor terdaftar boleh mencatatnya. Tanpa --org catatan masuk ke stream ledger.

                opsi:
                  --org ORG                 stream organisasi (bawaan: stream ledger)
                  --subject PERIHAL         perihalnya: indikator, keputusan, peristiwa
                  --as AKTOR                siapa yang mencatatnya (bawaan: $KINERJA_ACTOR)
                \(CommandInfo.signWithHelp.id)
                  --id ID                   id peristiwa (bawaan: dibuat otomatis)

                contoh:
                  kinerja note "Reviu IKU 2025 dimulai" --org luwu-timur-dinsos-p3a --subject iku --as rina

                """,
            en: """
                usage: kinerja note TEXT [--org ORG] [--subject WHAT] [--as ACTOR] [--id ID]

                Records a note (NoteRecorded): a remark for whoever reads the history later, such as why a
                review started or what a meeting decided. It changes no figure. Any registered actor may record
                one. Without --org it goes to the ledger stream.

                options:
                  --org ORG                 the organisation's stream (default: the ledger stream)
                  --subject WHAT            what it is about: an indicator, a decree, an event
                  --as ACTOR                who records it (default: $KINERJA_ACTOR)
                \(CommandInfo.signWithHelp.en)
                  --id ID                   the event's id (default: generated)

                example:
                  kinerja note "Reviu IKU 2025 dimulai" --org luwu-timur-dinsos-p3a --subject iku --as rina

                """))

    static let records: [EventType] = [.noteRecorded]

    static func run(
        _ runner: CommandRunner, _ arguments: Arguments, output: inout some TextOutputStream,
        errors: inout some TextOutputStream
    ) throws(CLIError) {
        let command = info.name
        let ledger = try runner.openLedger()
        let stream =
            arguments.value("org") == nil
            ? StreamName.ledger : try runner.organisationStream(arguments, command: command)
        let text = arguments.operands[0]
        guard !text.allSatisfy(\.isWhitespace) else {
            throw .usage(Localized(id: "catatannya kosong", en: "the note is empty"), command: command)
        }
        let note = NoteRecorded(text: text, subject: try runner.optional(arguments, "subject", command))
        try runner.record(
            .noteRecorded(note), to: stream, ledger: ledger, arguments: arguments, command: command, output: &output,
            errors: &errors)
    }
}
