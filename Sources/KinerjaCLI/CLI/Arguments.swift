import KinerjaEvents
import KinerjaInterchange
import KinerjaProjections
import KinerjaReports
import KinerjaStore

/// The options one command accepts: which take a value, which may repeat, how many operands it takes.
struct ArgumentSpec: Sendable {
    /// Options that take a value (`--stream S` or `--stream=S`), without the leading dashes.
    var valued: [String] = []
    /// Valued options that may be given more than once.
    var repeatable: [String] = []
    /// Options that take no value.
    var flags: [String] = []
    /// The names of the operands, for messages; as many operands are accepted (see `repeatsLastOperand`).
    var operands: [String] = []
    /// How many operands must be given.
    var minimumOperands = 0
    /// Whether the last operand may be given any number of times (`approve ID...`).
    var repeatsLastOperand = false
}

/// Parsed command-line arguments of one command.
struct Arguments: Sendable, Equatable {
    /// Values by option name, in the order given.
    var values: [String: [String]] = [:]
    /// The flags given.
    var flags: Set<String> = []
    /// The operands, in order.
    var operands: [String] = []

    /// The last value given for `name`, or nil.
    func value(_ name: String) -> String? { values[name]?.last }

    /// Parses `words` for the command `command` against `spec`. `-` alone is an operand (standard input);
    /// `--` ends the options.
    static func parse(_ words: [String], command: String, spec: ArgumentSpec) throws(CLIError) -> Arguments {
        var arguments = Arguments()
        var index = 0
        var optionsEnded = false
        while index < words.count {
            let word = words[index]
            index += 1
            if optionsEnded || !word.hasPrefix("-") || word == "-" {
                arguments.operands.append(word)
                continue
            }
            if word == "--" {
                optionsEnded = true
                continue
            }
            let body = word.drop { $0 == "-" }
            let name = String(body.prefix { $0 != "=" })
            let inlineValue = body.contains("=") ? String(body.drop { $0 != "=" }.dropFirst()) : nil
            if spec.flags.contains(name) {
                guard inlineValue == nil else {
                    throw .usage(
                        Localized(id: "opsi --\(name) tidak menerima nilai", en: "option --\(name) takes no value"),
                        command: command)
                }
                arguments.flags.insert(name)
            } else if spec.valued.contains(name) {
                let value: String
                if let inlineValue {
                    value = inlineValue
                } else {
                    guard index < words.count else {
                        throw .usage(
                            Localized(id: "opsi --\(name) memerlukan nilai", en: "option --\(name) needs a value"),
                            command: command)
                    }
                    value = words[index]
                    index += 1
                }
                if arguments.values[name] != nil && !spec.repeatable.contains(name) {
                    throw .usage(
                        Localized(
                            id: "opsi --\(name) diberikan lebih dari sekali",
                            en: "option --\(name) is given more than once"), command: command)
                }
                arguments.values[name, default: []].append(value)
            } else {
                throw .usage(
                    Localized(id: "opsi tidak dikenal '\(word)'", en: "unknown option '\(word)'"), command: command)
            }
        }
        if arguments.operands.count > spec.operands.count && !spec.repeatsLastOperand {
            let extra = arguments.operands[spec.operands.count]
            throw .usage(
                Localized(id: "argumen tak terduga '\(extra)'", en: "unexpected argument '\(extra)'"), command: command)
        }
        if arguments.operands.count < spec.minimumOperands {
            let operand = Localized.operand(spec.operands[arguments.operands.count])
            throw .usage(
                Localized(id: "\(operand.id) belum diberikan", en: "missing \(operand.en)"), command: command)
        }
        return arguments
    }
}
