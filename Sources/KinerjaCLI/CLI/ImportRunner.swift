import KinerjaEvents
import KinerjaInterchange
import KinerjaProjections
import KinerjaReports
import KinerjaStore

/// `kinerja import realisasi|targets|budget FILE`: a spreadsheet's rows recorded as one batch, or none of them.
extension CommandRunner {
    /// Reads the file, maps every row through ``SpreadsheetImport``, and records the events through the
    /// ``Recorder`` as one batch; any problem in any row (or any refusal by the ledger's rules) refuses them all.
    func importSpreadsheet(
        _ arguments: Arguments, output: inout some TextOutputStream, errors: inout some TextOutputStream
    ) throws(CLIError) {
        let command = "import"
        let kindName = arguments.operands[0]
        guard let kind = ImportKind(rawValue: kindName) else {
            throw .usage(
                Localized(
                    id: "impor apa? '\(kindName)' bukan realisasi, targets atau budget",
                    en: "import what? '\(kindName)' is not realisasi, targets or budget"), command: command)
        }
        let ledger = try openLedger()
        let stream = try organisationStream(arguments, command: command)
        let settings = try importSettings(arguments, kind: kind, command: command)
        let actor = try recordingActor(arguments, command: command)
        let signer = try signer(arguments, command: command)
        let environment = try context.effectiveLedgerEnvironment()
        let (bytes, source) = try readInput(arguments.operands[1])
        let spreadsheet = SpreadsheetImport(kind: kind, source: source, settings: settings)
        let state: OrganisationState?
        do {
            state = try ledger.organisationState(stream).state
        } catch .unknownStream {
            state = nil  // the Recorder says what an organisation's first event must be
        } catch {
            throw .store(error)
        }
        var mapping = spreadsheet.map(bytes) { written in
            state.flatMap { state in
                state.indicatorCode(matching: written).flatMap { state.knownIndicator($0, includingPending: true) }
            }
        }
        if !mapping.ignored.isEmpty {
            errors.write(
                "kinerja: \(spreadsheet.source): "
                    + Localized(id: "kolom yang diabaikan: ", en: "ignored columns: ")(language)
                    + "\(Self.listed(mapping.ignored))\n")
        }
        if !mapping.skipped.isEmpty, mapping.skipped.count < mapping.rowCount {
            let rows = Self.listed(mapping.skipped.map(String.init))
            errors.write(
                "kinerja: \(spreadsheet.source): "
                    + Localized(id: "baris tanpa nilai, dilewati: ", en: "rows without a value, skipped: ")(language)
                    + "\(rows)\n")
        }
        var problems = mapping.problems
        // A row the stream already holds with its numbers written otherwise (12,50 re-saved as 12,5) is that
        // event: it takes its id, so it is reported as already present, never recorded twice.
        // Rows imported before from another file or place: their content-derived ids are taken (all named here;
        // the Recorder checks again under the lock). Their content is compared as the store compares it: as the
        // codec reads it, where 56.70 is 56.7.
        // The events that may record what a row records (its figure's, read from the keys; for a kind not keyed
        // so, every event of the stream), by content key, read when a row first needs them.
        var byKey: [[Int]?: [String: String]] = [:]
        for index in mapping.events.indices {
            guard let state, var id = mapping.events[index].id,
                let typed = try? EventCodec.standard.decode(mapping.events[index])
            else { continue }
            if id.hasPrefix("imp-"), state.event(id) == nil {
                let group = state.seqsRecordingTheSame(as: typed)
                if byKey[group] == nil {
                    var keys: [String: String] = [:]
                    for earlier in group.map(state.events) ?? state.keptEvents
                    where earlier.type == kind.eventType.rawValue {
                        keys[SpreadsheetImport.contentKey(of: earlier.event, effective: earlier.effective)] = earlier.id
                    }
                    byKey[group] = keys
                }
                let key = SpreadsheetImport.contentKey(of: typed, effective: mapping.events[index].effective)
                guard let earlier = byKey[group]?[key] else { continue }
                id = earlier
                mapping.events[index].id = earlier
            }
            if let earlier = state.event(id), typed != earlier.event {
                problems.append(Self.importedBefore(row: mapping.rows[index], seq: earlier.seq, id: id))
            }
        }
        var outcome: AppendOutcome?
        do {
            if problems.isEmpty {
                outcome = try Recorder.record(
                    mapping.events, to: stream, actor: actor, in: ledger, environment: environment,
                    reportingEveryRefusal: true, signer: signer)
            } else if !mapping.events.isEmpty {
                // The rows that were read are checked too, so one run names every problem; nothing is written.
                try Recorder.check(
                    mapping.events, to: stream, actor: actor, in: ledger, environment: environment, signer: signer)
            }
        } catch {
            // A row whose content-derived id the stream holds with another place in another file: imported before.
            if case .store(.idConflict(_, let id, let seq?)) = error,
                let index = mapping.events.firstIndex(where: { $0.id == id }), mapping.rows.indices.contains(index)
            {
                problems.append(Self.importedBefore(row: mapping.rows[index], seq: seq, id: id))
            } else if case .store(let failure) = error {
                throw .store(failure)
            } else {
                problems += spreadsheet.problems(for: error, in: mapping)
            }
        }
        guard let outcome, problems.isEmpty else {
            throw .importRefused(ImportError(source: spreadsheet.source, problems: problems))
        }
        let count = mapping.rowCount
        output.write(
            Localized(
                id: "\(count) baris dibaca dari \(spreadsheet.source)",
                en: "read \(count) row\(count == 1 ? "" : "s") from \(spreadsheet.source)")(language) + "\n")
        reportAppended(outcome, output: &output, errors: &errors)
    }

    /// The first few of `names`, then how many more: `No, Indikator Kinerja` or `c1, c2, … and 99990 more`.
    static func listed(_ names: [String], limit: Int = 10) -> String {
        let shown = names.prefix(limit).map { $0.count > 60 ? String($0.prefix(60)) + "…" : $0 }
        let more = names.count - shown.count
        return shown.joined(separator: ", ") + (more > 0 ? " and \(more) more" : "")
    }

    /// A row whose id the stream already holds with another place in another file.
    private static func importedBefore(row: Int, seq: Int, id: String) -> ImportError.Problem {
        .init(
            row: row, column: nil,
            reason: "this row was imported before (seq \(seq), id \(id)), from another file or row;"
                + " it is not recorded twice")
    }

    /// The document and defaults of the command line.
    private func importSettings(_ arguments: Arguments, kind: ImportKind, command: String) throws(CLIError)
        -> ImportSettings
    {
        guard let document = arguments.value("document"), !document.allSatisfy(\.isWhitespace) else {
            throw .usage(
                Localized(
                    id: "--document belum diberikan: dokumen sumber yang dicatat setiap baris",
                    en: "missing --document: the source document every row records"), command: command)
        }
        var settings = ImportSettings(
            document: document, locator: arguments.value("locator"), basisNote: arguments.value("basis-note"),
            reason: arguments.value("reason"), locale: numberLocale)
        switch kind {
        case .targets:
            guard let text = arguments.value("effective") else {
                throw .usage(
                    Localized(
                        id: "--effective belum diberikan: tanggal perubahan target mulai berlaku",
                        en: "missing --effective: the date the target changes take effect"), command: command)
            }
            settings.effective = try date(text, command: command)
        case .budget, .realisasi:
            settings.year = try yearOption(arguments, command: command)
        }
        for option in ["effective", "year", "reason"] where arguments.value(option) != nil {
            let applies = (option == "year" && kind != .targets) || (option != "year" && kind == .targets)
            if !applies {
                throw .usage(
                    Localized(
                        id: "--\(option) tidak berlaku untuk import \(kind.rawValue)",
                        en: "--\(option) does not apply to import \(kind.rawValue)"), command: command)
            }
        }
        return settings
    }
}
