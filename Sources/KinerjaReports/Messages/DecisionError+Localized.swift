import KinerjaEvents
import KinerjaProjections
import KinerjaStore

extension DecisionError {
    /// The refusal in `language`: English as ``description`` says it, Indonesian by the exhaustive switch below.
    package func localized(_ language: Language) -> String {
        switch language {
        case .en: description
        case .id: indonesian
        }
    }

    /// The refusal in Indonesian: one sentence naming the value and what it contradicts.
    private var indonesian: String {
        switch self {
        case .roleMissing(let actor, let role, let type, let stream):
            if let role {
                "\(actor) tidak boleh mencatat \(type) dalam stream \(stream): diperlukan peran \(role.rawValue) "
                    + "(daftarkan dengan \(EventType.actorRegistered.rawValue))"
            } else {
                "\(actor) bukan aktor terdaftar, jadi tidak boleh mencatat \(type)"
            }
        case .firstActorMustBeAdministrator(let actor):
            "aktor pertama yang didaftarkan (\(actor)) harus memegang peran administrator, agar ada yang dapat "
                + "mendaftarkan aktor lain"
        case .lastAdministrator(let actor):
            "\(actor) adalah satu-satunya administrator dan akan kehilangan perannya, sehingga tidak ada yang dapat "
                + "mendaftarkan aktor; daftarkan administrator lain lebih dahulu"
        case .wrongStream(let type, let stream):
            type == EventType.actorRegistered.rawValue
                ? "\(type) termasuk stream ledger, bukan \(stream)"
                : "\(type) termasuk stream sebuah organisasi, bukan stream ledger"
        case .organisationNotRegistered(let stream, let type):
            "stream \(stream) belum memiliki \(EventType.organisationRegistered.rawValue); catat itu sebelum \(type)"
        case .organisationAlreadyRegistered(let stream):
            "stream \(stream) sudah memiliki \(EventType.organisationRegistered.rawValue)"
        case .unknownIndicator(let code):
            "indikator \(code) tidak ditetapkan oleh keputusan IKU mana pun maupun Renstra dalam stream ini"
        case .indicatorNotInForce(let code, let period):
            "indikator \(code) tidak berlaku pada \(period.indonesianName) (tidak ada keputusan IKU yang disetujui, maupun Renstra, "
                + "yang memberlakukannya pada \(IndonesianDate.written(period.lastDay)))"
        case .indicatorAlreadyInForce(let code, let date):
            "indikator \(code) sudah ada dalam IKU yang berlaku pada \(IndonesianDate.written(date)); ubahlah, "
                + "jangan ditambahkan"
        case .indicatorNotInForceToChange(let code, let date):
            "indikator \(code) tidak ada dalam IKU yang berlaku pada \(IndonesianDate.written(date)), jadi tidak "
                + "dapat diubah atau dicabut"
        case .unknownProposal(let id):
            "tidak ada peristiwa \(id) dalam stream ini untuk diputuskan"
        case .notAProposal(let id, let type):
            "peristiwa \(id) adalah \(type), bukan usulan; hanya usulan yang disetujui atau ditolak"
        case .alreadyDecided(let id, let status):
            "usulan \(id) sudah \(ProposalStatusWords.indonesian(status)); sebuah usulan diputuskan sekali"
        case .selfApproval(let actor, let proposal):
            "\(actor) mencatat usulan \(proposal) dan tidak boleh memutuskannya: tidak ada yang menyetujui usulannya "
                + "sendiri"
        case .samePerson(let actor, let proposer, let proposal):
            "\(actor) dan \(proposer), yang mencatat usulan \(proposal), terdaftar untuk orang yang sama (NIP yang "
                + "sama, atau nama yang sama bila NIP tidak diberikan); tidak ada yang menyetujui usulannya sendiri"
        case .unsignedDecision(let type, let from):
            "\(type) harus ditandatangani: sejak \(IndonesianDate.written(from)) setiap keputusan organisasi ini "
                + "wajib diberi tanda tangan pencatatnya (opsi \(signOption) BERKASKUNCI; SigningPolicySet)"
        case .keyOfAnotherActor(let actor, let holder):
            "kunci yang diberikan untuk \(actor) sudah terdaftar untuk \(holder); satu kunci milik satu id satu orang, "
                + "agar tidak ada yang menandatangani usulan dengan satu id dan persetujuannya dengan id lain"
        case .noKeyToSignWith(let actor):
            "\(actor) tidak memiliki kunci terdaftar, jadi batch yang ditandatangani atas namanya tidak dapat "
                + "diperiksa; daftarkan kunci publiknya dengan 'kinerja actor add … --key BERKAS.pub' lebih dahulu"
        case .signedWithAnotherKey(let actor, let signer):
            "batch ditandatangani dengan kunci \(DecisionError.shortKey(signer)), yang bukan kunci terdaftar "
                + "\(actor); setiap aktor menandatangani dengan kuncinya sendiri"
        case .noActorsYet(let type):
            "belum ada aktor yang terdaftar, jadi \(type) tidak dapat diperiksa terhadap peran siapa pun; daftarkan "
                + "administrator pertama (\(EventType.actorRegistered.rawValue)) lebih dahulu: sampai itu hanya aktor "
                + "dan organisasi yang dicatat"
        case .correctsNonRealisasi(let id):
            "peristiwa \(id) bukan \(EventType.realisasiRecorded.rawValue); koreksi harus menyebut realisasi yang "
                + "dikoreksinya"
        case .missingValue:
            "realisasi memerlukan \"value\", atau \"numerator\" dan \"denominator\""
        case .zeroDenominator:
            "penyebutnya 0"
        case .periodNotBegun(let period, let day):
            "periode \(period.indonesianName) belum dimulai pada \(IndonesianDate.written(day)), hari pencatatannya: realisasi "
                + "dicatat untuk periode yang sudah dimulai"
        case .negativeFigure(let name, let value, let indicator):
            "\(name) \(value.indonesian()) negatif: indikator \(indicator) berupa persen, yang tidak pernah di "
                + "bawah 0"
        case .valueMismatchesParts(let value, let numerator, let denominator, let computed, let percentage):
            "nilai \(value.indonesian()) tidak sesuai dengan komponennya: \(numerator.indonesian()) / "
                + "\(denominator.indonesian())\(percentage ? " × 100" : "") = \(computed.indonesian()); berikan nilai "
                + "sebagaimana tercetak tanpa komponennya (catat dalam dasar), atau perbaiki salah satunya"
        case .pkAlreadySigned(let year):
            "PK \(year) sudah ditandatangani; catat PK Perubahan "
                + "(\(EventType.perjanjianKinerjaAmendmentProposed.rawValue))"
        case .pkNotSigned(let year):
            "tidak ada PK \(year) yang ditandatangani untuk diubah"
        case .datedAfterRecording(let what, let date, let day):
            "\(what) bertanggal \(IndonesianDate.written(date)), setelah \(IndonesianDate.written(day)), hari "
                + "pencatatannya: keputusan dicatat setelah dibuat"
        case .amendmentBeforeSigning(let year, let date, let signedOn):
            "PK Perubahan \(year) bertanggal \(IndonesianDate.written(date)) akan berlaku sebelum PK yang diubahnya "
                + "ditandatangani (\(IndonesianDate.written(signedOn)))"
        case .budgetCodeTaken(let year, let code):
            "baris anggaran \(code) tahun \(year) sudah dicatat"
        case .budgetParentUnknown(let year, let code):
            "baris anggaran \(code) tahun \(year) belum dicatat, jadi tidak dapat menjadi induk"
        case .noLongerValid(let proposal, let reason):
            "usulan \(proposal) tidak berlaku lagi dan tidak dapat disetujui: \(reason)"
        case .unknownRatingScale(let name, let known):
            "tidak ada skala penilaian \"\(name)\" (yang dikenal: \(known.map { "\"\($0)\"" }.joined(separator: ", ")))"
        }
    }
}

/// The words of a proposal's status in Indonesian.
enum ProposalStatusWords {
    /// `status` (`approved`, `rejected`, `pending`) in Indonesian; another word unchanged.
    static func indonesian(_ status: String) -> String {
        switch status {
        case "approved": "disetujui"
        case "rejected": "ditolak"
        case "pending": "menunggu keputusan"
        default: status
        }
    }
}

/// The option that signs a batch, named in messages as it is typed.
private let signOption = "--sign-with"
