/// The language the ledger speaks to people: Indonesian (the default) or English. JSON keys and values do not
/// change with it; only text meant to be read does.
package enum Language: String, Sendable, CaseIterable, Equatable {
    /// Bahasa Indonesia, the default.
    case id
    /// English.
    case en

    /// The language people get unless they ask for another.
    package static let standard: Language = .id

    /// The language `text` names (`id` or `en`, in any case), or nil.
    package init?(naming text: String) {
        self.init(rawValue: text.lowercased())
    }
}
