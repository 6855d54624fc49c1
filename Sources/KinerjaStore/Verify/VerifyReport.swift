/// What `verify` found: every stream's scan, the check of each digest given, and the quarantine files.
package struct VerifyReport: Sendable, Equatable {
    /// The outcome of checking one digest an auditor wrote down earlier.
    enum DigestOutcome: Sendable, Equatable {
        /// The stream still holds that event with that hash; it now ends at `currentSeq`.
        case extended(currentSeq: Int)
        /// The ledger has no such stream.
        case unknownStream
        /// The stream has fewer events than the digest's seq: events were removed.
        case shorter(currentSeq: Int)
        /// The event at that seq has another hash: history was rewritten.
        case rewritten(foundHash: SHA256Digest)
        /// The stream is damaged before that seq, so the digest cannot be confirmed.
        case unreadable
    }

    /// One digest and what checking it found.
    struct DigestCheck: Sendable, Equatable {
        /// The digest given.
        package var digest: LedgerDigest
        /// What was found.
        package var outcome: DigestOutcome

        /// Whether the stream still extends the digest.
        var isConfirmed: Bool {
            if case .extended = outcome { return true }
            return false
        }
    }

    /// Every stream's scan, sorted by stream name.
    package var streams: [StreamScan]
    /// The digest checks, in the order given.
    var digestChecks: [DigestCheck]
    /// Files holding bytes moved out of streams by recovery.
    var quarantineFiles: [String]
    /// Files an interrupted write left behind (temporary files, empty quarantine files), which the next
    /// write removes: named, not failures.
    var leftoverFiles: [String] = []
    /// The ledger's format version (1: no acknowledged heads recorded yet).
    package var formatVersion = Ledger.formatVersion
    /// The seq each stream's head record acknowledges.
    var acknowledgedSeqs: [StreamName: Int] = [:]
    /// What is wrong with the list of the ledger's streams, if anything.
    var streamListProblem: HeadRecordProblem?
    /// `*.jsonl` files that are not streams (their names are not stream names), so were not checked.
    var uncheckedFiles: [String] = []
    /// How many checkpoint files were compared with their streams.
    var checkpointsChecked = 0
    /// Checkpoints that do not match their streams (queries would pass them over; a changed one is a sign
    /// of tampering with the ledger directory).
    var checkpointProblems: [CheckpointProblem] = []

    /// Whether every stream is intact and every digest is confirmed.
    package var isSuccessful: Bool {
        streams.allSatisfy { $0.damage == nil } && digestChecks.allSatisfy(\.isConfirmed) && uncheckedFiles.isEmpty
            && failingCheckpoints.isEmpty && streamListProblem == nil
    }

    /// The checkpoint problems that fail verification (the rest are notes).
    private var failingCheckpoints: [CheckpointProblem] {
        checkpointProblems.filter(\.isFailure)
    }

    /// The report as lines of English text: see ``lines(_:)``.
    package var lines: [String] { lines(.en) }

    /// The report as lines of text in `language`: one per stream, notes, one per digest, and a summary. The
    /// descriptions of a damaged line (the store's own problems) stay in English.
    package func lines(_ language: Language) -> [String] {
        func say(_ text: Localized) -> String { text(language) }
        var lines: [String] = []
        for scan in streams {
            let file = scan.stream.fileName
            let count = scan.eventCount
            if let damage = scan.damage, damage.problem.isAcknowledgementProblem {
                lines.append("\(damage)")
                let chained = scan.incompleteTail?.chainedLines ?? 0
                let cut =
                    chained == 0
                    ? Localized(verbatim: "")
                    : Localized(
                        id: " dan \(chained) baris dari batch yang tidak lengkap",
                        en: " and \(chained) line\(chained == 1 ? "" : "s") of an incomplete one")
                lines.append(
                    say(
                        Localized(
                            id: "  \(file) GAGAL: memuat \(count) peristiwa dalam batch lengkap\(cut.id); penulisan ke "
                                + "stream \(scan.stream) ditolak, agar tidak ada seq yang diberikan dua kali, sampai stream "
                                + "dipulihkan dari cadangan yang memuat setiap peristiwa yang diakui",
                            en: "  \(file) FAILED: it holds \(count) event\(count == 1 ? "" : "s") in complete "
                                + "batches\(cut.en); writes to stream \(scan.stream) are refused, so that no seq is given "
                                + "twice, until the stream is restored from a backup that holds every acknowledged event"
                        )))
                continue
            } else if let damage = scan.damage {
                lines.append("\(damage)")
                lines.append(
                    say(
                        Localized(
                            id: "  \(file) rusak: baris rusak pertama adalah \(damage.line); tidak ada yang diperiksa "
                                + "setelahnya",
                            en:
                                "  \(file) is damaged: the first bad line is \(damage.line); nothing after it was checked"
                        )))
            } else {
                lines.append(
                    say(
                        Localized(
                            id: "\(file): baik, \(count) peristiwa, head \(scan.digest)",
                            en: "\(file): ok, \(count) event\(count == 1 ? "" : "s"), head \(scan.digest)")))
            }
            if let acknowledged = acknowledgedSeqs[scan.stream], acknowledged < count {
                let single = acknowledged + 1 == count
                let seqs = single ? "seq \(count)" : "seq \(acknowledged + 1)–\(count)"
                lines.append(
                    say(
                        Localized(
                            id: "  catatan: \(seqs) lengkap tetapi belum diakui dalam \(scan.stream.headFileName) "
                                + "(penulis berhenti di antara menulis dan mencatatnya); penulisan berikutnya mengakuinya",
                            en: "  note: \(seqs) \(single ? "is" : "are") complete but not yet acknowledged in "
                                + "\(scan.stream.headFileName) (a writer stopped between writing them and recording them); "
                                + "the next write acknowledges them")))
            }
            if let first = scan.unrecognised.first {
                let unknown = scan.unrecognised.count
                lines.append(
                    say(
                        Localized(
                            id:
                                "  catatan: \(unknown) peristiwa berjenis yang tidak dikenal kinerja ini (yang pertama: "
                                + "seq \(first.seq), \(first.type) v\(first.version)); diverifikasi dengan hash dan rantai, "
                                + "tidak ditafsirkan; penulisan ke stream ditolak",
                            en:
                                "  note: \(unknown) event\(unknown == 1 ? " is" : "s are") of types this kinerja does not "
                                + "know (the first: seq \(first.seq), \(first.type) v\(first.version)); verified by hash and "
                                + "chain, not interpreted; writes to the stream are refused")))
            }
            if let tail = scan.incompleteTail {
                lines.append(
                    say(
                        Localized(
                            id: "  catatan: \(tail); pembaca mengabaikannya dan penulisan berikutnya memindahkannya ke "
                                + "\(scan.stream.quarantineFileName)",
                            en: "  note: \(tail); readers ignore them and the next write moves them to "
                                + "\(scan.stream.quarantineFileName)")))
            }
        }
        if let problem = streamListProblem {
            lines.append(
                say(
                    Localized(
                        id: "\(Ledger.streamListFileName): GAGAL: daftar stream ledger \(problem)",
                        en: "\(Ledger.streamListFileName): FAILED: the list of the ledger's streams \(problem)")))
        }
        for file in uncheckedFiles {
            lines.append(
                say(
                    Localized(
                        id: "\(file): tidak diperiksa: namanya bukan nama stream (huruf kecil, angka dan '-')",
                        en: "\(file): not checked: the name is not a stream name (lowercase letters, digits and '-')")))
        }
        for file in quarantineFiles {
            lines.append(
                say(
                    Localized(
                        id: "catatan: \(file) memuat bita yang dipindahkan dari stream oleh pemulihan sebelumnya",
                        en: "note: \(file) holds bytes moved out of a stream by an earlier recovery")))
        }
        for file in leftoverFiles {
            lines.append(
                say(
                    Localized(
                        id: "catatan: \(file) ditinggalkan penulisan yang terputus dan tidak memuat apa pun yang "
                            + "tercatat; penulisan berikutnya menghapusnya",
                        en: "note: \(file) was left by an interrupted write and holds nothing recorded; the next write "
                            + "removes it")))
        }
        if formatVersion < Ledger.formatVersion {
            lines.append(
                say(
                    Localized(
                        id: "catatan: ini ledger format \(formatVersion): tidak ada head yang diakui dicatat, sehingga "
                            + "peristiwa yang dihapus dari akhir stream tidak dapat dibedakan dari penulisan yang "
                            + "terputus; 'kinerja upgrade' mencatatnya",
                        en:
                            "note: this is a format \(formatVersion) ledger: no acknowledged heads are recorded, so events "
                            + "removed from a stream's end cannot be told from an interrupted write; 'kinerja upgrade' "
                            + "records them")))
        }
        for problem in checkpointProblems {
            let message: Localized
            switch (problem.isFailure, problem.wasCompared) {
            case (true, _):
                message = Localized(
                    id: "\(problem.text(.id)): GAGAL (checkpoint adalah cache: setelah streamnya lolos verifikasi, "
                        + "'kinerja checkpoint' menulisnya kembali)",
                    en: "\(problem.text(.en)): FAILED (a checkpoint is a cache: once its stream verifies, "
                        + "'kinerja checkpoint' writes it anew)")
            case (false, true):
                message = Localized(id: "catatan: \(problem.text(.id))", en: "note: \(problem.text(.en))")
            case (false, false):
                message = Localized(
                    id: "catatan: \(problem.text(.id)); jalankan 'kinerja checkpoint' untuk menulis snapshot yang "
                        + "dibaca versi ini",
                    en: "note: \(problem.text(.en)); run 'kinerja checkpoint' to write one this version reads")
            }
            lines.append(say(message))
        }
        if checkpointsChecked > 0 {
            let matching = checkpointsChecked - failingCheckpoints.count
            lines.append(
                say(
                    Localized(
                        id:
                            "checkpoint: \(matching) dari \(checkpointsChecked) sesuai dengan keadaan yang dibangun ulang dari "
                            + "streamnya",
                        en: "checkpoints: \(matching) of \(checkpointsChecked) match the state rebuilt from its stream")
                )
            )
        }
        for check in digestChecks {
            lines.append("digest \(check.digest): \(check.outcome.sentence(for: check.digest)(language))")
        }
        let events = streams.reduce(0) { $0 + $1.eventCount }
        let damaged = streams.filter { $0.damage != nil }.count
        let unconfirmed = digestChecks.filter { !$0.isConfirmed }.count
        if isSuccessful {
            lines.append(
                say(
                    Localized(
                        id: "\(streams.count) stream, \(events) peristiwa diverifikasi: baik",
                        en: "verified \(streams.count) stream\(streams.count == 1 ? "" : "s"), \(events) "
                            + "event\(events == 1 ? "" : "s"): ok")))
        } else {
            var problems: [Localized] = []
            if damaged > 0 {
                problems.append(
                    Localized(
                        id: "\(damaged) stream rusak", en: "\(damaged) damaged stream\(damaged == 1 ? "" : "s")"))
            }
            let unchecked = uncheckedFiles.count
            if unchecked > 0 {
                problems.append(
                    Localized(
                        id: "\(unchecked) berkas tidak diperiksa",
                        en: "\(unchecked) unchecked file\(unchecked == 1 ? "" : "s")"))
            }
            let failing = failingCheckpoints.count
            if failing > 0 {
                problems.append(
                    Localized(
                        id: "\(failing) checkpoint tidak sesuai",
                        en: "\(failing) checkpoint\(failing == 1 ? "" : "s") not matching"))
            }
            if streamListProblem != nil {
                problems.append(Localized(id: "daftar stream rusak", en: "the list of streams damaged"))
            }
            if unconfirmed > 0 {
                problems.append(
                    Localized(
                        id: "\(unconfirmed) digest tidak terkonfirmasi",
                        en: "\(unconfirmed) digest\(unconfirmed == 1 ? "" : "s") not confirmed"))
            }
            lines.append(
                say(Localized(id: "verifikasi GAGAL: ", en: "verification FAILED: "))
                    + Localized.joined(problems, separator: ", ")(language))
        }
        return lines
    }
}

extension VerifyReport.DigestOutcome {
    func sentence(for digest: LedgerDigest) -> Localized {
        switch self {
        case .extended(let currentSeq):
            Localized(
                id: "baik, stream masih memuat head ini"
                    + (currentSeq > digest.seq ? " dan memperpanjangnya sampai seq \(currentSeq)" : ""),
                en: "ok, the stream still holds this head"
                    + (currentSeq > digest.seq ? " and extends it to seq \(currentSeq)" : ""))
        case .unknownStream:
            Localized(
                id: "GAGAL: ledger tidak memiliki stream \(digest.stream)",
                en: "FAILED: the ledger has no stream \(digest.stream)")
        case .shorter(let currentSeq):
            Localized(
                id:
                    "GAGAL: stream kini berakhir pada seq \(currentSeq), sebelum \(digest.seq): ada peristiwa yang dihapus",
                en: "FAILED: the stream now ends at seq \(currentSeq), before \(digest.seq): events were removed")
        case .rewritten(let foundHash):
            Localized(
                id:
                    "GAGAL: seq \(digest.seq) kini ber-hash \(foundHash): riwayat ditulis ulang setelah digest ini diambil",
                en: "FAILED: seq \(digest.seq) now has hash \(foundHash): history was rewritten after this digest was "
                    + "taken")
        case .unreadable:
            Localized(
                id: "GAGAL: stream rusak sebelum seq \(digest.seq), sehingga head ini tidak dapat dikonfirmasi",
                en: "FAILED: the stream is damaged before seq \(digest.seq), so this head cannot be confirmed")
        }
    }
}
