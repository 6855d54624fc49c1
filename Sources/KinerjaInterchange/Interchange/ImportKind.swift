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

    /// A column of the spreadsheet: its header name (matched in any case) and what it holds.
    package struct Column: Sendable, Equatable {
        /// The header name, in lowercase.
        package var name: String
        /// Whether every file must have it.
        package var isRequired: Bool
        /// What a cell holds, for the help.
        package var meaning: String

        fileprivate static func required(_ name: String, _ meaning: String) -> Column {
            Column(name: name, isRequired: true, meaning: meaning)
        }

        fileprivate static func optional(_ name: String, _ meaning: String) -> Column {
            Column(name: name, isRequired: false, meaning: meaning)
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
                .required("indikator", "the indicator's code, as in the IKU (ppks)"),
                .required("tahun", "the year (2024)"),
                .optional(
                    "periode", "2024-S1, 2024-Q3 (or 2024-TW3), 2024-M07, or S1, Q3, TW3, M07 (default: the year)"),
                .optional("nilai", "the realisation (56,70 or 85,5%); or give pembilang and penyebut"),
                .optional("pembilang", "the numerator"),
                .optional("penyebut", "the denominator"),
                .optional("capaian", "the capaian the source printed beside it, kept to compare"),
                .optional("sumber", "sumber data: where the figure comes from"),
                .optional("keterangan", "a remark, kept in the basis note"),
                .optional("id", "the event's id (default: generated)"),
            ]
        case .targets:
            [
                .required("indikator", "the indicator's code, as in the IKU (ppks)"),
                .required("tahun", "the year whose target changes"),
                .required("target", "the new target (45,00)"),
                .optional("keterangan", "why it changes (default: --reason)"),
                .optional("id", "the event's id (default: generated)"),
            ]
        case .budget:
            [
                .optional("tahun", "the budget year (default: --year)"),
                .required("kode", "the line's code, unique within the year (p1.k1)"),
                .required("level", "program, kegiatan or sub kegiatan (or sub-kegiatan, subkegiatan)"),
                .optional("induk", "the code of the line it belongs to, given on an earlier row or already recorded"),
                .required("uraian", "its name as printed"),
                .optional("indikator", "its output indicator as printed"),
                .optional("target", "its output target as printed"),
                .required("anggaran", "the budget (pagu) in rupiah (Rp13.821.027.400)"),
                .optional("realisasi", "the spending in rupiah"),
                .optional("keterangan", "a remark, kept in the basis note"),
                .optional("id", "the event's id (default: generated)"),
            ]
        }
    }
}
