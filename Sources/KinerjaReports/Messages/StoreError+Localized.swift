import KinerjaEvents
import KinerjaStore

extension StoreError {
    /// The problem in `language`: English as ``description`` says it, Indonesian by the exhaustive switch below.
    package func localized(_ language: Language) -> String {
        switch language {
        case .en: description
        case .id: indonesianDescription
        }
    }
}
