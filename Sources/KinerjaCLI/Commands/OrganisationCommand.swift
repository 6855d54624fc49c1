import KinerjaEvents
import KinerjaInterchange
import KinerjaProjections
import KinerjaReports
import KinerjaStore

/// `kinerja org`: register the organisation (perangkat daerah) a stream belongs to; set its time zone and
/// its signing policy.
struct OrganisationCommand: Command {
    /// The example commands both languages' help show.
    private static let examples = """
          kinerja --ledger baru org register dinsos-kota-contoh --name "Dinas Sosial Kota Contoh" \\
            --region "Kota Contoh" --province "Sulawesi Selatan" \\
            --parent-government "Pemerintah Kota Contoh" \\
            --document "Perwali Kota Contoh 7/2022 tentang Susunan Organisasi" --as admin
        """

    static let info = CommandInfo(
        name: "org",
        summary: Localized(
            id:
                "daftarkan organisasi (perangkat daerah) pemilik sebuah stream; tetapkan zona waktu dan kebijakan tanda tangannya",
            en: "register the organisation (perangkat daerah) a stream belongs to; set its time zone and signing policy"
        ),
        spec: ArgumentSpec(
            valued: [
                "name", "region", "province", "parent-government", "rating-scale", "zone", "from", "reason", "as", "id",
            ] + CommandInfo.basisOptions,
            operands: ["register, zone or signing", "ORG"], minimumOperands: 2),
        help: Localized(
            id: """
                penggunaan: kinerja org register ORG --name NAMA --region WILAYAH [--province PROVINSI]
                                                     [--parent-government NAMA] [--rating-scale NAMA] --document DOK [...]
                            kinerja org zone ORG --zone WIB|WITA|WIT [--reason ALASAN] --document DOK [...]
                            kinerja org signing ORG --from TANGGAL [--reason ALASAN] --document DOK [...]

                Mendaftarkan organisasi yang peristiwanya dimuat stream ORG (OrganisationRegistered): peristiwa
                pertamanya, sebelum keputusan lain apa pun tentangnya. ORG adalah nama stream yang diterima setiap
                perintah lain sebagai --org: huruf kecil, angka dan '-'. Sebuah stream didaftarkan sekali.

                Waktu organisasi ditampilkan dalam zona waktunya, dengan nama zonanya (14.30 WITA), dan --as-of
                tanpa zona dibaca dalam zona itu: WIB (UTC+7), WITA (UTC+8) atau WIT (UTC+9), menurut provinsinya
                (selain itu wilayahnya, bila dikenal; selain itu WIB). 'zone' menetapkannya
                (OrganisationTimeZoneSet), bila pendaftaran tidak menyebut provinsi atau menyebutnya keliru; yang
                terakhir berlaku.

                'signing' menetapkan kebijakan tanda tangan (SigningPolicySet, oleh administrator): sejak TANGGAL
                (dalam zona waktu organisasi) setiap keputusan (persetujuan, penolakan, keputusan IKU, PK dan PK
                Perubahan) harus dicatat dengan --sign-with BERKASKUNCI oleh pencatat yang kuncinya terdaftar;
                yang tidak ditandatangani ditolak. 'kinerja check' menyebut keputusan tak bertanda tangan sebelumnya.

                opsi:
                  --name NAMA               nama lengkap organisasi
                  --region WILAYAH          kabupaten atau kota
                  --province PROVINSI       provinsinya
                  --parent-government NAMA  pemerintah induknya (Pemerintah Kabupaten ...)
                  --rating-scale NAMA       skala penilaian yang dipakainya (bawaan: Permendagri 54/2010)
                  --zone ZONA               zone: WIB, WITA atau WIT
                  --from TANGGAL            signing: hari pertama keputusan wajib ditandatangani
                  --reason ALASAN           zone, signing: alasannya (provinsinya, koreksi, instruksinya)
                \(CommandInfo.basisHelp.id)

                contoh:
                \(examples)
                  kinerja --ledger baru org zone dinsos-kota-contoh --zone WITA --reason "Sulawesi Selatan" \\
                    --document "Perwali Kota Contoh 7/2022 tentang Susunan Organisasi" --as admin

                """,
            en: """
                usage: kinerja org register ORG --name NAME --region REGION [--province PROVINCE]
                                                [--parent-government NAME] [--rating-scale NAME] --document DOC [...]
                       kinerja org zone ORG --zone WIB|WITA|WIT [--reason WHY] --document DOC [...]
                       kinerja org signing ORG --from DATE [--reason WHY] --document DOC [...]

                Registers the organisation whose events the stream ORG holds (OrganisationRegistered): its
                first event, before any other decision about it. ORG is the stream name every other command
                takes as --org: lowercase letters, digits and '-'. A stream is registered once.

                An organisation's times are shown in its time zone, the zone named (14.30 WITA), and --as-of
                without a zone is read in it: WIB (UTC+7), WITA (UTC+8) or WIT (UTC+9), by its province (else its
                region, when known; else WIB). 'zone' sets it (OrganisationTimeZoneSet), when the registration
                names no province or names it wrongly; the latest one counts.

                'signing' sets the signing policy (SigningPolicySet, by an administrator): from DATE (in the
                organisation's time zone) every decision (approvals, rejections, IKU decisions, the PK and PK
                Perubahan) must be recorded with --sign-with KEYFILE by a recorder whose key is registered;
                unsigned ones are refused. 'kinerja check' names the unsigned decisions before it.

                options:
                  --name NAME               the organisation's full name
                  --region REGION           the kabupaten or kota
                  --province PROVINCE       the province
                  --parent-government NAME  the government it belongs to (Pemerintah Kabupaten ...)
                  --rating-scale NAME       the rating scale it uses (default: Permendagri 54/2010)
                  --zone ZONE               zone: WIB, WITA or WIT
                  --from DATE               signing: the first day decisions must be signed
                  --reason WHY              zone, signing: why (its province, a correction, the instruction)
                \(CommandInfo.basisHelp.en)

                example:
                \(examples)
                  kinerja --ledger baru org zone dinsos-kota-contoh --zone WITA --reason "Sulawesi Selatan" \\
                    --document "Perwali Kota Contoh 7/2022 tentang Susunan Organisasi" --as admin

                """))

    static let records: [EventType] = [.organisationRegistered, .organisationTimeZoneSet, .signingPolicySet]

    static func run(
        _ runner: CommandRunner, _ arguments: Arguments, output: inout some TextOutputStream,
        errors: inout some TextOutputStream
    ) throws(CLIError) {
        let command = info.name
        let verb = try runner.verb(
            arguments,
            among: [
                "register": Set(
                    ["name", "region", "province", "parent-government", "rating-scale", "as", "id"]
                        + CommandInfo.basisOptions),
                "zone": Set(["zone", "reason", "as", "id"] + CommandInfo.basisOptions),
                "signing": Set(["from", "reason", "as", "id"] + CommandInfo.basisOptions),
            ], command: command)
        let name = arguments.operands[1]
        guard let stream = StreamName(name), stream != .ledger else {
            throw .usage(
                Localized(
                    id: "'\(name)' bukan nama stream organisasi (huruf kecil, angka, '-')",
                    en: "'\(name)' is not an organisation stream name (lowercase letters, digits, '-')"),
                command: command)
        }
        if verb == "zone" {
            try setZone(runner, arguments, stream: stream, output: &output, errors: &errors)
            return
        }
        if verb == "signing" {
            let organisation = try runner.organisation(named: stream.rawValue, command: command)
            let ledger = try runner.openLedger()
            let policy = SigningPolicySet(
                from: try runner.date(try runner.required(arguments, "from", command), command: command),
                reason: try runner.optional(arguments, "reason", command),
                basis: try runner.basis(arguments, command: command))
            try runner.record(
                .signingPolicySet(policy), to: organisation, ledger: ledger, arguments: arguments, command: command,
                output: &output, errors: &errors)
            return
        }
        let ledger = try runner.openLedger()
        let organisation = OrganisationRegistered(
            name: try runner.required(arguments, "name", command),
            region: try runner.required(arguments, "region", command),
            province: try runner.optional(arguments, "province", command),
            parentGovernment: try runner.optional(arguments, "parent-government", command),
            ratingScale: try runner.optional(arguments, "rating-scale", command),
            basis: try runner.basis(arguments, command: command))
        try runner.record(
            .organisationRegistered(organisation), to: stream, ledger: ledger, arguments: arguments, command: command,
            output: &output, errors: &errors)
    }

    /// `org zone ORG --zone Z`: records the organisation's time zone (the Decider requires its registration).
    private static func setZone(
        _ runner: CommandRunner, _ arguments: Arguments, stream: StreamName, output: inout some TextOutputStream,
        errors: inout some TextOutputStream
    ) throws(CLIError) {
        let command = info.name
        let text = try runner.required(arguments, "zone", command)
        guard let zone = IndonesianTimeZone(naming: text) else {
            throw .usage(
                Localized(
                    id: "--zone \(text): tulis WIB (UTC+7), WITA (UTC+8) atau WIT (UTC+9)",
                    en: "--zone \(text): write WIB (UTC+7), WITA (UTC+8) or WIT (UTC+9)"),
                command: command)
        }
        let organisation = try runner.organisation(named: stream.rawValue, command: command)
        let ledger = try runner.openLedger()
        let setting = OrganisationTimeZoneSet(
            zone: zone, reason: try runner.optional(arguments, "reason", command),
            basis: try runner.basis(arguments, command: command))
        try runner.record(
            .organisationTimeZoneSet(setting), to: organisation, ledger: ledger, arguments: arguments,
            command: command, output: &output, errors: &errors)
    }
}
