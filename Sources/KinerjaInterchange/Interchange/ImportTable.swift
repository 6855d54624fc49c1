import KinerjaEvents
import KinerjaProjections
import KinerjaStore

/// A CSV file read as a table of named columns, the part every reader of a table shares (the spreadsheets of
/// `kinerja import`, a Renstra table, the IKU table of a decree, the annex of a PK): the file read by
/// ``CSVReader``, its header matched against the columns the table has, and each data row as an ``ImportRow``.
///
/// Every problem is an ``ImportError/Problem`` naming its row (the header is row 1) and, where it has one, the
/// column as the header wrote it. Blank rows are skipped.
struct ImportTable {
    /// How a header names its columns, and how wide a data row may be.
    enum Header {
        /// Each header name, trimmed and in any case, is one of `columns` exactly (a Renstra table), and every
        /// data row has as many fields as the header. `described` names the kind of file in the message about
        /// an unknown column (`a Renstra table`).
        case exact([ImportKind.Column], described: String)
        /// Each column goes by its name or an alias in any case, spacing and punctuation (see
        /// ``HeaderMatch``), as offices name them (the spreadsheets of `kinerja import`); a field naming no
        /// column is not read (``ignored``), unless its name is a near miss of a column the header lacks
        /// (`Nilia`, did you mean nilai?). Every data row has as many fields as the header. `described` names
        /// the kind of file in messages (`a realisasi file`).
        case aliased([ImportKind.Column], described: String)
        /// A header shaped like a document's, matched by ``DocumentHeader``: any name a column goes by, in any
        /// case and spacing (`extra` gives more names for one file), and a data row may have fewer fields than
        /// the header. The problems of a row name its columns as the header wrote them.
        case document([DocumentColumn], extra: [String: String] = [:])
    }

    /// The header's row number.
    let headerRow: Int
    /// The column name of each field of the header: in lowercase as written for an exact header, the column's
    /// name for an aliased one, the column's ``DocumentColumn/name`` for a document's; empty for a field that is
    /// not read.
    let names: [String]
    /// Each field of the header as written, trimmed (empty for a field without a name).
    let written: [String]
    /// The header names of the fields an aliased header does not read, as written, in order.
    let ignored: [String]
    /// How many data rows (not blank) the file has.
    var rowCount: Int { rows.count }

    /// The delimiter the header showed.
    private let delimiter: Character?
    /// How every row's numbers are read: see ``init(_:header:emptyFileNames:namesDelimiter:locale:problems:)``.
    private let locale: NumberLocale?
    /// The data rows, not blank, in file order.
    private let rows: [CSVTable.Row]
    /// Whether a data row may have fewer fields than the header.
    private let allowsShortRows: Bool
    /// Whether the message about a row's width names the delimiter.
    private let namesDelimiter: Bool
    /// The header text each column read was written with, when it is not the column's own name (`Realisasi`
    /// for nilai), for naming the column in messages.
    let writtenNames: [String: String]

    /// Reads `bytes` and matches the header, adding every problem to `problems`; nil when the file cannot be
    /// read or is empty (its header would name `emptyFileNames`, in the message saying so). The rows are read
    /// only by ``readRows(_:)``, once the caller has found the header good. Their numbers are read in `locale`
    /// when given, else as Indonesian in a file delimited by semicolons (as Excel writes where the decimal
    /// separator is the comma), else with no locale: a number whose reading depends on it is refused.
    init?(
        _ bytes: [UInt8], header: Header, emptyFileNames: [String], namesDelimiter: Bool = true,
        locale: NumberLocale? = nil, problems: inout [ImportError.Problem]
    ) {
        let table: CSVTable
        if CSVTable.isWorkbook(bytes) {
            do {
                table = try CSVTable(workbook: bytes)
            } catch {
                problems.append(.init(row: nil, reason: error.description))
                return nil
            }
        } else {
            do {
                table = try CSVReader.read(bytes)
            } catch {
                problems += error.problems.map { ImportError.Problem(row: $0.row, reason: $0.reason) }
                return nil
            }
        }
        guard let first = table.rows.first else {
            let naming = emptyFileNames.isEmpty ? "" : " naming " + emptyFileNames.joined(separator: ", ")
            problems.append(.init(row: nil, reason: "the file is empty; it needs a header row\(naming)"))
            return nil
        }
        headerRow = first.number
        delimiter = table.delimiter
        self.locale = locale ?? (table.delimiter == ";" ? .indonesian : nil)
        rows = table.rows.dropFirst().filter { !$0.isBlank }
        self.namesDelimiter = namesDelimiter
        written = first.fields.map(\.trimmed)
        switch header {
        case .exact(let columns, let described):
            names = written.map { $0.lowercased() }
            ignored = []
            writtenNames = [:]
            allowsShortRows = false
            problems += Self.problems(ofExact: names, row: first.number, columns: columns, described: described)
        case .aliased(let columns, let described):
            let match = HeaderMatch(written, row: first.number, columns: columns, described: described)
            names = match.names
            ignored = match.ignored
            writtenNames = match.writtenNames
            allowsShortRows = false
            problems += match.problems
        case .document(let columns, let extra):
            let matched = DocumentHeader(first, columns: columns, extra: extra)
            names = matched.names
            ignored = []
            writtenNames = matched.written
            allowsShortRows = true
            problems += matched.problems
        }
    }

    /// Unknown, repeated and missing columns of an exact header; at most a few of each kind are named, the
    /// rest counted (a header of a hundred thousand unknown names is a few lines).
    private static func problems(
        ofExact names: [String], row: Int, columns: [ImportKind.Column], described: String
    ) -> [ImportError.Problem] {
        let known = columns.map(\.name)
        let knownSet = Set(known)
        var unknown = BoundedProblems(row: row, counting: "unknown columns")
        var repeated = BoundedProblems(row: row, counting: "columns named twice")
        var firstField: [String: Int] = [:]
        for (index, name) in names.enumerated() where !name.isEmpty {
            if !knownSet.contains(name) {
                unknown.add {
                    let hint = Suggestion.closest(to: name, among: known).map { " (did you mean \($0)?)" } ?? ""
                    return .init(
                        row: row,
                        reason: "unknown column \(name.quotedForMessage)\(hint); \(described) has the columns "
                            + known.joined(separator: ", "))
                }
            } else if let first = firstField[name] {
                repeated.add {
                    .init(
                        row: row, column: name, reason: "named twice in the header (fields \(first + 1), \(index + 1))")
                }
            } else {
                firstField[name] = index
            }
        }
        var problems = unknown.problems + repeated.problems
        for column in columns where column.isRequired && firstField[column.name] == nil {
            problems.append(.init(row: row, column: column.name, reason: "missing from the header"))
        }
        return problems
    }

    /// `problems` with each column named as the header wrote it where that is not the column's own name.
    func naming(_ problems: [ImportError.Problem]) -> [ImportError.Problem] {
        ImportError.Problem.naming(problems, as: writtenNames)
    }

    /// Calls `read` with each data row (as an ``ImportRow``, and as the file gives it), in file order, and
    /// returns the problems of every row in that order: a row of the wrong width is one problem and is not
    /// read; the problems `read` notes in a row follow it.
    func readRows(_ read: (inout ImportRow, CSVTable.Row) -> Void) -> [ImportError.Problem] {
        var problems: [ImportError.Problem] = []
        for line in rows {
            let isTooWide = line.fields.count > names.count
            guard allowsShortRows ? !isTooWide : line.fields.count == names.count else {
                let delimiter = namesDelimiter ? " (\(self.delimiter.map { String($0) } ?? "none"))" : ""
                problems.append(
                    .init(
                        row: line.number,
                        reason: "the row has \(line.fields.count) fields and the header \(names.count);"
                            + " check the delimiter\(delimiter) and the quotes"))
                continue
            }
            var row = ImportRow(
                number: line.number, fields: line.fields, names: names, locale: locale, numbers: line.numbers)
            read(&row, line)
            problems += naming(row.problems)
        }
        return problems
    }
}
