import KinerjaEvents
import KinerjaStore

/// The whole IKU in force on one date: every indicator with all its components, its sasaran's text where the
/// Renstra gives it, and the decision that last defined or amended it.
package struct IkuInForce: Sendable, Equatable {
    /// One indicator in force.
    package struct Entry: Sendable, Equatable {
        /// The indicator with the amendments in force applied.
        package var definition: IndicatorDefinition
        /// The sasaran's text, where the Renstra names the indicator's sasaran code.
        package var sasaranText: String?
        /// The decision that last defined or amended it.
        package var decision: IkuVersion
    }

    /// The date the IKU is in force on.
    package var date: CalendarDate
    /// The indicators, in the order the decisions define them.
    package var entries: [Entry]
    /// Every approved decision in force by `date`, in force order.
    package var decisions: [IkuVersion]

    /// The IKU of `state` in force on `date`.
    package init(state: OrganisationState, on date: CalendarDate) {
        self.date = date
        let versions = state.ikuVersions
        decisions = versions.filter { $0.status.isApproved && $0.inForceFrom <= date }
        let sasaran = state.renstraSasaran?.sasaran ?? []
        entries = state.ikuInForce(on: date).compactMap { item in
            guard let decision = versions.first(where: { $0.event.id == item.decision }) else { return nil }
            let text = item.definition.sasaran.flatMap { code in sasaran.first { $0.code == code }?.text }
            return Entry(definition: item.definition, sasaranText: text, decision: decision)
        }
    }

    /// The date the current IKU is in force from: the latest date an approved decision takes effect, or nil
    /// when none is approved.
    package static func latestDate(in state: OrganisationState) -> CalendarDate? {
        state.ikuVersions.filter(\.status.isApproved).map(\.inForceFrom).max()
    }
}
