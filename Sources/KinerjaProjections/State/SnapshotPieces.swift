import KinerjaStore
import Synchronization

extension PieceCheck {
    /// ``ensure(_:count:)`` with its common case, bytes within one piece already checked, tested here where
    /// it is inlined into the readers of a snapshot's columns (which test it for every number they read; a
    /// call into the store's module for each cost a tenth of a query that reads every event's flags).
    @inline(__always)
    func ensureQuickly(_ start: UnsafeRawPointer?, count: Int) {
        if let start, let base = covered.baseAddress {
            let offset = base.distance(to: start)
            if offset >= 0, count > 0, offset + count <= covered.count {
                let piece = offset >> pieceShift
                if piece == (offset + count - 1) >> pieceShift,
                    (checked + (piece >> 6)).pointee.load(ordering: .acquiring) & (1 << UInt64(piece & 63)) != 0
                {
                    return
                }
            }
        }
        ensure(start, count: count)
    }
}
