import KinerjaStore

extension RatingScale {
    /// The default scale, after Permendagri 54/2010 as printed in the LKj's Tabel 13 (version 1).
    ///
    /// The source writes integer bounds loosely ("91 <", "76 < 90", "< 50"); the continuous rule kept here gives
    /// every capaian exactly one band, each band owning its upper bound:
    /// Sangat Tinggi (ST) x > 90; Tinggi (T) 75 < x ≤ 90; Sedang (S) 65 < x ≤ 75; Rendah (R) 50 < x ≤ 65;
    /// Sangat Rendah (SR) x ≤ 50, negatives included. So 90,00 is T and 90,01 is ST; 75,50 is T; 50,00 is SR.
    package static let permendagri54Of2010: RatingScale = {
        let top = RatingBand(code: "ST", label: "Sangat Tinggi", lower: .exclusive(DecimalNumber(90)), upper: nil)
        let bands = [
            top,
            RatingBand(
                code: "T", label: "Tinggi", lower: .exclusive(DecimalNumber(75)), upper: .inclusive(DecimalNumber(90))),
            RatingBand(
                code: "S", label: "Sedang", lower: .exclusive(DecimalNumber(65)), upper: .inclusive(DecimalNumber(75))),
            RatingBand(
                code: "R", label: "Rendah", lower: .exclusive(DecimalNumber(50)), upper: .inclusive(DecimalNumber(65))),
            RatingBand(code: "SR", label: "Sangat Rendah", lower: nil, upper: .inclusive(DecimalNumber(50))),
        ]
        return RatingScale(checkedName: "Permendagri 54/2010", version: 1, bands: bands, top: top)
    }()
}

extension RatingScale {
    /// The scales an organisation may choose (by name, in `OrganisationRegistered.ratingScale`); the first
    /// is the default.
    package static let catalogue: [RatingScale] = [.permendagri54Of2010]

    /// The newest version of the scale called `name`, if the catalogue has it.
    package static func named(_ name: String) -> RatingScale? {
        catalogue.filter { $0.name == name }.max { $0.version < $1.version }
    }
}
