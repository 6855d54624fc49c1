import KinerjaEvents
import KinerjaInterchange
import KinerjaProjections
import KinerjaReports
import KinerjaStore

/// `kinerja org`: register the organisation (perangkat daerah) a stream belongs to.
struct OrganisationCommand: Command {
    static let info = CommandInfo(
        name: "org",
        summary: Localized(
            id: "daftarkan organisasi (perangkat daerah) pemilik sebuah stream",
            en: "register the organisation (perangkat daerah) a stream belongs to"),
        spec: ArgumentSpec(
            valued: ["name", "region", "province", "parent-government", "rating-scale", "as", "id"]
                + CommandInfo.basisOptions,
            operands: ["register", "ORG"], minimumOperands: 2),
        help: Localized(
            id: """
                penggunaan: kinerja org register ORG --name NAMA --region WILAYAH [--province PROVINSI]
                                                     [--parent-government NAMA] [--rating-scale NAMA] --document DOK [...]

                Mendaftarkan organisasi yang peristiwanya dimuat stream ORG (OrganisationRegistered): peristiwa
                pertamanya, sebelum keputusan lain apa pun tentangnya. ORG adalah nama stream yang diterima setiap
                perintah lain sebagai --org: huruf kecil, angka dan '-'. Sebuah stream didaftarkan sekali.

                opsi:
                  --name NAMA               nama lengkap organisasi
                  --region WILAYAH          kabupaten atau kota
                  --province PROVINSI       provinsinya
                  --parent-government NAMA  pemerintah induknya (Pemerintah Kabupaten ...)
                  --rating-scale NAMA       skala penilaian yang dipakainya (bawaan: Permendagri 54/2010)
                \(CommandInfo.basisHelp.id)

                contoh:
                  kinerja --ledger baru org register dinsos-kota-contoh --name "Dinas Sosial Kota Contoh" \\
                    --region "Kota Contoh" --province "Sulawesi Selatan" \\
                    --parent-government "Pemerintah Kota Contoh" \\
                    --document "Perwali Kota Contoh 7/2022 tentang Susunan Organisasi" --as admin

                """,
            en: """
                usage: kinerja org register ORG --name NAME --region REGION [--province PROVINCE]
                                                [--parent-government NAME] [--rating-scale NAME] --document DOC [...]

                Registers the organisation whose events the stream ORG holds (OrganisationRegistered): its
                first event, before any other decision about it. ORG is the stream name every other command
                takes as --org: lowercase letters, digits and '-'. A stream is registered once.

                options:
                  --name NAME               the organisation's full name
                  --region REGION           the kabupaten or kota
                  --province PROVINCE       the province
                  --parent-government NAME  the government it belongs to (Pemerintah Kabupaten ...)
                  --rating-scale NAME       the rating scale it uses (default: Permendagri 54/2010)
                \(CommandInfo.basisHelp.en)

                example:
                  kinerja --ledger baru org register dinsos-kota-contoh --name "Dinas Sosial Kota Contoh" \\
                    --region "Kota Contoh" --province "Sulawesi Selatan" \\
                    --parent-government "Pemerintah Kota Contoh" \\
                    --document "Perwali Kota Contoh 7/2022 tentang Susunan Organisasi" --as admin

                """))

    static let records: [EventType] = [.organisationRegistered]

    static func run(
        _ runner: CommandRunner, _ arguments: Arguments, output: inout some TextOutputStream,
        errors: inout some TextOutputStream
    ) throws(CLIError) {
        let command = info.name
        try runner.verb(arguments, among: ["register"], command: command)
        let name = arguments.operands[1]
        guard let stream = StreamName(name), stream != .ledger else {
            throw .usage(
                Localized(
                    id: "'\(name)' bukan nama stream organisasi (huruf kecil, angka, '-')",
                    en:
                        "'\(name)' is not an organisation stream name (lowercase letters, digits, '-')"),
                command: command)
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
            output: &output,
            errors: &errors)
    }
}
