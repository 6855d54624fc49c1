import Dispatch

/// Runs `first` and `second` at the same time, on two threads, and returns both results once both are done.
/// Neither may touch what the other writes.
package func bothAtOnce<First, Second>(_ first: () -> First, _ second: () -> Second) -> (First, Second) {
    withoutActuallyEscaping(first) { first in
        withoutActuallyEscaping(second) { second in
            let work = UncheckedPair(first: first, second: second)
            DispatchQueue.concurrentPerform(iterations: 2) { iteration in
                if iteration == 0 { work.runFirst() } else { work.runSecond() }
            }
            return work.results
        }
    }
}

/// The two closures of ``bothAtOnce(_:_:)`` and their results: each slot is written by one thread only, and
/// read after both threads are done.
private final class UncheckedPair<First, Second>: @unchecked Sendable {
    let first: () -> First
    let second: () -> Second
    var firstResult: First?
    var secondResult: Second?

    init(first: @escaping () -> First, second: @escaping () -> Second) {
        self.first = first
        self.second = second
    }

    func runFirst() { firstResult = first() }
    func runSecond() { secondResult = second() }

    /// Both results; only once both closures have run.
    var results: (First, Second) {
        guard let firstResult, let secondResult else { preconditionFailure("read before both ran") }
        return (firstResult, secondResult)
    }
}
