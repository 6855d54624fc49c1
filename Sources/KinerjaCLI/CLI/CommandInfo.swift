import KinerjaEvents
import KinerjaInterchange
import KinerjaProjections
import KinerjaReports
import KinerjaStore

/// A command's name, options and help text.
struct CommandInfo: Sendable {
    /// The command's name, as typed.
    package let name: String
    /// One line for the command list.
    package let summary: String
    /// The options and operands it takes.
    let spec: ArgumentSpec
    /// The full help text: usage, what it does, options, an example.
    package let help: String

    /// Every command, in the order `kinerja help` lists them.
    package static let all: [CommandInfo] = [
        .initialize, .append, .spreadsheetImport, .realisasi, .target, .iku, .approve, .reject, .state, .pk, .history,
        .check, .report, .log, .verify, .head, .checkpoint, .upgrade,
        .types,
        .helpCommand,
    ]

    /// The command named `name`, if any.
    package static func named(_ name: String) -> CommandInfo? {
        all.first { $0.name == name }
    }

    /// The overview `kinerja help` prints.
    static var overview: String {
        let width = all.map(\.name.count).max() ?? 0
        let list = all.map { "  \(TextTable.pad($0.name, to: width))  \($0.summary)" }
        return """
            kinerja: an event-sourced performance ledger for SAKIP (IKU, targets, PK, realisasi)

            usage: kinerja [--ledger DIR] COMMAND [OPTIONS]

            commands:
            \(list.joined(separator: "\n"))

            The ledger is DIR, else $KINERJA_LEDGER, else ./Ledger.
            Run 'kinerja COMMAND --help' for a command's options and an example.

            exit status: 0 success, 1 a check found problems, 2 usage error, 3 input refused,
            4 the ledger could not be used (not a ledger, damaged stream, file error)

            """
    }

    static let initialize = CommandInfo(
        name: "init", summary: "create a new, empty ledger", spec: ArgumentSpec(),
        help: """
            usage: kinerja [--ledger DIR] init

            Creates an empty ledger in DIR (default ./Ledger): the marker file kinerja-ledger.json.
            Streams (one <stream>.jsonl file each) appear with their first event.

            example:
              kinerja --ledger /srv/kinerja init

            """)

    static let append = CommandInfo(
        name: "append", summary: "append events given as JSON lines, as one atomic batch",
        spec: ArgumentSpec(
            valued: ["as", "stream", "org"], operands: ["FILE (or - for standard input)"], minimumOperands: 1),
        help: """
            usage: kinerja [--ledger DIR] append FILE|- [--as ACTOR] [--stream STREAM]

            Appends the events in FILE (or standard input), one JSON object per line, as one atomic batch:
            after a crash either every event of the batch is in the ledger or none is.
            An input line has "type", optional "id", "data", and "effective" (YYYY-MM-DD) where the type
            takes effect on a date. The store assigns seq, recordedAt, actor, batch, prev and hash; input
            that sets them is refused. Any bad line refuses the whole batch and nothing is written.
            An event whose "id" the stream already holds with the same content is skipped and reported;
            the same id with other content is refused.

            options:
              --as ACTOR        who records the events (default: $KINERJA_ACTOR)
              --stream STREAM   the stream to write (default: the one the event type names, else "ledger");
              --org ORG         the same, for an organisation's stream

            environment:
              KINERJA_CLOCK=2024-05-01T08:00:00Z   record at this time instead of now (tests, historical
                                                   loads); it can never make recordedAt go backwards
              KINERJA_ID_PREFIX=load               ids load-SEQ (the event's seq) for events given without one

            example:
              echo '{"type":"NoteRecorded","id":"note-1","data":{"text":"Reviu IKU dimulai"}}' \\
                | kinerja append - --as sekretariat.rina

            """)

    /// The columns of every kind of spreadsheet, for the help of `import`.
    private static var importColumns: String {
        let width = ImportKind.allCases.flatMap(\.columns).map { $0.name.count + 2 }.max() ?? 0
        return ImportKind.allCases.map { kind in
            "  \(kind.rawValue) (\(kind.eventType.rawValue)):\n"
                + kind.columns.map { column in
                    "    \(TextTable.pad(column.name + (column.isRequired ? " *" : ""), to: width))  \(column.meaning)"
                }.joined(separator: "\n")
        }.joined(separator: "\n")
    }

    static let spreadsheetImport = CommandInfo(
        name: "import", summary: "record a spreadsheet's realisasi, targets or budget lines (CSV): every row or none",
        spec: ArgumentSpec(
            valued: ["org", "as", "document", "locator", "basis-note", "reason", "effective", "year"],
            operands: ["realisasi, targets or budget", "FILE (or - for standard input)"], minimumOperands: 2),
        help: """
            usage: kinerja import realisasi|targets|budget FILE|- --org ORG --document DOC [--as ACTOR] [...]

            Records every row of a spreadsheet saved as CSV as one atomic batch: every row or none. A row
            becomes the event its command records, checked by the same rules: realisasi as 'kinerja
            realisasi record' (it counts once another actor approves it), targets as 'kinerja target set'
            (a proposal), budget as a BudgetLineRecorded. Any bad row refuses the whole file and nothing is
            written; every problem is listed by row, as the spreadsheet numbers them (the header is row 1),
            and column, naming the bad value.

            The file is CSV as Excel writes it: comma or semicolon delimiter (told from the header line),
            quoted fields with "" for a quote and line breaks inside, CR LF or LF, UTF-8 with or without a
            byte order mark. Numbers may be Indonesian (56,70; 13.821.027.400; 1.234,5) or plain (56.70),
            with Rp or % where the unit fits; an ambiguous one (1.234) is refused. Header names are matched
            in any case; blank rows are skipped. Each row's basis is --document, with --locator followed by
            "row N of FILE".

            columns (* required):
            \(importColumns)

            options:
              --org ORG                 the organisation's stream
              --document DOC            the source document every row records (required)
              --locator WHERE           where in it: a table, page or annex
              --basis-note TEXT         a remark on the source; a row's keterangan is added to it
              --reason WHY              targets: the reason for rows without keterangan
              --effective DATE          targets: the date the changes take effect (required)
              --year YEAR               budget: the year for rows without tahun
              --as ACTOR                who records them (default: $KINERJA_ACTOR)

            example:
              kinerja import realisasi realisasi-2024.csv --org luwu-timur-dinsos-p3a \\
                --document "LKj 2024" --locator "Tabel 14" --as rina

            """)

    static let log = CommandInfo(
        name: "log", summary: "list events",
        spec: ArgumentSpec(valued: ["stream", "org", "from", "format", "as-of"]),
        help: """
            usage: kinerja [--ledger DIR] log [--stream STREAM] [--from SEQ] [--as-of TIME] [--format table|json]

            Lists the committed events of every stream (or one), in stream and seq order.

            options:
              --stream STREAM   only this stream
              --org ORG         the same, for an organisation's stream
              --from SEQ        only events from this seq on
              --as-of TIME      only events recorded by TIME (a date: the end of that day, UTC)
              --format FORMAT   table (default) or json: one object per line, the stored event plus
                                "stream", keys sorted (its "hash" covers the stored line, not this output)

            example:
              kinerja log --stream ledger --from 10 --format json

            """)

    static let verify = CommandInfo(
        name: "verify", summary: "check every stream; confirm a digest written down earlier",
        spec: ArgumentSpec(valued: ["digest"], repeatable: ["digest"]),
        help: """
            usage: kinerja [--ledger DIR] verify [--digest STREAM:SEQ:HASH]...

            Checks every stream: each line's hash, the chain of prev hashes, seq without gaps, batches,
            unique ids, recordedAt never decreasing, and every event's data against its type's schema.
            Names the first bad line of a damaged stream by file and line number.
            Checks each stream against its acknowledged head (STREAM.head, written after every recorded
            batch): a stream that no longer holds an event once reported as recorded fails, naming the
            missing seqs, because no crash can remove one. An interrupted write beyond it is only a note.
            With --digest (as printed by 'kinerja head'), also proves each stream still holds that head:
            that nothing up to it was changed, removed or reordered since it was written down.

            example:
              kinerja head > head-2024-12-31.txt
              kinerja verify --digest "$(grep '^ledger:' head-2024-12-31.txt)"

            """)

    static let head = CommandInfo(
        name: "head", summary: "print each stream's digest (stream:seq:hash) for verify --digest",
        spec: ArgumentSpec(),
        help: """
            usage: kinerja [--ledger DIR] head

            Prints each stream's current head as STREAM:SEQ:HASH, one per line: the form
            'kinerja verify --digest' takes. Write it down (or print it on a report) to prove later that
            the history up to it was not changed.

            example:
              kinerja head

            """)

    static let checkpoint = CommandInfo(
        name: "checkpoint", summary: "cache organisation states so queries and --as-of skip the replay",
        spec: ArgumentSpec(valued: ["org", "every"]),
        help: """
            usage: kinerja [--ledger DIR] checkpoint [--org ORG] [--every N]

            Replays an organisation's stream (every organisation's, without --org), checking every hash,
            and writes its state at the head to DIR/checkpoints/. With --every N, also at the end of the
            first batch after each N events, so that --as-of queries into the past start near their time.
            The stream's earlier checkpoints are removed: one set is kept, however often this runs.
            A query then reads only the events after the latest checkpoint recorded by its --as-of time.
            Checkpoints are caches: deleting the directory changes no answer, only the time it takes.
            One that no longer matches its stream is ignored, and 'kinerja verify' fails on it.

            example:
              kinerja checkpoint --org luwu-timur-dinsos-p3a --every 100000

            """)

    static let upgrade = CommandInfo(
        name: "upgrade", summary: "raise a format 1 ledger to format 2 (acknowledged heads)",
        spec: ArgumentSpec(),
        help: """
            usage: kinerja [--ledger DIR] upgrade

            Format 1 ledgers (written by kinerja before acknowledged heads) record no STREAM.head, so events
            removed from a stream's end could not be told from an interrupted write; this kinerja reads them
            but refuses to write to them. 'upgrade' checks every stream, records its current end (its
            complete batches) as acknowledged, and marks the ledger format 2. Run it once, after checking
            the streams against a digest you trust ('kinerja verify --digest'). A damaged stream is refused
            and nothing is changed. On a format 2 ledger it does nothing.

            example:
              kinerja verify && kinerja upgrade

            """)

    private static let basisOptions = ["document", "locator", "basis-note"]
    private static let basisHelp = """
          --document DOC            the source document (required): kind, title, number, date
          --locator WHERE           where in it: a table, page or section
          --basis-note TEXT         a remark on the source
          --as ACTOR                who records it (default: $KINERJA_ACTOR)
          --id ID                   the event's id (default: generated); the same id and content
                                    again is a no-op
        """

    static let realisasi = CommandInfo(
        name: "realisasi", summary: "record or correct a realisation (verified later by another actor)",
        spec: ArgumentSpec(
            valued: [
                "org", "as", "id", "indicator", "period", "value", "numerator", "denominator", "printed-capaian",
                "source", "reason", "effective",
            ] + basisOptions,
            operands: ["record or correct", "EVENT"], minimumOperands: 1),
        help: """
            usage: kinerja realisasi record --org ORG --indicator CODE --period PERIOD
                                            (--value N | --numerator N --denominator N) --document DOC [...]
                   kinerja realisasi correct EVENT --org ORG (--value N | ...) --reason WHY --document DOC [...]

            Records a realisation of an indicator for a period (2024, 2024-S1, 2024-Q3, 2024-M07). The
            indicator must be in force in that period. Numbers may be Indonesian (56,70; 1.234,5) or plain
            (56.70); an ambiguous one (1.234) is refused with the reason. A realisation counts once an actor
            other than its recorder approves it ('kinerja approve'). A correction names the realisation it
            corrects and why; the old figure stays in history.

            options:
              --org ORG                 the organisation's stream
              --indicator CODE          the indicator
              --period PERIOD           2024, 2024-S1, 2024-Q3 or 2024-M07
              --value N                 the realisation, in the indicator's unit
              --numerator N, --denominator N   or its parts (a percentage is numerator/denominator × 100)
              --printed-capaian N       the capaian the source printed beside it (kept to compare)
              --source TEXT             sumber data
              --reason WHY              for a correction: why the figure was wrong
              --effective DATE          for a correction: the date it applies from (YYYY-MM-DD), when
                                        not the day it is recorded; 'check' lists one more than
                                        30 days before its recording as back-dated
            \(basisHelp)

            example:
              kinerja realisasi record --org luwu-timur-dinsos-p3a --indicator ppks --period 2024 \\
                --numerator 34133 --denominator 28860 --document "LKj 2024" --locator "Tabel 14" --as rina
              kinerja realisasi correct ltim-real-ppks-2024 --org luwu-timur-dinsos-p3a --value 118,27 \\
                --reason "salah ketik" --document "Nota koreksi 12/2025" --as rina

            """)

    static let target = CommandInfo(
        name: "target", summary: "propose a change of one year's Renstra target, with reason and basis",
        spec: ArgumentSpec(
            valued: ["org", "as", "id", "indicator", "year", "value", "reason", "effective"] + basisOptions,
            operands: ["set"], minimumOperands: 1),
        help: """
            usage: kinerja target set --org ORG --indicator CODE --year YEAR --value N --reason WHY
                                      --effective DATE --document DOC [...]

            Proposes a new Renstra target for one year of an indicator. It counts once another actor
            approves it; the earlier target stays in history.

            options:
              --org ORG                 the organisation's stream
              --indicator CODE          the indicator
              --year YEAR               the year whose target changes
              --value N                 the new target (Indonesian or plain notation)
              --reason WHY              why it changes
              --effective DATE          the date the change takes effect (YYYY-MM-DD)
            \(basisHelp)

            example:
              kinerja target set --org luwu-timur-dinsos-p3a --indicator ppks --year 2025 --value 45,00 \\
                --reason "reviu Renstra" --effective 2025-03-01 --document "Keputusan 5/2025" --as rina

            """)

    static let iku = CommandInfo(
        name: "iku", summary: "propose an IKU decision; list IKU versions; diff two of them",
        spec: ArgumentSpec(
            valued: ["org", "as", "id", "effective", "as-of", "format"],
            operands: ["propose, versions or diff", "FILE or A", "B"],
            minimumOperands: 1),
        help: """
            usage: kinerja iku propose FILE --org ORG [--effective DATE] [--as ACTOR] [--id ID]
                   kinerja iku versions --org ORG [--as-of TIME] [--format table|json]
                   kinerja iku diff A B --org ORG [--as-of TIME] [--format table|json]

            Proposes an IKU decision whose data is the JSON object in FILE: kind (penetapan, reviu, ikup),
            decree, basis, and the changes against the IKU in force: added (full indicator definitions),
            amended (code and the components that change), retired. See 'kinerja types' for every member.
            Adding an indicator already in force, or amending or retiring one that is not, is refused.
            It counts once another actor approves it, from its effective date.

            'versions' lists every IKU decision (penetapan, reviu, IKUP) with its decree, the date it is in
            force from, and who approved it when, or that it awaits a decision. 'diff A B' shows what
            changed between the IKU set right after decision A and right after decision B: indicators
            added, retired, and changed component by component (name, formula, unit, polarity…).

            example:
              kinerja iku propose reviu-2025.json --org luwu-timur-dinsos-p3a --effective 2025-02-10 --as rina
              kinerja iku versions --org luwu-timur-dinsos-p3a
              kinerja iku diff ltim-iku-2021 ltim-iku-lkj-2024 --org luwu-timur-dinsos-p3a

            """)

    static let approve = CommandInfo(
        name: "approve", summary: "approve (verify) a proposal recorded by someone else",
        spec: ArgumentSpec(valued: ["org", "as", "id", "note"], operands: ["EVENT"], minimumOperands: 1),
        help: """
            usage: kinerja approve EVENT --org ORG [--note TEXT] [--as ACTOR]

            Approves the proposal EVENT (an IKU decision, a target change, a PK amendment, a realisation or
            a correction): from now on it counts. Nobody approves their own proposal, and a proposal is
            decided once.

            example:
              kinerja approve ltim-real-ppks-2024 --org luwu-timur-dinsos-p3a --note "cek dokumen" --as kadis

            """)

    static let reject = CommandInfo(
        name: "reject", summary: "reject a proposal recorded by someone else, with the reason",
        spec: ArgumentSpec(valued: ["org", "as", "id", "reason"], operands: ["EVENT"], minimumOperands: 1),
        help: """
            usage: kinerja reject EVENT --org ORG --reason WHY [--as ACTOR]

            Rejects the proposal EVENT: it never counts, and stays in history with the reason.

            example:
              kinerja reject ltim-real-ppks-2024 --org luwu-timur-dinsos-p3a --reason "angka belum final" --as kadis

            """)

    static let state = CommandInfo(
        name: "state", summary: "an organisation's IKU, targets, realisasi, capaian and pending proposals for a year",
        spec: ArgumentSpec(valued: ["org", "year", "format", "as-of", "in-force-on"]),
        help: """
            usage: kinerja [--ledger DIR] state --org ORG [--year YEAR] [--as-of TIME] [--in-force-on DATE]
                                          [--format table|json]

            Rebuilds the organisation's state from its events and shows, for the year: the IKU in force
            on 31 December, and per indicator the Renstra target, the PK target (latest PK version),
            the verified realisasi by period and for the year, capaian by the indicator's own polarity
            and formula (against the PK target, else the Renstra target), the rating, any capaian the
            source printed that the rules do not give, and every proposal still awaiting a decision.
            Every figure names the event it came from.

            options:
              --org ORG         the organisation's stream, e.g. luwu-timur-dinsos-p3a
              --year YEAR       the year (default: the latest year with a PK or a realisasi)
              --as-of TIME      what the ledger showed then: only events recorded by TIME
                                (2024-07-31T12:00:00Z, or a date: the end of that day, UTC)
              --in-force-on D   the IKU, targets and PK version in force on date D by the decisions'
                                own effective dates (default: 31 December of the year); combines
                                with --as-of: what the ledger, as it stood then, said was in force on D
              --format FORMAT   table (default) or json

            example:
              kinerja state --org luwu-timur-dinsos-p3a --year 2024

            """)

    static let pk = CommandInfo(
        name: "pk", summary: "a Perjanjian Kinerja as signed, and each amendment as its own version",
        spec: ArgumentSpec(valued: ["org", "version", "as-of"], operands: ["YEAR"], minimumOperands: 1),
        help: """
            usage: kinerja [--ledger DIR] pk YEAR --org ORG [--version N] [--as-of TIME]

            Prints the PK for YEAR exactly as signed (version 1) and each approved PK Perubahan as its own
            version with its reason and what changed, each with the ledger digest of that version
            (STREAM:SEQ:HASH): print it on the paper copy, and 'kinerja verify --digest' proves later that
            the ledger still holds that exact version. Amendments awaiting approval are listed apart.

            options:
              --org ORG        the organisation's stream
              --version N      only version N (default: every version)
              --as-of TIME     what the ledger showed then

            example:
              kinerja pk 2024 --org luwu-timur-dinsos-p3a --version 1

            """)

    static let history = CommandInfo(
        name: "history", summary: "every event that touched a figure, in order, with approvals",
        spec: ArgumentSpec(valued: ["org", "format", "as-of"], operands: ["SUBJECT"], minimumOperands: 1),
        help: """
            usage: kinerja [--ledger DIR] history SUBJECT --org ORG [--format table|json] [--as-of TIME]

            Lists every event that touched SUBJECT, in order: seq, recorded time, effective date, recorder,
            old → new value, basis, reason, and the approval (who, when) or its absence.

            subjects:
              indicator:CODE           everything about an indicator
              target:CODE:YEAR         one year's target (Renstra targets and their changes)
              pk:YEAR                  a PK and its amendments
              realisasi:CODE:PERIOD    a realisation period (2024, 2024-Q3…) and its corrections
              iku                      every IKU decision

            example:
              kinerja history realisasi:ppks:2024 --org luwu-timur-dinsos-p3a

            """)

    static let check = CommandInfo(
        name: "check", summary: "what an Inspektorat reviewer would question, pointing at the events",
        spec: ArgumentSpec(valued: ["org", "year", "format", "as-of"]),
        help: """
            usage: kinerja [--ledger DIR] check --org ORG [--year YEAR] [--format table|json] [--as-of TIME]

            Reviews the organisation's records and lists each finding with the events involved: one figure
            recorded with different values by different sources (realisasi, Renstra targets); a printed
            capaian that the rules do not give (and the formula that gives it); a value that does not
            match its own numerator and denominator; a PK target that differs from the Renstra target with
            no recorded reason; a realisation for an indicator not in force in its period; a document
            citing a regulation dated after itself; a PK signed more than a month after its DPA; an LKj
            signed before its reviu.
            Exit status 1 when there are findings, 0 when there are none.

            example:
              kinerja check --org luwu-timur-dinsos-p3a --year 2024

            """)

    static let report = CommandInfo(
        name: "report", summary: "the LKj tables, the PK document or an audit report, every figure traced to events",
        spec: ArgumentSpec(
            valued: ["org", "format", "as-of", "version", "from", "to"], operands: ["lkj, pk or audit", "YEAR"],
            minimumOperands: 1),
        help: """
            usage: kinerja [--ledger DIR] report lkj YEAR --org ORG [--format FORMAT] [--as-of TIME]
                   kinerja [--ledger DIR] report pk YEAR --org ORG [--version N] [--format FORMAT] [--as-of TIME]
                   kinerja [--ledger DIR] report audit --org ORG --from DATE --to DATE [--format FORMAT]
                                                [--as-of TIME]

            Builds a report from the organisation's events. Every figure names the events it came from, and
            every report states what it was computed from: the organisation, the ledger digest of what was
            read (STREAM:SEQ:HASH, for 'kinerja verify --digest'), --as-of when given, the rating scale.

            lkj     the tables of an LKj's Bab III for YEAR: target, realisasi, capaian (by each indicator's
                    polarity and formula) and rating per sasaran and indicator, with the capaian the source
                    printed when it differs; each year against the Renstra targets and the end-of-Renstra
                    target; budget realisation per program, kegiatan and sub kegiatan with totals; how many
                    indicators met their target, by rating band; the findings of 'kinerja check'; charts
            pk      the Perjanjian Kinerja for YEAR as signed: parties and signatures, date and place, the
                    annex (sasaran, indicators, targets; programs and anggaran with the total), the version,
                    for a PK Perubahan its reason and what changed, and the ledger digest of that version
            audit   every decision recorded from --from to --to (by the date it was recorded, UTC, both days
                    included), in order: seq, type, recorder and time, effective date, basis, reason, old → new,
                    approval or its absence; and the digests of the stream head and of the period's end

            options:
              --org ORG         the organisation's stream
              --format FORMAT   md (default), html, csv or json
              --as-of TIME      what the ledger showed then: only events recorded by TIME
                                (2025-01-31T12:00:00Z, or a date: the end of that day, UTC)
              --version N       pk: version N (default: the latest approved version)
              --from DATE       audit: the first day of the period (YYYY-MM-DD)
              --to DATE         audit: the last day of the period (YYYY-MM-DD)

            examples:
              kinerja report lkj 2024 --org luwu-timur-dinsos-p3a --format json
              kinerja report pk 2024 --org luwu-timur-dinsos-p3a --version 1 --format json
              kinerja report audit --org luwu-timur-dinsos-p3a --from 2025-01-01 --to 2025-03-31 --format json

            """)

    static let types = CommandInfo(
        name: "types", summary: "print the event catalogue: every type, version and member",
        spec: ArgumentSpec(),
        help: """
            usage: kinerja types

            Prints the reference page of every event type this kinerja reads and writes, as Markdown:
            what each member of `data` holds, which types are proposals, which role records them.
            The same page is kept as Ledger/EVENTS.md beside the embedded ledger.

            example:
              kinerja types > EVENTS.md

            """)

    static let helpCommand = CommandInfo(
        name: "help", summary: "show help for a command",
        spec: ArgumentSpec(operands: ["COMMAND"]),
        help: """
            usage: kinerja help [COMMAND]

            Shows the list of commands, or one command's help.

            example:
              kinerja help append

            """)
}
