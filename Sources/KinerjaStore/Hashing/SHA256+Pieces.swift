import Dispatch

extension SHA256 {
    /// The length of the pieces of ``pieceDigest(of:alongside:)``.
    package static let pieceBytes = 1 << 20

    /// The SHA-256 of the SHA-256s of `bytes`' pieces of ``pieceBytes`` (the last one shorter), one after
    /// another: a digest whose pieces are hashed on every core at once. `alongside` runs meanwhile, as one
    /// more task beside the pieces.
    package static func pieceDigest<Other>(
        of bytes: UnsafeRawBufferPointer, alongside: () -> Other
    ) -> (digest: SHA256Digest, other: Other) {
        let pieces = (bytes.count + pieceBytes - 1) / pieceBytes
        var digests = [SHA256Digest](repeating: .zero, count: pieces)
        let other = withoutActuallyEscaping(alongside) { alongside in
            let work = PieceWork(bytes: bytes, alongside: alongside)
            digests.withUnsafeMutableBufferPointer { digests in
                nonisolated(unsafe) let digests = digests
                // The task beside the pieces goes first, so that the pieces fill in around it.
                DispatchQueue.concurrentPerform(iterations: pieces + 1) { iteration in
                    guard iteration > 0 else { return work.runAlongside() }
                    digests[iteration - 1] = SHA256.hash(work.piece(iteration - 1))
                }
            }
            return work.result
        }
        var hasher = SHA256()
        for digest in digests { hasher.update(digest.bytes) }
        return (hasher.finalize(), other)
    }

    /// ``pieceDigest(of:alongside:)`` with nothing alongside.
    package static func pieceDigest(of bytes: UnsafeRawBufferPointer) -> SHA256Digest {
        pieceDigest(of: bytes) { () }.digest
    }
}

/// The bytes of ``SHA256/pieceDigest(of:alongside:)`` and the task run beside their pieces, whose result is
/// written by the one thread that runs it and read once all are done.
private final class PieceWork<Other>: @unchecked Sendable {
    let bytes: UnsafeRawBufferPointer
    let alongside: () -> Other
    var other: Other?

    init(bytes: UnsafeRawBufferPointer, alongside: @escaping () -> Other) {
        self.bytes = bytes
        self.alongside = alongside
    }

    func runAlongside() { other = alongside() }

    /// The piece at `index`.
    func piece(_ index: Int) -> UnsafeRawBufferPointer {
        let start = index * SHA256.pieceBytes
        return UnsafeRawBufferPointer(rebasing: bytes[start..<min(start + SHA256.pieceBytes, bytes.count)])
    }

    var result: Other {
        guard let other else { preconditionFailure("read before it ran") }
        return other
    }
}
