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

/// Reads lines of a stream file that lie near one another (a view's bodies) through one open file and a few
/// windows of its bytes, instead of opening the file and reading it once per line. The windows start at
/// multiples of their size (a line longer than one is read from its own start), so that a view walking the
/// same part of the stream once per indicator reads each part once; the least recently used one is dropped
/// first. Not for use from two threads at once.
package final class StreamLineWindow {
    /// The stream file.
    package let lines: StreamLines
    private let file: FileDescriptor
    /// The windows read, the one used last at the end: each the bytes of the file from `start`.
    private var windows: [(start: Int, bytes: [UInt8])] = []
    /// How many bytes one read fetches at least.
    private let readSize: Int
    /// How many windows are kept.
    private let kept: Int

    /// Opens the file of `lines`, to read `readSize` bytes at a time (more for a longer line), keeping `kept`
    /// windows.
    package init(_ lines: StreamLines, readSize: Int = 64 << 10, keeping kept: Int = 16) throws(StoreError) {
        self.lines = lines
        self.readSize = readSize
        self.kept = kept
        file = try FileDescriptor(path: lines.path, flags: O_RDONLY)
    }

    /// The stored event whose line starts at `offset`, as ``StreamLines/event(at:seq:)`` reads it.
    package func event(at offset: Int, seq: Int? = nil) throws(StoreError) -> StoredEvent {
        guard offset >= 0 else {
            throw .streamDamaged(
                StreamDamage(stream: lines.stream, path: lines.path, line: seq ?? 0, problem: .noLine(offset: offset)))
        }
        for index in windows.indices.reversed() {
            let window = windows[index]
            guard offset >= window.start, offset < window.start + window.bytes.count,
                let end = window.bytes[(offset - window.start)...].firstIndex(of: 0x0A)
            else { continue }
            if index != windows.count - 1 { windows.append(windows.remove(at: index)) }
            return try decode(window.bytes, (offset - window.start)..<end, seq: seq)
        }
        // The window holding `offset`; for a line that runs past it, one from the line's start, doubled
        // until it holds the line.
        var start = offset - offset % readSize
        var length = readSize
        while true {
            let bytes = try file.read(count: length, at: start)
            if offset - start < bytes.count, let end = bytes[(offset - start)...].firstIndex(of: 0x0A) {
                windows.append((start, bytes))
                if windows.count > kept { windows.removeFirst() }
                return try decode(bytes, (offset - start)..<end, seq: seq)
            }
            guard bytes.count == length else {
                let problem = LineProblem.cutShort(fileEnd: start + bytes.count)
                throw .streamDamaged(
                    StreamDamage(stream: lines.stream, path: lines.path, line: seq ?? 0, problem: problem))
            }
            length = start == offset ? length * 2 : readSize
            start = offset
        }
    }

    private func decode(_ bytes: [UInt8], _ line: Range<Int>, seq: Int?) throws(StoreError) -> StoredEvent {
        let result = bytes.withUnsafeBytes { buffer in
            Result { () throws(StoreError) in
                try lines.decode(UnsafeRawBufferPointer(rebasing: buffer[line]), seq: seq)
            }
        }
        return try result.get()
    }
}
