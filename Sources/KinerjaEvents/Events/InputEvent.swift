import KinerjaStore

/// Reads events in input form: one JSON object per line with `type`, optional `id`, `data`, and
/// `effective` where the type has one. Everything else about a stored event is the store's to assign.
package enum InputEvent {
    /// The members an input line may have.
    package static let memberNames = ["type", "id", "data", "effective"]
    /// Members the store assigns; an input line that gives one is refused.
    static let storeAssignedNames = ["seq", "prev", "hash", "recordedAt", "actor", "v", "batch"]
    /// At most this many problems are reported before the rest of the input is skipped.
    static let maximumReportedProblems = 50

    /// Parses and validates every line of `bytes` against `catalog`; throws every bad line at once.
    package static func parse(_ bytes: [UInt8], source: String, catalog: EventCatalog) throws(InputError) -> [NewEvent]
    {
        var events: [NewEvent] = []
        var problems: [InputError.Problem] = []
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            throw InputError(problems: [
                .init(
                    source: source, line: 1,
                    reason: "starts with a byte order mark (U+FEFF); save the file as UTF-8 without BOM")
            ])
        }
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }  // the newline that ends the last line
        for (index, line) in lines.enumerated() {
            let number = index + 1
            switch parseLine(Array(line), catalog: catalog) {
            case .success(let event): events.append(event)
            case .failure(let reason): problems.append(.init(source: source, line: number, reason: reason.text))
            }
            if problems.count == maximumReportedProblems { break }
        }
        if !problems.isEmpty { throw InputError(problems: problems) }
        return events
    }

    private struct Reason: Error {
        var text: String
        init(_ text: String) { self.text = text }
    }

    private static func parseLine(_ line: [UInt8], catalog: EventCatalog) -> Result<NewEvent, Reason> {
        Result { () throws(Reason) in try parseLineOrThrow(line, catalog: catalog) }
    }

    private static func parseLineOrThrow(_ line: [UInt8], catalog: EventCatalog) throws(Reason) -> NewEvent {
        if line.isEmpty { throw Reason("the line is empty (one event per line, no blank lines)") }
        if line.last == 0x0D { throw Reason("the line ends with CR LF (Windows line endings); use LF only") }
        if line.count > EventLine.maximumLineLength {
            throw Reason("the line is \(line.count) bytes long, over the limit of \(EventLine.maximumLineLength) bytes")
        }
        if let bad = UTF8Validation.firstInvalidOffset(in: line) {
            throw Reason("invalid UTF-8 at byte \(bad + 1) (0x\(String(line[bad], radix: 16, uppercase: true)))")
        }
        let value: JSONValue
        switch Result(catching: { () throws(JSONSyntaxError) in try JSONParser.parse(line) }) {
        case .success(let parsed): value = parsed
        case .failure(let error): throw Reason("not JSON: \(error)")
        }
        guard let object = value.objectValue else {
            throw Reason("expected a JSON object, found \(value.kindDescription)")
        }
        for key in object.keys where !memberNames.contains(key) {
            if storeAssignedNames.contains(key) {
                throw Reason("\"\(key)\" is assigned by the store and cannot be given in input")
            }
            throw Reason("unknown member \"\(key)\" (an input event has \"type\", \"id\", \"data\" and \"effective\")")
        }
        guard let typeValue = object["type"] else { throw Reason("missing member \"type\"") }
        guard let type = typeValue.stringValue else {
            throw Reason("\"type\" must be a string, not \(typeValue.kindDescription)")
        }
        var id: String?
        if let idValue = object["id"] {
            guard let text = idValue.stringValue else {
                throw Reason("\"id\" must be a string, not \(idValue.kindDescription)")
            }
            id = text
        }
        guard let dataValue = object["data"] else { throw Reason("missing member \"data\"") }
        guard let data = dataValue.objectValue else {
            throw Reason("\"data\" must be an object, not \(dataValue.kindDescription)")
        }
        var effective: CalendarDate?
        if let value = object["effective"] {
            guard let text = value.stringValue, let date = CalendarDate(parsing: text) else {
                throw Reason("\"effective\" must be a date written YYYY-MM-DD, not \(value.canonicalString)")
            }
            effective = date
        }
        let event = NewEvent(type: type, id: id, data: data, effective: effective)
        if let problem = catalog.problem(with: event) { throw Reason(problem) }
        return event
    }

    /// Whether `text` can be an event id: 1 to 128 ASCII letters, digits, `.`, `_`, `:` or `-`.
    package static func isValidID(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { isValidID(UnsafeRawBufferPointer($0)) }
    }

    /// Whether `bytes` (UTF-8) spell a valid id, as ``isValidID(_:)-(String)`` judges.
    static func isValidID(_ bytes: UnsafeRawBufferPointer) -> Bool {
        (1...128).contains(bytes.count)
            && bytes.allSatisfy { byte in
                (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
                    || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                    || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: ".")
                    || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
            }
    }
}
