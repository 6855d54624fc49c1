import KinerjaEvents
import KinerjaProjections
import KinerjaStore

extension SpreadsheetImport {
    /// The event one row stands for, typed and as it is appended, or nil when a cell is wrong (each problem
    /// noted in `row`). `hasTahun` says whether the header has the column `tahun`.
    func event(_ row: inout ImportRow, hasTahun: Bool, indicator: (String) -> IndicatorDefinition?) -> (
        typed: DomainEvent, new: NewEvent
    )? {
        let id = row.eventID("id")
        let event: DomainEvent?
        switch kind {
        case .realisasi:
            event = realisasi(&row, hasTahun: hasTahun, indicator: indicator).map { .realisasiRecorded($0) }
        case .targets: event = target(&row, indicator: indicator).map { .targetChangeProposed($0) }
        case .budget: event = budgetLine(&row).map { .budgetLineRecorded($0) }
        }
        guard let event, row.problems.isEmpty else { return nil }
        let effective = kind == .targets ? settings.effective : nil
        let new = EventCodec.standard.newEvent(
            event, id: id ?? Self.contentID(of: event, effective: effective), effective: effective)
        return (event, new)
    }

    /// The id of a row given without one: `imp-` and the first 20 hex digits of the SHA-256 of the event's
    /// type, effective date and data, leaving out where in which file it stood (`basis.locator`). The same
    /// rows imported again, from the same file or a renamed or re-sorted copy, give the same ids: reported as
    /// already present, or refused as a conflict, never recorded twice.
    static func contentID(of event: DomainEvent, effective: CalendarDate?) -> String {
        digestID(of: withoutLocator(event), effective: effective)
    }

    /// What a row says whatever file it came from and however its numbers were written: the id
    /// ``contentID(of:effective:)`` would give it with its numbers in their shortest form (`12,50` re-saved by
    /// a spreadsheet as `12,5` is the same row). A row whose key an event of the stream has is that event.
    package static func contentKey(of event: DomainEvent, effective: CalendarDate?) -> String {
        digestID(of: withNormalizedNumbers(withoutLocator(event)), effective: effective)
    }

    private static func digestID(of event: DomainEvent, effective: CalendarDate?) -> String {
        let encoded = EventCodec.standard.encode(event)
        var content: JSONObject = ["type": .string(encoded.type), "data": .object(encoded.data)]
        if let effective { content["effective"] = .string(effective.description) }
        let digest = JSONValue.object(content).canonicalBytes.withUnsafeBytes { SHA256.hash($0) }
        return "imp-" + digest.hexString.prefix(20)
    }

    /// The id ``contentID(of:effective:)`` gives an event as it is appended (data the codec does not read is
    /// taken as it is).
    static func contentID(of event: NewEvent) -> String {
        let typed = (try? EventCodec.standard.decode(event)) ?? .unknown(type: event.type, version: 1, data: event.data)
        return contentID(of: typed, effective: event.effective)
    }

    /// `event` without where in which file it stood: the basis of the events an import records, without its
    /// locator.
    private static func withoutLocator(_ event: DomainEvent) -> DomainEvent {
        switch event {
        case .realisasiRecorded(var realisasi):
            realisasi.basis.locator = nil
            return .realisasiRecorded(realisasi)
        case .targetChangeProposed(var change):
            change.basis.locator = nil
            return .targetChangeProposed(change)
        case .budgetLineRecorded(var line):
            line.basis.locator = nil
            return .budgetLineRecorded(line)
        default:
            return event
        }
    }

    /// `event` with the numbers an import reads in their shortest form.
    private static func withNormalizedNumbers(_ event: DomainEvent) -> DomainEvent {
        switch event {
        case .realisasiRecorded(var realisasi):
            realisasi.value = realisasi.value?.normalized
            realisasi.numerator = realisasi.numerator?.normalized
            realisasi.denominator = realisasi.denominator?.normalized
            realisasi.printedCapaian = realisasi.printedCapaian?.normalized
            return .realisasiRecorded(realisasi)
        case .targetChangeProposed(var change):
            change.value = change.value.normalized
            return .targetChangeProposed(change)
        case .budgetLineRecorded(var line):
            line.pagu = line.pagu.normalized
            line.realisasi = line.realisasi?.normalized
            return .budgetLineRecorded(line)
        default:
            return event
        }
    }

    /// `RealisasiRecorded`, as `kinerja realisasi record` records it.
    private func realisasi(
        _ row: inout ImportRow, hasTahun: Bool, indicator: (String) -> IndicatorDefinition?
    ) -> RealisasiRecorded? {
        let code = row.code("indikator").map { indicator($0)?.code ?? $0 }  // as the IKU spells it
        let period = self.period(&row, hasTahun: hasTahun)
        let basis = basis(row, note: row.text("keterangan"))
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
        return RealisasiRecorded(
            indicator: code, period: period, value: value?.value, numerator: numerator?.value,
            denominator: denominator?.value, printedCapaian: capaian?.value, source: row.text("sumber"), basis: basis)
    }

    /// The period of a realisation: `periode` (a whole period, or one of the year in `tahun`), else the year in
    /// `tahun`. Without a year in `tahun`, `periode` gives its own (`2025`, `2025-TW2`), else it is one of
    /// `--year` (`TW2`), else the row is `--year` itself. Triwulan may be written `TW3` as well as `Q3`; it is
    /// recorded as `Q3`, the form of ``Period``.
    private func period(_ row: inout ImportRow, hasTahun: Bool) -> Period? {
        let periode = row.text("periode")
        guard row.text("tahun") != nil else {
            guard let periode else {
                if let year = settings.year { return Period(year: year, kind: .year) }
                row.fail(
                    hasTahun ? "tahun" : "periode",
                    hasTahun ? "the cell is empty" : "the cell is empty; give the period with its year (2025, 2025-TW2)"
                )
                return nil
            }
            if let period = Period(written: periode) { return period }
            if let year = settings.year, let period = Period(written: "\(year)-\(periode)") { return period }
            row.fail(
                "periode",
                "\(periode.quotedForMessage) is not a period with its year: write 2025, 2025-S1, 2025-Q3 (or 2025-TW3)"
                    + " or 2025-M07\(hasTahun ? ", or give the year in tahun" : "")")
            return nil
        }
        let year = row.year("tahun")
        guard let text = periode else { return year.flatMap { Period(year: $0, kind: .year) } }
        if let period = Period(written: text) {
            guard let year, period.year != year else { return period }
            row.fail("periode", "\(text.quotedForMessage) is not in tahun \(year)")
            return nil
        }
        guard let year else { return nil }  // tahun is wrong, and already noted
        if let period = Period(written: "\(year)-\(text)") { return period }
        row.fail(
            "periode",
            "\(text.quotedForMessage) is not a period: write \(year), \(year)-S1, \(year)-Q3 (or TW3) or"
                + " \(year)-M07, or S1, Q3, TW3 or M07 of the year in tahun")
        return nil
    }

    /// `TargetChangeProposed`, as `kinerja target set` records it.
    private func target(_ row: inout ImportRow, indicator: (String) -> IndicatorDefinition?) -> TargetChangeProposed? {
        let code = row.code("indikator").map { indicator($0)?.code ?? $0 }  // as the IKU spells it
        let year = row.year("tahun")
        let value = row.number("target", required: true)
        if let value, let code, let mismatch = indicator(code)?.unitMismatch(of: value) {
            row.fail("target", "\(row.text("target")?.quotedForMessage ?? ""): \(mismatch)")
        }
        let reason = row.text("keterangan") ?? settings.reason
        if reason == nil { row.fail("keterangan", "the cell is empty, and no --reason was given") }
        guard let code, let year, let value, let reason, settings.effective != nil else { return nil }
        return TargetChangeProposed(
            indicator: code, year: year, value: value.value, reason: reason, basis: basis(row, note: nil))
    }

    /// `BudgetLineRecorded`.
    private func budgetLine(_ row: inout ImportRow) -> BudgetLineRecorded? {
        let year = row.year("tahun", fallback: settings.year, hint: ", and no --year was given")
        let code = row.code("kode")
        var level: BudgetLineRecorded.Level?
        if let text = row.requiredText("level") {
            let words = text.lowercased().split { $0 == " " || $0 == "-" || $0 == "_" }
            let written = words == ["subkegiatan"] ? "sub-kegiatan" : words.joined(separator: "-")
            level = BudgetLineRecorded.Level(rawValue: written)
            if level == nil {
                row.fail("level", "\(text.quotedForMessage) is not a level: program, kegiatan or sub kegiatan")
            }
        }
        let parent = row.code("induk", required: false)
        let name = row.requiredText("uraian")
        let pagu = rupiah(&row, "anggaran", required: true)
        let spent = rupiah(&row, "realisasi", required: false)
        guard let year, let code, let level, let name, let pagu else { return nil }
        return BudgetLineRecorded(
            year: year, level: level, code: code, parent: parent, name: name, indicator: row.text("indikator"),
            target: row.text("target"), pagu: pagu, realisasi: spent, basis: basis(row, note: row.text("keterangan")))
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
    private func basis(_ row: ImportRow, note: String?) -> Basis {
        let file = source.split(separator: "/").last.map(String.init) ?? source
        let place = "row \(row.number) of \(file)"
        let notes = [settings.basisNote, note].compactMap { $0 }
        return Basis(
            document: settings.document, locator: settings.locator.map { "\($0), \(place)" } ?? place,
            note: notes.isEmpty ? nil : notes.joined(separator: "; "))
    }
}
