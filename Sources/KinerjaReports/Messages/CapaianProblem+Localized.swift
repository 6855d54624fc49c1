import KinerjaEvents
import KinerjaProjections
import KinerjaStore

extension CapaianProblem {
    /// Why no capaian follows, in both languages (the English as ``description`` says it).
    package var localized: Localized {
        switch self {
        case .negativeRealisasi(let value):
            Localized(
                id: "realisasi \(value.indonesian()) negatif; capaian dihitung dari nilai 0 atau lebih",
                en: description)
        case .negativeTarget(let value):
            Localized(
                id: "target \(value.indonesian()) negatif; capaian dihitung dari nilai 0 atau lebih", en: description)
        case .invertedRange(let lower, let upper):
            Localized(
                id:
                    "rentang target \(lower.indonesian())–\(upper.indonesian()) memiliki batas bawah di atas batas atas",
                en: description)
        case .targetIsZero(let formula):
            Localized(id: "target 0, sehingga \(formula.expression) tidak terdefinisi", en: description)
        case .realisasiIsZero(let formula):
            Localized(id: "realisasi 0, sehingga \(formula.expression) tidak terdefinisi", en: description)
        case .outOfRange(let error):
            Localized(id: "capaian tidak dapat dihitung: \(error)", en: description)
        }
    }
}

extension ProposalStatus {
    /// Where the proposal stands, in both languages: disetujui (approved), ditolak (rejected), menunggu (pending).
    package var localizedWord: Localized {
        switch self {
        case .pending: Localized(id: "menunggu keputusan", en: word)
        case .approved: Localized(id: "disetujui", en: word)
        case .rejected: Localized(id: "ditolak", en: word)
        }
    }
}
