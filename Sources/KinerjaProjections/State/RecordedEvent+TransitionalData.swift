import KinerjaEvents
import KinerjaStore

extension RecordedEvent {
    /// The event's data as stored, for the views not yet reading the typed payload (``event``). Transitional:
    /// removed once every view reads the payload.
    package var data: JSONObject { stored.data }
}
