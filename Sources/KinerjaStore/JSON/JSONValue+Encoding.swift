extension JSONValue {
    /// The canonical encoding: no whitespace, object keys sorted by their UTF-8 bytes, strings escaped
    /// only where JSON requires it (`"`, `\` and control characters), numbers as their literal text.
    package var canonicalBytes: [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(256)
        appendCanonical(to: &output)
        return output
    }

    /// The canonical encoding as a string.
    package var canonicalString: String {
        String(decoding: canonicalBytes, as: UTF8.self)
    }

    /// Appends the canonical encoding of this value to `output`.
    func appendCanonical(to output: inout [UInt8]) {
        switch self {
        case .null: output.append(contentsOf: "null".utf8)
        case .bool(let value): output.append(contentsOf: (value ? "true" : "false").utf8)
        case .number(let literal): output.append(contentsOf: literal.utf8)
        case .string(let value): JSONValue.appendQuoted(value, to: &output)
        case .array(let elements):
            output.append(UInt8(ascii: "["))
            for (index, element) in elements.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                element.appendCanonical(to: &output)
            }
            output.append(UInt8(ascii: "]"))
        case .object(let object):
            object.appendCanonical(to: &output)
        }
    }

    /// Appends `value` as a JSON string literal.
    static func appendQuoted(_ value: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        let copied: Bool? = value.utf8.withContiguousStorageIfAvailable { bytes in
            // Most strings need no escaping: copy them in one step.
            guard !bytes.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else {
                return false
            }
            output.append(contentsOf: bytes)
            return true
        }
        if copied == true {
            output.append(UInt8(ascii: "\""))
            return
        }
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""): output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case 0x0A: output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case 0x0D: output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case 0x09: output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case 0x00..<0x20:
                let hex: [UInt8] = Array("0123456789abcdef".utf8)
                output.append(contentsOf: Array("\\u00".utf8))
                output.append(hex[Int(byte >> 4)])
                output.append(hex[Int(byte & 0x0F)])
            default: output.append(byte)
            }
        }
        output.append(UInt8(ascii: "\""))
    }
}

extension JSONObject {
    /// The members sorted by the UTF-8 bytes of their keys: the canonical order.
    var sortedMembers: [Member] {
        members.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
    }

    /// Appends the canonical encoding of this object to `output`.
    func appendCanonical(to output: inout [UInt8]) {
        output.append(UInt8(ascii: "{"))
        appendCanonicalMembers(to: &output)
        output.append(UInt8(ascii: "}"))
    }

    /// Appends the members in canonical order, comma-separated, without the braces.
    func appendCanonicalMembers(to output: inout [UInt8]) {
        for (index, member) in sortedMembers.enumerated() {
            if index > 0 { output.append(UInt8(ascii: ",")) }
            JSONValue.appendQuoted(member.key, to: &output)
            output.append(UInt8(ascii: ":"))
            member.value.appendCanonical(to: &output)
        }
    }
}
