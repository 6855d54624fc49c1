import Foundation
import Testing

@testable import KinerjaEvents

/// Every text the command line and the renderers show people comes from the catalogue (``Localized``, whose
/// initialiser requires both languages). This test reads the sources and fails on an English sentence written
/// outside a `Localized(…)`: a message that would reach an Indonesian user in English.
@Suite struct CatalogueCoverageTests {
    /// The folders whose texts reach people.
    static let folders = ["Sources/KinerjaCLI", "Sources/KinerjaReports/Rendering", "Sources/KinerjaReports/Messages"]

    /// Files not converted yet, each with the reason; the list only shrinks. A file here may still show English
    /// to an Indonesian user: the report says which.
    static let allowed: [String: String] = [
        "Sources/KinerjaCLI/CLI/DecisionCommands.swift": "option-reading helpers' inner messages not converted yet",
        "Sources/KinerjaCLI/CLI/ImportRunner.swift": "import previews not converted yet",
        "Sources/KinerjaCLI/CLI/ReportCommands.swift": "format names only",
        "Sources/KinerjaCLI/Commands/TypesCommand.swift":
            "the event reference page is English by design (Ledger/EVENTS.md)",
    ]

    /// Literals allowed anywhere, with the reason.
    static let allowedLiterals: [String: String] = [
        "FILE (or - for standard input)": "an operand's name in a spec; Localized.operand gives its Indonesian",
        "the proposal given": "inOptionWords rewrites the codec's English messages (not converted yet)",
        "the realisation given": "inOptionWords rewrites the codec's English messages (not converted yet)",
    ]

    /// Words that make a literal an English sentence rather than a code, a name or a format.
    static let englishWords: Set<String> = [
        "the", "is", "not", "of", "to", "and", "with", "for", "was", "by", "at", "from", "in", "no", "an", "are",
        "has", "have", "give", "use", "write", "needs", "missing", "unknown", "nothing", "recorded", "none",
    ]

    @Test func noEnglishSentenceReachesPeopleOutsideTheCatalogue() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        var offenders: [String] = []
        for folder in Self.folders {
            let directory = root.appendingPathComponent(folder)
            guard let files = FileManager.default.enumerator(atPath: directory.path) else { continue }
            for case let file as String in files where file.hasSuffix(".swift") {
                let path = folder + "/" + file
                guard Self.allowed[path] == nil else { continue }
                let text = try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
                for literal in SwiftLiterals.scan(text) where !literal.insideLocalized && !literal.isHelpOrDocumentation
                {
                    if Self.isEnglishSentence(literal.text) {
                        offenders.append("\(path):\(literal.line): \(literal.text)")
                    }
                }
            }
        }
        #expect(offenders.isEmpty, "English outside the catalogue:\n\(offenders.joined(separator: "\n"))")
    }

    @Test func findsAnEnglishSentenceOutsideTheCatalogueAndNoneInside() {
        let source = #"""
            output.write("nothing was recorded\n")
            output.write(Localized(id: "tidak ada yang dicatat", en: "nothing was recorded")(language))
            let name = "luwu-timur-dinsos-p3a"
            """#
        let found = SwiftLiterals.scan(source).filter { !$0.insideLocalized && Self.isEnglishSentence($0.text) }
        #expect(found.map(\.line) == [1])
    }

    /// Whether `text` reads as English words: two or more words, one of them a common English word.
    static func isEnglishSentence(_ text: String) -> Bool {
        guard text.contains(" "), allowedLiterals[text] == nil else { return false }
        let words = text.lowercased().split { !$0.isLetter }.map(String.init)
        return words.count >= 2 && words.contains { englishWords.contains($0) }
    }
}

/// The string literals of Swift source, each with its line and whether a `Localized(` call encloses it.
enum SwiftLiterals {
    /// One literal's text (interpolations left out), its 1-based line, and where it sits.
    struct Literal {
        var text: String
        var line: Int
        var insideLocalized: Bool
        var isHelpOrDocumentation: Bool
    }

    /// The literals of `source`, comments skipped.
    static func scan(_ source: String) -> [Literal] {
        let characters = Array(source)
        var literals: [Literal] = []
        var frames: [Bool] = []  // one per open parenthesis: whether it opened a Localized( call
        var index = 0
        var line = 1
        func startsWith(_ text: String, at position: Int) -> Bool {
            let pattern = Array(text)
            guard position + pattern.count <= characters.count else { return false }
            return Array(characters[position..<position + pattern.count]) == pattern
        }
        /// Whether the literal at `position` is a command's examples (`static let examples = …` or
        /// `exampleFile`): command lines and files that both languages' help show as they are.
        func isExample(before position: Int) -> Bool {
            let declaration = String(characters[max(0, position - 32)..<position])
            return declaration.hasSuffix("static let examples = ") || declaration.hasSuffix("static let exampleFile = ")
        }
        func precedingWord(before position: Int) -> String {
            var start = position
            while start > 0, characters[start - 1].isLetter || characters[start - 1].isNumber { start -= 1 }
            return String(characters[start..<position])
        }
        /// Reads a literal starting at `index` (at its opening quote); returns its text. Interpolated code is
        /// scanned too, with its own frames.
        func readLiteral() -> String {
            let triple = startsWith("\"\"\"", at: index)
            index += triple ? 3 : 1
            var text = ""
            while index < characters.count {
                let character = characters[index]
                if character == "\n" { line += 1 }
                if character == "\\", index + 1 < characters.count {
                    if characters[index + 1] == "(" {
                        index += 2
                        var depth = 1
                        while index < characters.count, depth > 0 {
                            if characters[index] == "\"" {
                                _ = readLiteral()
                                continue
                            }
                            if characters[index] == "(" { depth += 1 }
                            if characters[index] == ")" { depth -= 1 }
                            if characters[index] == "\n" { line += 1 }
                            index += 1
                        }
                        text += " "
                        continue
                    }
                    index += 2
                    continue
                }
                if triple, startsWith("\"\"\"", at: index) {
                    index += 3
                    return text
                }
                if !triple, character == "\"" {
                    index += 1
                    return text
                }
                text.append(character)
                index += 1
            }
            return text
        }
        while index < characters.count {
            let character = characters[index]
            if startsWith("//", at: index) {
                while index < characters.count, characters[index] != "\n" { index += 1 }
                continue
            }
            if character == "\n" { line += 1 }
            if character == "(" {
                frames.append(["Localized", "LocalizedList"].contains(precedingWord(before: index)))
            } else if character == ")" {
                _ = frames.popLast()
            } else if character == "\"" {
                let startLine = line
                let context = String(characters[max(0, index - 12)..<index])
                let example = isExample(before: index)
                let inside = frames.contains(true)
                let text = readLiteral()
                literals.append(
                    Literal(
                        text: text, line: startLine, insideLocalized: inside,
                        isHelpOrDocumentation: context.hasSuffix("help: ") || example))
                continue
            }
            index += 1
        }
        return literals
    }
}
