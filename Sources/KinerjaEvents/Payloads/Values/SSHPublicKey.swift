/// An OpenSSH public key an actor signs with: `ssh-ed25519 AAAA…` or `sk-ssh-ed25519@openssh.com AAAA…` (a
/// security key's). Kept in its one-line form without the comment; the blob's own type name must match.
package struct SSHPublicKey: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// The key types accepted.
    package static let types = ["ssh-ed25519", "sk-ssh-ed25519@openssh.com"]

    /// The key type, one of ``types``.
    package let type: String
    /// The key blob, base64 as OpenSSH writes it.
    package let base64: String

    /// The key of a `.pub` line (`TYPE BASE64 [COMMENT]`), or nil if it is not an accepted key of that shape.
    package init?(parsing text: String) {
        let words = text.split(whereSeparator: \.isWhitespace).map(String.init)
        guard words.count >= 2, Self.types.contains(words[0]), let blob = Base64.decode(words[1]),
            let key = Self(type: words[0], blob: blob), key.base64 == words[1]
        else { return nil }
        self = key
    }

    /// The key of an SSH wire-format blob (`string type, string key…`), or nil if it is not an accepted one.
    package init?(blob: [UInt8]) {
        var reader = SSHWireReader(blob)
        guard let name = reader.string().map({ String(decoding: $0, as: UTF8.self) }) else { return nil }
        self.init(type: name, blob: blob)
    }

    private init?(type: String, blob: [UInt8]) {
        var reader = SSHWireReader(blob)
        guard Self.types.contains(type), reader.string().map({ String(decoding: $0, as: UTF8.self) }) == type,
            let key = reader.string(), key.count == 32
        else { return nil }
        if type == "sk-ssh-ed25519@openssh.com" {
            guard let application = reader.string(), !application.isEmpty else { return nil }
        }
        guard reader.isAtEnd else { return nil }
        self.type = type
        self.base64 = Base64.encode(blob)
    }

    /// `TYPE BASE64`: the stored form, and a line of an allowed-signers file after the principal.
    package var description: String { "\(type) \(base64)" }

    /// The key that made an armored SSH signature (`-----BEGIN SSH SIGNATURE-----` …), as the signature
    /// states it; nil if the text is not such a signature.
    package static func signer(ofSignature armored: String) -> SSHPublicKey? {
        let lines = armored.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters() }
        guard lines.first == "-----BEGIN SSH SIGNATURE-----", lines.last == "-----END SSH SIGNATURE-----",
            lines.count >= 3, let bytes = Base64.decode(lines.dropFirst().dropLast().joined())
        else { return nil }
        var reader = SSHWireReader(bytes)
        guard reader.take(6) == Array("SSHSIG".utf8), reader.uint32() == 1, let key = reader.string() else {
            return nil
        }
        return SSHPublicKey(blob: key)
    }
}

extension Substring {
    fileprivate func trimmingCharacters() -> String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}

/// Reads the SSH wire format: big-endian 32-bit lengths before strings.
private struct SSHWireReader {
    private let bytes: [UInt8]
    private var index = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var isAtEnd: Bool { index == bytes.count }

    mutating func take(_ count: Int) -> [UInt8]? {
        guard count >= 0, bytes.count - index >= count else { return nil }
        defer { index += count }
        return Array(bytes[index..<(index + count)])
    }

    mutating func uint32() -> UInt32? {
        take(4).map { $0.reduce(0) { $0 << 8 | UInt32($1) } }
    }

    mutating func string() -> [UInt8]? {
        guard let length = uint32(), length <= 1 << 20 else { return nil }
        return take(Int(length))
    }
}

/// Standard base64 (with padding), as OpenSSH writes keys and signatures.
package enum Base64 {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    /// The base64 text of `bytes`.
    package static func encode(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        var index = 0
        while index < bytes.count {
            let chunk = Array(bytes[index..<min(index + 3, bytes.count)])
            let value = chunk.enumerated().reduce(UInt32(0)) { $0 | UInt32($1.element) << (16 - 8 * UInt32($1.offset)) }
            for position in 0..<4 {
                out.append(
                    position <= chunk.count
                        ? alphabet[Int(value >> (18 - 6 * UInt32(position)) & 63)] : UInt8(ascii: "="))
            }
            index += 3
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The bytes of base64 `text`, or nil if it is not canonical padded base64.
    package static func decode(_ text: String) -> [UInt8]? {
        let characters = Array(text.utf8)
        guard !characters.isEmpty, characters.count % 4 == 0 else { return nil }
        var out: [UInt8] = []
        for start in stride(from: 0, to: characters.count, by: 4) {
            var value: UInt32 = 0
            var padding = 0
            for (offset, character) in characters[start..<(start + 4)].enumerated() {
                if character == UInt8(ascii: "=") {
                    guard start + 4 == characters.count, offset >= 2 else { return nil }
                    padding += 1
                    value <<= 6
                    continue
                }
                guard padding == 0, let digit = alphabet.firstIndex(of: character) else { return nil }
                value = value << 6 | UInt32(digit)
            }
            let decoded = [UInt8(value >> 16 & 255), UInt8(value >> 8 & 255), UInt8(value & 255)]
            out += decoded.prefix(3 - padding)
        }
        return out
    }
}
