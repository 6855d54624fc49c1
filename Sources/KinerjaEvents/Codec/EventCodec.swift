import KinerjaStore

/// The one translation between an event's stored `type`, `v` and `data` and its typed ``DomainEvent``.
///
/// The codec (this folder) is the only code that knows the event types' names and the members of their data.
/// Decoding checks every member as the catalogue's schema does, refuses members the type does not have, and
/// keeps every value as written (a decimal keeps its scale), so encoding a decoded event gives back the stored
/// data byte for byte. A type this build does not know decodes to ``DomainEvent/unknown(type:version:data:)``
/// and encodes back unchanged.
///
/// Versions: each type is decoded at its current version (``EventType/currentVersion``). Data stored with an
/// older version is first raised one version at a time by the codec's ``Upcast``s, so the rest of the code
/// only ever sees the current shape. Giving a type a version 2 means: change its payload and its decoding
/// below to the new shape, raise its `currentVersion`, and add to ``standardUpcasts`` one `Upcast` from
/// version 1 that rewrites old data into the new shape.
package struct EventCodec: Sendable {
    /// One step that raises the data of `type` at `version` to `version + 1`.
    package struct Upcast: Sendable {
        /// The stored type name.
        package var type: String
        /// The version the step reads.
        package var version: Int
        /// Rewrites data of `version` as data of `version + 1`, or throws naming what it cannot rewrite.
        package var raise: @Sendable (JSONObject) throws(EventCodecError) -> JSONObject

        /// Makes a step raising `type` data from `version` to `version + 1`.
        package init(
            type: String, from version: Int,
            raise: @escaping @Sendable (JSONObject) throws(EventCodecError) -> JSONObject
        ) {
            self.type = type
            self.version = version
            self.raise = raise
        }
    }

    /// The upcasts of this build: none while every type is at its first version.
    static let standardUpcasts: [Upcast] = []

    /// The codec of this build.
    package static let standard = EventCodec()

    /// The steps that raise old versions, applied before decoding.
    let upcasts: [Upcast]

    /// Makes a codec raising old versions with `upcasts`.
    package init(upcasts: [Upcast] = EventCodec.standardUpcasts) {
        self.upcasts = upcasts
    }

    /// The typed event of the stored `type`, `version` and `data`: an older version raised to the current one,
    /// an unknown type kept as ``DomainEvent/unknown(type:version:data:)``.
    package func decode(type: String, version: Int, data: JSONObject) throws(EventCodecError) -> DomainEvent {
        guard let eventType = EventType(rawValue: type) else {
            return .unknown(type: type, version: version, data: data)
        }
        var (raised, data) = (version, data)
        while raised != eventType.currentVersion, let upcast = upcast(type, from: raised) {
            data = try upcast.raise(data)
            raised += 1
        }
        guard raised == eventType.currentVersion else {
            throw .unknownVersion(type: type, version: version, readable: readableVersions(of: eventType))
        }
        switch eventType {
        case .noteRecorded: return .noteRecorded(try NoteRecorded(decoding: data, at: "data"))
        case .actorRegistered: return .actorRegistered(try ActorRegistered(decoding: data, at: "data"))
        case .organisationRegistered:
            return .organisationRegistered(try OrganisationRegistered(decoding: data, at: "data"))
        case .renstraAdopted: return .renstraAdopted(try RenstraAdopted(decoding: data, at: "data"))
        case .ikuDecisionProposed: return .ikuDecisionProposed(try IkuDecisionProposed(decoding: data, at: "data"))
        case .renstraTargetsProposed:
            return .renstraTargetsProposed(try RenstraTargetsProposed(decoding: data, at: "data"))
        case .targetChangeProposed:
            return .targetChangeProposed(try TargetChangeProposed(decoding: data, at: "data"))
        case .perjanjianKinerjaSigned:
            return .perjanjianKinerjaSigned(try PerjanjianKinerjaSigned(decoding: data, at: "data"))
        case .perjanjianKinerjaAmendmentProposed:
            return .perjanjianKinerjaAmendmentProposed(
                try PerjanjianKinerjaAmendmentProposed(decoding: data, at: "data"))
        case .realisasiRecorded: return .realisasiRecorded(try RealisasiRecorded(decoding: data, at: "data"))
        case .realisasiCorrected: return .realisasiCorrected(try RealisasiCorrected(decoding: data, at: "data"))
        case .budgetLineRecorded: return .budgetLineRecorded(try BudgetLineRecorded(decoding: data, at: "data"))
        case .documentRecorded: return .documentRecorded(try DocumentRecorded(decoding: data, at: "data"))
        case .organisationTimeZoneSet:
            return .organisationTimeZoneSet(try OrganisationTimeZoneSet(decoding: data, at: "data"))
        case .signingPolicySet: return .signingPolicySet(try SigningPolicySet(decoding: data, at: "data"))
        case .proposalApproved: return .proposalApproved(try ProposalApproved(decoding: data, at: "data"))
        case .proposalRejected: return .proposalRejected(try ProposalRejected(decoding: data, at: "data"))
        }
    }

    /// The stored form of `event`: its type name, the version it is written with, and its data.
    ///
    /// The data is written as the payload holds it; the catalogue's schema, which every append goes through,
    /// refuses a payload built with values outside its rules (an empty name, a year 1800).
    package func encode(_ event: DomainEvent) -> (type: String, version: Int, data: JSONObject) {
        let data: JSONObject
        switch event {
        case .noteRecorded(let payload): data = payload.dataObject
        case .actorRegistered(let payload): data = payload.dataObject
        case .organisationRegistered(let payload): data = payload.dataObject
        case .renstraAdopted(let payload): data = payload.dataObject
        case .ikuDecisionProposed(let payload): data = payload.dataObject
        case .renstraTargetsProposed(let payload): data = payload.dataObject
        case .targetChangeProposed(let payload): data = payload.dataObject
        case .perjanjianKinerjaSigned(let payload): data = payload.dataObject
        case .perjanjianKinerjaAmendmentProposed(let payload): data = payload.dataObject
        case .realisasiRecorded(let payload): data = payload.dataObject
        case .realisasiCorrected(let payload): data = payload.dataObject
        case .budgetLineRecorded(let payload): data = payload.dataObject
        case .documentRecorded(let payload): data = payload.dataObject
        case .organisationTimeZoneSet(let payload): data = payload.dataObject
        case .signingPolicySet(let payload): data = payload.dataObject
        case .proposalApproved(let payload): data = payload.dataObject
        case .proposalRejected(let payload): data = payload.dataObject
        case .unknown(let type, let version, let data): return (type, version, data)
        }
        return (event.type, event.version, data)
    }

    /// The step raising `type` data from `version`, if the codec has one.
    private func upcast(_ type: String, from version: Int) -> Upcast? {
        upcasts.first { $0.type == type && $0.version == version }
    }

    /// The versions of `eventType` this codec reads: the current one and those its upcasts raise, ascending.
    private func readableVersions(of eventType: EventType) -> [Int] {
        let raised = upcasts.filter { $0.type == eventType.rawValue }.map(\.version)
        return Array(Set(raised + [eventType.currentVersion])).sorted()
    }
}
