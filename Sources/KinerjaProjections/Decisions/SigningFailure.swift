/// Why a batch could not be signed.
package enum SigningFailure: Error, Equatable, Sendable, CustomStringConvertible {
    /// `ssh-keygen` failed or could not be run.
    case signingFailed(keyFile: String, status: Int32, message: String)

    /// One sentence.
    package var description: String {
        switch self {
        case .signingFailed(let keyFile, let status, let message):
            "signing with \(keyFile) failed (ssh-keygen -Y sign, status \(status))\(message.isEmpty ? "" : ": \(message)")"
        }
    }
}
