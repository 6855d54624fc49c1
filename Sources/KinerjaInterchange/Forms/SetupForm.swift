import KinerjaEvents
import KinerjaProjections
import KinerjaStore

/// The first-run file of `kinerja setup`: the actors and, optionally, the organisation, written as
/// `key: value` lines a clerk can type.
///
/// A line `actor: ID` starts an actor; `organisation: ORG` starts the organisation (at most one). The lines
/// below it, up to the next such line, describe it. Blank lines and lines starting with `#` are left out. Keys
/// are matched in any case; a value runs to the end of the line. Every problem is reported with its line.
package struct SetupForm: Sendable, Equatable {
    /// The actors, in the order the file lists them.
    package var actors: [ActorRegistered] = []
    /// The organisation's stream and registration, when the file has one.
    package var organisation: (stream: StreamName, registration: OrganisationRegistered)?

    /// The keys of an actor, with what each holds, for the help.
    package static let actorKeys: [(key: String, isRequired: Bool, meaning: String)] = [
        ("actor", true, "the actor's id, as they give it to --as: letters, digits, '.', '_', ':', '-'"),
        ("name", true, "the person's name"),
        ("jabatan", false, "their position"),
        ("roles", true, "recorder, approver, auditor, administrator; several separated by commas"),
        ("organisations", false, "the organisation streams they act for, separated by commas (default: all)"),
    ]

    /// The keys of the organisation, with what each holds, for the help.
    package static let organisationKeys: [(key: String, isRequired: Bool, meaning: String)] = [
        ("organisation", true, "the stream name other commands take as --org: lowercase letters, digits, '-'"),
        ("name", true, "the organisation's full name"),
        ("region", true, "the kabupaten or kota"),
        ("province", false, "the province"),
        ("parent-government", false, "the government it belongs to"),
        ("rating-scale", false, "the rating scale it uses (default: Permendagri 54/2010)"),
        ("document", true, "the document it is registered on (its SOTK regulation, a decree)"),
        ("locator", false, "where in the document"),
        ("basis-note", false, "a remark on the document"),
    ]

    /// Whether both forms hold the same actors and organisation.
    package static func == (lhs: SetupForm, rhs: SetupForm) -> Bool {
        lhs.actors == rhs.actors && lhs.organisation?.stream == rhs.organisation?.stream
            && lhs.organisation?.registration == rhs.organisation?.registration
    }

    /// One section of the file: its key lines by key (lowercase), with their line numbers.
    private struct Section {
        var kind: String
        var line: Int
        var values: [String: (value: String, line: Int)] = [:]
    }

    /// Reads `bytes` (from `source`, for messages); throws every problem found.
    package static func read(_ bytes: [UInt8], source: String) throws(InputError) -> SetupForm {
        var problems: [InputError.Problem] = []
        func fail(_ line: Int, _ reason: String) {
            problems.append(InputError.Problem(source: source, line: line, reason: reason))
        }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        guard let text = String(validating: body, as: UTF8.self) else {
            throw InputError(problems: [.init(source: source, line: 1, reason: "the file is not UTF-8 text")])
        }
        var sections: [Section] = []
        for (index, raw) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let number = index + 1
            let line = raw.trimmed
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard let colon = line.firstIndex(of: ":") else {
                fail(number, "\(line.quotedForMessage) is not a 'key: value' line")
                continue
            }
            let key = line[..<colon].trimmed.lowercased()
            let value = line[line.index(after: colon)...].trimmed
            if key == "actor" || key == "organisation" {
                sections.append(Section(kind: key, line: number))
            }
            guard var section = sections.last else {
                fail(number, "\(key.quotedForMessage) comes before any 'actor: ID' or 'organisation: ORG' line")
                continue
            }
            let keys = (section.kind == "actor" ? actorKeys : organisationKeys).map(\.key)
            guard keys.contains(key) else {
                let hint = Suggestion.closest(to: key, among: keys).map { " (did you mean \($0)?)" } ?? ""
                fail(
                    number,
                    "unknown key \(key.quotedForMessage)\(hint); an \(section.kind) has \(keys.joined(separator: ", "))"
                )
                continue
            }
            if let earlier = section.values[key] {
                fail(number, "\(key) is given twice for this \(section.kind) (first on line \(earlier.line))")
                continue
            }
            guard !value.isEmpty else {
                fail(number, "\(key) has no value")
                continue
            }
            section.values[key] = (value, number)
            sections[sections.count - 1] = section
        }
        var form = SetupForm()
        var actorLines: [String: Int] = [:]
        for section in sections {
            let missing = (section.kind == "actor" ? actorKeys : organisationKeys).filter {
                $0.isRequired && section.values[$0.key] == nil
            }
            if !missing.isEmpty {
                let keys = missing.map(\.key).joined(separator: ", ")
                fail(section.line, "this \(section.kind) has no \(keys)")
                continue
            }
            if section.kind == "organisation" {
                if let earlier = form.organisation {
                    fail(
                        section.line,
                        "a second organisation (the first is \(earlier.stream)); register it with"
                            + " 'kinerja org register'")
                } else if let organisation = organisation(section, fail: fail) {
                    form.organisation = organisation
                }
                continue
            }
            guard let actor = actor(section, fail: fail) else { continue }
            if let earlier = actorLines[actor.actor] {
                fail(section.line, "actor \(actor.actor) is already on line \(earlier)")
                continue
            }
            actorLines[actor.actor] = section.line
            form.actors.append(actor)
        }
        if sections.isEmpty {
            fail(1, "the file names no actor; it needs at least an 'actor: ID' with 'roles: administrator'")
        } else if problems.isEmpty && !form.actors.contains(where: { $0.roles.contains(.administrator) }) {
            fail(1, "no actor holds the role administrator, who registers the others; give one 'roles: administrator'")
        }
        guard problems.isEmpty else { throw InputError(problems: problems.sorted { $0.line < $1.line }) }
        return form
    }

    /// The actor a section describes, or nil after noting what is wrong.
    private static func actor(_ section: Section, fail: (Int, String) -> Void) -> ActorRegistered? {
        guard let (id, idLine) = section.values["actor"], let name = section.values["name"]?.value,
            let (rolesText, rolesLine) = section.values["roles"]
        else { return nil }
        var isValid = true
        if !InputEvent.isValidID(id) {
            fail(
                idLine, "actor \(id.quotedForMessage) is not valid: use 1 to 128 letters, digits, '.', '_', ':' or '-'")
            isValid = false
        }
        var roles: Set<Role> = []
        for word in rolesText.split(separator: ",").map(\.trimmed) {
            guard let role = Role(rawValue: word.lowercased()) else {
                let names = Role.allCases.map(\.rawValue).joined(separator: ", ")
                fail(rolesLine, "\(word.quotedForMessage) is not a role; the roles are \(names)")
                isValid = false
                continue
            }
            roles.insert(role)
        }
        var organisations: [String]?
        if let (text, line) = section.values["organisations"] {
            organisations = text.split(separator: ",").map(\.trimmed)
            for code in organisations ?? [] where StreamName(code) == nil || code == StreamName.ledger.rawValue {
                fail(
                    line, "\(code.quotedForMessage) is not an organisation stream name (lowercase letters, digits, '-')"
                )
                isValid = false
            }
        }
        guard isValid else { return nil }
        return ActorRegistered(
            actor: id, name: name, jabatan: section.values["jabatan"]?.value, roles: roles.sorted(),
            organisations: organisations)
    }

    /// The organisation a section describes, or nil after noting what is wrong.
    private static func organisation(_ section: Section, fail: (Int, String) -> Void) -> (
        stream: StreamName, registration: OrganisationRegistered
    )? {
        guard let (code, line) = section.values["organisation"], let name = section.values["name"]?.value,
            let region = section.values["region"]?.value, let document = section.values["document"]?.value
        else { return nil }
        guard let stream = StreamName(code), stream != .ledger else {
            fail(line, "\(code.quotedForMessage) is not an organisation stream name (lowercase letters, digits, '-')")
            return nil
        }
        let registration = OrganisationRegistered(
            name: name, region: region, province: section.values["province"]?.value,
            parentGovernment: section.values["parent-government"]?.value,
            ratingScale: section.values["rating-scale"]?.value,
            basis: Basis(
                document: document, locator: section.values["locator"]?.value,
                note: section.values["basis-note"]?.value))
        return (stream, registration)
    }
}

extension Substring {
    /// The text without white space at either end.
    fileprivate var trimmed: String { String(self).trimmed }
}
