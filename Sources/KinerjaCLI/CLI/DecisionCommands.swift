import KinerjaEvents
import KinerjaInterchange
import KinerjaProjections
import KinerjaReports
import KinerjaStore

/// `kinerja realisasi` and `kinerja target`: a realisation, its correction or a target change built from options
/// and recorded like `append` does. Here too the helpers every command that builds an event from options uses:
/// required options, numbers (Indonesian or plain notation) and figures, dates, the basis, a file's JSON data.
extension CommandRunner {
    /// `kinerja realisasi record|correct …`, `kinerja target set …`.
    func decision(
        _ command: String, _ arguments: Arguments, output: inout some TextOutputStream,
        errors: inout some TextOutputStream
    ) throws(CLIError) {
        let ledger = try openLedger()
        let stream = try organisationStream(arguments, command: command)
        var operands = arguments.operands
        let verb = operands.isEmpty ? "" : operands.removeFirst()
        let event: NewEvent
        let id = arguments.value("id")
        switch (command, verb) {
        case ("realisasi", "record"):
            let basis = try basis(arguments, command: command)
            let (indicator, definition) = try self.indicator(
                arguments, ledger: ledger, stream: stream, command: command)
            let text = try required(arguments, "period", command)
            guard let period = Period(written: text) else {
                throw .usage(
                    Localized(
                        id: "--period \(text) bukan periode: 2024, 2024-S1, 2024-TW3 (atau 2024-Q3) atau 2024-M07",
                        en:
                            "--period \(text) is not a period: 2024, 2024-S1, 2024-Q3 (or 2024-TW3) or 2024-M07"),
                    command: command)
            }
            let figures = try figures(arguments, definition: definition, command: command)
            let printed = try arguments.value("printed-capaian").map { text throws(CLIError) in
                try number(text, option: "printed-capaian", command: command).value
            }
            if arguments.value("effective") != nil {
                throw .usage(
                    Localized(
                        id: "--effective hanya untuk koreksi; realisasi berlaku untuk --period-nya",
                        en: "--effective is for a correction; a realisation applies to its --period"), command: command)
            }
            let realisasi = RealisasiRecorded(
                indicator: indicator, period: period, value: figures.value, numerator: figures.numerator,
                denominator: figures.denominator, printedCapaian: printed, source: arguments.value("source"),
                basis: basis)
            event = EventCodec.standard.newEvent(.realisasiRecorded(realisasi), id: id)
        case ("realisasi", "correct"):
            guard let text = operands.first else {
                throw .usage(
                    Localized(
                        id: "realisasi yang mana? berikan id peristiwanya", en: "which realisation? give its event id"),
                    command: command)
            }
            let corrected = try resolveEventID(text, in: stream, ledger: ledger, command: command)
            let basis = try basis(arguments, command: command)
            let reason = try required(arguments, "reason", command)
            let figures = try figures(arguments, definition: nil, command: command)
            let correction = RealisasiCorrected(
                corrects: corrected, value: figures.value, numerator: figures.numerator,
                denominator: figures.denominator, reason: reason, basis: basis)
            event = EventCodec.standard.newEvent(
                .realisasiCorrected(correction), id: id,
                effective: try arguments.value("effective").map { text throws(CLIError) in
                    try date(text, command: command)
                })
        case ("target", "set"):
            let basis = try basis(arguments, command: command)
            let indicator = try self.indicator(arguments, ledger: ledger, stream: stream, command: command).code
            guard let year = try yearOption(arguments, command: command) else {
                throw .usage(Localized(id: "--year belum diberikan", en: "missing --year"), command: command)
            }
            let value = try number(try required(arguments, "value", command), option: "value", command: command)
            let change = TargetChangeProposed(
                indicator: indicator, year: year, value: value.value,
                reason: try required(arguments, "reason", command), basis: basis)
            event = EventCodec.standard.newEvent(
                .targetChangeProposed(change), id: id,
                effective: try date(try required(arguments, "effective", command), command: command))
        default:
            throw .usage(
                Localized(id: "'\(command) \(verb)' tidak dikenal", en: "unknown '\(command) \(verb)'"),
                command: command)
        }
        try record(
            [event], to: stream, ledger: ledger, arguments: arguments, command: command, output: &output,
            errors: &errors)
    }

    /// The value of `--name`, refusing a missing or empty one.
    func required(_ arguments: Arguments, _ name: String, _ command: String) throws(CLIError) -> String {
        guard let value = arguments.value(name), !value.isEmpty else {
            throw .usage(Localized(id: "--\(name) belum diberikan", en: "missing --\(name)"), command: command)
        }
        return value
    }

    /// `--indicator CODE` as the IKU spells it (codes match whatever their case), with its definition (a
    /// pending one too) to check figures' units against, read from one replay of the stream; a code no indicator
    /// has is refused naming the closest one. The Decider refuses it too; this says it in the words of the option.
    func indicator(
        _ arguments: Arguments, ledger: Ledger, stream: StreamName, command: String
    ) throws(CLIError) -> (code: String, definition: IndicatorDefinition?) {
        let written = try required(arguments, "indicator", command)
        guard let state = try? ledger.organisationState(stream).state else { return (written, nil) }
        if let code = state.indicatorCode(matching: written) {
            return (code, state.knownIndicator(code, includingPending: true))
        }
        let known = state.knownIndicatorCodes
        let hint = Localized.didYouMean(Suggestion.closest(to: written, among: known))
        throw .usage(
            Localized(
                id: "--indicator \(written): stream \(stream) tidak memiliki indikator dengan kode itu\(hint.id)",
                en:
                    "--indicator \(written): stream \(stream) has no indicator with that code\(hint.en)"),
            command: command)
    }

    /// `text` read by ``NumberParser`` (Indonesian or plain notation), or a usage error naming `--option`.
    func number(_ text: String, option: String, command: String) throws(CLIError) -> ParsedNumber {
        do {
            return try NumberParser.parse(text, locale: numberLocale)
        } catch {
            throw .usage(Localized(verbatim: "--\(option): ") + error.localized, command: command)
        }
    }

    /// `text` read by ``number(_:option:command:)`` as a figure of `indicator`: a `%` or `Rp` its unit does not
    /// take is refused naming `--option`.
    func figure(
        _ text: String, option: String, of indicator: IndicatorDefinition?, command: String
    ) throws(CLIError) -> DecimalNumber {
        let parsed = try number(text, option: option, command: command)
        if let mismatch = indicator?.unitMismatch(of: parsed) {
            throw .usage(
                Localized(id: "--\(option) \(text): \(mismatch)", en: "--\(option) \(text): \(mismatch)"),
                command: command)
        }
        return parsed.value
    }

    /// `text` as a date written YYYY-MM-DD, or a usage error naming it.
    func date(_ text: String, command: String) throws(CLIError) -> CalendarDate {
        guard let date = CalendarDate(parsing: text) else {
            throw .usage(
                Localized(
                    id: "'\(text)' bukan tanggal; tulis YYYY-MM-DD", en: "'\(text)' is not a date; write YYYY-MM-DD"),
                command: command)
        }
        return date
    }

    /// `basis` from `--document`, `--locator`, `--basis-note`.
    func basis(_ arguments: Arguments, command: String) throws(CLIError) -> Basis {
        Basis(
            document: try required(arguments, "document", command), locator: arguments.value("locator"),
            note: arguments.value("basis-note"))
    }

    /// `--value`, or `--numerator` and `--denominator`, the value checked against the unit of `definition`.
    private func figures(
        _ arguments: Arguments, definition: IndicatorDefinition?, command: String
    ) throws(CLIError) -> (value: DecimalNumber?, numerator: DecimalNumber?, denominator: DecimalNumber?) {
        var figures: [String: DecimalNumber] = [:]
        for name in ["value", "numerator", "denominator"] {
            guard let text = arguments.value(name) else { continue }
            figures[name] = try figure(text, option: name, of: name == "value" ? definition : nil, command: command)
        }
        guard figures["value"] != nil || (figures["numerator"] != nil && figures["denominator"] != nil) else {
            throw .usage(
                Localized(
                    id: "berikan --value, atau --numerator dan --denominator",
                    en: "give --value, or --numerator and --denominator"), command: command)
        }
        return (figures["value"], figures["numerator"], figures["denominator"])
    }

    /// The event of `type` holding `data` as a file gave it, with `--id` and `effective`: typed when the codec reads
    /// it, else kept as given, so that the catalogue's check names what is wrong when it is recorded, as for
    /// `append`.
    func event(
        _ type: EventType, data: JSONObject, arguments: Arguments, effective: CalendarDate?
    ) -> NewEvent {
        if let typed = try? EventCodec.standard.decode(type: type.rawValue, version: type.currentVersion, data: data) {
            return EventCodec.standard.newEvent(typed, id: arguments.value("id"), effective: effective)
        }
        return NewEvent(type: type.rawValue, id: arguments.value("id"), data: data, effective: effective)
    }

    /// The JSON object `bytes` (read from `file`) hold, or an input error naming the line and column where it is
    /// not one.
    func jsonObject(_ bytes: [UInt8], source file: String) throws(CLIError) -> JSONObject {
        // A file saved by an editor that writes a byte order mark is read as if it had none.
        let bytes = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        let parsed = bytes.withUnsafeBytes { buffer in
            Result { () throws(JSONSyntaxError) in try JSONParser.parse(buffer) }
        }
        switch parsed {
        case .success(let value):
            guard case .object(let object) = value else {
                throw .input(
                    InputError(problems: [
                        .init(source: file, line: 1, reason: "expected one JSON object: the decision's data")
                    ]))
            }
            return object
        case .failure(let error):
            let before = bytes.prefix(error.offset)
            let line = before.filter { $0 == 0x0A }.count + 1
            let column = error.offset - (before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0) + 1
            throw .input(
                InputError(problems: [
                    .init(source: file, line: line, reason: "not JSON: \(error.reason) at column \(column)")
                ]))
        }
    }
}
