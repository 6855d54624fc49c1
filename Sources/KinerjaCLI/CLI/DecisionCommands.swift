import KinerjaEvents
import KinerjaInterchange
import KinerjaProjections
import KinerjaReports
import KinerjaStore

/// The secretariat's commands: record each kind of decision without writing JSON by hand. Each builds the
/// event from flags (numbers in Indonesian or plain notation), then records it like `append` does.
extension CommandRunner {
    /// `kinerja realisasi record|correct …`, `kinerja target set …`, `kinerja iku propose …`,
    /// `kinerja approve …`, `kinerja reject …`.
    func decision(
        _ command: String, _ arguments: Arguments, output: inout some TextOutputStream,
        errors: inout some TextOutputStream
    ) throws(CLIError) {
        let ledger = try openLedger()
        let stream = try organisationStream(arguments, command: command)
        var operands = arguments.operands
        let verb =
            command == "approve" || command == "reject" ? command : (operands.isEmpty ? "" : operands.removeFirst())
        let event: NewEvent
        switch (command, verb) {
        case ("realisasi", "record"):
            var data = try basis(arguments, command: command)
            data["indicator"] = .string(try required(arguments, "indicator", command))
            let period = try required(arguments, "period", command)
            guard Period(parsing: period) != nil else {
                throw .usage("--period \(period) is not a period: 2024, 2024-S1, 2024-Q3 or 2024-M07", command: command)
            }
            data["period"] = .string(period)
            try addValue(arguments, to: &data, ledger: ledger, stream: stream, command: command)
            if let printed = arguments.value("printed-capaian") {
                data["printedCapaian"] = .string(
                    try number(printed, option: "printed-capaian", command: command).value.plainDescription)
            }
            if let source = arguments.value("source") { data["source"] = .string(source) }
            if arguments.value("effective") != nil {
                throw .usage("--effective is for a correction; a realisation applies to its --period", command: command)
            }
            event = NewEvent(type: "RealisasiRecorded", id: arguments.value("id"), data: data)
        case ("realisasi", "correct"):
            guard let corrected = operands.first else {
                throw .usage("which realisation? give its event id", command: command)
            }
            var data = try basis(arguments, command: command)
            data["corrects"] = .string(corrected)
            data["reason"] = .string(try required(arguments, "reason", command))
            try addValue(arguments, to: &data, ledger: ledger, stream: stream, command: command)
            event = NewEvent(
                type: "RealisasiCorrected", id: arguments.value("id"), data: data,
                effective: try arguments.value("effective").map { text throws(CLIError) in
                    try date(text, command: command)
                })
        case ("target", "set"):
            var data = try basis(arguments, command: command)
            data["indicator"] = .string(try required(arguments, "indicator", command))
            guard let year = try yearOption(arguments, command: command) else {
                throw .usage("missing --year", command: command)
            }
            data["year"] = .integer(year)
            data["value"] = .string(
                try number(try required(arguments, "value", command), option: "value", command: command).value
                    .plainDescription)
            data["reason"] = .string(try required(arguments, "reason", command))
            event = NewEvent(
                type: "TargetChangeProposed", id: arguments.value("id"), data: data,
                effective: try date(try required(arguments, "effective", command), command: command))
        case ("iku", "propose"):
            guard let file = operands.first else {
                throw .usage("give the file holding the decision's data (JSON)", command: command)
            }
            let bytes: [UInt8]
            do { bytes = try readWholeFile(file) } catch { throw .store(error) }
            let parsed = bytes.withUnsafeBytes { buffer in
                Result { () throws(JSONSyntaxError) in try JSONParser.parse(buffer) }
            }
            let data: JSONObject
            switch parsed {
            case .success(let value):
                guard let object = value.objectValue else {
                    throw .input(
                        InputError(problems: [
                            .init(source: file, line: 1, reason: "expected one JSON object: the decision's data")
                        ]))
                }
                data = object
            case .failure(let error):
                let before = bytes.prefix(error.offset)
                let line = before.filter { $0 == 0x0A }.count + 1
                let column = error.offset - (before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0) + 1
                throw .input(
                    InputError(problems: [
                        .init(source: file, line: line, reason: "not JSON: \(error.reason) at column \(column)")
                    ]))
            }
            event = NewEvent(
                type: "IkuDecisionProposed", id: arguments.value("id"), data: data,
                effective: try arguments.value("effective").map { (text) throws(CLIError) in
                    try date(text, command: command)
                })
        case ("approve", _), ("reject", _):
            guard let proposal = operands.first else {
                throw .usage("which proposal? give its event id", command: command)
            }
            var data: JSONObject = ["proposal": .string(proposal)]
            if command == "reject" {
                data["reason"] = .string(try required(arguments, "reason", command))
                event = NewEvent(type: "ProposalRejected", id: arguments.value("id"), data: data)
            } else {
                if let note = arguments.value("note") { data["note"] = .string(note) }
                event = NewEvent(type: "ProposalApproved", id: arguments.value("id"), data: data)
            }
        default:
            throw .usage("unknown '\(command) \(verb)'", command: command)
        }
        try record(
            [event], to: stream, ledger: ledger, arguments: arguments, command: command, output: &output,
            errors: &errors)
    }

    private func required(_ arguments: Arguments, _ name: String, _ command: String) throws(CLIError) -> String {
        guard let value = arguments.value(name), !value.isEmpty else {
            throw .usage("missing --\(name)", command: command)
        }
        return value
    }

    private func number(_ text: String, option: String, command: String) throws(CLIError) -> ParsedNumber {
        do {
            return try NumberParser.parse(text)
        } catch {
            throw .usage("--\(option): \(error)", command: command)
        }
    }

    func date(_ text: String, command: String) throws(CLIError) -> CalendarDate {
        guard let date = CalendarDate(parsing: text) else {
            throw .usage("'\(text)' is not a date; write YYYY-MM-DD", command: command)
        }
        return date
    }

    /// `basis` from `--document`, `--locator`, `--basis-note`.
    private func basis(_ arguments: Arguments, command: String) throws(CLIError) -> JSONObject {
        var basis: JSONObject = ["document": .string(try required(arguments, "document", command))]
        if let locator = arguments.value("locator") { basis["locator"] = .string(locator) }
        if let note = arguments.value("basis-note") { basis["note"] = .string(note) }
        return ["basis": .object(basis)]
    }

    /// `value`, or `numerator` and `denominator`, checked against the indicator's unit.
    private func addValue(
        _ arguments: Arguments, to data: inout JSONObject, ledger: Ledger, stream: StreamName, command: String
    ) throws(CLIError) {
        let definition = data["indicator"]?.stringValue.flatMap { code in
            (try? ledger.organisationState(stream).state)?.knownIndicator(code, includingPending: true)
        }
        for name in ["value", "numerator", "denominator"] {
            guard let text = arguments.value(name) else { continue }
            let parsed = try number(text, option: name, command: command)
            if name == "value", let mismatch = definition?.unitMismatch(of: parsed) {
                throw .usage("--value \(text): \(mismatch)", command: command)
            }
            data[name] = .string(parsed.value.plainDescription)
        }
        guard data["value"] != nil || (data["numerator"] != nil && data["denominator"] != nil) else {
            throw .usage("give --value, or --numerator and --denominator", command: command)
        }
    }
}
