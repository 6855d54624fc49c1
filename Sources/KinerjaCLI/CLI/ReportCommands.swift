import KinerjaEvents
import KinerjaInterchange
import KinerjaProjections
import KinerjaReports
import KinerjaStore

/// `kinerja report`: the LKj tables, the PK document and the audit report, built as a ``ReportDocument`` and
/// rendered in the format asked for.
extension CommandRunner {
    /// `kinerja report lkj|pk YEAR --org ORG …` and `kinerja report audit --org ORG --from D --to D …`.
    func report(_ arguments: Arguments, output: inout some TextOutputStream) throws(CLIError) {
        let request = try reportRequest(arguments)
        let format = try reportFormat(arguments)
        let destination = arguments.value("output")
        if format == nil && destination == nil {
            throw .usage(
                Localized(
                    id: "--format xlsx menulis buku kerja: berikan --output BERKAS.xlsx",
                    en: "--format xlsx writes a workbook: give --output FILE.xlsx"), command: "report")
        }
        let loaded = try loadState(arguments, command: "report")
        let document: ReportDocument
        switch request {
        case .lkj(let year):
            document = .makeLKj(state: loaded.state, year: year, head: loaded.head, asOf: loaded.asOf)
        case .perjanjianKinerja(let year):
            let (versions, latest, chosen) = try perjanjianKinerjaVersions(
                loaded.state, stream: loaded.stream, year: year, arguments: arguments, command: "report")
            document = .makePerjanjianKinerja(
                state: loaded.state, version: chosen ?? latest, versions: versions, head: loaded.head,
                asOf: loaded.asOf)
        case .audit(let from, let to):
            // The period ends with the last event recorded by the end of `to` (notes included, which the
            // state leaves out), or by --as-of when that is earlier.
            let endOfDay = Timestamp(
                millisecondsSinceEpoch: Int64(to.daysSinceEpoch + 1) * 86_400_000 - 1)
            let limit = loaded.asOf.map { min($0, endOfDay) } ?? endOfDay
            document = .makeAudit(
                state: loaded.state, from: from, to: to, head: loaded.head,
                endOfPeriod: loaded.state.digest(recordedBy: limit), asOf: loaded.asOf)
        }
        let bytes = format.map { Array(document.rendered(as: $0).utf8) } ?? document.workbook
        guard let destination else {
            output.write(String(decoding: bytes, as: UTF8.self))
            return
        }
        try writeOutput(bytes, to: destination, command: "report")
        output.write(
            Localized(
                id: "\(destination) ditulis (\(bytes.count) bita)", en: "wrote \(destination) (\(bytes.count) bytes)")(
                    language) + "\n")
    }

    /// Which report the operands and options ask for.
    private enum ReportRequest {
        case lkj(year: Int)
        case perjanjianKinerja(year: Int)
        case audit(from: CalendarDate, to: CalendarDate)
    }

    /// Reads the kind, YEAR (lkj, pk) or --from and --to (audit), refusing an option another kind takes.
    private func reportRequest(_ arguments: Arguments) throws(CLIError) -> ReportRequest {
        let kind = arguments.operands[0]
        guard ["lkj", "pk", "audit"].contains(kind) else {
            throw .usage(
                Localized(
                    id: "laporan tidak dikenal '\(kind)'; gunakan lkj, pk atau audit",
                    en: "unknown report '\(kind)'; use lkj, pk or audit"), command: "report")
        }
        for (option, owner) in [("version", "pk"), ("from", "audit"), ("to", "audit")]
        where arguments.value(option) != nil && kind != owner {
            throw .usage(
                Localized(
                    id: "--\(option) untuk 'report \(owner)', bukan 'report \(kind)'",
                    en: "--\(option) is for 'report \(owner)', not 'report \(kind)'"), command: "report")
        }
        let text = arguments.operands.count > 1 ? arguments.operands[1] : nil
        if kind == "audit" {
            if let text {
                throw .usage(
                    Localized(
                        id: "argumen tak terduga '\(text)': 'report audit' menerima --from dan --to",
                        en: "unexpected argument '\(text)': 'report audit' takes --from and --to"), command: "report")
            }
            let period = try auditPeriod(arguments)
            return .audit(from: period.from, to: period.to)
        }
        guard let text else {
            throw .usage(
                Localized(
                    id: "TAHUN belum diberikan: kinerja report \(kind) TAHUN --org ORG",
                    en: "missing YEAR: kinerja report \(kind) YEAR --org ORG"), command: "report")
        }
        guard let year = Period.year(written: text) else {
            throw .usage(
                Localized(
                    id: "'\(text)' bukan tahun; tulis seperti 2024", en: "'\(text)' is not a year; write it like 2024"),
                command: "report")
        }
        return kind == "lkj" ? .lkj(year: year) : .perjanjianKinerja(year: year)
    }

    /// `--from D --to D` of `report audit`: both dates, the first not after the second.
    private func auditPeriod(_ arguments: Arguments) throws(CLIError) -> (from: CalendarDate, to: CalendarDate) {
        var dates: [CalendarDate] = []
        for option in ["from", "to"] {
            guard let text = arguments.value(option) else {
                throw .usage(
                    Localized(
                        id: "'report audit' memerlukan --from TANGGAL dan --to TANGGAL (YYYY-MM-DD)",
                        en: "'report audit' needs --from DATE and --to DATE (YYYY-MM-DD)"), command: "report")
            }
            guard let date = CalendarDate(parsing: text) else {
                throw .usage(
                    Localized(
                        id: "--\(option) memerlukan tanggal yang ditulis YYYY-MM-DD, bukan '\(text)'",
                        en: "--\(option) needs a date written YYYY-MM-DD, not '\(text)'"), command: "report")
            }
            dates.append(date)
        }
        guard dates[0] <= dates[1] else {
            throw .usage(
                Localized(
                    id: "--from \(dates[0]) setelah --to \(dates[1])",
                    en: "--from \(dates[0]) is after --to \(dates[1])"), command: "report")
        }
        return (dates[0], dates[1])
    }

    /// `--format`: md (the default), html, csv or json; nil for xlsx, a workbook. Without `--format`, an
    /// `--output` file's extension says which; a format its extension contradicts is refused.
    private func reportFormat(_ arguments: Arguments) throws(CLIError) -> ReportFormat? {
        let formats = ReportFormat.allCases.map(\.rawValue) + ["xlsx"]
        let extensionFormat = arguments.value("output").flatMap { path -> String? in
            guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
            let written = path[path.index(after: dot)...].lowercased()
            return formats.contains(written) ? written : written == "htm" ? "html" : nil
        }
        if let given = arguments.value("format"), let extensionFormat, given != extensionFormat {
            throw .usage(
                Localized(
                    id:
                        "--format \(given) dan --output \(arguments.value("output") ?? ""): ekstensi berkasnya menyatakan "
                        + "\(extensionFormat); berikan yang sesuai",
                    en:
                        "--format \(given) and --output \(arguments.value("output") ?? ""): the file's extension says "
                        + "\(extensionFormat); give one that agrees"), command: "report")
        }
        let text = arguments.value("format") ?? extensionFormat ?? ReportFormat.markdown.rawValue
        if text == "xlsx" { return nil }
        guard let format = ReportFormat(rawValue: text) else {
            let names = (ReportFormat.allCases.map(\.rawValue) + ["xlsx"]).joined(separator: ", ")
            throw .usage(
                Localized(
                    id: "format tidak dikenal '\(text)'; gunakan salah satu dari \(names)",
                    en: "unknown format '\(text)'; use one of \(names)"), command: "report")
        }
        return format
    }
}
