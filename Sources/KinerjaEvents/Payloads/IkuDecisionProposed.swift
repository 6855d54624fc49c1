import KinerjaStore

/// `IkuDecisionProposed`: an IKU decision (penetapan, reviu, IKUP) as its changes against the IKU in force;
/// a proposal, counting once approved.
package struct IkuDecisionProposed: Sendable, Equatable {
    /// What kind of decision it is.
    package enum Kind: String, Sendable, Hashable, CaseIterable {
        /// The first setting of the IKU (penetapan).
        case penetapan
        /// A review of the IKU (reviu).
        case reviu
        /// A change of the IKU (IKU Perubahan).
        case ikup
    }

    /// An indicator amended, with the components that change.
    package struct Amendment: Sendable, Equatable {
        /// The code of the indicator amended.
        package var code: String
        /// The components that change.
        package var changes: IndicatorChanges

        /// Makes an amendment.
        package init(code: String, changes: IndicatorChanges) {
            self.code = code
            self.changes = changes
        }
    }

    /// An indicator retired, with why.
    package struct Retirement: Sendable, Equatable {
        /// The code of the indicator retired.
        package var code: String
        /// Why.
        package var reason: String?

        /// Makes a retirement.
        package init(code: String, reason: String? = nil) {
            self.code = code
            self.reason = reason
        }
    }

    /// Penetapan, reviu or IKUP.
    package var kind: Kind
    /// The document's title.
    package var title: String?
    /// The years the IKU covers.
    package var period: YearSpan?
    /// The decree that makes the decision.
    package var decree: Decree?
    /// The indicators added.
    package var added: [Indicator]?
    /// The indicators amended.
    package var amended: [Amendment]?
    /// The indicators retired.
    package var retired: [Retirement]?
    /// With no effective date: the first year a source shows it in force.
    package var inForceFromYear: Int?
    /// Why the IKU changes.
    package var reason: String?
    /// Why the event has no effective date: what the source says, or does not say, about the date.
    package var dateNote: String?
    /// The document this event records.
    package var basis: Basis

    /// Makes an IKU decision.
    package init(
        kind: Kind, title: String? = nil, period: YearSpan? = nil, decree: Decree? = nil, added: [Indicator]? = nil,
        amended: [Amendment]? = nil, retired: [Retirement]? = nil, inForceFromYear: Int? = nil,
        reason: String? = nil, dateNote: String? = nil, basis: Basis
    ) {
        self.kind = kind
        self.title = title
        self.period = period
        self.decree = decree
        self.added = added
        self.amended = amended
        self.retired = retired
        self.inForceFromYear = inForceFromYear
        self.reason = reason
        self.dateNote = dateNote
        self.basis = basis
    }
}
