import KinerjaEvents
import KinerjaProjections
import KinerjaStore

/// What a spreadsheet given to `kinerja import` holds, and the columns its header may name.
package enum ImportKind: String, Sendable, CaseIterable {
    /// Realisations: one `RealisasiRecorded` per row, as `kinerja realisasi record` records it.
    case realisasi
    /// Target changes: one `TargetChangeProposed` per row, as `kinerja target set` records it.
    case targets
    /// Budget lines: one `BudgetLineRecorded` per row (program, kegiatan, sub kegiatan).
    case budget

    /// A column of the spreadsheet: its name, the other names offices give it, and what it holds.
    ///
    /// A header names a column by its name or one of its aliases, compared after
    /// ``DocumentColumn/normalized(_:)``: case, spacing and punctuation do not matter (`Sumber Data`,
    /// `SUMBER_DATA` and `sumber data` are one name).
    package struct Column: Sendable, Equatable {
        /// The header name, in lowercase: the name rows are read by, and messages use.
        package var name: String
        /// Whether every file must have it.
        package var isRequired: Bool
        /// What a cell holds, for the help.
        package var meaning: String
        /// Other header names it goes by, as offices write them and the help shows them (`Kode Indikator`,
        /// `Capaian (%)`).
        package var aliases: [String] = []
        /// Names (its own among them, perhaps) it goes by only when no other field of the header names it: an
        /// office's `Indikator` column beside a `Kode` column holds the indicator's name, and is not read.
        package var yieldingNames: [String] = []

        fileprivate static func required(
            _ name: String, _ meaning: String, aliases: [String] = [], yielding: [String] = []
        ) -> Column {
            Column(name: name, isRequired: true, meaning: meaning, aliases: aliases, yieldingNames: yielding)
        }

        fileprivate static func optional(
            _ name: String, _ meaning: String, aliases: [String] = [], yielding: [String] = []
        ) -> Column {
            Column(name: name, isRequired: false, meaning: meaning, aliases: aliases, yieldingNames: yielding)
        }

        /// Every header name it goes by, normalized, each with whether it yields to another field naming it.
        var headerNames: [(name: String, yields: Bool)] {
            let yielding = Set(yieldingNames.map(HeaderMatch.normalized))
            var seen: Set<String> = []
            return ([name] + aliases + yieldingNames).map(HeaderMatch.normalized).compactMap { name in
                guard seen.insert(name).inserted else { return nil }
                return (name, yielding.contains(name))
            }
        }
    }

    /// The event type each row becomes.
    package var eventType: EventType {
        switch self {
        case .realisasi: .realisasiRecorded
        case .targets: .targetChangeProposed
        case .budget: .budgetLineRecorded
        }
    }

    /// Every column the header may name, in the order the help lists them.
    package var columns: [Column] {
        switch self {
        case .realisasi:
            [
                .required(
                    "indikator", "the indicator's code, as in the IKU (ppks)",
                    aliases: ["Kode", "Kode Indikator", "Kode IKU"], yielding: ["indikator"]),
                .optional(
                    "tahun", "the year (2024); without this column, periode gives it (2024, 2024-TW2)",
                    aliases: ["Tahun Anggaran"]),
                .optional(
                    "periode", "2024-S1, 2024-Q3 (or 2024-TW3), 2024-M07, or S1, Q3, TW3, M07 (default: the year)",
                    aliases: ["Triwulan", "Semester", "Bulan"]),
                .optional(
                    "nilai", "the realisation (56,70 or 85,5%); or give pembilang and penyebut",
                    aliases: ["Realisasi", "Capaian Realisasi", "Nilai Realisasi", "Realisasi Kinerja"]),
                .optional("pembilang", "the numerator"),
                .optional("penyebut", "the denominator"),
                .optional(
                    "capaian", "the capaian the source printed beside it, kept to compare",
                    aliases: ["Capaian (%)", "Persentase Capaian"]),
                .optional("sumber", "sumber data: where the figure comes from", aliases: ["Sumber Data"]),
                .optional("keterangan", "a remark, kept in the basis note", aliases: ["Catatan"]),
                .optional("id", "the event's id (default: generated)"),
            ]
        case .targets:
            [
                .required(
                    "indikator", "the indicator's code, as in the IKU (ppks)",
                    aliases: ["Kode", "Kode Indikator", "Kode IKU"], yielding: ["indikator"]),
                .required("tahun", "the year whose target changes"),
                .required(
                    "target", "the new target (45,00)", aliases: ["Target Kinerja", "Target Baru", "Target Perubahan"]),
                .optional("keterangan", "why it changes (default: --reason)", aliases: ["Catatan", "Alasan"]),
                .optional("id", "the event's id (default: generated)"),
            ]
        case .budget:
            [
                .optional("tahun", "the budget year (default: --year)", aliases: ["Tahun Anggaran"]),
                .required(
                    "kode", "the line's code, unique within the year (p1.k1)",
                    aliases: ["Kode Rekening", "Kode Program", "Kode Anggaran"]),
                .required(
                    "level", "program, kegiatan or sub kegiatan (or sub-kegiatan, subkegiatan)",
                    aliases: ["Tingkat", "Jenis"]),
                .optional(
                    "induk", "the code of the line it belongs to, given on an earlier row or already recorded",
                    aliases: ["Kode Induk"]),
                .required(
                    "uraian", "its name as printed",
                    aliases: ["Nama", "Program / Kegiatan / Sub Kegiatan", "Program / Kegiatan"]),
                .optional("indikator", "its output indicator as printed", aliases: ["Indikator Keluaran"]),
                .optional("target", "its output target as printed", aliases: ["Target Keluaran"]),
                .required(
                    "anggaran", "the budget (pagu) in rupiah (Rp13.821.027.400)",
                    aliases: ["Pagu", "Pagu / Anggaran", "Alokasi Anggaran"]),
                .optional(
                    "realisasi", "the spending in rupiah", aliases: ["Realisasi Anggaran", "Realisasi Keuangan"]),
                .optional("keterangan", "a remark, kept in the basis note", aliases: ["Catatan"]),
                .optional("id", "the event's id (default: generated)"),
            ]
        }
    }
}
