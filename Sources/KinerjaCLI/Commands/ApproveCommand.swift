import KinerjaEvents
import KinerjaInterchange
import KinerjaProjections
import KinerjaReports
import KinerjaStore

/// `kinerja approve`: approve (verify) proposals recorded by someone else, one or many at once.
struct ApproveCommand: Command {
    static let info = CommandInfo(
        name: "approve",
        summary: Localized(
            id: "setujui (verifikasi) usulan yang dicatat orang lain",
            en: "approve (verify) a proposal recorded by someone else"),
        spec: ArgumentSpec(
            valued: ["org", "as", "id", "note", "batch"], flags: ["dry-run"], operands: ["EVENT"],
            repeatsLastOperand: true),
        help: Localized(
            id: """
                penggunaan: kinerja approve PERISTIWA... --org ORG [--note TEKS] [--as AKTOR]
                            kinerja approve --batch PERISTIWA --org ORG [PERISTIWA...] [--note TEKS] [--as AKTOR]

                Menyetujui usulan PERISTIWA (keputusan IKU, perubahan target, PK Perubahan, realisasi atau koreksi):
                sejak itu usulan tersebut berlaku. Tidak ada yang menyetujui usulannya sendiri, dan sebuah usulan
                diputuskan sekali. PERISTIWA adalah id utuh sebuah peristiwa, atau awalnya (paling sedikit 4 karakter)
                sepanjang tidak dimiliki id lain dalam stream: id pendek yang ditampilkan 'kinerja pending'.

                Usulan-usulan itu dicantumkan, lalu disetujui bersama sebagai satu batch: bila satu persetujuan
                ditolak, tidak ada yang dicatat, dan pesannya menyebut yang mana dan mengapa.

                opsi:
                  --org ORG                 stream organisasi
                  --batch PERISTIWA         juga setiap usulan yang menunggu keputusan yang dicatat dalam batch yang
                                            sama dengan PERISTIWA (seluruh impor sekaligus)
                  --note TEKS               catatan yang disimpan bersama setiap persetujuan
                  --dry-run                 cantumkan usulan dan periksa persetujuannya; tidak mencatat apa pun
                  --as AKTOR                siapa yang menyetujui (bawaan: $KINERJA_ACTOR)
                \(CommandInfo.signWithHelp.id)
                  --id ID                   id persetujuan, bila menyetujui satu usulan (bawaan: dibuat otomatis)

                contoh:
                  kinerja approve ltim-ppks-2025-tw1 --org luwu-timur-dinsos-p3a --note "cek dokumen" --as kadis
                  kinerja approve ltim-target-ppks-2025 ltim-koreksi --org luwu-timur-dinsos-p3a --as kadis
                  kinerja approve --batch imp-d79a --org luwu-timur-dinsos-p3a --dry-run --as kadis

                """,
            en: """
                usage: kinerja approve EVENT... --org ORG [--note TEXT] [--as ACTOR]
                       kinerja approve --batch EVENT --org ORG [EVENT...] [--note TEXT] [--as ACTOR]

                Approves the proposals EVENT (IKU decisions, target changes, PK amendments, realisations or
                corrections): from now on they count. Nobody approves their own proposal, and a proposal is
                decided once. EVENT is an event's whole id, or as much of its beginning (at least 4
                characters) as no other id of the stream shares: the short ids 'kinerja pending' shows.

                The proposals are listed, then approved together as one batch: if any approval is refused,
                none is recorded, and the message says which and why.

                options:
                  --org ORG                 the organisation's stream
                  --batch EVENT             also every proposal awaiting a decision that was recorded in the
                                            same batch as EVENT (a whole import at once)
                  --note TEXT               a remark kept with each approval
                  --dry-run                 list the proposals and check the approvals; record nothing
                  --as ACTOR                who approves (default: $KINERJA_ACTOR)
                \(CommandInfo.signWithHelp.en)
                  --id ID                   the approval's id, when approving one proposal (default: generated)

                example:
                  kinerja approve ltim-ppks-2025-tw1 --org luwu-timur-dinsos-p3a --note "cek dokumen" --as kadis
                  kinerja approve ltim-target-ppks-2025 ltim-koreksi --org luwu-timur-dinsos-p3a --as kadis
                  kinerja approve --batch imp-d79a --org luwu-timur-dinsos-p3a --dry-run --as kadis

                """))

    static let records: [EventType] = [.proposalApproved]

    static func run(
        _ runner: CommandRunner, _ arguments: Arguments, output: inout some TextOutputStream,
        errors: inout some TextOutputStream
    ) throws(CLIError) {
        let state = try runner.loadState(arguments, command: info.name).state
        let proposals = try runner.proposalsToDecide(arguments, state: state, command: info.name)
        let note = arguments.value("note")
        try runner.decide(
            proposals,
            verb: (Localized(id: "menyetujui", en: "approving"), Localized(id: "akan menyetujui", en: "would approve")),
            state: state, arguments: arguments, command: info.name,
            output: &output, errors: &errors
        ) { proposal in
            .proposalApproved(ProposalApproved(proposal: proposal.id, note: note))
        }
    }
}
