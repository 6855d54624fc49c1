import KinerjaEvents
import KinerjaInterchange
import KinerjaProjections
import KinerjaReports
import KinerjaStore

/// One command: its name, options and help beside the code that runs it, in a file of its own under
/// `Commands/`.
protocol Command {
    /// The command's name, summary, options and help text.
    static var info: CommandInfo { get }
    /// Runs the command with its parsed arguments.
    static func run(
        _ runner: CommandRunner, _ arguments: Arguments, output: inout some TextOutputStream,
        errors: inout some TextOutputStream
    ) throws(CLIError)
    /// The event types the command records from its options (not `append`, which records any type as given).
    static var records: [EventType] { get }
    /// Whether the command writes its output as it goes (a long listing), rather than once it has its whole
    /// answer: such a command is not answered again when a snapshot it read is found damaged.
    static var writesAsItGoes: Bool { get }
}

extension Command {
    /// Records nothing: a query, or a command that writes no event.
    static var records: [EventType] { [] }

    /// Writes its output once it has its whole answer.
    static var writesAsItGoes: Bool { false }

    /// Whether the command takes `--sign-with`: every command that records, `append` included.
    static var mayBeSigned: Bool { !records.isEmpty || info.name == "append" }
}

/// A command's name, options and help text.
struct CommandInfo: Sendable {
    /// The command's name, as typed.
    let name: String
    /// One line for the command list, in both languages.
    let summary: Localized
    /// The options and operands it takes.
    let spec: ArgumentSpec
    /// The full help text in both languages: usage, what it does, options, an example.
    let help: Localized

    /// Every command, in the order `kinerja help` lists them: a new command is a new file with its type,
    /// and one line here.
    static let commands: [any Command.Type] = [
        InitCommand.self, SetupCommand.self, ActorCommand.self, OrganisationCommand.self, AppendCommand.self,
        SpreadsheetImportCommand.self, TemplateCommand.self, RenstraCommand.self, RealisasiCommand.self,
        TargetCommand.self, IkuCommand.self,
        BudgetCommand.self, DocumentCommand.self, NoteCommand.self, PendingCommand.self, ApproveCommand.self,
        RejectCommand.self, StateCommand.self, PerjanjianKinerjaCommand.self,
        HistoryCommand.self, CheckCommand.self, ReportCommand.self, LogCommand.self, VerifyCommand.self,
        HeadCommand.self, CheckpointCommand.self, UpgradeCommand.self, TypesCommand.self, HelpCommand.self,
    ]

    /// Every command's name, summary, options and help, in the order `kinerja help` lists them.
    static var all: [CommandInfo] { commands.map { $0.info } }

    /// The command named `name`, if any.
    static func command(named name: String) -> (any Command.Type)? {
        commands.first { $0.info.name == name }
    }

    /// The help of the command named `name`, if any.
    static func named(_ name: String) -> CommandInfo? {
        command(named: name)?.info
    }

    /// The overview `kinerja help` prints, in `language`.
    static func overview(_ language: Language) -> String {
        let width = all.map(\.name.count).max() ?? 0
        let list = all.map { "  \(TextTable.pad($0.name, to: width))  \($0.summary(language))" }
        return Localized.overview(commands: list.joined(separator: "\n"))(language)
    }

    /// The columns of every kind of spreadsheet, for the help of `import`: each column's name and meaning, then
    /// the other names offices give it (`also: Kode, Kode Indikator`).
    static var importColumns: String {
        let width = ImportKind.allCases.flatMap(\.columns).map { $0.name.count + 2 }.max() ?? 0
        let indent = String(repeating: " ", count: 4 + width + 2)
        return ImportKind.allCases.map { kind in
            "  \(kind.rawValue) (\(kind.eventType.rawValue)):\n"
                + kind.columns.map { column in
                    let line = helpList([column], indent: "    ", width: width)
                    let others = column.aliases + column.yieldingNames.filter { $0 != column.name }
                    guard !others.isEmpty else { return line }
                    return line + "\n" + indent + "also: " + others.joined(separator: ", ")
                }.joined(separator: "\n")
        }.joined(separator: "\n")
    }

    /// The columns of a table, for the help: listed as the entries of the function below.
    static func helpList(_ columns: [ImportKind.Column], indent: String = "  ", width: Int? = nil) -> String {
        helpList(columns.map { ($0.name, $0.isRequired, $0.meaning) }, indent: indent, width: width)
    }

    /// The columns or keys a file takes, for the help: a line each after `indent`, the name (with `*` when it is
    /// required) and its meaning, the meanings aligned `width` characters after the names (default: the longest
    /// name's and two more).
    static func helpList(
        _ entries: [(name: String, isRequired: Bool, meaning: String)], indent: String = "  ", width: Int? = nil
    ) -> String {
        let width = width ?? entries.map { $0.name.count + 2 }.max() ?? 0
        return entries.map { entry in
            "\(indent)\(TextTable.pad(entry.name + (entry.isRequired ? " *" : ""), to: width))  \(entry.meaning)"
        }.joined(separator: "\n")
    }

    /// The help of `--sign-with`, which every command that records takes (``CommandRunner/signer(_:command:)``),
    /// listed after `--as`.
    static let signWithHelp = Localized(
        id: """
              --sign-with BERKAS        tanda tangani batch dengan kunci privat pencatat (ssh-keygen -Y sign;
                                        bawaan: $KINERJA_SIGN_WITH); wajib untuk keputusan di bawah kebijakan
                                        tanda tangan organisasi
            """,
        en: """
              --sign-with FILE          sign the batch with the recorder's private key (ssh-keygen -Y sign;
                                        default: $KINERJA_SIGN_WITH); required for decisions under the
                                        organisation's signing policy
            """)

    /// The options of a decision's basis (its source document), which ``CommandRunner/basis(_:command:)`` reads.
    static let basisOptions = ["document", "locator", "basis-note"]
    /// The help of the basis options, with `--as` and `--id`, as every command recording a decision lists them.
    static let basisHelp = Localized(
        id: """
              --document DOK            dokumen sumber (wajib): jenis, judul, nomor, tanggal
              --locator DI-MANA         letaknya di dalamnya: tabel, halaman atau bagian
              --basis-note TEKS         catatan tentang sumber
              --as AKTOR                siapa yang mencatatnya (bawaan: $KINERJA_ACTOR)
            \(signWithHelp.id)
              --id ID                   id peristiwa (bawaan: dibuat otomatis); id dan isi yang sama
                                        sekali lagi tidak berpengaruh
            """,
        en: """
              --document DOC            the source document (required): kind, title, number, date
              --locator WHERE           where in it: a table, page or section
              --basis-note TEXT         a remark on the source
              --as ACTOR                who records it (default: $KINERJA_ACTOR)
            \(signWithHelp.en)
              --id ID                   the event's id (default: generated); the same id and content
                                        again is a no-op
            """)
}
