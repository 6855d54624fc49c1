import KinerjaEvents
import KinerjaProjections
import KinerjaStore

extension ReportDocument {
    /// The document in `format`, as the command line writes it: Markdown, HTML, all tables as CSV (with its
    /// byte-order mark), or canonical JSON (sorted keys) followed by a newline.
    package func rendered(as format: ReportFormat) -> String {
        switch format {
        case .markdown: markdown
        case .html: html
        case .csv: csv
        case .json: json.canonicalString + "\n"
        }
    }
}
