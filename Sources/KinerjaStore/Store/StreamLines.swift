#if canImport(Glibc)
    import Glibc
#endif

/// Reads single lines of a stream file by where they start: for the events a read model keeps only by
/// position, and for the writer's check of an id it already holds.
package struct StreamLines: Sendable {
    /// The stream.
    package let stream: StreamName
    /// Its file.
    package let path: String

    /// Reads lines of `stream` at `path`.
    package init(stream: StreamName, path: String) {
        self.stream = stream
        self.path = path
    }

    /// The stored event whose line starts at `offset`, its hash checked. A line that is not a stored event, or
    /// (with `seq`) not the event with that seq, is damage.
    package func event(at offset: Int, seq: Int? = nil) throws(StoreError) -> StoredEvent {
        let file = try FileDescriptor(path: path, flags: O_RDONLY)
        var length = 4096
        while true {
            let bytes = try file.read(count: length, at: offset)
            if let end = bytes.firstIndex(of: 0x0A) {
                let result = bytes.withUnsafeBytes { buffer in
                    Result { () throws(LineProblem) in
                        try EventLine.decode(UnsafeRawBufferPointer(rebasing: buffer[..<end]))
                    }
                }
                switch result {
                case .success(let event):
                    if let seq, event.seq != seq {
                        throw .streamDamaged(
                            StreamDamage(
                                stream: stream, path: path, line: seq,
                                problem: .seqOutOfOrder(found: event.seq, expected: seq)))
                    }
                    return event
                case .failure(let problem):
                    throw .streamDamaged(StreamDamage(stream: stream, path: path, line: seq ?? 0, problem: problem))
                }
            }
            guard bytes.count == length else {
                throw .io(path: path, operation: "read the event at offset \(offset) of", errno: EIO)
            }
            length *= 2
        }
    }
}
