import KinerjaEvents
import KinerjaInterchange
import KinerjaProjections
import KinerjaReports
import KinerjaStore

/// The command line's entries of the message catalogue: the framing of errors, and the words commands share.
extension Localized {
    /// `; did you mean 'X'?` when there is a suggestion, else nothing.
    static func didYouMean(_ suggestion: String?) -> Localized {
        guard let suggestion else { return Localized(verbatim: "") }
        return Localized(id: "; maksud Anda '\(suggestion)'?", en: "; did you mean '\(suggestion)'?")
    }

    /// Where to read more: ` (see 'kinerja COMMAND --help')`, or the overview without a command.
    static func seeHelp(_ command: String?) -> Localized {
        guard let command else { return Localized(id: " (lihat 'kinerja help')", en: " (see 'kinerja help')") }
        return Localized(id: " (lihat 'kinerja \(command) --help')", en: " (see 'kinerja \(command) --help')")
    }

    /// The heading of refused input lines.
    static let refusedInput = Localized(id: "masukan ditolak:", en: "refused input:")
    /// The heading of a refused import.
    static let refusedImport = Localized(id: "impor ditolak:", en: "refused import:")
    /// The end of every refusal of a write.
    static let nothingWritten = Localized(id: "; tidak ada yang ditulis", en: "; nothing was written")

    /// The start of a refused event's message: `refused event 2 (type): `.
    static func refusedEvent(_ index: Int, type: String) -> Localized {
        Localized(id: "peristiwa \(index) (\(type)) ditolak: ", en: "refused event \(index) (\(type)): ")
    }

    /// The line that counts the lines a long message leaves out.
    static func moreLines(_ count: Int) -> Localized {
        Localized(id: "… dan \(count) baris lagi", en: "… and \(count) more lines")
    }

    /// The length of a value cut short in a message.
    static func characters(_ count: Int) -> Localized {
        Localized(id: "\(count) karakter", en: "\(count) characters")
    }

    /// A value of `--lang` or `KINERJA_LANG` that names no language.
    static func unknownLanguage(_ text: String, source: String) -> Localized {
        Localized(
            id: "\(source) \(text): tulis id (bahasa Indonesia) atau en (English)",
            en: "\(source) \(text): write id (Indonesian) or en (English)")
    }

    /// `--lang` given without a value.
    static let languageNeeded = Localized(id: "opsi --lang memerlukan id atau en", en: "option --lang needs id or en")
}

extension EventIDError {
    /// The message in `language`.
    var localized: Localized {
        switch self {
        case .unknown(let text, let stream, let suggestion):
            Localized(
                id: "tidak ada peristiwa \(text) dalam stream \(stream)"
                    + (suggestion.map { "; maksud Anda \($0)?" } ?? ""),
                en: description)
        case .ambiguous(let text, let stream, let candidates, let count):
            Localized(
                id: "'\(text)' mengawali \(count) id peristiwa dalam stream \(stream): "
                    + candidates.joined(separator: ", ")
                    + (count > candidates.count ? " dan \(count - candidates.count) lagi" : "")
                    + "; berikan id yang lebih panjang",
                en: description)
        case .tooShort(let text, let stream, let minimum):
            Localized(
                id: "'\(text)' bukan id peristiwa dalam stream \(stream), dan awalan memerlukan sedikitnya "
                    + "\(minimum) karakter",
                en: description)
        }
    }
}

extension Localized {
    /// What `kinerja --version` prints.
    static func version(_ version: String, format: Int) -> Localized {
        Localized(
            id: "kinerja \(version) (format ledger \(format))", en: "kinerja \(version) (ledger format \(format))")
    }
}

extension Localized {
    /// The overview `kinerja help` prints, around the list of `commands` (one line each).
    static func overview(commands: String) -> Localized {
        Localized(
            id: """
                kinerja: ledger kinerja berbasis peristiwa untuk SAKIP (IKU, target, PK, realisasi)

                penggunaan: kinerja [--ledger DIR] [--locale id|en] [--lang id|en] PERINTAH [OPSI]

                perintah:
                \(commands)

                Ledger-nya adalah DIR, selain itu $KINERJA_LEDGER, selain itu ./Ledger.
                Bahasa keluarannya --lang, selain itu $KINERJA_LANG, selain itu bahasa Indonesia (id); en untuk
                bahasa Inggris. Kunci dan nilai JSON tidak berubah menurut bahasa.
                Angka dibaca sebagaimana ditulis orang Indonesia (56,70; 1.234,5) atau polos (56.70); angka yang
                pembacaannya bergantung pada penulisnya (100,214; 1.580) ditolak kecuali --locale id atau
                --locale en (sebelum atau sesudah perintah) menyatakannya, atau berkasnya berpemisah titik koma.
                Setiap perintah yang mencatat menerima --sign-with BERKASKUNCI (atau $KINERJA_SIGN_WITH): batch-nya
                ditandatangani dengan kunci SSH pencatatnya (lihat 'kinerja actor --help'); 'kinerja verify'
                memeriksa setiap tanda tangan.
                Jalankan 'kinerja PERINTAH --help' untuk opsi dan contoh sebuah perintah.

                status keluar: 0 berhasil, 1 pemeriksaan menemukan masalah, 2 galat penggunaan, 3 masukan
                ditolak, 4 ledger tidak dapat dipakai (bukan ledger, stream rusak, galat berkas)

                """,
            en: """
                kinerja: an event-sourced performance ledger for SAKIP (IKU, targets, PK, realisasi)

                usage: kinerja [--ledger DIR] [--locale id|en] [--lang id|en] COMMAND [OPTIONS]

                commands:
                \(commands)

                The ledger is DIR, else $KINERJA_LEDGER, else ./Ledger.
                Output is in --lang, else $KINERJA_LANG, else Indonesian (id); en for English. JSON keys and
                values do not change with the language.
                Numbers are read as Indonesians write them (56,70; 1.234,5) or plainly (56.70); one whose
                reading depends on who wrote it (100,214; 1.580) is refused unless --locale id or --locale en
                (before or after the command) says which, or a file delimited by semicolons does.
                Every command that records takes --sign-with KEYFILE (or $KINERJA_SIGN_WITH): its batch is
                signed with the recorder's SSH key (see 'kinerja actor --help'); 'kinerja verify' checks every
                signature.
                Run 'kinerja COMMAND --help' for a command's options and an example.

                exit status: 0 success, 1 a check found problems, 2 usage error, 3 input refused,
                4 the ledger could not be used (not a ledger, damaged stream, file error)

                """)
    }
}

extension Localized {
    /// What `init` says once it has created a ledger.
    static func createdLedger(_ directory: String) -> Localized {
        Localized(id: "ledger kosong dibuat di \(directory)", en: "created an empty ledger in \(directory)")
    }

    /// What `init` says of a directory that already is a ledger.
    static func alreadyALedger(_ directory: String) -> Localized {
        Localized(
            id: "\(directory) sudah merupakan ledger Kinerja; tidak ada yang diubah",
            en: "\(directory) is already a Kinerja ledger; nothing was changed")
    }
}

extension Localized {
    /// An operand's name as a command's spec writes it (English), in both languages: for `missing …`.
    static func operand(_ name: String) -> Localized {
        let words: [String: String] = [
            "COMMAND": "PERINTAH", "EVENT": "PERISTIWA", "FILE": "BERKAS", "SUBJECT": "SUBJEK", "TEXT": "TEKS",
            "YEAR": "TAHUN", "ID": "ID", "ORG": "ORG", "B": "B",
        ]
        let phrases: [String: String] = [
            "FILE (or - for standard input)": "BERKAS (atau - untuk masukan standar)",
            "YEAR (or sign, amend)": "TAHUN (atau sign, amend)", "FILE or A": "BERKAS atau A",
        ]
        if let indonesian = phrases[name] ?? words[name] { return Localized(id: indonesian, en: name) }
        // A list of verbs: `add, roles, retire or list`.
        return Localized(id: name.replacingOccurrences(of: " or ", with: " atau "), en: name)
    }
}

extension String {
    /// The string with every `target` replaced by `replacement`.
    fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}

extension Localized {
    /// The end of refused input: how many lines were refused.
    static func badLines(_ count: Int) -> Localized {
        Localized(
            id: "\(count) baris salah; tidak ada yang ditulis",
            en: "\(count) bad line\(count == 1 ? "" : "s"); nothing was written")
    }

    /// The end of a refused import: how many problems it had.
    static func problems(_ count: Int) -> Localized {
        Localized(
            id: "\(count) masalah; tidak ada yang ditulis",
            en: "\(count) problem\(count == 1 ? "" : "s"); nothing was written")
    }
}

extension ImportError {
    /// One line per problem, `FILE:ROW: column NAME: reason` (`kolom` in Indonesian); the reasons as the import
    /// gives them.
    func lines(_ language: Language) -> [String] {
        problems.map { problem in
            let place = problem.row.map { "\(source):\($0):" } ?? "\(source):"
            let column =
                problem.column.map { Localized(id: " kolom \($0):", en: " column \($0):")(language) } ?? ""
            return "\(place)\(column) \(problem.reason)"
        }
    }
}
