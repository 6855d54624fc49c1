import KinerjaStore

extension String: DataEncodable {
    /// The text as a string value.
    var dataValue: JSONValue { .string(self) }
}

extension Int: DataEncodable {
    /// The number as a JSON number.
    var dataValue: JSONValue { .integer(self) }
}

extension DecimalNumber: DataEncodable {
    /// The plain form as a string value, keeping the scale: `"56.70"`.
    var dataValue: JSONValue { .string(plainDescription) }
}

extension CalendarDate: DataEncodable {
    /// `YYYY-MM-DD` as a string value.
    var dataValue: JSONValue { .string(description) }
}

extension Period: DataEncodable {
    /// `2024`, `2024-S1`, `2024-Q3` or `2024-M07` as a string value.
    var dataValue: JSONValue { .string(description) }
}

extension Array: DataEncodable where Element: DataEncodable {
    /// The elements as an array value.
    var dataValue: JSONValue { .array(map(\.dataValue)) }
}
