import KinerjaStore

extension Field {
    /// `basis`: the document an event records, so every figure traces back to its source.
    package static let basis = Field.required(
        "basis",
        .object([
            .required("document", .text, "the source document: kind, title, number, date"),
            .optional("locator", .text, "where in it: a table, page, section or annex"),
            .optional("note", .text, "what the transcriber noticed there, for example a contradiction"),
        ]), "the document this event records")

    /// `dateNote`: why a decision's effective date is not given (the source does not state it).
    package static let dateNote = Field.optional(
        "dateNote", .text, "why `effective` is absent: what the source says, or does not say, about the date")

    /// An official: name, position (jabatan), and NIP where the document gives it.
    package static func official(_ name: String, _ meaning: String, required: Bool = true) -> Field {
        let kind = Kind.object([
            .required("name", .text, "the name as printed"),
            .optional("jabatan", .text, "the position"),
            .optional("nip", .text, "the civil-servant number as printed"),
            .optional("pangkat", .text, "the rank as printed"),
        ])
        return required ? .required(name, kind, meaning) : .optional(name, kind, meaning)
    }

    /// `decree`: a Keputusan (number, place, date, signatory).
    package static func decree(required: Bool) -> Field {
        let kind = Kind.object([
            .required("number", .text, "the decree number as printed, e.g. 72 Tahun 2021"),
            .optional("title", .text, "what it is about (tentang …)"),
            .optional("place", .text, "where it was issued (ditetapkan di)"),
            .optional("date", .date, "the date it was issued (pada tanggal)"),
            .official("signatory", "who signed it", required: false),
            Field.cites,
        ])
        let meaning = "the decree (Keputusan) that makes the decision"
        return required ? .required("decree", kind, meaning) : .optional("decree", kind, meaning)
    }

    /// `cites`: the regulations a document cites (Mengingat), with their dates where printed.
    package static let cites = Field.optional(
        "cites",
        .list(
            .object([
                .required("title", .text, "the regulation as printed"),
                .optional("number", .text, "its number"),
                .optional("date", .date, "its date, where printed"),
            ])), "the regulations it cites (Mengingat), with their dates where printed")

    /// A Renstra or plan period, `{"from": 2021, "to": 2026}`.
    static func yearSpan(_ name: String, _ meaning: String, required: Bool) -> Field {
        let kind = Kind.object([
            .required("from", .integer(1900...2999), "the first year"),
            .required("to", .integer(1900...2999), "the last year"),
        ])
        return required ? .required(name, kind, meaning) : .optional(name, kind, meaning)
    }

    /// Every component of an indicator (IKU or Renstra indicator).
    package static let indicatorDefinition: [Field] = [
        .required("code", .code, "the indicator's code, unique within the organisation"),
        .required("name", .text, "the indicator's name as printed"),
        .optional("sasaran", .code, "the code of the sasaran it measures"),
        .optional("formula", .text, "the formula as printed"),
        .optional("numerator", .text, "what the numerator counts"),
        .optional("denominator", .text, "what the denominator counts"),
        .required("unit", .text, "the unit: persen, poin, indeks, jiwa, kasus…"),
        .optional("dataSource", .text, "sumber data"),
        .optional("penanggungJawab", .list(.text), "the units responsible"),
        .optional("alasan", .text, "why the indicator was chosen"),
        .required("polarity", .oneOf(Polarity.codes), "higher-is-better or lower-is-better"),
        .required("capaianFormula", .oneOf(CapaianFormula.codes), "ratio (R/T), variant-a ((2T−R)/T), variant-b (T/R)"),
        .optional(
            "aggregation", .oneOf(Aggregation.codes), "how period realisations make the year: sum, last, average"),
        .optional("decimals", .integer(0...6), "decimal places the figures are reported with"),
    ]

    /// The same components, all optional: the fields an amendment changes.
    static var indicatorChanges: [Field] {
        indicatorDefinition.filter { $0.name != "code" }.map { .optional($0.name, $0.kind, $0.meaning) }
    }
}
