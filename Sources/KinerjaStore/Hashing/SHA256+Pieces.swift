import Dispatch

extension SHA256 {
    /// The length of the pieces of ``pieceDigests(of:)``: small, so that a reader who checks only the pieces
    /// it reads (``PieceCheck``) hashes little more than it reads.
    package static let pieceBytes = 1 << pieceShift
    /// The length of a piece as a power of two: 4 KiB, a page. A lookup by id in a snapshot reads a few
    /// numbers in each of three places, and an append after a thousand others looks up each of theirs: with
    /// pieces of a page it hashes some 12 KiB per lookup, where pieces of 64 KiB made it hash most of a
    /// million-event snapshot.
    @inlinable package static var pieceShift: Int { 12 }
    /// How many pieces one task hashes when pieces are hashed on every core (256 KiB).
    static var piecesPerTask: Int { 1 << (18 - pieceShift) }

    /// The SHA-256 of each of `bytes`' pieces of ``pieceBytes`` (the last one shorter), in order, hashed on
    /// every core at once.
    package static func pieceDigests(of bytes: UnsafeRawBufferPointer) -> [SHA256Digest] {
        let pieces = (bytes.count + pieceBytes - 1) / pieceBytes
        var digests = [SHA256Digest](repeating: .zero, count: pieces)
        digests.withUnsafeMutableBufferPointer { digests in
            nonisolated(unsafe) let digests = digests
            nonisolated(unsafe) let bytes = bytes
            // A few pieces to each task, so that a task is worth handing to another thread.
            let perTask = piecesPerTask
            DispatchQueue.concurrentPerform(iterations: (pieces + perTask - 1) / perTask) { task in
                // Two pieces side by side (``hash(_:_:)``), and the task's last alone when it has an odd count.
                let range = (task * perTask)..<min(pieces, (task + 1) * perTask)
                for index in stride(from: range.lowerBound, to: range.upperBound, by: 2) {
                    guard index + 1 < range.upperBound else {
                        digests[index] = SHA256.hash(piece(index, of: bytes))
                        break
                    }
                    (digests[index], digests[index + 1]) = SHA256.hash(
                        piece(index, of: bytes), piece(index + 1, of: bytes))
                }
            }
        }
        return digests
    }

    /// The SHA-256 of the SHA-256s of `bytes`' pieces (``pieceDigests(of:)``), one after another: the digest
    /// a writer records for a snapshot.
    package static func pieceDigest(of bytes: UnsafeRawBufferPointer) -> SHA256Digest {
        digest(ofPieceDigests: pieceDigests(of: bytes))
    }

    /// The SHA-256 of `digests`, one after another.
    package static func digest(ofPieceDigests digests: [SHA256Digest]) -> SHA256Digest {
        var hasher = SHA256()
        for digest in digests { hasher.update(digest.bytes) }
        return hasher.finalize()
    }

    /// The piece at `index` of `bytes`.
    static func piece(_ index: Int, of bytes: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer {
        let start = index * pieceBytes
        return UnsafeRawBufferPointer(rebasing: bytes[start..<min(start + pieceBytes, bytes.count)])
    }
}
