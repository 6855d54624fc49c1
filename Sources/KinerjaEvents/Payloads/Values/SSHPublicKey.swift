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
