import KinerjaEvents
import KinerjaInterchange
import KinerjaProjections
import KinerjaReports
import KinerjaStore

/// `kinerja pending`: list every proposal awaiting a decision, oldest first.
struct PendingCommand: Command {
    static let info = CommandInfo(
        name: "pending",
        summary: Localized(
            id: "tampilkan setiap usulan yang menunggu keputusan, yang terlama lebih dahulu",
            en: "list every proposal awaiting a decision, oldest first"),
        spec: ArgumentSpec(valued: ["org", "format"], flags: ["all"]),
        help: Localized(
            id: """
                penggunaan: kinerja pending --org ORG [--format table|json]
                            kinerja pending --all [--format table|json]

                Mencantumkan setiap usulan yang masih menunggu keputusan (keputusan IKU, target, PK Perubahan,
                realisasi dan koreksi), yang terlama lebih dahulu, satu baris masing-masing: id-nya (id yang dibuat
                otomatis dipendekkan menjadi karakter tersedikit, paling sedikit 8, yang tidak mengawali id lain dalam
                stream: 'approve' dan 'reject' menerimanya), seq, jenis, siapa yang mencatatnya dan kapan, batch
                asalnya (sehingga seluruh impor dapat disetujui sekaligus dengan 'approve --batch'), dan apa yang
                diubahnya.

                opsi:
                  --org ORG                 stream organisasi
                  --all                     stream setiap organisasi, setiap baris menyebut streamnya
                  --format table|json       json: satu objek per baris, kunci terurut, id utuh

                contoh:
                  kinerja pending --org luwu-timur-dinsos-p3a
                  kinerja pending --all --format json

                """,
            en: """
                usage: kinerja pending --org ORG [--format table|json]
                       kinerja pending --all [--format table|json]

                Lists every proposal still awaiting a decision (IKU decisions, targets, PK amendments,
                realisations and corrections), oldest first, one line each: its id (generated ids shortened to
                the fewest characters, at least 8, that no other id of the stream begins with: 'approve' and
                'reject' take them), seq, type, who recorded it and when, the batch it came in (so a whole
                import can be approved at once with 'approve --batch'), and what it changes.

                options:
                  --org ORG                 the organisation's stream
                  --all                     every organisation's stream, each line naming its stream
                  --format table|json       json: one object per line, keys sorted, whole ids

                example:
                  kinerja pending --org luwu-timur-dinsos-p3a
                  kinerja pending --all --format json

                """))

    static func run(
        _ runner: CommandRunner, _ arguments: Arguments, output: inout some TextOutputStream,
        errors: inout some TextOutputStream
    ) throws(CLIError) {
        let json = try runner.wantsJSON(arguments, command: info.name)
        let all = arguments.flags.contains("all")
        if all && arguments.value("org") != nil {
            throw .usage(
                Localized(id: "berikan --org ORG atau --all, jangan keduanya", en: "give --org ORG or --all, not both"),
                command: info.name)
        }
        let streams: [StreamName]
        let ledger = try runner.openLedger()
        if all {
            do {
                streams = try ledger.streams().filter { $0 != .ledger }
            } catch {
                throw .store(error)
            }
        } else {
            guard arguments.value("org") != nil else {
                throw .usage(
                    Localized(
                        id: "organisasi yang mana? berikan --org ORG, atau --all",
                        en: "which organisation? give --org ORG, or --all"), command: info.name)
            }
            streams = [try runner.organisationStream(arguments, command: info.name)]
        }
        var summaries: [ProposalSummary] = []
        for stream in streams {
            summaries += try runner.organisationState(stream, in: ledger).pendingSummaries()
        }
        summaries.sort { lhs, rhs in
            (lhs.event.recordedAt, lhs.stream.rawValue, lhs.event.seq)
                < (rhs.event.recordedAt, rhs.stream.rawValue, rhs.event.seq)
        }
        if json {
            for summary in summaries { output.write(summary.json.canonicalString + "\n") }
        } else if summaries.isEmpty {
            let place =
                all
                ? Localized(id: "stream organisasi mana pun", en: "any organisation's stream")
                : Localized(verbatim: "stream \(streams[0])")
            output.write(
                (Localized(
                    id: "tidak ada usulan yang menunggu keputusan dalam ", en: "no proposal awaits a decision in ")
                    + place)(runner.language) + "\n")
        } else {
            var zones: [StreamName: IndonesianTimeZone] = [:]
            for stream in streams { zones[stream] = try runner.organisationState(stream, in: ledger).timeZone }
            let words = ReportWords(language: runner.language, zone: zones[streams[0]] ?? .standard)
            for line in summaries.table(showingStream: all, words: words, zones: zones) { output.write(line + "\n") }
        }
    }
}
