import KinerjaEvents
import KinerjaInterchange
import KinerjaProjections
import KinerjaReports
import KinerjaStore

/// `kinerja actor`: register an actor, change their roles, retire them, list them.
struct ActorCommand: Command {
    /// The example commands both languages' help show.
    private static let examples = """
          kinerja actor add rina --name "Rina Wati" --jabatan "Kasubbag Perencanaan" --role recorder \\
            --org luwu-timur-dinsos-p3a --as admin.ledger
          kinerja actor add kadis --name "Drs. Sukarti" --jabatan "Kepala Dinas" --role approver --as admin.ledger
          kinerja actor roles kadis --role approver,auditor --as admin.ledger
          kinerja actor add budi --name "Budi Santoso" --role recorder --as admin.ledger
          kinerja actor retire budi --as admin.ledger
          kinerja actor list
        """

    static let info = CommandInfo(
        name: "actor",
        summary: Localized(
            id: "daftarkan aktor, ubah perannya, pensiunkan, tampilkan daftarnya",
            en: "register an actor, change their roles, retire them, list them"),
        spec: ArgumentSpec(
            valued: ["name", "jabatan", "nip", "key", "role", "org", "as", "id", "format"],
            repeatable: ["role", "org"], flags: ["revoke"],
            operands: ["add, roles, key, retire or list", "ID"], minimumOperands: 1),
        help: Localized(
            id: """
                penggunaan: kinerja actor add ID --name NAMA --role PERAN [--role PERAN...] [--org ORG...] [--jabatan TEKS]
                                              [--nip NIP] [--key BERKAS.pub]
                            kinerja actor roles ID --role PERAN [--role PERAN...]
                            kinerja actor key ID --key BERKAS.pub | --revoke
                            kinerja actor retire ID
                            kinerja actor list [--format table|json]

                Mendaftarkan siapa yang boleh mencatat dan memutuskan (ActorRegistered, dalam stream ledger), dicatat
                oleh seorang administrator (--as). ID adalah yang diberikan aktor sebagai --as: huruf, angka, '.', '_',
                ':', '-'. 'add' mendaftarkan aktor baru; 'roles' mendaftarkannya lagi dengan peran baru, tetap dengan
                nama, jabatan dan organisasinya; 'retire' mendaftarkannya tanpa peran, sehingga ia tidak mencatat apa
                pun lagi (peristiwa sebelumnya tetap sebagaimana dicatat). Administrator satu-satunya tetap memegang
                peran itu: daftarkan administrator lain lebih dahulu. 'list' menampilkan setiap aktor dengan peran dan
                organisasinya.

                Satu orang satu identitas: ID dibandingkan tanpa membedakan huruf besar dan kecil (RINA adalah rina),
                dan dua ID milik orang yang sama (NIP yang sama, atau nama yang sama bila NIP tidak diberikan) tidak
                boleh memutuskan usulan satu sama lain. --key mendaftarkan kunci publik OpenSSH aktor (ssh-ed25519 atau
                sk-ssh-ed25519@openssh.com); batch yang ia tandatangani dengan --sign-with diperiksa terhadapnya. 'key'
                mendaftarkannya lagi dengan kunci baru (rotasi): batch sebelumnya tetap diperiksa terhadap kunci yang
                berlaku saat dicatat; 'key --revoke' mencabutnya: aktor itu tidak dapat menandatangani lagi sampai
                kunci baru didaftarkan.

                peran:
                  recorder        mencatat keputusan, usulan, realisasi, baris anggaran dan dokumen
                  approver        menyetujui atau menolak usulan yang dicatat orang lain
                  auditor         membaca dan memeriksa; boleh mencatat catatan
                  administrator   mendaftarkan aktor dan perannya

                opsi:
                  --name NAMA               nama orangnya
                  --role PERAN              sebuah peran; ulangi, atau pisahkan peran dengan koma
                  --org ORG                 stream organisasi yang diwakilinya; ulangi (bawaan: semua)
                  --jabatan TEKS            jabatannya
                  --nip NIP                 NIP-nya (18 angka sebagaimana dicetak)
                  --key BERKAS.pub          kunci publik OpenSSH-nya, dari berkas .pub (baris pertama)
                  --revoke                  untuk 'key': cabut kunci aktor
                  --sign-with BERKAS        tanda tangani batch dengan kunci privat administrator (ssh-keygen -Y sign)
                  --as AKTOR                administrator yang mencatatnya (bawaan: $KINERJA_ACTOR)
                  --id ID                   id peristiwa (bawaan: dibuat otomatis)
                  --format table|json       untuk 'list'

                contoh:
                \(examples)

                """,
            en: """
                usage: kinerja actor add ID --name NAME --role ROLE [--role ROLE...] [--org ORG...] [--jabatan TEXT]
                                        [--nip NIP] [--key FILE.pub]
                       kinerja actor roles ID --role ROLE [--role ROLE...]
                       kinerja actor key ID --key FILE.pub | --revoke
                       kinerja actor retire ID
                       kinerja actor list [--format table|json]

                Registers who may record and decide (ActorRegistered, in the ledger stream), recorded by an
                administrator (--as). ID is what the actor gives as --as: letters, digits, '.', '_', ':', '-'.
                'add' registers a new actor; 'roles' registers them again with new roles, keeping their name,
                jabatan and organisations; 'retire' registers them with no roles, so they record nothing more
                (their earlier events stay as recorded). The only administrator keeps that role: register
                another first. 'list' shows every actor with their roles and organisations.

                One person, one identity: IDs compare without case (RINA is rina), and two IDs of the same person
                (the same NIP, or the same name where no NIP is given) may not decide on each other's proposals.
                --key registers the actor's OpenSSH public key (ssh-ed25519 or sk-ssh-ed25519@openssh.com); the
                batches they sign with --sign-with are checked against it. 'key' registers them again with a new key
                (rotation): earlier batches are still checked against the key in force when they were recorded;
                'key --revoke' revokes it: the actor cannot sign again until a new key is registered.

                roles:
                  recorder        records decisions, proposals, realisations, budget lines and documents
                  approver        approves or rejects proposals recorded by someone else
                  auditor         reads and checks; may record notes
                  administrator   registers actors and their roles

                options:
                  --name NAME               the person's name
                  --role ROLE               a role; repeat it, or separate roles with commas
                  --org ORG                 an organisation stream they act for; repeat it (default: all)
                  --jabatan TEXT            their position
                  --nip NIP                 their NIP (18 digits as printed)
                  --key FILE.pub            their OpenSSH public key, from a .pub file (its first line)
                  --revoke                  for 'key': revoke the actor's key
                  --sign-with FILE          sign the batch with the administrator's private key (ssh-keygen -Y sign)
                  --as ACTOR                the administrator who records it (default: $KINERJA_ACTOR)
                  --id ID                   the event's id (default: generated)
                  --format table|json       for 'list'

                example:
                \(examples)

                """))

    static let records: [EventType] = [.actorRegistered]

    static func run(
        _ runner: CommandRunner, _ arguments: Arguments, output: inout some TextOutputStream,
        errors: inout some TextOutputStream
    ) throws(CLIError) {
        let command = info.name
        let verb = try runner.verb(
            arguments,
            among: [
                "add": ["name", "jabatan", "nip", "key", "role", "org", "as", "id"], "roles": ["role", "as", "id"],
                "key": ["key", "as", "id"], "retire": ["as", "id"], "list": ["format"],
            ], command: command)
        if arguments.flags.contains("revoke") && verb != "key" {
            throw .usage(
                Localized(
                    id: "--revoke bukan opsi 'actor \(verb)'; cabut kunci dengan 'kinerja actor key ID --revoke'",
                    en:
                        "--revoke is not an option of 'actor \(verb)'; revoke a key with 'kinerja actor key ID --revoke'"
                ),
                command: command)
        }
        let ledger = try runner.openLedger()
        let registry = try runner.actorRegistry(ledger)
        if verb == "list" {
            try list(
                registry, json: try runner.wantsJSON(arguments, command: command), language: runner.language,
                output: &output)
            return
        }
        guard arguments.operands.count == 2 else {
            throw .usage(
                Localized(
                    id: "aktor yang mana? berikan ID-nya: kinerja actor \(verb) ID",
                    en: "which actor? give their ID: kinerja actor \(verb) ID"), command: command)
        }
        let id = arguments.operands[1]
        guard InputEvent.isValidID(id) else {
            throw .usage(
                Localized(
                    id: "aktor '\(id)' tidak sah: gunakan 1 sampai 128 huruf, angka, '.', '_', ':' atau '-'",
                    en:
                        "actor '\(id)' is not valid: use 1 to 128 letters, digits, '.', '_', ':' or '-'"),
                command: command)
        }
        let registration: ActorRegistered
        if verb == "add" {
            if let known = registry.actor(id) {
                throw .usage(
                    Localized(
                        id: "aktor \(id) sudah terdaftar (\(describe(known.roles, .id))); ubah perannya dengan"
                            + " 'kinerja actor roles \(id) --role ...'",
                        en:
                            "actor \(id) is already registered (\(describe(known.roles))); change their roles with"
                            + " 'kinerja actor roles \(id) --role ...'"), command: command)
            }
            var organisations: [String]?
            if let given = arguments.values["org"] {
                organisations = try given.map { (code) throws(CLIError) -> String in
                    try runner.organisation(named: code, command: command).rawValue
                }
            }
            registration = ActorRegistered(
                actor: id, name: try runner.required(arguments, "name", command),
                jabatan: try runner.optional(arguments, "jabatan", command),
                roles: try runner.roles(arguments, command: command), organisations: organisations,
                nip: try runner.optional(arguments, "nip", command), key: try publicKey(runner, arguments))
        } else {
            guard let known = registry.actor(id) else {
                throw .usage(
                    Localized(
                        id: "tidak ada aktor \(id) yang terdaftar; daftarkan dengan 'kinerja actor add'",
                        en: "no actor \(id) is registered; register them with 'kinerja actor add'"), command: command)
            }
            let roles =
                verb == "roles"
                ? try runner.roles(arguments, command: command) : verb == "key" ? Array(known.roles).sorted() : []
            var key = known.key
            if verb == "key" && arguments.flags.contains("revoke") {
                guard arguments.value("key") == nil, known.key != nil else {
                    throw .usage(
                        Localized(
                            id: known.key == nil
                                ? "aktor \(id) tidak memiliki kunci terdaftar; tidak ada yang dicabut"
                                : "berikan --key atau --revoke, bukan keduanya",
                            en: known.key == nil
                                ? "actor \(id) has no registered key; nothing to revoke"
                                : "give --key or --revoke, not both"), command: command)
                }
                key = nil
            } else if verb == "key" {
                guard let given = try publicKey(runner, arguments) else {
                    throw .usage(
                        Localized(
                            id: "--key belum diberikan: berikan berkas .pub kunci baru \(id)",
                            en: "missing --key: give the .pub file of \(id)'s new key"), command: command)
                }
                key = given
            }
            if verb == "retire" && known.roles.isEmpty {
                throw .usage(
                    Localized(
                        id: "aktor \(id) sudah tidak memegang peran apa pun; tidak ada yang dipensiunkan",
                        en: "actor \(id) holds no roles already; nothing to retire"), command: command)
            }
            registration = ActorRegistered(
                actor: known.id, name: known.name, jabatan: known.jabatan, roles: roles,
                organisations: known.organisations, nip: known.nip, key: key)
        }
        try runner.record(
            .actorRegistered(registration), to: .ledger, ledger: ledger, arguments: arguments, command: command,
            output: &output,
            errors: &errors)
    }

    /// The public key of `--key FILE.pub` (its first line), refused unless it is an accepted OpenSSH key.
    private static func publicKey(_ runner: CommandRunner, _ arguments: Arguments) throws(CLIError) -> SSHPublicKey? {
        guard let file = arguments.value("key") else { return nil }
        let (bytes, _) = try runner.readInput(file)
        let line =
            String(decoding: bytes, as: UTF8.self).split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        guard let key = SSHPublicKey(parsing: line) else {
            let shown = line.count > 40 ? line.prefix(39) + "…" : line
            throw .usage(
                Localized(
                    id: "--key \(file): '\(shown)' bukan kunci publik OpenSSH 'ssh-ed25519 AAAA…' atau"
                        + " 'sk-ssh-ed25519@openssh.com AAAA…' (berikan berkas .pub, bukan kunci privat)",
                    en: "--key \(file): '\(shown)' is not an OpenSSH public key 'ssh-ed25519 AAAA…' or"
                        + " 'sk-ssh-ed25519@openssh.com AAAA…' (give the .pub file, not the private key)"),
                command: info.name)
        }
        return key
    }

    /// The roles as a phrase.
    private static func describe(_ roles: Set<Role>, _ language: Language = .en) -> String {
        roles.isEmpty
            ? Localized(id: "tanpa peran", en: "no roles")(language)
            : roles.sorted().map(\.rawValue).joined(separator: ", ")
    }

    /// Every registered actor by id: roles, organisations, name and jabatan.
    private static func list(
        _ registry: ActorRegistry, json: Bool, language: Language, output: inout some TextOutputStream
    ) throws(CLIError) {
        let actors = registry.actors.values.sorted { $0.id < $1.id }
        if json {
            let values: [JSONValue] = actors.map { actor in
                var object: JSONObject = [
                    "id": .string(actor.id), "name": .string(actor.name),
                    "roles": .array(actor.roles.sorted().map { .string($0.rawValue) }),
                    "organisations": actor.organisations.map { .array($0.map(JSONValue.string)) } ?? .null,
                ]
                if let jabatan = actor.jabatan { object["jabatan"] = .string(jabatan) }
                if let nip = actor.nip { object["nip"] = .string(nip) }
                if let key = actor.key { object["key"] = .string(key.description) }
                return .object(object)
            }
            output.write(JSONValue.array(values).canonicalString + "\n")
            return
        }
        guard !actors.isEmpty else {
            output.write(
                Localized(
                    id: "belum ada aktor yang terdaftar; yang pertama harus administrator ('kinerja actor add' atau"
                        + " 'kinerja setup')",
                    en: "no actors are registered; the first must be an administrator ('kinerja actor add' or"
                        + " 'kinerja setup')")(language) + "\n")
            return
        }
        var table = TextTable(
            headings: LocalizedList(
                id: ["ID", "PERAN", "ORGANISASI", "NAMA"], en: ["ID", "ROLES", "ORGANISATIONS", "NAME"])(language),
            alignments: [.left, .left, .left, .left])
        for actor in actors {
            let name = actor.jabatan.map { "\(actor.name) (\($0))" } ?? actor.name
            table.rows.append([
                actor.id,
                actor.roles.isEmpty
                    ? Localized(id: "(dipensiunkan)", en: "(retired)")(language) : describe(actor.roles),
                actor.organisations?.joined(separator: ", ") ?? Localized(id: "semua", en: "all")(language), name,
            ])
        }
        table.write(to: &output)
    }
}
