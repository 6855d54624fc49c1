import KinerjaEvents
import KinerjaProjections
import KinerjaStore

/// A chart's value axis: the range drawn, its ticks, and where a value falls along a run of pixels.
///
/// Geometry is computed from the exact decimals and kept in whole tenths of a pixel, so a chart is drawn
/// the same on every machine and no figure passes through binary floating point.
struct ChartAxis: Equatable {
    /// The value at the start of the axis.
    var lower: DecimalNumber
    /// The value at the end of the axis.
    var upper: DecimalNumber
    /// The distance between ticks.
    var step: DecimalNumber

    /// The tick values from `lower` to `upper`, `step` apart (at most 40, so a bad step cannot run away).
    var ticks: [DecimalNumber] {
        var ticks: [DecimalNumber] = []
        var value = lower
        while value <= upper, ticks.count < 40 {
            ticks.append(value)
            guard let next = try? value + step, step > .zero else { break }
            value = next
        }
        return ticks
    }

    /// `value` limited to the axis: below `lower` gives `lower`, above `upper` gives `upper`.
    func clamped(_ value: DecimalNumber) -> DecimalNumber { min(max(value, lower), upper) }

    /// Where `value` falls on a run of `length` tenths of a pixel starting at `lower`, in tenths of a pixel;
    /// a value outside the axis falls at its end.
    ///
    /// The arithmetic can only fail for values beyond 10^25 or with more than 18 decimals mixed with very
    /// large ones; such a value is drawn at the start of the axis.
    func position(of value: DecimalNumber, length: Int) -> Int {
        do {
            let span = try upper - lower
            guard span > .zero else { return 0 }
            let scaled = try (try clamped(value) - lower) * DecimalNumber(length)
            return Int(try scaled.dividing(by: span, scale: 0).significand)
        } catch {
            return 0
        }
    }

    /// An axis with round ticks (1, 2 or 5 times a power of ten) covering `minimum` to `maximum`, with at
    /// most 6 steps.
    ///
    /// Zero is included when the values are all on one side of it and nearer to it than to each other (so
    /// 43–118 is drawn from 0 but 50,77–55,40 is not); equal values get an axis from zero to them.
    static func covering(minimum: DecimalNumber, maximum: DecimalNumber) -> ChartAxis {
        var low = min(minimum, maximum)
        var high = max(minimum, maximum)
        if let span = try? high - low {
            if low > .zero, low <= span { low = .zero }
            if let distance = try? DecimalNumber.zero - high, high < .zero, distance <= span { high = .zero }
        }
        if low == high {
            if low > .zero {
                low = .zero
            } else if high < .zero {
                high = .zero
            } else {
                high = DecimalNumber(1)
            }
        }
        guard let span = try? high - low else { return ChartAxis(lower: low, upper: high, step: DecimalNumber(1)) }
        let step = roundStep(atLeast: span, parts: 6)
        guard let lower = try? multiple(of: step, near: low, roundingUp: false),
            let upper = try? multiple(of: step, near: high, roundingUp: true)
        else { return ChartAxis(lower: low, upper: high, step: span) }
        return ChartAxis(lower: lower, upper: upper, step: step)
    }

    /// The smallest of 1, 2 and 5 times a power of ten (10^-18 to 10^26) with `span / step` at most `parts`.
    private static func roundStep(atLeast span: DecimalNumber, parts: Int) -> DecimalNumber {
        for exponent in -DecimalNumber.maximumScale...26 {
            for factor in [1, 2, 5] as [Int128] {
                guard
                    let step = exponent < 0
                        ? try? DecimalNumber(significand: factor, scale: -exponent)
                        : try? DecimalNumber(significand: factor * (DecimalNumber.powerOfTen(exponent) ?? 1), scale: 0),
                    let reach = try? step * DecimalNumber(parts)
                else { continue }
                if reach >= span { return step }
            }
        }
        return span
    }

    /// The multiple of `step` at or below `value` (or at or above it, `roundingUp`).
    private static func multiple(
        of step: DecimalNumber, near value: DecimalNumber, roundingUp: Bool
    ) throws(DecimalNumberError) -> DecimalNumber {
        let count = try value.dividing(by: step, scale: 0, rounding: .towardZero)
        let multiple = try count * step
        if roundingUp, multiple < value { return try (try count + DecimalNumber(1)) * step }
        if !roundingUp, multiple > value { return try (try count - DecimalNumber(1)) * step }
        return multiple
    }
}
