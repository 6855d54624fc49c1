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
            hashPieces(0..<pieces, of: bytes) { index, digest in digests[index] = digest }
        }
        return digests
    }

    /// Hashes the pieces `range` of `bytes` but those `skipped`, calling `body` with each one's index and
    /// digest (from any thread): a few pieces to a task, on every core when there are many
    /// (``SideBySide``, which spreads them from inside other parallel work too), and two at a time within a
    /// task, side by side (``hash(_:_:)``).
    static func hashPieces(
        _ range: Range<Int>, of bytes: UnsafeRawBufferPointer,
        skipping skipped: @Sendable (Int) -> Bool = { _ in false },
        _ body: @Sendable (Int, SHA256Digest) -> Void
    ) {
        nonisolated(unsafe) let bytes = bytes
        // A few pieces to each task, so that a task is worth handing to another thread.
        let perTask = range.count >= 2 * piecesPerTask ? piecesPerTask : max(range.count, 1)
        SideBySide.perform(iterations: (range.count + perTask - 1) / perTask) { task in
            let start = range.lowerBound + task * perTask
            var waiting: Int?
            for index in start..<min(range.upperBound, start + perTask) where !skipped(index) {
                guard let earlier = waiting else {
                    waiting = index
                    continue
                }
                let found = hash(piece(earlier, of: bytes), piece(index, of: bytes))
                body(earlier, found.0)
                body(index, found.1)
                waiting = nil
            }
            if let earlier = waiting { body(earlier, hash(piece(earlier, of: bytes))) }
        }
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
