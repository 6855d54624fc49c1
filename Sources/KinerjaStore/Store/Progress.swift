/// How far a long piece of work (reading a large stream or checkpoint) has got. The library hands these to
/// the ``Ledger/progress`` handler the executable installs when standard error is a terminal; in pipes there
/// is none, and nothing is reported.
package struct ProgressUpdate: Sendable, Equatable {
    /// What is being done, for example `reading luwu-timur-dinsos-p3a`.
    package var task: String
    /// Bytes done.
    package var done: Int
    /// Bytes in all.
    package var total: Int

    /// Makes an update.
    package init(task: String, done: Int, total: Int) {
        self.task = task
        self.done = done
        self.total = total
    }

    /// One line for a terminal: `reading luwu-timur-dinsos-p3a: 45 % (12.3 of 27.1 MB)`.
    package var line: String {
        let percent = total > 0 ? min(100, done * 100 / total) : 100
        func megabytes(_ bytes: Int) -> String {
            let tenths = (bytes + 50_000) / 100_000
            return "\(tenths / 10).\(tenths % 10)"
        }
        return "\(task): \(percent) % (\(megabytes(done)) of \(megabytes(total)) MB)"
    }
}

/// Receives progress updates; called on the thread doing the work.
package typealias ProgressHandler = @Sendable (ProgressUpdate) -> Void
