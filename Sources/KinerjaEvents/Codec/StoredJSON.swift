import KinerjaStore

// Values that JSON output repeats as they were stored (a report's `basis`, an IKU decision's `decree`):
// written by the codec, so member names stay here.

extension Basis {
    /// The basis as it is stored in event data.
    package var storedJSON: JSONValue { dataValue }
}

extension Decree {
    /// The decree as it is stored in event data.
    package var storedJSON: JSONValue { dataValue }
}
