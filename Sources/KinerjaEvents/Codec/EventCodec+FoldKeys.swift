import KinerjaStore

/// The few members of a frequent event that a read model's keys need, read without decoding the whole
/// payload (no decimals, no basis): what a replay of a long stream spends most of its time on otherwise.
package enum FoldKeys: Sendable, Equatable {
    /// A note.
    case note
    /// A realisation of `indicator` for a period of `year`.
    case realisasi(indicator: String, year: Int)
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
            self = .realisasi(indicator: realisasi.indicator, year: realisasi.period.year)
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
    /// those members; nil for other types, older versions, or members that do not read (the caller then
    /// decodes the whole event, which says why).
    package func foldKeys(_ stored: StoredEvent) -> FoldKeys? {
        guard let type = EventType(rawValue: stored.type), stored.version == type.currentVersion else { return nil }
        var data = DataObject(stored.data, at: "data")
        do throws(EventCodecError) {
            switch type {
            case .noteRecorded:
                return .note
            case .realisasiRecorded:
                let indicator = try data.required("indicator").code()
                return .realisasi(indicator: indicator, year: try data.required("period").period().year)
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
