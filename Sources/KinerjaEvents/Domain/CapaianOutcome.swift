import KinerjaStore

/// What computing capaian gave: a capaian, or the reason there is none.
package enum CapaianOutcome: Sendable, Equatable {
    /// A capaian was computed.
    case computed(Capaian)
    /// No capaian follows from the figures, for the reason given.
    case notComputable(CapaianProblem)

    /// The capaian, if one was computed.
    package var capaian: Capaian? {
        if case .computed(let capaian) = self { return capaian }
        return nil
    }

    /// The reason, if none was computed.
    package var problem: CapaianProblem? {
        if case .notComputable(let problem) = self { return problem }
        return nil
    }
}
