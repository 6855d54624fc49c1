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
}

extension StreamVisitor {
    /// A visitor that answers ``seq(of:)`` knows the ids.
    package var knowsIDs: Bool { true }
}
