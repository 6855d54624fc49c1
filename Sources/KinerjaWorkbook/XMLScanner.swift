/// A small XML reader for the parts of a workbook: elements, attributes, text, CDATA and the five predefined
/// entities and character references, in UTF-8. Comments and processing instructions are skipped; a document
/// type declaration is refused (workbooks never have one, and entity definitions are how XML bombs work).
/// Elements must nest properly.
///
/// Foundation's XMLParser is not used: on Linux it lives in FoundationXML on top of libxml2, which this package
/// does not otherwise need, and these parts use a small, fixed subset of XML.
struct XMLScanner {
    private let bytes: [UInt8]
    private var position = 0
    /// The names of the elements open at `position`.
    private var open: [String] = []
    /// An end event owed for a self-closing element just started.
    private var pendingEnd: String?
    private var sawRoot = false

    /// A scanner at the start of `bytes` (after a UTF-8 byte order mark, if there is one).
    init(_ bytes: [UInt8]) throws(XMLError) {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            throw XMLError(offset: 0, reason: "the part is UTF-16 text; only UTF-8 is read")
        }
        self.bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
    }

    /// The next event, or nil at the end of the document.
    mutating func next() throws(XMLError) -> XMLEvent? {
        if let name = pendingEnd {
            pendingEnd = nil
            open.removeLast()
            return .end(name: name)
        }
        while position < bytes.count {
            if bytes[position] != UInt8(ascii: "<") {
                let text = try readText()
                if open.isEmpty {
                    guard text.allSatisfy(\.isWhitespace) else { throw error("text outside the root element") }
                    continue
                }
                return .text(text)
            }
            let next = position + 1 < bytes.count ? bytes[position + 1] : 0
            if next != UInt8(ascii: "?"), next != UInt8(ascii: "!") {
                return next == UInt8(ascii: "/") ? try readEndTag() : try readStartTag()
            }
            if next == UInt8(ascii: "?") {
                try skip(past: "?>", what: "a processing instruction")
            } else if starts(with: "<!--") {
                try skip(past: "-->", what: "a comment")
            } else if starts(with: "<![CDATA[") {
                let start = position + 9
                try skip(past: "]]>", what: "a CDATA section")
                guard !open.isEmpty else { throw error("a CDATA section outside the root element") }
                return .text(try string(bytes[start..<position - 3], at: start))
            } else {
                throw error("a document type declaration, which workbook parts do not have")
            }
        }
        if let name = open.last { throw error("the part ends inside <\(name)>") }
        guard sawRoot else { throw error("the part has no root element") }
        return nil
    }

    // MARK: Tags

    private mutating func readStartTag() throws(XMLError) -> XMLEvent {
        if open.isEmpty && sawRoot { throw error("a second root element") }
        position += 1
        let name = try readName()
        var attributes: [XMLAttribute] = []
        while true {
            skipWhitespace()
            guard position < bytes.count else { throw error("the part ends inside the tag <\(name)>") }
            if bytes[position] == UInt8(ascii: ">") {
                position += 1
                break
            }
            if starts(with: "/>") {
                position += 2
                pendingEnd = name
                break
            }
            let attributeName = try readName()
            skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "=") else {
                throw error("the attribute \(attributeName) of <\(name)> has no value")
            }
            position += 1
            skipWhitespace()
            attributes.append(XMLAttribute(name: attributeName, value: try readAttributeValue()))
        }
        open.append(name)
        sawRoot = true
        return .start(name: name, attributes: attributes)
    }

    private mutating func readEndTag() throws(XMLError) -> XMLEvent {
        let start = position
        position += 2
        let name = try readName()
        skipWhitespace()
        guard position < bytes.count, bytes[position] == UInt8(ascii: ">") else {
            throw error("the closing tag </\(name)> is not closed by >")
        }
        position += 1
        guard let expected = open.last else { throw XMLError(offset: start, reason: "</\(name)> closes nothing") }
        guard expected == name else {
            throw XMLError(offset: start, reason: "</\(name)> closes <\(expected)>")
        }
        open.removeLast()
        return .end(name: name)
    }

    /// A name: every byte up to whitespace, `=`, `/`, `>` or `<`.
    private mutating func readName() throws(XMLError) -> String {
        let start = position
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: "="), UInt8(ascii: "/"), UInt8(ascii: ">"), UInt8(ascii: "<"):
                guard position > start else { throw error("a name was expected") }
                return try string(bytes[start..<position], at: start)
            default:
                position += 1
            }
        }
        throw error("the part ends inside a name")
    }

    private mutating func readAttributeValue() throws(XMLError) -> String {
        guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") || bytes[position] == UInt8(ascii: "'")
        else { throw error("an attribute value must be quoted") }
        let quote = bytes[position]
        position += 1
        let start = position
        guard let end = bytes[start...].firstIndex(of: quote) else { throw error("an attribute value is not closed") }
        position = end + 1
        // Attribute-value normalisation: each tab, line feed or carriage return reads as a space.
        let raw = bytes[start..<end].map { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D ? 0x20 : $0 }
        return try decode(raw[...], at: start)
    }

    // MARK: Text

    /// Character data up to the next `<`, with line ends read as LF.
    private mutating func readText() throws(XMLError) -> String {
        let start = position
        let end = bytes[start...].firstIndex(of: UInt8(ascii: "<")) ?? bytes.count
        position = end
        if !bytes[start..<end].contains(0x0D) { return try decode(bytes[start..<end], at: start) }
        var raw: [UInt8] = []
        raw.reserveCapacity(end - start)
        var index = start
        while index < end {
            let byte = bytes[index]
            if byte == 0x0D {
                raw.append(0x0A)
                if index + 1 < end, bytes[index + 1] == 0x0A { index += 1 }
            } else {
                raw.append(byte)
            }
            index += 1
        }
        return try decode(raw[...], at: start)
    }

    /// `raw` as a string with its entity and character references replaced.
    private func decode(_ raw: ArraySlice<UInt8>, at offset: Int) throws(XMLError) -> String {
        guard raw.contains(UInt8(ascii: "&")) else { return try string(raw, at: offset) }
        var output: [UInt8] = []
        output.reserveCapacity(raw.count)
        var index = raw.startIndex
        while index < raw.endIndex {
            let byte = raw[index]
            guard byte == UInt8(ascii: "&") else {
                output.append(byte)
                index += 1
                continue
            }
            guard let semicolon = raw[index...].prefix(12).firstIndex(of: UInt8(ascii: ";")) else {
                throw XMLError(offset: offset, reason: "an & that starts no entity (write &amp;)")
            }
            let name = String(decoding: raw[index + 1..<semicolon], as: UTF8.self)
            guard let scalar = Self.entity(name) else {
                throw XMLError(offset: offset, reason: "the entity &\(name); is not one XML defines")
            }
            output.append(contentsOf: Array(String(Character(scalar)).utf8))
            index = semicolon + 1
        }
        return try string(output[...], at: offset)
    }

    /// The character an entity or character reference names (`lt`, `#60`, `#x3C`), or nil.
    private static func entity(_ name: String) -> Unicode.Scalar? {
        switch name {
        case "lt": return "<"
        case "gt": return ">"
        case "amp": return "&"
        case "quot": return "\""
        case "apos": return "'"
        default:
            let value: UInt32?
            if name.hasPrefix("#x") || name.hasPrefix("#X") {
                value = UInt32(name.dropFirst(2), radix: 16)
            } else if name.hasPrefix("#") {
                value = UInt32(name.dropFirst(), radix: 10)
            } else {
                value = nil
            }
            return value.flatMap(Unicode.Scalar.init)
        }
    }

    /// `bytes` as UTF-8 text, refusing invalid UTF-8.
    private func string(_ bytes: ArraySlice<UInt8>, at offset: Int) throws(XMLError) -> String {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw XMLError(offset: offset, reason: "text that is not UTF-8")
        }
        return text
    }

    // MARK: Bytes

    private func starts(with prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard position + count <= bytes.count else { return false }
        return prefix.withUTF8Buffer { buffer in
            buffer.indices.allSatisfy { bytes[position + $0] == buffer[$0] }
        }
    }

    private mutating func skip(past terminator: StaticString, what: String) throws(XMLError) {
        let start = position
        while position < bytes.count {
            if starts(with: terminator) {
                position += terminator.utf8CodeUnitCount
                return
            }
            position += 1
        }
        throw XMLError(offset: start, reason: "\(what) that is never closed")
    }

    private mutating func skipWhitespace() {
        while position < bytes.count, Self.isWhitespace(bytes[position]) { position += 1 }
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    private func error(_ reason: String) -> XMLError {
        XMLError(offset: position, reason: reason)
    }
}
