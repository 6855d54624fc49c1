import KinerjaStore

/// A value that has one written form in an event's data.
protocol DataEncodable: Sendable {
    /// The value as it is stored.
    var dataValue: JSONValue { get }
}

/// An object of an event's data, read from and written to its members. The conformances, in this folder, are
/// the only code that names the members of `data`.
protocol DataCoding: DataEncodable {
    /// Reads the members from `data`; the caller refuses any member left unread.
    init(reading data: inout DataObject) throws(EventCodecError)

    /// Writes the members to `data`, leaving out absent optional ones.
    func write(to data: inout DataWriter)
}

extension DataCoding {
    /// Reads `object`, found at `path`, refusing members the type does not have.
    init(decoding object: JSONObject, at path: String) throws(EventCodecError) {
        var reader = DataObject(object, at: path)
        self = try Self(reading: &reader)
        try reader.checkNoOtherMembers()
    }

    /// The members as an object.
    var dataObject: JSONObject {
        var writer = DataWriter()
        write(to: &writer)
        return writer.object
    }

    /// The members as an object value.
    var dataValue: JSONValue { .object(dataObject) }
}
