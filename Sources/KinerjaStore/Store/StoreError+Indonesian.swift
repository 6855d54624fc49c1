extension StoreError {
    /// The problem in Indonesian, naming the value or place involved (the English is ``description``; the
    /// message catalogue above this layer chooses between them).
    package var indonesianDescription: String {
        switch self {
        case .notALedger(let directory):
            "\(directory) bukan ledger Kinerja (tidak ada \(Ledger.markerFileName)); buat dengan 'kinerja init'"
        case .alreadyALedger(let directory):
            "\(directory) sudah merupakan ledger Kinerja; tidak ada yang diubah"
        case .unsupportedFormat(let directory, let found):
            "\(directory)/\(Ledger.markerFileName) menyatakan \(found), yang tidak dapat dibaca kinerja ini "
                + "(yang dibacanya format kinerja-ledger versi \(Ledger.formatVersion))"
        case .io(let path, let operation, _):
            "tidak dapat \(operation) \(path): \(description.split(separator: ":").last.map { $0.dropFirst() } ?? "")"
        case .streamDamaged(let damage):
            damage.problem.isAcknowledgementProblem
                ? "\(damage); penulisan ke stream \(damage.stream) ditolak, agar tidak ada seq yang diberikan dua kali: "
                    + damage.problem.remedy(stream: damage.stream) + " (jalankan 'kinerja verify')"
                : "\(damage); penulisan ke stream \(damage.stream) ditolak sampai hal ini diperiksa "
                    + "(jalankan 'kinerja verify')"
        case .clockBehind(let stream, let clock, let last):
            "jam menunjukkan \(clock), lebih awal dari peristiwa terakhir stream \(stream) (\(last)); "
                + "recordedAt tidak pernah mundur"
        case .idConflict(let stream, let id, let existingSeq):
            if let existingSeq {
                "id \"\(id)\" sudah dipakai dalam stream \(stream) oleh seq \(existingSeq) dengan isi berbeda; "
                    + "peristiwa tidak pernah diganti (catat koreksi)"
            } else {
                "id \"\(id)\" diberikan dua kali dalam batch ini dengan isi berbeda"
            }
        case .unknownStream(let stream):
            "tidak ada stream \(stream) dalam ledger ini"
        case .emptyBatch:
            "tidak ada yang ditambahkan: masukan tidak memuat peristiwa"
        case .acknowledgementNotSynchronised(let stream, let seq, let underlying):
            "batch telah ditulis ke stream \(stream) dan diakui sampai seq \(seq), tetapi kemudian \(underlying); "
                + "batch itu tercatat: jangan dicatat lagi (diulang dengan id yang sama, dilaporkan sudah ada)"
        case .unrecognisedEvents(let stream, let first, let count):
            "stream \(stream) memuat \(count) peristiwa dengan jenis yang tidak dikenal kinerja ini "
                + "(yang pertama: seq \(first.seq), \(first.type) v\(first.version)), ditulis oleh kinerja yang lebih "
                + "baru; peristiwa itu dibaca dan diverifikasi tetapi tidak ditafsirkan, jadi penulisan ke stream "
                + "ditolak: gunakan kinerja tersebut"
        case .streamList(let problem):
            "\(Ledger.streamListFileName), daftar stream ledger, \(problem); penulisan ditolak sampai dipulihkan "
                + "dari cadangan (jalankan 'kinerja verify')"
        case .upgradeNeeded(let directory, let found):
            "\(directory) adalah ledger format \(found), yang tidak mencatat head yang diakui; jalankan "
                + "'kinerja upgrade' sekali untuk mencatat akhir setiap stream sebagai diakui, lalu tulis"
        case .invalidEvent(let id, let reason):
            "peristiwa \(id) tidak ditulis: \(reason) (store hanya menulis baris yang lolos verifikasi)"
        case .snapshotDamaged(let path, let offset):
            "snapshot \(path) ternyata rusak ketika dibaca (potongan \(SHA256.pieceBytes / 1024) KiB pada byte "
                + "\(offset) tidak sama dengan yang ditulis); tidak ada yang ditulis. Snapshot hanyalah cache: jalankan "
                + "'kinerja verify', dan setelah stream lolos verifikasi, 'kinerja checkpoint' menulis snapshot itu lagi"
        }
    }
}
