import KinerjaStore

extension EventCodec {
    /// An indicator's components as an event's data stores them, by member name (`code`, `name`, `unit`…):
    /// what an IKU diff compares component by component and shows.
    package func components(of indicator: Indicator) -> JSONObject {
        indicator.dataObject
    }
}
