/// The parts of an .xlsx package (Open Packaging Conventions over ZIP): their bytes, their XML events and
/// their relationships.
struct WorkbookPackage {
    /// A relationship from one part to another (`_rels/*.rels`).
    struct Relationship {
        /// `rId1`.
        let id: String
        /// The type URI (`…/relationships/worksheet`).
        let type: String
        /// The target's path in the package, resolved against the source part (no leading `/`).
        let target: String

        /// Whether the type URI ends in `/kind` (transitional and strict URIs differ only before it).
        func isOfType(_ kind: String) -> Bool { type.hasSuffix("/" + kind) }
    }

    private let archive: ZipArchive

    /// Opens the package, telling the formats people mistake for .xlsx from a broken file.
    init(_ bytes: [UInt8]) throws(WorkbookError) {
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { throw .legacyExcel }
        do {
            archive = try ZipArchive(bytes)
        } catch {
            throw .archive(error)
        }
        if archive.entry(named: "[Content_Types].xml") == nil, archive.entry(named: "content.xml") != nil {
            throw .openDocument
        }
    }

    /// Whether the package has a part at `path`.
    func hasPart(_ path: String) -> Bool { archive.entry(named: path) != nil }

    /// The bytes of the part at `path`.
    func part(_ path: String) throws(WorkbookError) -> [UInt8] {
        guard let entry = archive.entry(named: path) else { throw .missingPart(path) }
        do {
            return try archive.contents(of: entry)
        } catch {
            throw .archive(error)
        }
    }

    /// Reads the part at `path` as XML, giving each event to `handle`.
    func scan(_ path: String, _ handle: (XMLEvent) throws(WorkbookError) -> Void) throws(WorkbookError) {
        let bytes = try part(path)
        var scanner: XMLScanner
        do {
            scanner = try XMLScanner(bytes)
        } catch {
            throw Self.xmlError(error, in: bytes, part: path)
        }
        while true {
            let event: XMLEvent?
            do {
                event = try scanner.next()
            } catch {
                throw Self.xmlError(error, in: bytes, part: path)
            }
            guard let event else { return }
            try handle(event)
        }
    }

    /// The relationships of the part at `path` (`""` for the package itself); none if it has no `.rels` part.
    func relationships(of path: String) throws(WorkbookError) -> [Relationship] {
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { String(path[...$0]) } ?? ""
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        let relationshipsPath = directory + "_rels/" + name + ".rels"
        guard hasPart(relationshipsPath) else { return [] }
        var relationships: [Relationship] = []
        try scan(relationshipsPath) { event throws(WorkbookError) in
            guard case .start(let element, let attributes) = event, element.localXMLName == "Relationship",
                attributes.value("TargetMode") != "External"
            else { return }
            guard let id = attributes.value("Id"), let type = attributes.value("Type"),
                let target = attributes.value("Target")
            else {
                throw .invalidPart(relationshipsPath, reason: "has a relationship without Id, Type or Target")
            }
            relationships.append(
                Relationship(id: id, type: type, target: Self.resolve(target, against: directory)))
        }
        return relationships
    }

    /// `target` as a package path: absolute (`/xl/…`) or relative to `directory`, with `.` and `..` applied.
    static func resolve(_ target: String, against directory: String) -> String {
        let full = target.hasPrefix("/") ? String(target.dropFirst()) : directory + target
        var segments: [Substring] = []
        for segment in full.split(separator: "/", omittingEmptySubsequences: true) {
            switch segment {
            case ".": continue
            case "..": _ = segments.popLast()
            default: segments.append(segment)
            }
        }
        return segments.joined(separator: "/")
    }

    /// An XML error as a workbook error, with the line it is on.
    private static func xmlError(_ error: XMLError, in bytes: [UInt8], part: String) -> WorkbookError {
        let line = bytes.prefix(error.offset).count { $0 == 0x0A } + 1
        return .xml(part: part, line: line, reason: error.reason)
    }
}
