/// What ``XMLScanner`` reads: an element opening (with its attributes), an element closing, or text.
enum XMLEvent: Equatable {
    /// `<name attribute="value">` (a self-closing element gives `start` then `end`).
    case start(name: String, attributes: [XMLAttribute])
    /// `</name>`.
    case end(name: String)
    /// Character data between tags, entities decoded (CDATA sections included as they are).
    case text(String)
}

/// One attribute of an element, its value with entities decoded.
struct XMLAttribute: Equatable {
    /// The name as written, prefix included (`r:id`).
    let name: String
    /// The value.
    let value: String
}

extension [XMLAttribute] {
    /// The value of the attribute whose name, without its namespace prefix, is `localName` (the first such).
    func value(_ localName: String) -> String? {
        first { $0.name.localXMLName == localName }?.value
    }

    /// The value of the attribute named `localName` with some namespace prefix (`r:id`, whatever the prefix).
    func prefixedValue(_ localName: String) -> String? {
        first { $0.name.contains(":") && $0.name.localXMLName == localName }?.value
    }
}

extension String {
    /// The name without its namespace prefix: `x:row` is `row`.
    var localXMLName: Substring {
        guard let colon = lastIndex(of: ":") else { return self[...] }
        return self[index(after: colon)...]
    }
}

/// Why an XML part could not be read: the reason and the byte where the scanner was.
struct XMLError: Error, Equatable {
    /// The byte of the part where the problem is.
    let offset: Int
    /// What is wrong, as a phrase.
    let reason: String
}
