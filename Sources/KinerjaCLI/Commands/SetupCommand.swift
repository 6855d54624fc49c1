import KinerjaEvents
import KinerjaInterchange
import KinerjaProjections
import KinerjaReports
import KinerjaStore

/// `kinerja setup`: the first run: register the actors and the organisation from one short file.
struct SetupCommand: Command {
    /// The setup file both languages' help show (as Tools/examples/setup.txt).
    private static let exampleFile = """
          # Dinas Sosial P3A Kabupaten Luwu Timur: who records, who approves
          organisation: luwu-timur-dinsos-p3a
          name: Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak
          region: Kabupaten Luwu Timur
          province: Sulawesi Selatan
          parent-government: Pemerintah Kabupaten Luwu Timur
          document: Peraturan Bupati Luwu Timur tentang Susunan Organisasi Perangkat Daerah

          actor: admin
          name: Andi Saputra
          jabatan: Pengelola Sistem Informasi
          roles: administrator, recorder

          actor: rina
          name: Rina Wati
          jabatan: Kasubbag Perencanaan
          roles: recorder
          organisations: luwu-timur-dinsos-p3a

          actor: kadis
          name: Drs. Sukarti
          jabatan: Kepala Dinas
          roles: approver
        """

    static let info = CommandInfo(
        name: "setup",
        summary: Localized(
            id: "langkah pertama: daftarkan aktor dan organisasi dari satu berkas pendek",
            en: "first run: register the actors and the organisation from one short file"),
        spec: ArgumentSpec(valued: ["as"], operands: ["FILE (or - for standard input)"], minimumOperands: 1),
        help: Localized(
            id: """
                penggunaan: kinerja [--ledger DIR] setup BERKAS|- [--as ADMINISTRATOR]

                Langkah pertama ledger baru (setelah 'kinerja init'): mendaftarkan siapa yang boleh mencatat dan
                memutuskan, dan organisasinya, dari berkas pendek berisi baris 'kunci: nilai'. Para aktor menjadi satu
                batch atomik dalam stream ledger (ActorRegistered), dicatat oleh administrator pertama dalam berkas
                (atau yang disebut --as), yang pendaftarannya sendiri didahulukan; organisasi menjadi satu batch dalam
                streamnya sendiri (OrganisationRegistered), dicatat juga oleh administrator itu, yang karenanya juga
                memerlukan peran recorder. Semuanya diperiksa sebelum ada yang ditulis. Ledger yang sudah memiliki
                aktor ditolak: tambahkan aktor dengan 'kinerja actor add', dan daftarkan organisasi dengan
                'kinerja org register'.

                Berkasnya: 'actor: ID' memulai seorang aktor dan 'organisation: ORG' organisasinya (paling banyak satu,
                dan boleh tidak ada); baris-baris di bawahnya, sampai baris seperti itu berikutnya, menjelaskannya.
                Baris kosong dan baris yang diawali # dilewati.

                seorang aktor (* wajib):
                \(keysHelp(SetupForm.actorKeys))

                organisasi (* wajib):
                \(keysHelp(SetupForm.organisationKeys))

                berkas setup (seperti Tools/examples/setup.txt dalam repositori):

                \(exampleFile)

                contoh:
                  kinerja --ledger baru setup Tools/examples/setup.txt

                """,
            en: """
                usage: kinerja [--ledger DIR] setup FILE|- [--as ADMINISTRATOR]

                The first run of a new ledger (after 'kinerja init'): registers who may record and decide, and
                the organisation, from a short file of 'key: value' lines. The actors are one atomic batch in
                the ledger stream (ActorRegistered), recorded by the file's first administrator (or the one
                --as names), whose own registration comes first; the organisation is one batch in its own
                stream (OrganisationRegistered), recorded by that administrator too, who then needs the role
                recorder as well. Everything is checked before anything is written. A ledger that already
                has actors is refused: add actors there with 'kinerja actor add', and register an
                organisation with 'kinerja org register'.

                The file: 'actor: ID' starts an actor and 'organisation: ORG' the organisation (at most one,
                and it may be left out); the lines below it, up to the next such line, describe it. Blank
                lines and lines starting with # are left out.

                an actor (* required):
                \(keysHelp(SetupForm.actorKeys))

                the organisation (* required):
                \(keysHelp(SetupForm.organisationKeys))

                a setup file (as Tools/examples/setup.txt in the repository):

                \(exampleFile)

                example:
                  kinerja --ledger baru setup Tools/examples/setup.txt

                """))

    static let records: [EventType] = [.actorRegistered, .organisationRegistered]

    /// The keys of a section, for the help.
    private static func keysHelp(_ keys: [(key: String, isRequired: Bool, meaning: String)]) -> String {
        CommandInfo.helpList(keys.map { ($0.key, $0.isRequired, $0.meaning) })
    }

    static func run(
        _ runner: CommandRunner, _ arguments: Arguments, output: inout some TextOutputStream,
        errors: inout some TextOutputStream
    ) throws(CLIError) {
        let command = info.name
        let ledger = try runner.openLedger()
        let registry = try runner.actorRegistry(ledger)
        if registry.isEnforcing {
            let ids = registry.actors.values.map(\.id).sorted()
            let count = ids.count
            throw .usage(
                Localized(
                    id: "ledger sudah memiliki \(count) aktor (\(ids.joined(separator: ", "))),"
                        + " jadi sudah disiapkan; tambahkan aktor dengan 'kinerja actor add' dan daftarkan organisasi dengan"
                        + " 'kinerja org register'",
                    en:
                        "the ledger already has \(count) actor\(count == 1 ? "" : "s") (\(ids.joined(separator: ", "))),"
                        + " so it is set up; add an actor with 'kinerja actor add' and register an organisation with"
                        + " 'kinerja org register'"), command: command)
        }
        let file = arguments.operands[0]
        let (bytes, source) = try runner.readInput(file)
        let form: SetupForm
        do throws(InputError) {
            form = try SetupForm.read(bytes, source: source)
        } catch {
            throw .input(error)
        }
        let administrators = form.actors.filter { $0.roles.contains(.administrator) }
        let recorder: ActorRegistered
        if let given = arguments.value("as") {
            guard let named = administrators.first(where: { $0.actor == given }) else {
                let names = administrators.map(\.actor).joined(separator: ", ")
                throw .usage(
                    Localized(
                        id: "--as \(given): setup dicatat oleh administrator yang didaftarkan berkas itu (\(names))",
                        en:
                            "--as \(given): setup is recorded by an administrator the file registers (\(names))"),
                    command: command)
            }
            recorder = named
        } else if let first = administrators.first {
            recorder = first
        } else {
            throw .usage(
                Localized(id: "\(source) tidak mendaftarkan administrator", en: "\(source) registers no administrator"),
                command: command)
        }
        var recording = arguments
        recording.values["as"] = [recorder.actor]
        // The recorder's own registration comes first: the first actor of a ledger is an administrator.
        let actors = [recorder] + form.actors.filter { $0.actor != recorder.actor }
        let actorEvents = actors.map { EventCodec.standard.newEvent(.actorRegistered($0)) }
        var organisationEvent: (stream: StreamName, event: NewEvent)?
        if let (stream, registration) = form.organisation {
            let mayRecord =
                recorder.roles.contains(.recorder)
                && (recorder.organisations.map { $0.contains(stream.rawValue) } ?? true)
            guard mayRecord else {
                throw .usage(
                    Localized(
                        id:
                            "\(recorder.actor) juga mencatat organisasi, jadi memerlukan peran recorder untuk \(stream): tambahkan"
                            + " ke perannya dalam \(source), atau hapus organisasinya dan biarkan seorang recorder menjalankan"
                            + " 'kinerja org register'",
                        en:
                            "\(recorder.actor) records the organisation too, so needs the role recorder for \(stream): add it"
                            + " to their roles in \(source), or leave the organisation out and have a recorder run"
                            + " 'kinerja org register'"), command: command)
            }
            let event = EventCodec.standard.newEvent(.organisationRegistered(registration))
            // Checked now, before the actors are written: the stream is not registered yet, the scale exists.
            try runner.checkRecording([event], to: stream, ledger: ledger, arguments: recording, command: command)
            organisationEvent = (stream, event)
        }
        try runner.record(
            actorEvents, to: .ledger, ledger: ledger, arguments: recording, command: command, output: &output,
            errors: &errors)
        if let (stream, event) = organisationEvent {
            do {
                try runner.record(
                    [event], to: stream, ledger: ledger, arguments: recording, command: command, output: &output,
                    errors: &errors)
            } catch {
                errors.write(
                    "kinerja: "
                        + Localized(
                            id: "para aktor sudah didaftarkan; organisasinya belum",
                            en: "the actors are registered; the organisation is not")(runner.language) + "\n")
                throw error
            }
        }
        let count = actors.count
        output.write(
            Localized(
                id: "disiapkan: \(count) aktor" + (organisationEvent.map { " dan organisasi \($0.stream)" } ?? "")
                    + "; 'kinerja actor list' menampilkannya",
                en: "set up: \(count) actor\(count == 1 ? "" : "s")"
                    + (organisationEvent.map { " and organisation \($0.stream)" } ?? "")
                    + "; 'kinerja actor list' shows them")(runner.language) + "\n")
    }
}
