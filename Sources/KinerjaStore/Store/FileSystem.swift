#if canImport(Glibc)
    import Glibc
#endif

/// Whether anything exists at `path`.
package func fileExists(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0
}

/// Whether `path` is a directory.
package func isDirectory(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
}

/// The names of the entries in `directory`, sorted.
package func directoryEntries(_ directory: String) throws(StoreError) -> [String] {
    guard let handle = opendir(directory) else { throw .io(path: directory, operation: "list", errno: errno) }
    defer { closedir(handle) }
    var names: [String] = []
    while let entry = readdir(handle) {
        let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
            String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
        if name != "." && name != ".." { names.append(name) }
    }
    return names.sorted()
}

/// Creates `path` and any missing parent directories.
package func makeDirectories(_ path: String) throws(StoreError) {
    var prefix = path.hasPrefix("/") ? "" : "."
    for component in path.split(separator: "/") {
        prefix += "/" + component
        if mkdir(prefix, 0o755) != 0 && errno != EEXIST {
            throw .io(path: prefix, operation: "create directory", errno: errno)
        }
    }
    guard isDirectory(path) else { throw .io(path: path, operation: "create directory", errno: ENOTDIR) }
}

/// The whole contents of the file at `path`.
package func readWholeFile(_ path: String) throws(StoreError) -> [UInt8] {
    let file = try FileDescriptor(path: path, flags: O_RDONLY)
    return try file.read(count: try file.size(), at: 0)
}

/// The prefix and suffix of the temporary file ``writeFileAtomically(_:directory:fileName:)`` writes first.
let temporaryPrefix = ".", temporarySuffix = ".tmp"

/// Writes `bytes` as `directory/fileName` so that the file is either as before or complete: a temporary
/// file, `fsync`, `rename`, `fsync` of the directory. A crash can leave the temporary file behind (a name
/// starting with `.` and ending in `.tmp`), which the next writer removes.
package func writeFileAtomically(_ bytes: [UInt8], directory: String, fileName: String) throws(StoreError) {
    let temporary = directory + "/" + temporaryPrefix + fileName + temporarySuffix
    let file = try FileDescriptor(path: temporary, flags: O_WRONLY | O_CREAT | O_TRUNC)
    do {
        try file.write(bytes)
        try file.synchronize()
    } catch {
        unlink(temporary)
        throw error
    }
    guard rename(temporary, directory + "/" + fileName) == 0 else {
        let error = errno
        unlink(temporary)
        throw .io(path: directory + "/" + fileName, operation: "rename", errno: error)
    }
    try FileDescriptor.synchronizeDirectory(directory)
}

/// The names in `directory` that ``writeFileAtomically(_:directory:fileName:)`` leaves when interrupted.
func temporaryFiles(in directory: String) -> [String] {
    guard isDirectory(directory), let names = try? directoryEntries(directory) else { return [] }
    return names.filter { $0.hasPrefix(temporaryPrefix) && $0.hasSuffix(temporarySuffix) }
}

/// The size of the file at `path`, or nil if there is none.
package func fileSize(_ path: String) -> Int? {
    var info = stat()
    return stat(path, &info) == 0 ? Int(info.st_size) : nil
}
