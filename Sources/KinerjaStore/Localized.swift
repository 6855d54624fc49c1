/// One entry of the message catalogue: the same text in every language the ledger speaks. The initialiser
/// requires both, so the compiler guarantees that no message, heading or finding lacks a language.
package struct Localized: Sendable, Equatable, CustomStringConvertible {
    /// The Indonesian text.
    package let id: String
    /// The English text.
    package let en: String

    /// A text given in both languages.
    package init(id: String, en: String) {
        self.id = id
        self.en = en
    }

    /// A text that reads the same in both languages: a name, a code, a number, a term of art.
    package init(verbatim text: String) {
        self.init(id: text, en: text)
    }

    /// The text in `language`.
    package func text(_ language: Language) -> String {
        switch language {
        case .id: id
        case .en: en
        }
    }

    /// The text in `language`; reads as `message(language)` at the point of use.
    package func callAsFunction(_ language: Language) -> String { text(language) }

    /// The English text, for debugging and for messages that name the value in tests.
    package var description: String { en }

    /// Both texts with `other` appended.
    package static func + (left: Localized, right: Localized) -> Localized {
        Localized(id: left.id + right.id, en: left.en + right.en)
    }

    /// Both texts with `verbatim` appended unchanged.
    package static func + (left: Localized, right: String) -> Localized {
        Localized(id: left.id + right, en: left.en + right)
    }

    /// The texts joined with `separator` in each language.
    package static func joined(_ parts: [Localized], separator: String) -> Localized {
        Localized(
            id: parts.map(\.id).joined(separator: separator), en: parts.map(\.en).joined(separator: separator))
    }
}

/// A list of texts (a table's headings) in both languages; the initialiser requires both, of equal length.
package struct LocalizedList: Sendable, Equatable {
    /// The Indonesian texts.
    package let id: [String]
    /// The English texts.
    package let en: [String]

    /// Texts given in both languages, one for one.
    package init(id: [String], en: [String]) {
        precondition(id.count == en.count, "a localized list has as many texts in each language")
        self.id = id
        self.en = en
    }

    /// The texts in `language`.
    package func callAsFunction(_ language: Language) -> [String] {
        switch language {
        case .id: id
        case .en: en
        }
    }
}
