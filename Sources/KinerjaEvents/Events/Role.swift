import KinerjaStore

/// What an actor may do. The recorder of an event is its `actor`; the role it needs depends on the type.
package enum Role: String, Sendable, CaseIterable, Comparable {
    /// Records decisions, proposals, realisations and documents (the secretariat).
    case recorder
    /// Approves or rejects proposals recorded by someone else (Kepala Dinas, Sekretaris).
    case approver
    /// Reads and checks the ledger; may record notes (Inspektorat, BPKP).
    case auditor
    /// Registers actors and their roles.
    case administrator

    /// Orders roles as declared.
    package static func < (lhs: Role, rhs: Role) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}
