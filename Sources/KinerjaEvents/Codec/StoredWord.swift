import KinerjaStore

/// A closed list of words, one stored word per case.
protocol StoredWord: CaseIterable, DataEncodable {
    /// The word as stored.
    var code: String { get }
}

extension StoredWord {
    /// The stored word as a string value.
    var dataValue: JSONValue { .string(code) }
}

extension StoredWord where Self: RawRepresentable, RawValue == String {
    /// The raw value is the stored word.
    var code: String { rawValue }
}

// Polarity and CapaianFormula keep the `code` they declare (their raw values are the Swift names); the others'
// raw values are the stored words.
extension Polarity: StoredWord {}
extension CapaianFormula: StoredWord {}
extension Role: StoredWord {}
extension Aggregation.Kind: StoredWord {}
extension IkuDecisionProposed.Kind: StoredWord {}
extension PerjanjianKinerjaAmendmentProposed.Reason: StoredWord {}
extension BudgetLineRecorded.Level: StoredWord {}
extension DocumentRecorded.Kind: StoredWord {}
extension IndonesianTimeZone: StoredWord {}
