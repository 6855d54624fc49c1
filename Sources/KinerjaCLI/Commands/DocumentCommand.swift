import KinerjaEvents
import KinerjaInterchange
import KinerjaProjections
import KinerjaReports
import KinerjaStore

/// `kinerja document`: record a document of the cycle (LKj, its reviu, the DPA) with its date and citations.
struct DocumentCommand: Command {
    static let info = CommandInfo(
        name: "document",
        summary: Localized(
            id: "catat dokumen siklus (LKj, reviu, DPA) dengan tanggal dan rujukannya",
            en: "record a document of the cycle (LKj, reviu, DPA) with its date and citations"),
        spec: ArgumentSpec(
            valued: [
                "org", "as", "id", "kind", "title", "number", "date", "year", "cites", "signatory",
                "signatory-jabatan", "signatory-nip", "date-note",
            ] + CommandInfo.basisOptions,
            repeatable: ["cites"], operands: ["record"], minimumOperands: 1),
        help: Localized(
            id: """
                penggunaan: kinerja document record --org ORG --kind JENIS --title JUDUL [--number N] [--date TANGGAL]
                                                    [--year TAHUN] [--cites "JUDUL (TANGGAL)"...] [--signatory NAMA] [...]

                Mencatat dokumen siklus SAKIP (DocumentRecorded) dengan tanggalnya dan peraturan yang dirujuknya,
                sehingga 'kinerja check' dapat menilai urutan hal-hal: PK dalam sebulan setelah DPA-nya, reviu sebelum
                LKj ditandatangani, tidak ada peraturan yang dirujuk sebelum peraturan itu ditetapkan.

                opsi:
                  --org ORG                 stream organisasi
                  --kind JENIS              lkj, reviu-lkj, dpa, dpa-perubahan atau other
                  --title JUDUL             judulnya sebagaimana tercetak
                  --number N                nomornya
                  --date TANGGAL            tanggal ditandatangani atau disahkan (YYYY-MM-DD)
                  --date-note TEKS          bila tanpa tanggal: apa yang dikatakan dokumen itu tentangnya
                  --year TAHUN              tahun yang dibahasnya
                  --cites "JUDUL (TANGGAL)" peraturan yang dirujuknya (Mengingat), dengan tanggalnya dalam kurung di
                                            akhir bila tercetak; ulangi untuk masing-masing
                  --signatory NAMA          penandatangannya
                  --signatory-jabatan TEKS  jabatannya
                  --signatory-nip NIP       NIP-nya sebagaimana tercetak
                  --document DOK            sumbernya (bawaan: dokumen itu sendiri, judul dan nomornya)
                  --locator DI-MANA         letaknya di dalamnya
                  --basis-note TEKS         catatan tentang sumber
                  --as AKTOR                siapa yang mencatatnya (bawaan: $KINERJA_ACTOR)
                \(CommandInfo.signWithHelp.id)
                  --id ID                   id peristiwa (bawaan: dibuat otomatis)

                contoh:
                  kinerja document record --org luwu-timur-dinsos-p3a --kind lkj --year 2024 \\
                    --title "Laporan Kinerja Dinas Sosial P3A Tahun 2024" --date 2025-02-20 \\
                    --cites "Peraturan Presiden Nomor 29 Tahun 2014 (2014-03-21)" --signatory "Drs. Sukarti" --as rina

                """,
            en: """
                usage: kinerja document record --org ORG --kind KIND --title TITLE [--number N] [--date DATE]
                                               [--year YEAR] [--cites "TITLE (DATE)"...] [--signatory NAME] [...]

                Records a document of the SAKIP cycle (DocumentRecorded) with its date and the regulations it
                cites, so that 'kinerja check' can judge the order of things: a PK within a month of its DPA,
                the reviu before the LKj is signed, no regulation cited before it was issued.

                options:
                  --org ORG                 the organisation's stream
                  --kind KIND               lkj, reviu-lkj, dpa, dpa-perubahan or other
                  --title TITLE             its title as printed
                  --number N                its number
                  --date DATE               the date it was signed or approved (YYYY-MM-DD)
                  --date-note TEXT          when it has no date: what the document says about it
                  --year YEAR               the year it is about
                  --cites "TITLE (DATE)"    a regulation it cites (Mengingat), with its date in brackets at
                                            the end where printed; repeat it for each
                  --signatory NAME          who signed it
                  --signatory-jabatan TEXT  their position
                  --signatory-nip NIP       their NIP as printed
                  --document DOC            the source (default: the document itself, its title and number)
                  --locator WHERE           where in it
                  --basis-note TEXT         a remark on the source
                  --as ACTOR                who records it (default: $KINERJA_ACTOR)
                \(CommandInfo.signWithHelp.en)
                  --id ID                   the event's id (default: generated)

                example:
                  kinerja document record --org luwu-timur-dinsos-p3a --kind lkj --year 2024 \\
                    --title "Laporan Kinerja Dinas Sosial P3A Tahun 2024" --date 2025-02-20 \\
                    --cites "Peraturan Presiden Nomor 29 Tahun 2014 (2014-03-21)" --signatory "Drs. Sukarti" --as rina

                """))

    static let records: [EventType] = [.documentRecorded]

    static func run(
        _ runner: CommandRunner, _ arguments: Arguments, output: inout some TextOutputStream,
        errors: inout some TextOutputStream
    ) throws(CLIError) {
        let command = info.name
        try runner.verb(arguments, among: ["record"], command: command)
        let ledger = try runner.openLedger()
        let stream = try runner.organisationStream(arguments, command: command)
        let kindText = try runner.required(arguments, "kind", command)
        guard let kind = DocumentRecorded.Kind(rawValue: kindText) else {
            let kinds = DocumentRecorded.Kind.allCases.map(\.rawValue).joined(separator: ", ")
            throw .usage(
                Localized(
                    id: "--kind \(kindText) bukan jenis dokumen; gunakan \(kinds)",
                    en: "--kind \(kindText) is not a kind of document; use \(kinds)"), command: command)
        }
        let title = try runner.required(arguments, "title", command)
        let number = try runner.optional(arguments, "number", command)
        var signatory: Official?
        if let name = try runner.optional(arguments, "signatory", command) {
            signatory = Official(
                name: name, jabatan: try runner.optional(arguments, "signatory-jabatan", command),
                nip: try runner.optional(arguments, "signatory-nip", command))
        } else if arguments.value("signatory-jabatan") != nil || arguments.value("signatory-nip") != nil {
            throw .usage(
                Localized(
                    id: "--signatory-jabatan dan --signatory-nip memerlukan --signatory NAMA",
                    en: "--signatory-jabatan and --signatory-nip need --signatory NAME"), command: command)
        }
        let citations = try (arguments.values["cites"] ?? []).map { (text) throws(CLIError) in
            try citation(text)
        }
        let document =
            try runner.optional(arguments, "document", command)
            ?? [title, number].compactMap(\.self)
            .joined(separator: " Nomor ")
        let recorded = DocumentRecorded(
            kind: kind, year: try runner.yearOption(arguments, command: command), title: title, number: number,
            date: try arguments.value("date").map { (text) throws(CLIError) in try runner.date(text, command: command)
            },
            signatory: signatory, cites: citations.isEmpty ? nil : citations,
            dateNote: try runner.optional(arguments, "date-note", command),
            basis: Basis(
                document: document, locator: try runner.optional(arguments, "locator", command),
                note: try runner.optional(arguments, "basis-note", command)))
        try runner.record(
            .documentRecorded(recorded), to: stream, ledger: ledger, arguments: arguments, command: command,
            output: &output,
            errors: &errors)
    }

    /// `TITLE` or `TITLE (YYYY-MM-DD)`: a regulation cited, with its date when the text ends with one.
    static func citation(_ text: String) throws(CLIError) -> Citation {
        let title = text.trimmingWhiteSpace
        guard !title.isEmpty else {
            throw .usage(
                Localized(
                    id: "--cites kosong; berikan judul peraturannya",
                    en: "--cites is empty; give the regulation's title"), command: info.name)
        }
        guard title.hasSuffix(")"), let open = title.lastIndex(of: "(") else { return Citation(title: title) }
        let inside = String(title[title.index(after: open)..<title.index(before: title.endIndex)])
        guard let date = CalendarDate(parsing: inside) else {
            if inside.count == 10 && inside.filter({ $0 == "-" }).count == 2 {
                throw .usage(
                    Localized(
                        id: "--cites \(text): '\(inside)' bukan tanggal; tulis YYYY-MM-DD",
                        en: "--cites \(text): '\(inside)' is not a date; write YYYY-MM-DD"), command: info.name)
            }
            return Citation(title: title)
        }
        let name = title[..<open].trimmingWhiteSpace
        guard !name.isEmpty else {
            throw .usage(
                Localized(
                    id: "--cites \(text): berikan judul peraturan sebelum tanggalnya",
                    en: "--cites \(text): give the regulation's title before its date"), command: info.name)
        }
        return Citation(title: name, date: date)
    }
}
