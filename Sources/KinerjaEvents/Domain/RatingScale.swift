import KinerjaStore

/// A named, versioned scale that turns a capaian into a rating band; data chosen per organisation.
///
/// The bands cover the whole number line exactly once: no value falls in a gap or in two bands. Negative
/// capaian (variant A below 0) and capaian far above 100 get a band like any other.
package struct RatingScale: Sendable, Hashable {
    /// The scale's name: `Permendagri 54/2010`.
    package let name: String
    /// The version of this scale under its name, from 1.
    package let version: Int
    /// The bands, in the order given (reports list them as given, often best first).
    package let bands: [RatingBand]
    /// Every band but the highest, from the lowest up.
    private let bandsBelowTop: [RatingBand]
    /// The band that reaches up without end.
    private let topBand: RatingBand

    /// Makes a scale, refusing bands that leave a gap, overlap, hold no value or share a code.
    package init(name: String, version: Int, bands: [RatingBand]) throws(RatingScaleError) {
        guard !name.isEmpty else { throw .emptyName }
        let scale = "\"\(name)\" version \(version)"
        guard version >= 1 else { throw .invalidVersion(scale: scale, version: version) }
        var codes = Set<String>()
        for band in bands {
            guard !band.code.isEmpty else { throw .emptyCode(scale: scale, label: band.label) }
            guard codes.insert(band.code).inserted else { throw .duplicateCode(scale: scale, code: band.code) }
            if let lower = band.lower, let upper = band.upper,
                lower.value > upper.value || (lower.value == upper.value && !(lower.isInclusive && upper.isInclusive))
            {
                throw .emptyBand(scale: scale, code: band.code, interval: band.interval)
            }
        }
        let ascending = bands.sorted(by: Self.startsBefore)
        guard let lowest = ascending.first, let top = ascending.last else { throw .noBands(scale: scale) }
        if let lower = lowest.lower {
            let values = "x \(lower.isInclusive ? "<" : "≤") \(lower.value.indonesian())"
            throw .uncoveredBelow(scale: scale, values: values, code: lowest.code)
        }
        for (below, above) in zip(ascending, ascending.dropFirst()) {
            try Self.checkNeighbours(below, above, scale: scale)
        }
        if let upper = top.upper {
            let values = "x \(upper.isInclusive ? ">" : "≥") \(upper.value.indonesian())"
            throw .uncoveredAbove(scale: scale, values: values, code: top.code)
        }
        self.init(checkedName: name, version: version, bands: bands, top: top)
    }

    /// Makes a scale from bands known to fit together, `top` being the one without an upper bound.
    init(checkedName name: String, version: Int, bands: [RatingBand], top: RatingBand) {
        self.name = name
        self.version = version
        self.bands = bands
        self.bandsBelowTop = bands.filter { $0 != top }.sorted(by: Self.startsBefore)
        self.topBand = top
    }

    /// The band holding `capaian`.
    package func rating(for capaian: DecimalNumber) -> RatingBand {
        bandsBelowTop.first { $0.isAtOrBelowUpper(capaian) } ?? topBand
    }

    /// Whether `first` starts lower on the line than `second` (no lower bound first, then inclusive first).
    private static func startsBefore(_ first: RatingBand, _ second: RatingBand) -> Bool {
        switch (first.lower, second.lower) {
        case (nil, nil), (_?, nil): false
        case (nil, _?): true
        case (let first?, let second?):
            first.value < second.value || (first.value == second.value && first.isInclusive && !second.isInclusive)
        }
    }

    /// Refuses a gap or an overlap where `below` ends and `above` starts.
    private static func checkNeighbours(
        _ below: RatingBand, _ above: RatingBand, scale: String
    ) throws(RatingScaleError) {
        let overlap = RatingScaleError.overlap(
            scale: scale, first: "\(below.code) (\(below.interval))", second: "\(above.code) (\(above.interval))")
        guard let end = below.upper, let start = above.lower else { throw overlap }
        if end.value > start.value || (end.value == start.value && end.isInclusive && start.isInclusive) {
            throw overlap
        }
        guard end.value == start.value, end.isInclusive != start.isInclusive else {
            let values =
                end.value == start.value
                ? "x = \(end.value.indonesian())"
                : "\(end.value.indonesian()) \(end.isInclusive ? "<" : "≤") x"
                    + " \(start.isInclusive ? "<" : "≤") \(start.value.indonesian())"
            throw .gap(scale: scale, values: values, below: below.code, above: above.code)
        }
    }
}
