import KinerjaEvents
import KinerjaInterchange
import KinerjaProjections
import KinerjaReports
import KinerjaStore

/// Helpers of the commands that register actors and organisations and record the Renstra, budget lines,
/// documents and notes from options and forms.
extension CommandRunner {
    /// The actors the ledger stream registers.
    func actorRegistry(_ ledger: Ledger) throws(CLIError) -> ActorRegistry {
        do {
            return try ledger.actorRegistry()
        } catch {
            throw .store(error)
        }
    }

    /// The roles of every `--role` (each may list several, separated by commas), in the catalogue's order;
    /// an unknown one is refused naming the valid ones.
    func roles(_ arguments: Arguments, command: String) throws(CLIError) -> [Role] {
        let words = (arguments.values["role"] ?? []).flatMap { $0.split(separator: ",") }.map(\.trimmingWhiteSpace)
        guard !words.isEmpty else {
            throw .usage(
                Localized(
                    id: "--role belum diberikan: berikan satu atau lebih dari \(Self.roleNames)",
                    en: "missing --role: give one or more of \(Self.roleNames)"), command: command)
        }
        var roles: Set<Role> = []
        for word in words {
            guard let role = Role(rawValue: word) else {
                throw .usage(
                    Localized(
                        id: "--role \(word) bukan peran; perannya adalah \(Self.roleNames)",
                        en: "--role \(word) is not a role; the roles are \(Self.roleNames)"), command: command)
            }
            roles.insert(role)
        }
        return roles.sorted()
    }

    /// The roles, as a clerk types them.
    static var roleNames: String { Role.allCases.map(\.rawValue).joined(separator: ", ") }

    /// The value of `--name` if given, refusing an empty one.
    func optional(_ arguments: Arguments, _ name: String, _ command: String) throws(CLIError) -> String? {
        guard let value = arguments.value(name) else { return nil }
        guard !value.allSatisfy(\.isWhitespace) else {
            throw .usage(
                Localized(
                    id: "--\(name) kosong; hilangkan atau berikan nilai",
                    en: "--\(name) is empty; leave it out or give a value"), command: command)
        }
        return value
    }
}

extension StringProtocol {
    /// The text without white space at either end.
    var trimmingWhiteSpace: String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
