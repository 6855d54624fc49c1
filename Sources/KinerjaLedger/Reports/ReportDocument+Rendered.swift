extension ReportDocument {
    /// The document in `format`, ready to write: JSON is the canonical JSON of ``json`` (sorted keys) and a
    /// newline, like every other JSON output.
    ///
    /// Until the Markdown, HTML and CSV renderers land, only JSON renders (see ``ReportFormat/rendered``); the
    /// other formats give an empty string and `kinerja report` refuses them before calling this.
    package func rendered(as format: ReportFormat) -> String {
        switch format {
        case .json: json.canonicalString + "\n"
        case .markdown, .html, .csv: ""
        }
    }
}

extension ReportFormat {
    /// The formats ``ReportDocument/rendered(as:)`` renders in this build: JSON only, until the Markdown, HTML
    /// and CSV renderers replace this file.
    package static let rendered: [ReportFormat] = [.json]
}
