import KinerjaStore

/// Why a rating scale was refused: each case names the scale and the bands at fault.
package enum RatingScaleError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The name is empty.
    case emptyName
    /// The version is below 1.
    case invalidVersion(scale: String, version: Int)
    /// There are no bands.
    case noBands(scale: String)
    /// A band has an empty code.
    case emptyCode(scale: String, label: String)
    /// Two bands share a code.
    case duplicateCode(scale: String, code: String)
    /// A band's bounds admit no value (`90 < x ≤ 75`).
    case emptyBand(scale: String, code: String, interval: String)
    /// Values below the lowest band have no band.
    case uncoveredBelow(scale: String, values: String, code: String)
    /// Values above the highest band have no band.
    case uncoveredAbove(scale: String, values: String, code: String)
    /// Values between two neighbouring bands have no band.
    case gap(scale: String, values: String, below: String, above: String)
    /// Two bands hold some of the same values.
    case overlap(scale: String, first: String, second: String)

    /// One sentence naming the scale, the bands and the values at fault.
    package var description: String {
        switch self {
        case .emptyName: "a rating scale needs a name"
        case .invalidVersion(let scale, let version):
            "rating scale \(scale) has version \(version); versions start at 1"
        case .noBands(let scale): "rating scale \(scale) has no bands"
        case .emptyCode(let scale, let label): "rating scale \(scale) has a band labelled \"\(label)\" without a code"
        case .duplicateCode(let scale, let code): "rating scale \(scale) has more than one band coded \(code)"
        case .emptyBand(let scale, let code, let interval):
            "rating scale \(scale) has band \(code) (\(interval)), which holds no value"
        case .uncoveredBelow(let scale, let values, let code):
            "rating scale \(scale) has no band for \(values), below its lowest band \(code)"
        case .uncoveredAbove(let scale, let values, let code):
            "rating scale \(scale) has no band for \(values), above its highest band \(code)"
        case .gap(let scale, let values, let below, let above):
            "rating scale \(scale) has no band for \(values), between bands \(below) and \(above)"
        case .overlap(let scale, let first, let second):
            "rating scale \(scale) has overlapping bands \(first) and \(second)"
        }
    }
}
