import KinerjaStore

/// Achievement: realisasi R against target T, in percent, by the indicator's own polarity and formula.
///
/// The value is computed exactly and rounded once, half away from zero, to 2 decimals (scale 2: 170 is 170.00).
/// The rules for the edge cases:
/// - R or a target below 0 is refused; so is a range whose lower bound is above its upper bound.
/// - T = 0: ratio and variant A are not computable ("target is 0"); variant B gives 0 for any R > 0.
/// - R = 0: ratio gives 0; variant A gives 200; variant B is not computable ("realisasi is 0").
/// - Variant A below 0 (R more than twice T) is reported as is, not floored at 0, and the explanation says so;
///   the rating scale puts it in its lowest band.
/// - A range target: R within the range (bounds included) gives exactly 100. Outside it, R is compared with
///   the nearest bound (the upper bound when R is above the range, the lower bound when below), whatever the
///   polarity. The formula then rates a better R higher on both sides, so a better result never rates worse.
///   A range whose bounds are equal is a single value.
/// - A formula meant for the other polarity (ratio on a lower-is-better indicator, as some printed reports do)
///   is still applied, so a source figure can be reproduced and shown beside the right one; the result has
///   ``formulaMatchesPolarity`` false and the explanation says that a better result rates lower.
package struct Capaian: Sendable, Equatable {
    /// Capaian in percent, rounded half away from zero to 2 decimals.
    package let value: DecimalNumber
    /// The formula that produced the value.
    package let formula: CapaianFormula
    /// The target value R was compared with; nil when R lay within a target range (capaian 100).
    let comparedTarget: DecimalNumber?
    /// Whether the formula is meant for the indicator's polarity.
    let formulaMatchesPolarity: Bool
    /// How the value came about, with the figures as Indonesian documents write them.
    package let explanation: String

    /// Computes capaian of `realisasi` against `target` with `formula`, for an indicator of `polarity`.
    package static func compute(
        realisasi: DecimalNumber, target: CapaianTarget, polarity: Polarity, formula: CapaianFormula
    ) -> CapaianOutcome {
        guard !realisasi.isNegative else { return .notComputable(.negativeRealisasi(realisasi)) }
        let matches = formula.polarity == polarity
        let mismatchNote =
            matches
            ? nil
            : "\(formula.rawValue) is meant for \(formula.polarity.phrase) indicators and this one is"
                + " \(polarity.phrase), so a better result rates lower"
        let compared: DecimalNumber
        var rangeNote: String?
        switch target {
        case .value(let value):
            guard !value.isNegative else { return .notComputable(.negativeTarget(value)) }
            compared = value
        case .range(let lower, let upper):
            guard !lower.isNegative else { return .notComputable(.negativeTarget(lower)) }
            guard lower <= upper else { return .notComputable(.invertedRange(lower: lower, upper: upper)) }
            let place = { (relation: String) in
                "realisasi \(realisasi.indonesian()) is \(relation) the target range \(target.indonesian())"
            }
            if lower == upper {
                compared = lower
            } else if realisasi > upper {
                compared = upper
                rangeNote = place("above") + ", so it is compared with the upper bound"
            } else if realisasi < lower {
                compared = lower
                rangeNote = place("below") + ", so it is compared with the lower bound"
            } else {
                let notes = [place("within") + ", so capaian is 100,00", mismatchNote]
                return .computed(
                    Capaian(
                        value: DecimalNumber(unchecked: 10_000, scale: 2), formula: formula, comparedTarget: nil,
                        formulaMatchesPolarity: matches, explanation: notes.compactMap { $0 }.joined(separator: "; ")))
            }
        }
        do {
            let (value, working) = try evaluate(formula, realisasi: realisasi, target: compared)
            let notes = [
                rangeNote,
                "\(formula.expression) = \(working) = \(value.indonesian())",
                value.isNegative ? "below 0 because realisasi exceeds twice the target; not floored at 0" : nil,
                formula == .variantB && compared.isZero ? "the target is 0, so any realisasi above it gives 0" : nil,
                mismatchNote,
            ]
            return .computed(
                Capaian(
                    value: value, formula: formula, comparedTarget: compared, formulaMatchesPolarity: matches,
                    explanation: notes.compactMap { $0 }.joined(separator: "; ")))
        } catch {
            return .notComputable(error)
        }
    }

    /// The rounded value and the working with figures (`118,27 / 56,70 × 100`), or why there is none.
    private static func evaluate(
        _ formula: CapaianFormula, realisasi: DecimalNumber, target: DecimalNumber
    ) throws(CapaianProblem) -> (DecimalNumber, String) {
        let hundred = DecimalNumber(100)
        let (realisasiText, targetText) = (realisasi.indonesian(), target.indonesian())
        switch formula {
        case .ratio:
            guard !target.isZero else { throw .targetIsZero(formula) }
            let value = try exactly { () throws(DecimalNumberError) in
                try (realisasi * hundred).dividing(by: target, scale: 2)
            }
            return (value, "\(realisasiText) / \(targetText) × 100")
        case .variantA:
            guard !target.isZero else { throw .targetIsZero(formula) }
            let value = try exactly { () throws(DecimalNumberError) in
                try (target * DecimalNumber(2) - realisasi) * hundred
            }
            let rounded = try exactly { () throws(DecimalNumberError) in try value.dividing(by: target, scale: 2) }
            return (rounded, "(2 × \(targetText) − \(realisasiText)) / \(targetText) × 100")
        case .variantB:
            guard !realisasi.isZero else { throw .realisasiIsZero(formula) }
            let value = try exactly { () throws(DecimalNumberError) in
                try (target * hundred).dividing(by: realisasi, scale: 2)
            }
            return (value, "\(targetText) / \(realisasiText) × 100")
        }
    }

    /// Runs exact arithmetic, turning a limit error into a capaian problem.
    private static func exactly<Value>(
        _ body: () throws(DecimalNumberError) -> Value
    ) throws(CapaianProblem) -> Value {
        do { return try body() } catch { throw .outOfRange(error) }
    }
}

extension Polarity {
    /// `higher-is-better` or `lower-is-better`, for explanations.
    fileprivate var phrase: String {
        switch self {
        case .higherIsBetter: "higher-is-better"
        case .lowerIsBetter: "lower-is-better"
        }
    }
}
