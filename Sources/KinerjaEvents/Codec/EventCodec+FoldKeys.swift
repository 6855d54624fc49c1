import KinerjaStore

/// The few members of a frequent event that a read model's keys need, read without decoding the whole
/// payload (no decimals, no basis): what a replay of a long stream spends most of its time on otherwise.
package enum FoldKeys: Sendable, Equatable {
    /// A note.
    case note
    /// A realisation of `indicator` for `period`.
    case realisasi(indicator: String, period: Period)
    /// A target change of `indicator` for `year`.
    case targetChange(indicator: String, year: Int)
    /// A correction of the realisation `corrects`.
    case correction(corrects: String)
    /// An approval of `proposal`.
    case approval(proposal: String)
    /// A rejection of `proposal`.
    case rejection(proposal: String)
}

extension FoldKeys {
    /// The keys of a decoded event of a frequent type; nil for the other types.
    package init?(_ event: DomainEvent) {
        switch event {
        case .noteRecorded: self = .note
        case .realisasiRecorded(let realisasi):
            self = .realisasi(indicator: realisasi.indicator, period: realisasi.period)
        case .targetChangeProposed(let change): self = .targetChange(indicator: change.indicator, year: change.year)
        case .realisasiCorrected(let correction): self = .correction(corrects: correction.corrects)
        case .proposalApproved(let approval): self = .approval(proposal: approval.proposal)
        case .proposalRejected(let rejection): self = .rejection(proposal: rejection.proposal)
        default: return nil
        }
    }
}

extension EventCodec {
    /// The keys of `stored`, for the frequent types at their current version, read as ``decode(_:)`` reads
    /// those members (or taken from the summary a summarising scan made of its line); nil for other types, older versions, or members that do not read (the caller then
    /// decodes the whole event, which says why).
    package func foldKeys(_ stored: StoredEvent) -> FoldKeys? {
        if let summary = stored.summary { return FoldKeys(summary) }
        guard let type = EventType(rawValue: stored.type), stored.version == type.currentVersion else { return nil }
        var data = DataObject(stored.data, at: "data")
        do throws(EventCodecError) {
            switch type {
            case .noteRecorded:
                return .note
            case .realisasiRecorded:
                let indicator = try data.required("indicator").code()
                return .realisasi(indicator: indicator, period: try data.required("period").period())
            case .targetChangeProposed:
                let indicator = try data.required("indicator").code()
                return .targetChange(indicator: indicator, year: try data.required("year").year())
            case .realisasiCorrected:
                return .correction(corrects: try data.required("corrects").eventID())
            case .proposalApproved:
                return .approval(proposal: try data.required("proposal").eventID())
            case .proposalRejected:
                return .rejection(proposal: try data.required("proposal").eventID())
            default:
                return nil
            }
        } catch {
            return nil
        }
    }
}

extension FoldKeys {
    /// The frequent types a summary stands for, at their current versions, with the fields whose values the
    /// keys take (nil: none).
    fileprivate static let summarised: [(type: EventType, wanted: (String?, String?))] = [
        (.noteRecorded, (nil, nil)),
        (.realisasiRecorded, ("indicator", "period")),
        (.targetChangeProposed, ("indicator", "year")),
        (.realisasiCorrected, ("corrects", nil)),
        (.proposalApproved, ("proposal", nil)),
        (.proposalRejected, ("proposal", nil)),
    ]

    /// These keys as a line's summary, for an event of `type` (the store passes it on without reading it).
    func summary(type: String) -> LineSummary {
        switch self {
        case .note: LineSummary(type: type, kind: 1)
        case .realisasi(let indicator, let period):
            LineSummary(type: type, kind: 2, text: indicator, number: period.key)
        case .targetChange(let indicator, let year): LineSummary(type: type, kind: 3, text: indicator, number: year)
        case .correction(let corrects): LineSummary(type: type, kind: 4, text: corrects)
        case .approval(let proposal): LineSummary(type: type, kind: 5, text: proposal)
        case .rejection(let proposal): LineSummary(type: type, kind: 6, text: proposal)
        }
    }

    /// The keys a summary stands for: the inverse of ``summary(type:)``.
    package init?(_ summary: LineSummary) {
        switch summary.kind {
        case 1: self = .note
        case 2:
            guard let period = Period(key: summary.number) else { return nil }
            self = .realisasi(indicator: summary.text, period: period)
        case 3: self = .targetChange(indicator: summary.text, year: summary.number)
        case 4: self = .correction(corrects: summary.text)
        case 5: self = .approval(proposal: summary.text)
        case 6: self = .rejection(proposal: summary.text)
        default: return nil
        }
    }
}

extension EventCatalog {
    /// The frequent types' schemas in this catalogue, at the versions the codec's keys read, with what to
    /// keep of each.
    /// (A class: the catalogue looks one up for every line it summarises, and a lookup then copies a
    /// reference, not the schema's members.)
    final class SummarisedSchema: Sendable {
        let eventType: EventType
        /// The type's name, made once (every summary of the type shares it).
        let typeName: String
        /// Its UTF-8 bytes.
        let typeBytes: [UInt8]
        let version: Int
        let schema: EventSchema
        let wanted: (Int, Int)
        /// The schema's fields laid out for the byte check.
        let layout: ByteSchema

        init(eventType: EventType, version: Int, schema: EventSchema, wanted: (Int, Int), layout: ByteSchema) {
            self.eventType = eventType
            typeName = eventType.rawValue
            typeBytes = Array(eventType.rawValue.utf8)
            self.version = version
            self.schema = schema
            self.wanted = wanted
            self.layout = layout
        }

        /// Whether a line's `type` and `v` name this schema (its bytes compared with the name's, kept as
        /// bytes: a line of each type asks every schema before its own).
        func names(_ type: UnsafeRawBufferPointer, version: Int) -> Bool {
            guard self.version == version, type.count == typeBytes.count else { return false }
            return typeBytes.withUnsafeBytes { sameBytes($0, type) }
        }
    }

    static func summarisedSchemas(in schemas: [EventSchema]) -> [SummarisedSchema] {
        FoldKeys.summarised.compactMap { entry in
            guard
                let schema = schemas.first(where: {
                    $0.type == entry.type.rawValue && $0.version == entry.type.currentVersion
                })
            else { return nil }
            func position(_ name: String?) -> Int {
                name.flatMap { name in schema.fields.firstIndex { $0.name == name } } ?? -1
            }
            return SummarisedSchema(
                eventType: entry.type, version: schema.version, schema: schema,
                wanted: (position(entry.wanted.0), position(entry.wanted.1)), layout: ByteSchema(schema.fields))
        }
    }

    /// Checks a stored line's data in its bytes and returns the fold keys of a frequent type as a summary;
    /// nil for other types and versions, and for data the byte check cannot judge (see ``SchemaBytesCheck``).
    /// What it returns is what ``EventCodec/foldKeys(_:)`` reads from the decoded event.
    package func summary(
        type: UnsafeRawBufferPointer, version: Int, effective: CalendarDate?, data: UnsafeRawBufferPointer
    ) -> LineSummary? {
        guard let entry = summarised.first(where: { $0.names(type, version: version) }) else { return nil }
        switch (entry.schema.effectiveDate, effective) {
        case (.none, .some), (.required, .none), (.whenKnown, .none): return nil
        default: break
        }
        guard
            let (firstRange, secondRange) = SchemaBytesCheck.checkKeepingRanges(
                data, schema: entry.layout, keeping: entry.wanted)
        else { return nil }
        func bytes(_ range: Range<Int>) -> UnsafeRawBufferPointer { UnsafeRawBufferPointer(rebasing: data[range]) }
        let first = firstRange.map { String(decoding: bytes($0), as: UTF8.self) }
        let keys: FoldKeys
        switch entry.eventType {
        case .realisasiRecorded:
            // The period is read in place: no string is made of it.
            guard let indicator = first, let range = secondRange, let period = Period(parsing: bytes(range))
            else { return nil }
            keys = .realisasi(indicator: indicator, period: period)
        case .targetChangeProposed:
            guard let indicator = first,
                let year = secondRange.flatMap({ Int(String(decoding: bytes($0), as: UTF8.self)) }),
                (1900...2999).contains(year)
            else { return nil }
            keys = .targetChange(indicator: indicator, year: year)
        case .realisasiCorrected:
            guard let id = first else { return nil }
            keys = .correction(corrects: id)
        case .proposalApproved:
            guard let id = first else { return nil }
            keys = .approval(proposal: id)
        case .proposalRejected:
            guard let id = first else { return nil }
            keys = .rejection(proposal: id)
        default:
            keys = .note
        }
        return keys.summary(type: entry.typeName)
    }
}
