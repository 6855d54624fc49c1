#if canImport(Glibc)
    import Glibc
#endif

/// Whether anything exists at `path`.
func fileExists(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0
}

/// Whether `path` is a directory.
func isDirectory(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
}

/// The names of the entries in `directory`, sorted.
func directoryEntries(_ directory: String) throws(StoreError) -> [String] {
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
func makeDirectories(_ path: String) throws(StoreError) {
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
