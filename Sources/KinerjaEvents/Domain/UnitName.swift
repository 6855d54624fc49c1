/// One name per unit in every view for people (state, the LKj, the PK and its annex): sources write the same
/// unit several ways (`%`, `persen`, `prosen`; `poin`, `nilai`), and the ledger keeps each as written (JSON and
/// stored data are unchanged) but shows the one name the IKU uses.
package enum UnitName {
    /// The written forms of each unit, lowercased, by the one name shown.
    static let synonyms: [String: String] = [
        "%": "persen", "persen": "persen", "prosen": "persen", "persentase": "persen", "prosentase": "persen",
        "percent": "persen", "poin": "nilai", "point": "nilai", "nilai": "nilai",
    ]

    /// The name `unit` is shown by: its one name when it is a known form of one, else `unit` as written.
    package static func shown(_ unit: String) -> String {
        synonyms[unit.lowercased()] ?? unit
    }
}
