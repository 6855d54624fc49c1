import KinerjaEvents
import KinerjaInterchange
import KinerjaProjections
import KinerjaReports
import KinerjaStore

/// Options the commands that record a signed document share (iku propose, pk sign and amend): the file that holds
/// it (standard input too, for every command that reads one), its officials, its dates, its year.
extension CommandRunner {
    /// The options every official takes after its own: `--P NAME`, `--P-jabatan`, `--P-nip`, `--P-pangkat`.
    static func officialOptions(_ prefix: String) -> [String] {
        [prefix, prefix + "-jabatan", prefix + "-nip", prefix + "-pangkat"]
    }

    /// The official `--PREFIX NAME` with `--PREFIX-jabatan`, `--PREFIX-nip` (18 digits, spaces allowed) and
    /// `--PREFIX-pangkat`; nil when none is given.
    func official(_ arguments: Arguments, _ prefix: String, command: String) throws(CLIError) -> Official? {
        let details = Self.officialOptions(prefix).dropFirst().filter { arguments.value($0) != nil }
        guard let name = arguments.value(prefix), !name.allSatisfy(\.isWhitespace) else {
            if let given = details.first {
                throw .usage(
                    Localized(
                        id: "--\(given) memerlukan --\(prefix) NAMA, pejabat yang dijelaskannya",
                        en: "--\(given) needs --\(prefix) NAME, the official it describes"), command: command)
            }
            if arguments.value(prefix) != nil {
                throw .usage(
                    Localized(id: "--\(prefix) memerlukan nama", en: "--\(prefix) needs a name"), command: command)
            }
            return nil
        }
        let nip = arguments.value(prefix + "-nip")
        if let nip {
            let digits = nip.filter { $0 != " " }
            guard digits.count == 18, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else {
                throw .usage(
                    Localized(
                        id: "--\(prefix)-nip \(nip): NIP terdiri dari 18 angka (spasi di antara kelompok boleh)",
                        en:
                            "--\(prefix)-nip \(nip): a NIP is 18 digits (spaces between groups allowed)"),
                    command: command)
            }
        }
        return Official(
            name: name, jabatan: arguments.value(prefix + "-jabatan"), nip: nip,
            pangkat: arguments.value(prefix + "-pangkat"))
    }

    /// The date `--NAME` gives, if given; refused naming the option and the value.
    func dateOption(_ arguments: Arguments, _ name: String, command: String) throws(CLIError) -> CalendarDate? {
        guard let text = arguments.value(name) else { return nil }
        do {
            return try date(text, command: command)
        } catch .usage(let message, let command) {
            throw .usage(Localized(verbatim: "--\(name): ") + message, command: command)
        } catch {
            throw error
        }
    }

    /// A year as an operand: four digits, 1900 to 2999.
    func yearOperand(_ text: String, command: String) throws(CLIError) -> Int {
        guard let year = Period.year(written: text) else {
            throw .usage(
                Localized(id: "'\(text)' bukan tahun seperti 2025", en: "'\(text)' is not a year like 2025"),
                command: command)
        }
        return year
    }

    /// The bytes of `file`, or of standard input for `-`, and the name messages give it (`stdin` for `-`).
    func readInput(_ file: String) throws(CLIError) -> (bytes: [UInt8], source: String) {
        if file == "-" { return (context.readStandardInput(), "stdin") }
        do { return (try readWholeFile(file), file) } catch { throw .store(error) }
    }
}
