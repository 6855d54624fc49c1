import KinerjaEvents
import KinerjaProjections
import KinerjaStore

/// Turns the rows of a spreadsheet (CSV, as ``ImportTable`` reads it) into the events the secretariat's commands
/// record, one event per row, finding every problem in the file rather than stopping at the first.
///
/// The header (row 1) names the columns of ``ImportKind/columns`` by their names or the names offices give them,
/// in any case, spacing and punctuation (see ``HeaderMatch``); a column it does not read is ignored (and listed
/// in ``Mapping/ignored``), a near miss of a missing one, a repeated or a missing column is refused. Blank rows
/// are skipped. Every other row must have as many fields as the header, and its
/// cells are read strictly: codes as codes, years as four digits, numbers by ``NumberParser`` (Indonesian or
/// plain notation, `Rp` and `%` allowed where the unit fits), periods as ``Period`` writes them. Two rows for
/// the same figure (indicator and period, indicator and year, budget code and year) are refused. What the rows
/// say is then checked against the ledger by the ``Recorder``, as one batch: see ``problems(for:in:)``.
package struct SpreadsheetImport: Sendable {
    /// What the file holds.
    var kind: ImportKind
    /// The file as named in messages: its path, or `stdin`.
    package var source: String
    /// The document, defaults and remarks the command line gives every row.
    var settings: ImportSettings

    /// What the rows map to.
    package struct Mapping: Sendable, Equatable {
        /// The header's column names, lowercase, in order (empty for a column not read).
        var columns: [String] = []
        /// The header names of the columns not read, as written, in order.
        package var ignored: [String] = []
        /// The header text a column was found by, where it is not the column's own name (`Realisasi`).
        var writtenNames: [String: String] = [:]
        /// How many data rows (not blank) the file has.
        package var rowCount = 0
        /// The events of the rows that were read without a problem, in file order.
        package var events: [NewEvent] = []
        /// The row each event comes from.
        package var rows: [Int] = []
        /// Every problem found.
        package var problems: [ImportError.Problem] = []
        /// The rows with every value cell empty (a template's row the clerk did not fill), skipped.
        package var skipped: [Int] = []

        /// The rows whose `periode` cell gives the period (on the others it is the year of `tahun`).
        var rowsGivingPeriode: Set<Int> = []

        /// The column a realisation's period comes from on `row`: `periode`, or `tahun` when that was empty.
        func periodColumn(row: Int) -> String { rowsGivingPeriode.contains(row) ? "periode" : "tahun" }

        /// `problems` with each column named as the header wrote it, where that is not the column's own name.
        func naming(_ problems: [ImportError.Problem]) -> [ImportError.Problem] {
            ImportError.Problem.naming(problems, as: writtenNames)
        }
    }

    /// Makes an import of `kind` from `source`.
    package init(kind: ImportKind, source: String, settings: ImportSettings) {
        self.kind = kind
        self.source = source
        self.settings = settings
    }

    /// Reads `bytes` and maps every row; `indicator` looks up an indicator's definition to check a figure's
    /// `%` or `Rp` against its unit.
    package func map(_ bytes: [UInt8], indicator: (String) -> IndicatorDefinition?) -> Mapping {
        var mapping = Mapping()
        guard
            let table = ImportTable(
                bytes, header: .aliased(kind.columns, described: "a \(kind.rawValue) file"),
                emptyFileNames: kind.columns.filter(\.isRequired).map(\.name), locale: settings.locale,
                problems: &mapping.problems)
        else { return mapping }
        mapping.columns = table.names
        mapping.ignored = table.ignored
        mapping.writtenNames = table.writtenNames
        mapping.problems += headerProblems(Set(mapping.columns), row: table.headerRow)
        guard mapping.problems.isEmpty else { return mapping }
        mapping.rowCount = table.rowCount
        var keys: [String: Int] = [:]
        let unnamed = table.written.indices.filter { table.written[$0].isEmpty }
        let hasTahun = mapping.columns.contains("tahun")
        let valueColumns: [String] =
            switch kind {
            case .realisasi: ["nilai", "pembilang", "penyebut"]
            case .targets: ["target"]
            case .budget: []
            }
        let problems = table.readRows { cells, row in
            // A row that names what to fill but gives no value is one the clerk left: skipped, and named.
            if !valueColumns.isEmpty, valueColumns.allSatisfy({ cells.text($0) == nil }) {
                mapping.skipped.append(row.number)
                return
            }
            if kind == .realisasi && cells.text("periode") != nil { mapping.rowsGivingPeriode.insert(row.number) }
            for index in unnamed where !row.fields[index].trimmed.isEmpty {
                cells.fail(
                    nil,
                    "field \(index + 1) holds \(row.fields[index].trimmed.quotedForMessage), but its column has no"
                        + " name in the header")
            }
            let event = self.event(&cells, hasTahun: hasTahun, indicator: indicator)
            if let event, cells.problems.isEmpty,
                let (key, column, phrase) = duplicateKey(event.typed, row: row.number, in: mapping)
            {
                if let earlier = keys[key] {
                    cells.fail(column, "\(phrase) is already on row \(earlier)")
                } else {
                    keys[key] = row.number
                }
            }
            if let event, cells.problems.isEmpty {
                mapping.events.append(event.new)
                mapping.rows.append(row.number)
            }
        }
        mapping.problems += problems
        if mapping.rowCount == 0 {
            mapping.problems.append(.init(row: nil, reason: "there are no rows below the header; nothing to import"))
        } else if mapping.skipped.count == mapping.rowCount {
            mapping.problems.append(
                .init(
                    row: nil,
                    reason: "no row gives a value (\(valueColumns.joined(separator: ", "))); nothing to import"))
        }
        return mapping
    }

    /// What else is wrong with the header of a file of this kind (besides its unknown, repeated and missing
    /// columns): the figure's columns of a realisation, and what the command line gives instead of a column.
    private func headerProblems(_ names: Set<String>, row: Int) -> [ImportError.Problem] {
        var problems: [ImportError.Problem] = []
        if kind == .realisasi && !names.contains("tahun") && !names.contains("periode") && settings.year == nil {
            problems.append(
                .init(
                    row: row, column: "tahun",
                    reason: "missing from the header; give tahun, or periode with the year (2025, 2025-TW2)"))
        }
        switch kind {
        case .realisasi where !names.contains("nilai") && !(names.contains("pembilang") && names.contains("penyebut")):
            problems.append(
                .init(
                    row: row, column: "nilai", reason: "missing from the header; give nilai, or pembilang and penyebut")
            )
        case .targets where !names.contains("keterangan") && settings.reason == nil:
            problems.append(
                .init(
                    row: row, column: "keterangan",
                    reason: "missing from the header, and no --reason was given; a target change needs its reason"))
        case .budget where !names.contains("tahun") && settings.year == nil:
            problems.append(
                .init(row: row, column: "tahun", reason: "missing from the header, and no --year was given"))
        default:
            break
        }
        if kind == .targets && settings.effective == nil {
            problems.append(.init(row: nil, reason: "a target change needs the date it takes effect (--effective)"))
        }
        return problems
    }

    /// The key of the figure an event records, the column to blame a repeat on, and how to name it.
    private func duplicateKey(_ event: DomainEvent, row: Int, in mapping: Mapping) -> (String, String, String)? {
        switch event {
        case .realisasiRecorded(let realisasi):
            let figure = "\(realisasi.indicator) \(realisasi.period)"
            return (figure, mapping.periodColumn(row: row), figure)
        case .targetChangeProposed(let change):
            return (
                "\(change.indicator) \(change.year)", "tahun", "the target of \(change.indicator) for \(change.year)"
            )
        case .budgetLineRecorded(let line):
            return ("\(line.code) \(line.year)", "kode", "budget line \(line.code) for \(line.year)")
        default:
            return nil
        }
    }

    /// The problems a refusal by the recorder stands for, by row and column. (A store failure is about the
    /// ledger, not the rows: callers report it as it is; here it is one problem with the whole file.)
    package func problems(for failure: Recorder.Failure, in mapping: Mapping) -> [ImportError.Problem] {
        switch failure {
        case .store(let error):
            return [.init(row: nil, reason: error.description)]
        case .signing(let failure):
            return [.init(row: nil, reason: failure.description)]
        case .refusals(let failures):
            var problems: [ImportError.Problem] = []
            for problem in failures.flatMap({ self.problems(for: $0, in: mapping) })
            where !(problem.row == nil && problems.contains(problem)) {
                problems.append(problem)
            }
            return problems
        case .refused(let index, _, let error):
            guard mapping.rows.indices.contains(index - 1), !isAboutTheWholeFile(error) else {
                return [.init(row: nil, reason: error.description)]
            }
            let row = mapping.rows[index - 1]
            return mapping.naming([
                .init(row: row, column: column(for: error, row: row, in: mapping), reason: error.description)
            ])
        case .invalid(let index, _, let reason):
            return [
                .init(row: mapping.rows.indices.contains(index - 1) ? mapping.rows[index - 1] : nil, reason: reason)
            ]
        }
    }

    /// Whether a refusal is about who records or where, not about what a row says.
    private func isAboutTheWholeFile(_ error: DecisionError) -> Bool {
        switch error {
        case .roleMissing, .firstActorMustBeAdministrator, .noActorsYet, .wrongStream, .organisationNotRegistered,
            .organisationAlreadyRegistered, .unknownRatingScale:
            true
        default:
            false
        }
    }

    /// The column holding the value a refusal names.
    private func column(for error: DecisionError, row: Int, in mapping: Mapping) -> String? {
        switch error {
        case .unknownIndicator: "indikator"
        case .indicatorNotInForce: mapping.periodColumn(row: row)
        case .missingValue: "nilai"
        case .zeroDenominator: "penyebut"
        case .budgetCodeTaken: "kode"
        case .budgetParentUnknown: "induk"
        default: nil
        }
    }
}
