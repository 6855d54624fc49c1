/// Why a checkpoint file (a cache of a stream's state, written by the layers above the store) was not used
/// or does not match its stream.
package struct CheckpointProblem: Error, Sendable, Equatable, CustomStringConvertible {
    /// The checkpoint file's name.
    package var file: String
    /// What is wrong, in words, in both languages.
    package var message: Localized
    /// Whether `verify` fails on it; false for a checkpoint that matches its stream but that the writer did
    /// not record (left by an interrupted `kinerja checkpoint`), and for one in another version's format,
    /// which queries pass over.
    package var isFailure = true
    /// Whether the checkpoint was compared with its stream; false for one in another version's format, which
    /// this version does not read.
    package var wasCompared = true

    /// Makes a problem.
    package init(file: String, reason: Localized, isFailure: Bool = true, wasCompared: Bool = true) {
        self.file = file
        self.message = reason
        self.isFailure = isFailure
        self.wasCompared = wasCompared
    }

    /// What is wrong, in English.
    package var reason: String { message.en }

    /// One sentence in `language`.
    package func text(_ language: Language) -> String {
        "\(Ledger.checkpointDirectoryName)/\(file): \(message(language))"
    }

    /// One sentence, in English.
    package var description: String { text(.en) }
}

/// A check of one stream's caches against the events `verify` reads from it, so that checking them costs
/// no second read of the stream. The scan checks ids against the check's own index
/// (``StreamVisitor/seq(of:fingerprint:)``) instead of keeping a second one.
package protocol StreamCacheCheck: StreamVisitor {
    /// Called once the stream is read: how many caches were checked, and the problems found.
    mutating func finish(_ scan: StreamScan) -> (checked: Int, problems: [CheckpointProblem])
}
