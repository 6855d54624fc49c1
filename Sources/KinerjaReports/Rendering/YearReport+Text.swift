import KinerjaEvents
import KinerjaProjections
import KinerjaStore

extension YearReport {
    /// The report as plain text for a terminal, in English: see ``text(_:zone:)``.
    package var text: String { text(.en) }

    /// The report as plain text for a terminal in `language`: a table of indicators, then periods, differences
    /// and pending proposals. Figures are written the Indonesian way (`56,70`); in Indonesian, dates as
    /// Indonesians write them (`31 Desember 2024`) and times in the organisation's `zone`, named (`14.30 WITA`).
    package func text(_ language: Language, zone: IndonesianTimeZone = .standard) -> String {
        let words = ReportWords(language: language, zone: zone)
        let asOfText =
            asOf.map {
                Localized(
                    id: ", sebagaimana ditunjukkan ledger pada \(words.time($0))",
                    en: ", as the ledger showed it at \($0)")(language)
            } ?? ""
        var lines: [String] = [
            Localized(id: "\(organisation): keadaan tahun \(year)", en: "\(organisation): state for \(year)")(language)
                + asOfText,
            Localized(id: "head ledger \(head)", en: "ledger head \(head)")(language),
        ]
        let decisionList = decisions.map { version in
            Localized(
                id: "\(version.kind) \(version.event.id) berlaku sejak \(words.date(version.inForceFrom))"
                    + (version.hasStatedDate ? "" : " (tanggal diturunkan: lihat dateNote-nya)")
                    + ", \(version.status.localizedWord.id)",
                en: "\(version.kind) \(version.event.id) in force from \(version.inForceFrom)"
                    + (version.hasStatedDate ? "" : " (date derived: see its dateNote)") + ", \(version.status.word)"
            )(language)
        }
        let decisionText = decisionList.isEmpty ? "" : " (\(decisionList.joined(separator: "; ")))"
        lines.append(
            Localized(
                id: "IKU yang berlaku pada \(words.date(inForceOn)): \(rows.count) indikator",
                en: "IKU in force on \(inForceOn): \(rows.count) indicator\(rows.count == 1 ? "" : "s")")(language)
                + decisionText)
        lines.append(
            Localized(
                id: "skala penilaian: \(scale.name) v\(scale.version)",
                en: "rating scale: \(scale.name) v\(scale.version)"
            )(language))
        if rows.isEmpty {
            lines.append(
                Localized(
                    id: "tidak ada keputusan IKU yang berlaku pada \(words.date(inForceOn)): catat dengan 'kinerja iku "
                        + "propose' (angka indikator Renstra sendiri ada di 'kinerja history' dan 'kinerja report lkj')",
                    en:
                        "no IKU decision is in force on \(inForceOn): record one with 'kinerja iku propose' (figures of "
                        + "the Renstra's own indicators are in 'kinerja history' and 'kinerja report lkj')")(language))
        }
        lines.append("")
        var table = TextTable(
            headings: [
                "INDIKATOR", "SATUAN", "TARGET RENSTRA", "TARGET PK", "REALISASI", "CAPAIAN", "RUMUS",
                "PERINGKAT",
            ],
            alignments: [.left, .left, .right, .right, .right, .right, .left, .left])
        for row in rows {
            table.rows.append([
                row.indicator.code, UnitName.shown(row.indicator.unit), row.renstraTarget?.value.indonesian() ?? "-",
                row.pkTarget?.value.indonesian() ?? "-", row.year.value?.indonesian() ?? "-",
                row.capaian?.capaian?.value.indonesian() ?? "-", row.capaian?.capaian?.formula.formulaText ?? "-",
                row.rating.map { "\($0.code) \($0.label)" } ?? "-",
            ])
        }
        lines += table.lines
        lines.append("")
        lines.append(Localized(id: "indikator:", en: "indicators:")(language))
        for row in rows {
            lines += self.lines(of: row, words: words)
        }
        lines.append("")
        if pending.isEmpty {
            lines.append(
                Localized(id: "usulan yang menunggu keputusan: tidak ada", en: "pending proposals: none")(language))
        } else {
            lines.append(Localized(id: "usulan yang menunggu keputusan:", en: "pending proposals:")(language))
            for event in pending {
                lines.append(
                    Localized(
                        id: "  seq \(event.seq) \(event.type) \(event.id) dicatat oleh \(event.actor) pada "
                            + words.time(event.recordedAt),
                        en:
                            "  seq \(event.seq) \(event.type) \(event.id) recorded by \(event.actor) at \(event.recordedAt)"
                    )(language))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The lines of one indicator: its realisasi for the year and by period, its capaian, printed differences.
    private func lines(of row: Row, words: ReportWords) -> [String] {
        let language = words.language
        var lines = [
            Localized(
                id: "  \(row.indicator.code): \(row.indicator.name) [\(row.indicator.polarity.code), keputusan "
                    + "\(row.decision)]",
                en: "  \(row.indicator.code): \(row.indicator.name) [\(row.indicator.polarity.code), decision "
                    + "\(row.decision)]")(language)
        ]
        switch row.year {
        case .recorded(let sourced):
            lines.append(
                Localized(
                    id: "    realisasi \(year): \(sourced.value.indonesian()) (peristiwa \(sourced.eventID))",
                    en: "    realisasi \(year): \(sourced.value.indonesian()) (event \(sourced.eventID))")(language))
        case .aggregated(let value, let rule, let from):
            lines.append(
                Localized(
                    id: "    realisasi \(year): \(value.indonesian()) (\(rule) dari \(from.joined(separator: ", ")))",
                    en: "    realisasi \(year): \(value.indonesian()) (\(rule) of \(from.joined(separator: ", ")))")(
                        language))
        case .missing(let reason):
            lines.append(
                Localized(
                    id: "    realisasi \(year): tidak ada (\(reason.id))",
                    en: "    realisasi \(year): none (\(reason.en))")(
                        language))
        }
        for entry in row.realisasi {
            let value = entry.value?.indonesian() ?? "-"
            let corrected =
                entry.correctedValue.map {
                    Localized(id: " dikoreksi oleh \($0.eventID)", en: " corrected by \($0.eventID)")(language)
                } ?? ""
            let pending =
                entry.pendingCorrections.isEmpty
                ? ""
                : Localized(
                    id: ", koreksi menunggu keputusan: \(entry.pendingCorrections.joined(separator: ", "))",
                    en: ", corrections pending: \(entry.pendingCorrections.joined(separator: ", "))")(language)
            let period = entry.period?.description ?? "?"
            lines.append(
                "    \(period) \(value) \(entry.status.localizedWord(language))\(corrected) "
                    + Localized(
                        id: "(peristiwa \(entry.event.id), seq \(entry.event.seq)\(pending))",
                        en: "(event \(entry.event.id), seq \(entry.event.seq)\(pending))")(language))
        }
        if let first = row.otherRecordings.keys.min() {
            let counts = row.otherRecordings.sorted { $0.key < $1.key }.map { "\($0.key) ×\($0.value)" }
            let history = "kinerja history realisasi:\(row.indicator.code):\(first)"
            lines.append(
                Localized(
                    id: "    pencatatan lain yang tidak ditampilkan (disetujui sebelum yang berlaku, atau ditolak): "
                        + "\(counts.joined(separator: ", ")); lihat \(history)",
                    en: "    other recordings not shown (approved before the one that counts, or rejected): "
                        + "\(counts.joined(separator: ", ")); see \(history)")(language))
        }
        if let target = row.targetKind, let capaian = row.capaian {
            switch capaian {
            case .computed(let value):
                lines.append(
                    Localized(
                        id: "    capaian terhadap target \(target): \(value.explanation)",
                        en: "    capaian against the \(target) target: \(value.explanation)")(language))
            case .notComputable(let problem):
                lines.append(
                    Localized(id: "    capaian: tidak dapat dihitung: ", en: "    capaian: not computable: ")(language)
                        + problem.localized(language))
            }
        }
        for difference in row.printedDifferences {
            let computed = difference.computed.indonesian()
            let printed = difference.printed.indonesian()
            let polarity = row.indicator.polarity.code
            lines.append(
                Localized(
                    id: "    sumber mencetak capaian \(printed)"
                        + (difference.reproducedBy.map { " (sumber menghitung \($0.formulaText))" } ?? "")
                        + "; aturan memberikan \(computed) untuk indikator \(polarity) (peristiwa \(difference.eventID))",
                    en: "    the source printed capaian \(printed)"
                        + (difference.reproducedBy.map { " (the source computed \($0.formulaText))" } ?? "")
                        + "; the rules give \(computed) for a \(polarity) indicator (event \(difference.eventID))"
                )(language))
        }
        return lines
    }
}

/// How text for people writes dates and times in one language: Indonesian writes `31 Desember 2024` and
/// `14.30 WITA` in the organisation's zone; English keeps the ISO forms (`2024-12-31`, UTC).
package struct ReportWords: Sendable {
    /// The language.
    package var language: Language
    /// The organisation's time zone.
    package var zone: IndonesianTimeZone

    /// Words for `language`, with times in `zone`.
    package init(language: Language, zone: IndonesianTimeZone = .standard) {
        self.language = language
        self.zone = zone
    }

    /// `date` for people.
    package func date(_ date: CalendarDate) -> String {
        language == .id ? IndonesianDate.written(date) : date.description
    }

    /// `time` for people.
    package func time(_ time: Timestamp) -> String {
        language == .id ? IndonesianDate.written(time, in: zone) : time.description
    }
}
