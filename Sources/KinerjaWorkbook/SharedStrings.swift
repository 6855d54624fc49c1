/// The shared-string table (`xl/sharedStrings.xml`): each `<si>`'s text, its rich-text runs joined and its
/// phonetic runs (`<rPh>`) left out.
enum SharedStrings {
    /// The strings, in index order.
    static func read(_ package: WorkbookPackage, path: String) throws(WorkbookError) -> [String] {
        var strings: [String] = []
        var collector = InlineTextCollector()
        var isInItem = false
        try package.scan(path) { event throws(WorkbookError) in
            switch event {
            case .start(let name, _) where name.localXMLName == "si":
                isInItem = true
                collector = InlineTextCollector()
            case .end(let name) where name.localXMLName == "si":
                isInItem = false
                strings.append(collector.text)
            default:
                if isInItem { collector.take(event) }
            }
        }
        return strings
    }
}

/// Collects the text of a string item (`<si>` or a cell's `<is>`): the `<t>` elements, directly or in `<r>`
/// runs, but not those of phonetic runs (`<rPh>`); Excel's `_xHHHH_` escapes decoded.
struct InlineTextCollector {
    private var parts: [String] = []
    private var isInText = false
    private var phoneticDepth = 0

    /// The text collected so far.
    var text: String { ExcelText.unescape(parts.joined()) }

    /// Takes one event from inside the item.
    mutating func take(_ event: XMLEvent) {
        switch event {
        case .start(let name, _):
            switch name.localXMLName {
            case "rPh": phoneticDepth += 1
            case "t": isInText = phoneticDepth == 0
            default: break
            }
        case .end(let name):
            switch name.localXMLName {
            case "rPh": phoneticDepth -= 1
            case "t": isInText = false
            default: break
            }
        case .text(let text):
            if isInText { parts.append(text) }
        }
    }
}
