import KinerjaEvents
import KinerjaProjections
import KinerjaStore

extension SpreadsheetImport {
    /// The event one row stands for, or nil when a cell is wrong (each problem noted in `row`).
    func event(_ row: inout ImportRow, indicator: (String) -> IndicatorDefinition?) -> NewEvent? {
        let id = row.eventID("id")
        let event: NewEvent?
        switch kind {
        case .realisasi: event = realisasi(&row, indicator: indicator)
        case .targets: event = target(&row, indicator: indicator)
        case .budget: event = budgetLine(&row)
        }
        guard var event, row.problems.isEmpty else { return nil }
        event.id = id ?? Self.contentID(of: event)
        return event
    }

    /// The id of a row given without one: `imp-` and the first 20 hex digits of the SHA-256 of the event's
    /// type, effective date and data, leaving out where in which file it stood (`basis.locator`). The same
    /// rows imported again, from the same file or a renamed or re-sorted copy, give the same ids: reported as
    /// already present, or refused as a conflict, never recorded twice.
    static func contentID(of event: NewEvent) -> String {
        var data = event.data
        if case .object(var basis)? = data["basis"] {
            basis["locator"] = nil
            data["basis"] = .object(basis)
        }
        var content: JSONObject = ["type": .string(event.type), "data": .object(data)]
        if let effective = event.effective { content["effective"] = .string(effective.description) }
        let digest = JSONValue.object(content).canonicalBytes.withUnsafeBytes { SHA256.hash($0) }
        return "imp-" + digest.hexString.prefix(20)
    }

    /// `RealisasiRecorded`, as `kinerja realisasi record` records it.
    private func realisasi(_ row: inout ImportRow, indicator: (String) -> IndicatorDefinition?) -> NewEvent? {
        let code = row.code("indikator")
        let year = row.year("tahun")
        let period = self.period(&row, year: year)
        var data = basis(row, note: row.text("keterangan"))
        let value = row.number("nilai")
        if let value, let code, let mismatch = indicator(code)?.unitMismatch(of: value) {
            row.fail("nilai", "\(row.text("nilai")?.quotedForMessage ?? ""): \(mismatch)")
        }
        let numerator = row.number("pembilang")
        let denominator = row.number("penyebut")
        let hasNumerator = row.text("pembilang") != nil
        let hasDenominator = row.text("penyebut") != nil
        if row.text("nilai") == nil && !(hasNumerator && hasDenominator) {
            if hasNumerator != hasDenominator {
                row.fail(
                    hasNumerator ? "penyebut" : "pembilang", "the cell is empty; pembilang and penyebut go together")
            } else {
                row.fail("nilai", "the cell is empty; give nilai, or pembilang and penyebut")
            }
        }
        let capaian = row.number("capaian")
        guard let code, let period else { return nil }
        data["indicator"] = .string(code)
        data["period"] = .string(period.description)
        if let value { data["value"] = .string(value.value.plainDescription) }
        if let numerator { data["numerator"] = .string(numerator.value.plainDescription) }
        if let denominator { data["denominator"] = .string(denominator.value.plainDescription) }
        if let capaian { data["printedCapaian"] = .string(capaian.value.plainDescription) }
        if let source = row.text("sumber") { data["source"] = .string(source) }
        return NewEvent(type: kind.eventType, data: data)
    }

    /// The period of `periode` (a whole period, or one of the year in `tahun`), else the year itself.
    /// Triwulan may be written `TW3` as well as `Q3`; it is recorded as `Q3`, the form of ``Period``.
    private func period(_ row: inout ImportRow, year: Int?) -> Period? {
        guard let text = row.text("periode") else { return year.flatMap { Period(year: $0, kind: .year) } }
        let written = text.uppercased().replacing("TW", with: "Q")
        if let period = Period(parsing: written) {
            guard let year, period.year != year else { return period }
            row.fail("periode", "\(text.quotedForMessage) is not in tahun \(year)")
            return nil
        }
        guard let year else { return nil }  // tahun is wrong, and already noted
        if let period = Period(parsing: "\(year)-\(written)") { return period }
        row.fail(
            "periode",
            "\(text.quotedForMessage) is not a period: write \(year), \(year)-S1, \(year)-Q3 (or TW3) or"
                + " \(year)-M07, or S1, Q3, TW3 or M07 of the year in tahun")
        return nil
    }

    /// `TargetChangeProposed`, as `kinerja target set` records it.
    private func target(_ row: inout ImportRow, indicator: (String) -> IndicatorDefinition?) -> NewEvent? {
        let code = row.code("indikator")
        let year = row.year("tahun")
        let value = row.number("target", required: true)
        if let value, let code, let mismatch = indicator(code)?.unitMismatch(of: value) {
            row.fail("target", "\(row.text("target")?.quotedForMessage ?? ""): \(mismatch)")
        }
        let reason = row.text("keterangan") ?? settings.reason
        if reason == nil { row.fail("keterangan", "the cell is empty, and no --reason was given") }
        guard let code, let year, let value, let reason, let effective = settings.effective else { return nil }
        var data = basis(row, note: nil)
        data["indicator"] = .string(code)
        data["year"] = .integer(year)
        data["value"] = .string(value.value.plainDescription)
        data["reason"] = .string(reason)
        return NewEvent(type: kind.eventType, data: data, effective: effective)
    }

    /// The budget levels, as the event writes them.
    private static let levels = ["program", "kegiatan", "sub-kegiatan"]

    /// `BudgetLineRecorded`.
    private func budgetLine(_ row: inout ImportRow) -> NewEvent? {
        let year = row.year("tahun", fallback: settings.year, hint: ", and no --year was given")
        let code = row.code("kode")
        var level: String?
        if let text = row.requiredText("level") {
            let words = text.lowercased().split { $0 == " " || $0 == "-" || $0 == "_" }
            level = words == ["subkegiatan"] ? "sub-kegiatan" : words.joined(separator: "-")
            if let written = level, !Self.levels.contains(written) {
                row.fail("level", "\(text.quotedForMessage) is not a level: program, kegiatan or sub kegiatan")
            }
        }
        let parent = row.code("induk", required: false)
        let name = row.requiredText("uraian")
        let pagu = rupiah(&row, "anggaran", required: true)
        let spent = rupiah(&row, "realisasi", required: false)
        guard let year, let code, let level, let name, let pagu else { return nil }
        var data = basis(row, note: row.text("keterangan"))
        data["year"] = .integer(year)
        data["level"] = .string(level)
        data["code"] = .string(code)
        if let parent { data["parent"] = .string(parent) }
        data["name"] = .string(name)
        if let output = row.text("indikator") { data["indicator"] = .string(output) }
        if let target = row.text("target") { data["target"] = .string(target) }
        data["pagu"] = .string(pagu.plainDescription)
        if let spent { data["realisasi"] = .string(spent.plainDescription) }
        return NewEvent(type: kind.eventType, data: data)
    }

    /// An amount of money: any number but a percentage.
    private func rupiah(_ row: inout ImportRow, _ column: String, required: Bool) -> DecimalNumber? {
        guard let number = row.number(column, required: required) else { return nil }
        guard !number.hasPercentSign else {
            row.fail(
                column, "\(row.text(column)?.quotedForMessage ?? "") is a percentage; \(column) is an amount in rupiah")
            return nil
        }
        return number.value
    }

    /// `basis`: the document of the command line, where in it with this row of this file, and the remarks.
    private func basis(_ row: ImportRow, note: String?) -> JSONObject {
        let file = source.split(separator: "/").last.map(String.init) ?? source
        let place = "row \(row.number) of \(file)"
        var basis: JSONObject = [
            "document": .string(settings.document),
            "locator": .string(settings.locator.map { "\($0), \(place)" } ?? place),
        ]
        let notes = [settings.basisNote, note].compactMap { $0 }
        if !notes.isEmpty { basis["note"] = .string(notes.joined(separator: "; ")) }
        return ["basis": .object(basis)]
    }
}
