import KinerjaEvents
import KinerjaProjections
import KinerjaStore

/// The header of a spreadsheet given to `kinerja import` matched to its columns as offices name them.
///
/// A field names a column when its text, after ``normalized(_:)``, is the column's name or one of its aliases
/// (`Kode`, `Kode Indikator` and `indikator` are the indicator's code of a realisasi file; `Realisasi` its
/// value). A name that yields (``ImportKind/Column/yieldingNames``) is read only when no other field names its
/// column: beside `Kode`, `Indikator` holds the indicator's name and is not read. A field naming no column is
/// ignored, unless its name is a near miss of a column the header lacks (`Nilia`: did you mean nilai?), which
/// is refused rather than lose its cells. Two fields naming one column are refused, and so is a missing
/// required column. Matching is linear in the header's width, and at most a few problems of each kind are
/// named, the rest counted.
struct HeaderMatch {
    /// The column name of each field, empty for a field that is not read.
    private(set) var names: [String]
    /// The header text of each field not read, in order (an unknown name, or a name that yielded).
    private(set) var ignored: [String] = []
    /// The header text a column was found by, where it is not the column's own name (`Realisasi` for nilai).
    private(set) var writtenNames: [String: String] = [:]
    /// What is wrong with the header.
    private(set) var problems: [ImportError.Problem] = []

    /// `text` as header names are compared: a `%` read as the word `persen` (so `Realisasi (%)` is not
    /// `Realisasi`), then ``DocumentColumn/normalized(_:)``: lowercase, each run of other characters than
    /// letters and digits one space.
    static func normalized(_ text: String) -> String {
        DocumentColumn.normalized(text.contains("%") ? text.replacing("%", with: " persen ") : text)
    }

    /// Matches the header fields `written` (trimmed) of row `row` against `columns`; `described` names the
    /// kind of file in messages (`a realisasi file`).
    init(_ written: [String], row: Int, columns: [ImportKind.Column], described: String) {
        var lookup: [String: (column: Int, yields: Bool)] = [:]
        for (index, column) in columns.enumerated() {
            for (name, yields) in column.headerNames where lookup[name] == nil { lookup[name] = (index, yields) }
        }
        var naming = [[Int]](repeating: [], count: columns.count)
        var yielding = [[Int]](repeating: [], count: columns.count)
        var unknown: [(field: Int, key: String)] = []
        for (index, text) in written.enumerated() {
            let key = Self.normalized(text)
            guard !key.isEmpty else { continue }
            if let match = lookup[key] {
                if match.yields { yielding[match.column].append(index) } else { naming[match.column].append(index) }
            } else {
                unknown.append((index, key))
            }
        }
        names = Array(repeating: "", count: written.count)
        var ignoredFields: [Int] = []
        var repeated = BoundedProblems(row: row, counting: "columns named twice")
        var missing: [ImportKind.Column] = []
        for (index, column) in columns.enumerated() {
            let fields = naming[index].isEmpty ? yielding[index] : naming[index]
            if !naming[index].isEmpty { ignoredFields += yielding[index] }
            guard let first = fields.first else {
                missing.append(column)
                continue
            }
            names[first] = column.name
            if Self.normalized(written[first]) != column.name { writtenNames[column.name] = written[first] }
            for other in fields.dropFirst() {
                repeated.add {
                    .init(
                        row: row, column: column.name,
                        reason: "named twice in the header (fields \(first + 1), \(other + 1))")
                }
            }
        }
        // A near miss of a column the header lacks is refused; any other unknown name is ignored.
        let candidates = Suggestion.Matcher(missing.flatMap { $0.headerNames.map(\.name) })
        let listed = columns.map(\.name).joined(separator: ", ")
        var nearMisses = BoundedProblems(row: row, counting: "unknown columns")
        var suggestions: [String: String?] = [:]
        for (field, key) in unknown {
            let suggestion: String?
            if let known = suggestions[key] {
                suggestion = known
            } else {
                // At most two edits, and fewer than half the name's letters: `No` is not a near miss of id.
                let limit = min(2, (key.unicodeScalars.count - 1) / 2)
                suggestion = candidates.closest(to: key, limit: limit)?.candidate
                suggestions[key] = suggestion
            }
            guard let suggestion else {
                ignoredFields.append(field)
                continue
            }
            nearMisses.add {
                .init(
                    row: row,
                    reason: "unknown column \(written[field].quotedForMessage) (did you mean \(suggestion)?);"
                        + " \(described) has the columns \(listed)")
            }
        }
        ignored = ignoredFields.sorted().map { written[$0] }
        problems = nearMisses.problems + repeated.problems
        for column in missing where column.isRequired {
            problems.append(.init(row: row, column: column.name, reason: "missing from the header"))
        }
    }
}

/// Problems of one kind in one row: the first few kept, the rest counted in one more problem, so a header of a
/// hundred thousand bad names is reported in a few lines.
struct BoundedProblems {
    /// How many are named.
    static let limit = 5
    /// The row they are in.
    let row: Int
    /// What the rest are, counted: `unknown columns`.
    let counting: String
    /// The problems named.
    private var kept: [ImportError.Problem] = []
    /// How many more there were.
    private var more = 0

    /// Problems of row `row`; the rest are counted as `counting`.
    init(row: Int, counting: String) {
        self.row = row
        self.counting = counting
    }

    /// Adds the problem `make` gives, made only when it is named.
    mutating func add(_ make: () -> ImportError.Problem) {
        if kept.count < Self.limit { kept.append(make()) } else { more += 1 }
    }

    /// The problems named, then one counting the rest.
    var problems: [ImportError.Problem] {
        more == 0 ? kept : kept + [.init(row: row, reason: "and \(more) more \(counting)")]
    }
}
