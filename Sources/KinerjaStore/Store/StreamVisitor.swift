/// What a scan hands a stream's committed events to, in order: a read model being folded, a check of
/// caches. Passed `inout`, so folding into it copies nothing and needs no box.
package protocol StreamVisitor {
    /// Whether ``seq(of:)`` knows every id before the scan's position as well as those visited, so that the
    /// scan checks ids through it instead of keeping an index of its own.
    var knowsIDs: Bool { get }
    /// The seq of the event with `id`, if the visitor knows one (asked only when ``knowsIDs``).
    func seq(of id: String) -> Int?
    /// Called with each committed event of the stream, in order, and where its line starts.
    mutating func visit(_ event: StoredEvent, offset: Int)

    /// ``seq(of:)``, given the id's ``EventIDFingerprint`` too (the scan worked it out on another thread).
    func seq(of id: String, fingerprint: UInt32) -> Int?
    /// ``visit(_:offset:)``, given the id's ``EventIDFingerprint`` too.
    mutating func visit(_ event: StoredEvent, offset: Int, idFingerprint: UInt32)
    /// Called with the fingerprint of each id of a block before the block is checked, so that the visitor
    /// can read what it will look up for it then, for the whole block at once (the reads from memory overlap)
    /// instead of waiting for memory at each event. Returns what it read, so that the reads are made.
    func warm(idFingerprint: UInt32) -> UInt64
}

extension StreamVisitor {
    /// A visitor that answers ``seq(of:)`` knows the ids.
    package var knowsIDs: Bool { true }

    /// ``seq(of:)``, the fingerprint unused.
    package func seq(of id: String, fingerprint: UInt32) -> Int? { seq(of: id) }

    /// ``visit(_:offset:)``, the fingerprint unused.
    package mutating func visit(_ event: StoredEvent, offset: Int, idFingerprint: UInt32) {
        visit(event, offset: offset)
    }

    /// Nothing to read ahead.
    package func warm(idFingerprint: UInt32) -> UInt64 { 0 }
}
