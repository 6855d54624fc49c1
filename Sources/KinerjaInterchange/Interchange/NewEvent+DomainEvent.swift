import KinerjaEvents
import KinerjaStore

extension NewEvent {
    /// The typed event this event to append holds, its data read by the codec at its type's current version (a
    /// type the codec does not know: ``DomainEvent/unknown(type:version:data:)``), or nil when the data does
    /// not decode.
    package var domainEvent: DomainEvent? {
        let version = EventType(rawValue: type)?.currentVersion ?? 1
        return try? EventCodec.standard.decode(type: type, version: version, data: data)
    }
}
