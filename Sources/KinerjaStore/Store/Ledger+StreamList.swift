extension Ledger {
    /// The file that lists every stream the ledger has ever written (format 2): a stream whose files were
    /// both deleted is still named there, so its loss is found.
    static let streamListFileName = "kinerja-streams.json"

    /// The contents of the stream list naming `streams`.
    static func streamListContents(_ streams: Set<StreamName>) -> [UInt8] {
        let list: JSONValue = .object([
            "v": .integer(1), "streams": .array(streams.sorted().map { .string($0.rawValue) }),
        ])
        return list.canonicalBytes + [0x0A]
    }

    /// The streams the list names; a problem when the list is missing or damaged. Empty for format 1.
    func listedStreams() -> Result<Set<StreamName>, HeadRecordProblem> {
        guard version >= 2 else { return .success([]) }
        let listPath = path(Ledger.streamListFileName)
        guard fileExists(listPath) else { return .failure(.missing) }
        guard let bytes = try? readWholeFile(listPath), bytes.last == 0x0A,
            let object = try? JSONParser.parse(Array(bytes.dropLast())).objectValue, object["v"] == .integer(1),
            let names = object["streams"]?.arrayValue
        else { return .failure(.damaged("it is not a list of stream names")) }
        var streams: Set<StreamName> = []
        for name in names {
            guard let stream = name.stringValue.flatMap(StreamName.init) else {
                return .failure(.damaged("it names \(name.canonicalString), which is not a stream name"))
            }
            streams.insert(stream)
        }
        return .success(streams)
    }

    /// Adds `stream` to the list of streams (atomically), unless it is there already.
    func list(_ stream: StreamName) throws(StoreError) {
        var streams: Set<StreamName>
        switch listedStreams() {
        case .success(let listed): streams = listed
        case .failure(let problem): throw .streamList(problem)
        }
        guard !streams.contains(stream) else { return }
        streams.insert(stream)
        try writeFileAtomically(
            Ledger.streamListContents(streams), directory: directory, fileName: Ledger.streamListFileName)
    }
}
