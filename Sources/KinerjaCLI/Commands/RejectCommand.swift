import KinerjaEvents
import KinerjaInterchange
import KinerjaProjections
import KinerjaReports
import KinerjaStore

/// `kinerja reject`: reject proposals recorded by someone else, with the reason, one or many at once.
struct RejectCommand: Command {
    static let info = CommandInfo(
        name: "reject",
        summary: Localized(
            id: "tolak usulan yang dicatat orang lain, dengan alasannya",
            en: "reject a proposal recorded by someone else, with the reason"),
        spec: ArgumentSpec(
            valued: ["org", "as", "id", "reason", "batch"], flags: ["dry-run"], operands: ["EVENT"],
            repeatsLastOperand: true),
        help: Localized(
            id: """
                penggunaan: kinerja reject PERISTIWA... --org ORG --reason ALASAN [--as AKTOR]
                            kinerja reject --batch PERISTIWA --org ORG [PERISTIWA...] --reason ALASAN [--as AKTOR]

                Menolak usulan PERISTIWA: usulan itu tidak pernah berlaku, dan tetap ada dalam riwayat bersama
                alasannya. PERISTIWA adalah id utuh sebuah peristiwa, atau awalnya (paling sedikit 4 karakter)
                sepanjang tidak dimiliki id lain dalam stream: id pendek yang ditampilkan 'kinerja pending'.

                Usulan-usulan itu dicantumkan, lalu ditolak bersama sebagai satu batch: bila satu penolakan ditolak,
                tidak ada yang dicatat, dan pesannya menyebut yang mana dan mengapa.

                opsi:
                  --org ORG                 stream organisasi
                  --reason ALASAN           alasannya (wajib), disimpan bersama setiap penolakan
                  --batch PERISTIWA         juga setiap usulan yang menunggu keputusan yang dicatat dalam batch yang
                                            sama dengan PERISTIWA (seluruh impor sekaligus)
                  --dry-run                 cantumkan usulan dan periksa penolakannya; tidak mencatat apa pun
                  --as AKTOR                siapa yang menolak (bawaan: $KINERJA_ACTOR)
                \(CommandInfo.signWithHelp.id)
                  --id ID                   id penolakan, bila menolak satu usulan (bawaan: dibuat otomatis)

                contoh:
                  kinerja reject imp-7f7f --org luwu-timur-dinsos-p3a --reason "angka belum final" --as kadis
                  kinerja reject --batch imp-d79a --org luwu-timur-dinsos-p3a --reason "lampiran salah" --as kadis

                """,
            en: """
                usage: kinerja reject EVENT... --org ORG --reason WHY [--as ACTOR]
                       kinerja reject --batch EVENT --org ORG [EVENT...] --reason WHY [--as ACTOR]

                Rejects the proposals EVENT: they never count, and stay in history with the reason. EVENT is
                an event's whole id, or as much of its beginning (at least 4 characters) as no other id of
                the stream shares: the short ids 'kinerja pending' shows.

                The proposals are listed, then rejected together as one batch: if any rejection is refused,
                none is recorded, and the message says which and why.

                options:
                  --org ORG                 the organisation's stream
                  --reason WHY              why (required), kept with each rejection
                  --batch EVENT             also every proposal awaiting a decision that was recorded in the
                                            same batch as EVENT (a whole import at once)
                  --dry-run                 list the proposals and check the rejections; record nothing
                  --as ACTOR                who rejects (default: $KINERJA_ACTOR)
                \(CommandInfo.signWithHelp.en)
                  --id ID                   the rejection's id, when rejecting one proposal (default: generated)

                example:
                  kinerja reject imp-7f7f --org luwu-timur-dinsos-p3a --reason "angka belum final" --as kadis
                  kinerja reject --batch imp-d79a --org luwu-timur-dinsos-p3a --reason "lampiran salah" --as kadis

                """))

    static let records: [EventType] = [.proposalRejected]

    static func run(
        _ runner: CommandRunner, _ arguments: Arguments, output: inout some TextOutputStream,
        errors: inout some TextOutputStream
    ) throws(CLIError) {
        guard let reason = arguments.value("reason"), !reason.isEmpty else {
            throw .usage(Localized(id: "--reason belum diberikan", en: "missing --reason"), command: info.name)
        }
        let state = try runner.loadState(arguments, command: info.name).state
        let proposals = try runner.proposalsToDecide(arguments, state: state, command: info.name)
        try runner.decide(
            proposals,
            verb: (Localized(id: "menolak", en: "rejecting"), Localized(id: "akan menolak", en: "would reject")),
            state: state, arguments: arguments, command: info.name,
            output: &output, errors: &errors
        ) { proposal in
            .proposalRejected(ProposalRejected(proposal: proposal.id, reason: reason))
        }
    }
}
