import KinerjaEvents
import KinerjaInterchange
import KinerjaProjections
import KinerjaReports
import KinerjaStore

/// `kinerja init`: create a new, empty ledger.
struct InitCommand: Command {
    /// The setup file both languages' next steps show.
    private static let exampleFile = """
          organisation: luwu-timur-dinsos-p3a
          name: Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak
          region: Kabupaten Luwu Timur
          document: Peraturan Bupati Luwu Timur tentang Susunan Organisasi Perangkat Daerah

          actor: admin
          name: Andi Saputra
          roles: administrator, recorder

          actor: rina
          name: Rina Wati
          roles: recorder

          actor: kadis
          name: Drs. Sukarti
          roles: approver
        """

    static let info = CommandInfo(
        name: "init", summary: Localized(id: "buat ledger baru yang kosong", en: "create a new, empty ledger"),
        spec: ArgumentSpec(),
        help: Localized(
            id: """
                penggunaan: kinerja [--ledger DIR] init

                Membuat ledger kosong di DIR (bawaan ./Ledger): berkas penanda kinerja-ledger.json. Stream (masing-
                masing satu berkas <stream>.jsonl) muncul bersama peristiwa pertamanya. Lalu dicetak langkah
                berikutnya: mendaftarkan siapa yang boleh mencatat dan memutuskan, dan organisasinya ('kinerja setup').

                contoh:
                  kinerja --ledger baru init

                """,
            en: """
                usage: kinerja [--ledger DIR] init

                Creates an empty ledger in DIR (default ./Ledger): the marker file kinerja-ledger.json.
                Streams (one <stream>.jsonl file each) appear with their first event. It then prints the next
                steps: registering who may record and decide, and the organisation ('kinerja setup').

                example:
                  kinerja --ledger baru init

                """))

    /// What to do after `init`, printed once the ledger is created.
    static let nextSteps = Localized(
        id: """
            berikutnya: daftarkan siapa yang boleh mencatat dan memutuskan, dan organisasi Anda. Tulis berkas setup.txt:

            \(exampleFile)

            lalu jalankan 'kinerja setup setup.txt' ('kinerja setup --help' mencantumkan setiap kunci). Atau satu per satu:

              kinerja actor add admin --name "Andi Saputra" --role administrator --as admin
              kinerja actor add rina --name "Rina Wati" --role recorder --as admin
              kinerja org register luwu-timur-dinsos-p3a --name "Dinas Sosial P3A" \\
                --region "Kabupaten Luwu Timur" --document "Perbup SOTK" --as rina

            """,
        en: """
            next: register who may record and decide, and your organisation. Write a file setup.txt:

            \(exampleFile)

            and run 'kinerja setup setup.txt' ('kinerja setup --help' lists every key). Or one at a time:

              kinerja actor add admin --name "Andi Saputra" --role administrator --as admin
              kinerja actor add rina --name "Rina Wati" --role recorder --as admin
              kinerja org register luwu-timur-dinsos-p3a --name "Dinas Sosial P3A" \\
                --region "Kabupaten Luwu Timur" --document "Perbup SOTK" --as rina

            """)

    static func run(
        _ runner: CommandRunner, _ arguments: Arguments, output: inout some TextOutputStream,
        errors: inout some TextOutputStream
    ) throws(CLIError) {
        try runner.initialize(output: &output)
    }
}
