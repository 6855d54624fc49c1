import KinerjaStore

/// Signs batches with a private key file through `ssh-keygen -Y sign -n kinerja -f KEYFILE`, run by the
/// injected ``ProcessRunner``.
package struct BatchSigner: Sendable {
    /// The private key file (OpenSSH format; a security key's `sk-` stub works as well).
    package var keyFile: String
    /// Runs `ssh-keygen`.
    package var run: ProcessRunner

    /// Makes a signer.
    package init(keyFile: String, run: @escaping ProcessRunner) {
        self.keyFile = keyFile
        self.run = run
    }

    /// The stored signature of `content`, or the reason none was made.
    package func sign(_ content: [UInt8]) -> Result<String, SigningFailure> {
        let result = run(
            ProcessRequest(
                program: "ssh-keygen", arguments: ["-q", "-Y", "sign", "-n", BatchSignature.namespace, "-f", keyFile],
                input: content))
        guard result.status == 0 else {
            return .failure(.signingFailed(keyFile: keyFile, status: result.status, message: Self.text(result.errors)))
        }
        guard let stored = BatchSignature.stored(fromArmored: String(decoding: result.output, as: UTF8.self)) else {
            return .failure(
                .signingFailed(keyFile: keyFile, status: result.status, message: "no SSH signature came out"))
        }
        return .success(stored)
    }

    /// A program's message, on one line.
    static func text(_ bytes: [UInt8]) -> String {
        String(decoding: bytes, as: UTF8.self).split(whereSeparator: \.isNewline).joined(separator: "; ")
    }
}
