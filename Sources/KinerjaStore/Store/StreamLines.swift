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
        try StreamLineWindow(self, readSize: 4096).event(at: offset, seq: seq)
    }

    /// Decodes one line (without its newline), expecting the event with `seq` if given.
    fileprivate func decode(_ line: UnsafeRawBufferPointer, seq: Int?) throws(StoreError) -> StoredEvent {
        let event: StoredEvent
        do throws(LineProblem) {
            event = try EventLine.decode(line)
        } catch {
            throw .streamDamaged(StreamDamage(stream: stream, path: path, line: seq ?? 0, problem: error))
        }
        if let seq, event.seq != seq {
            throw .streamDamaged(
                StreamDamage(
                    stream: stream, path: path, line: seq, problem: .seqOutOfOrder(found: event.seq, expected: seq)))
        }
        return event
    }
}

/// Reads lines of a stream file that lie near one another (a view's bodies, read in order) through one open
/// file and a window of its bytes, instead of opening the file and reading it once per line. Not for use from
/// two threads at once.
package final class StreamLineWindow {
    /// The stream file.
    package let lines: StreamLines
    private let file: FileDescriptor
    /// The bytes of the file from `start`.
    private var window: [UInt8] = []
    private var start = 0
    /// How many bytes one read fetches at least.
    private let readSize: Int

    /// Opens the file of `lines`, to read `readSize` bytes at a time (more for a longer line).
    package init(_ lines: StreamLines, readSize: Int = 64 << 10) throws(StoreError) {
        self.lines = lines
        self.readSize = readSize
        file = try FileDescriptor(path: lines.path, flags: O_RDONLY)
    }

    /// The stored event whose line starts at `offset`, as ``StreamLines/event(at:seq:)`` reads it.
    package func event(at offset: Int, seq: Int? = nil) throws(StoreError) -> StoredEvent {
        var length = readSize
        while true {
            if offset >= start, offset < start + window.count,
                let end = window[(offset - start)...].firstIndex(of: 0x0A)
            {
                let line = (offset - start)..<end
                let result = window.withUnsafeBytes { buffer in
                    Result { () throws(StoreError) in
                        try lines.decode(UnsafeRawBufferPointer(rebasing: buffer[line]), seq: seq)
                    }
                }
                return try result.get()
            }
            if offset >= start, start + window.count - offset >= length {
                length *= 2  // a line longer than the window: read more
            }
            window = try file.read(count: length, at: offset)
            start = offset
            guard window.firstIndex(of: 0x0A) != nil || window.count == length else {
                throw .io(path: lines.path, operation: "read the event at offset \(offset) of", errno: EIO)
            }
        }
    }
}
