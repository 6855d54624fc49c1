import KinerjaEvents
import KinerjaInterchange
import KinerjaProjections
import KinerjaReports
import KinerjaStore

/// The forms of a command that has several (`actor add`, `iku show`): which one the command line names, and
/// the options each form takes.
extension CommandRunner {
    /// The form the first operand names, one of `verbs`; another is refused, naming them.
    @discardableResult
    func verb(_ arguments: Arguments, among verbs: [String], command: String) throws(CLIError) -> String {
        let verb = arguments.operands[0]
        guard verbs.contains(verb) else {
            let list = verbs.count > 1 ? verbs.dropLast().joined(separator: ", ") + " or " : ""
            throw .usage(
                Localized(
                    id: "'\(command) \(verb)' tidak dikenal; gunakan \(list)\(verbs.last ?? "")",
                    en: "unknown '\(command) \(verb)'; use \(list)\(verbs.last ?? "")"), command: command)
        }
        return verb
    }

    /// The form the first operand names, one of `forms` (each with the options it takes), refusing any option
    /// but `--ledger` that this form does not take.
    func verb(
        _ arguments: Arguments, among forms: KeyValuePairs<String, Set<String>>, command: String
    ) throws(CLIError) -> String {
        let verb = try verb(arguments, among: forms.map(\.key), command: command)
        var allowed = forms.first { $0.key == verb }?.value ?? []
        // A form that records (it takes --as) may sign its batch.
        if allowed.contains("as") { allowed.insert("sign-with") }
        for name in arguments.values.keys.sorted() where !allowed.contains(name) && !CLI.globalOptions.contains(name) {
            throw .usage(
                Localized(
                    id: "--\(name) bukan opsi '\(command) \(verb)'",
                    en: "--\(name) is not an option of '\(command) \(verb)'"), command: command)
        }
        return verb
    }

    /// Refuses any option or flag given that `form` (one form of `command`, such as `iku show`) does not take.
    func refuseOptions(
        _ arguments: Arguments, except allowed: [String], form: String, command: String
    ) throws(CLIError) {
        let given = (Array(arguments.values.keys) + Array(arguments.flags)).sorted()
        let allowed = allowed.contains("as") ? allowed + ["sign-with"] : allowed
        if let option = given.first(where: { !allowed.contains($0) && !CLI.globalOptions.contains($0) }) {
            throw .usage(
                Localized(
                    id: "--\(option) tidak berlaku untuk '\(form)'", en: "--\(option) does not apply to '\(form)'"),
                command: command)
        }
    }
}
