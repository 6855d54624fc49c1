import CSHA256

/// What a scan hands a stream's committed events to, in order: a read model being folded, a check of
/// caches. Passed `inout`, so folding into it copies nothing and needs no box. With each event comes its id's
/// ``EventIDFingerprint``, worked out on the decoding threads, for an index of ids keyed by it.
package protocol StreamVisitor {
    /// Whether ``seq(of:fingerprint:)`` knows every id before the scan's position as well as those visited,
    /// so that the scan checks ids through it instead of keeping an index of its own.
    var knowsIDs: Bool { get }
    /// The seq of the event with `id` (whose fingerprint is `fingerprint`), if the visitor knows one (asked
    /// only when ``knowsIDs``).
    func seq(of id: String, fingerprint: UInt32) -> Int?
    /// Called with each committed event of the stream, in order, where its line starts, and its id's
    /// fingerprint.
    mutating func visit(_ event: StoredEvent, offset: Int, idFingerprint: UInt32)
    /// Called with the fingerprint of an id a few events before that event is visited, so that the visitor
    /// can have the memory it will look up for it fetched meanwhile (``prefetch(_:)``) instead of waiting for
    /// it then.
    func prefetch(idFingerprint: UInt32)
}

extension StreamVisitor {
    /// A visitor that answers ``seq(of:fingerprint:)`` knows the ids.
    package var knowsIDs: Bool { true }

    /// Nothing to fetch ahead.
    package func prefetch(idFingerprint: UInt32) {}
}

/// Asks the CPU to bring the memory at `address` into its caches without waiting for it: a hint, which never
/// faults whatever the address.
package func prefetch(_ address: UnsafeRawPointer) {
    kinerja_prefetch(address)
}

/// A visitor made of closures, for the scans whose callers fold nothing in place: `visit` for each event,
/// and `knownIDs` (when given) for the ids the caller knows.
struct ClosureVisitor: StreamVisitor {
    let visitEvent: (_ event: StoredEvent, _ offset: Int) -> Void
    let knownIDs: ((String) -> Int?)?

    var knowsIDs: Bool { knownIDs != nil }

    func visit(_ event: StoredEvent, offset: Int, idFingerprint: UInt32) {
        visitEvent(event, offset)
    }

    func seq(of id: String, fingerprint: UInt32) -> Int? {
        knownIDs?(id)
    }

    /// Runs `body` with a visitor made of `visit` and `knownIDs`, for as long as `body` runs.
    static func with<Result>(
        visit: (_ event: StoredEvent, _ offset: Int) -> Void, knownIDs: ((String) -> Int?)?,
        _ body: (inout ClosureVisitor) throws(StoreError) -> Result
    ) throws(StoreError) -> Result {
        try withoutActuallyEscaping(visit) { visit throws(StoreError) in
            var visitor = ClosureVisitor(visitEvent: visit, knownIDs: knownIDs)
            return try body(&visitor)
        }
    }
}
