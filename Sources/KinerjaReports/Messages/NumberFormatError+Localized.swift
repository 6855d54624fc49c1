import KinerjaEvents
import KinerjaStore

extension NumberFormatError {
    /// Why the text is not a number, in both languages (the English as ``description`` says it).
    package var localized: Localized {
        Localized(id: indonesian, en: description)
    }

    /// Why the text is not a number, in Indonesian: one sentence naming the text and what is wrong with it.
    private var indonesian: String {
        func quoted(_ text: String) -> String { "\"\(text)\"" }
        return switch self {
        case .empty(let text): "\(quoted(text)) tidak memuat angka"
        case .noDigits(let text): "\(quoted(text)) tidak memiliki digit"
        case .letters(let text):
            "\(quoted(text)) memuat huruf; angka terdiri dari digit, titik atau koma, dan Rp atau %"
        case .unexpectedCharacter(let text, let character) where character.isWhitespace:
            "\(quoted(text)) memiliki spasi di dalam angka"
        case .unexpectedCharacter(let text, let character):
            "\(quoted(text)) memuat \(quoted(String(character))), yang bukan bagian dari angka"
        case .rupiahAndPercent(let text):
            "\(quoted(text)) memiliki Rp dan % sekaligus; angka adalah jumlah uang atau persentase"
        case .severalCommas(let text): "\(quoted(text)) memiliki beberapa koma; koma desimal muncul sekali"
        case .englishSeparators(let text, let plain, let indonesian):
            "\(quoted(text)) memakai pemisah ribuan cara Inggris; tulis \(plain) atau \(indonesian)"
        case .commaBeforeDot(let text):
            "\(quoted(text)) memiliki koma sebelum titik; tulis titik ribuan lalu satu koma desimal, seperti 1.234,5"
        case .separatorWithoutDigits(let text, let separator):
            "\(quoted(text)) memerlukan digit di kedua sisi \(separator == "," ? "koma" : "titik")"
        case .badGroups(let text):
            "\(quoted(text)) tidak dikelompokkan per ribuan: setelah kelompok pertama 1 sampai 3 digit, setiap titik"
                + " harus diikuti tepat tiga digit"
        case .ambiguous(let text, let thousands, let decimal):
            "\(quoted(text)) taksa: \(thousands) dengan titik ribuan, atau \(decimal) dengan titik desimal; tulis"
                + " \(thousands) untuk yang pertama, atau nyatakan dengan --locale id (yang pertama) atau --locale en"
        case .localeDependent(let text, let thousands, let decimal):
            "\(quoted(text)) bergantung pada penulisnya: \(thousands) dengan koma ribuan cara Inggris, atau "
                + "\(decimal) dengan koma desimal cara Indonesia; nyatakan dengan --locale en atau --locale id"
        case .tooManyDigits(let text):
            "\(quoted(text)) memiliki lebih dari \(DecimalNumber.maximumDigits) digit bermakna"
        case .tooManyDecimals(let text):
            "\(quoted(text)) memiliki lebih dari \(DecimalNumber.maximumScale) angka desimal"
        }
    }
}
