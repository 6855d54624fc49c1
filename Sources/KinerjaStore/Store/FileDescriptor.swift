#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An open file, closed when the value is dropped. Every failure is a ``StoreError/io(path:operation:errno:)``.
package struct FileDescriptor: ~Copyable {
    /// The raw descriptor.
    package let raw: Int32
    /// The path it was opened with, for messages.
    package let path: String

    /// Opens `path` with the given `open(2)` flags.
    package init(path: String, flags: Int32, mode: mode_t = 0o644) throws(StoreError) {
        let descriptor = open(path, flags | O_CLOEXEC, mode)
        guard descriptor >= 0 else { throw .io(path: path, operation: "open", errno: errno) }
        self.raw = descriptor
        self.path = path
    }

    deinit {
        close(raw)
    }

    /// The file's size in bytes.
    package func size() throws(StoreError) -> Int {
        var info = stat()
        guard fstat(raw, &info) == 0 else { throw .io(path: path, operation: "stat", errno: errno) }
        return Int(info.st_size)
    }

    /// Reads up to `buffer.count` bytes at the current position; 0 at end of file.
    package func read(into buffer: UnsafeMutableRawBufferPointer) throws(StoreError) -> Int {
        while true {
            let count = Glibc.read(raw, buffer.baseAddress, buffer.count)
            if count >= 0 { return count }
            if errno != EINTR { throw .io(path: path, operation: "read", errno: errno) }
        }
    }

    /// Moves the position for ``read(into:)`` to `offset`.
    func seek(to offset: Int) throws(StoreError) {
        guard lseek(raw, off_t(offset), SEEK_SET) >= 0 else { throw .io(path: path, operation: "seek", errno: errno) }
    }

    /// Reads `count` bytes starting at `offset` (fewer only at end of file).
    package func read(count: Int, at offset: Int) throws(StoreError) -> [UInt8] {
        var failure: Int32?
        let bytes = [UInt8](unsafeUninitializedCapacity: count) { buffer, initialised in
            var done = 0
            while done < count {
                let got = pread(raw, buffer.baseAddress.map { $0 + done }, count - done, off_t(offset + done))
                if got < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    break
                }
                if got == 0 { break }
                done += got
            }
            initialised = done
        }
        if let failure { throw .io(path: path, operation: "read", errno: failure) }
        return bytes
    }

    /// Writes all of `bytes` at the current position (the end, for files opened with `O_APPEND`).
    package func write(_ bytes: UnsafeRawBufferPointer) throws(StoreError) {
        var done = 0
        while done < bytes.count {
            let count = Glibc.write(raw, bytes.baseAddress.map { $0 + done }, bytes.count - done)
            if count < 0 {
                if errno == EINTR { continue }
                throw .io(path: path, operation: "write", errno: errno)
            }
            done += count
        }
    }

    /// Writes all of `bytes`.
    package func write(_ bytes: [UInt8]) throws(StoreError) {
        let result = bytes.withUnsafeBytes { buffer in
            Result { () throws(StoreError) in try write(buffer) }
        }
        try result.get()
    }

    /// Forces written data to stable storage.
    func synchronize() throws(StoreError) {
        guard fsync(raw) == 0 else { throw .io(path: path, operation: "fsync", errno: errno) }
    }

    /// Cuts the file to `length` bytes.
    func truncate(to length: Int) throws(StoreError) {
        guard ftruncate(raw, off_t(length)) == 0 else { throw .io(path: path, operation: "truncate", errno: errno) }
    }

    /// Takes an exclusive `flock(2)` lock, waiting for other processes to release theirs.
    func lockExclusively() throws(StoreError) {
        while flock(raw, LOCK_EX) != 0 {
            if errno != EINTR { throw .io(path: path, operation: "lock", errno: errno) }
        }
    }

    /// Whether the file at `path` is still this open file (the same device and inode): false once it was
    /// deleted, renamed away or replaced.
    func isStill(atPath path: String) -> Bool {
        var open = stat()
        guard fstat(raw, &open) == 0 else { return false }
        return FileIdentity(path: path) == FileIdentity(device: UInt64(open.st_dev), inode: UInt64(open.st_ino))
    }

    /// Forces the directory entry of a newly created file in `directory` to stable storage.
    static func synchronizeDirectory(_ directory: String) throws(StoreError) {
        let descriptor = try FileDescriptor(path: directory, flags: O_RDONLY | O_DIRECTORY)
        try descriptor.synchronize()
    }
}

/// A file's device and inode: what stays the same while a path is renamed or replaced around it.
struct FileIdentity: Sendable, Equatable {
    /// The device.
    package var device: UInt64
    /// The inode.
    var inode: UInt64

    /// Makes an identity.
    package init(device: UInt64, inode: UInt64) {
        self.device = device
        self.inode = inode
    }

    /// The identity of what `path` names now, or nil if nothing is there.
    package init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        self.init(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }
}
