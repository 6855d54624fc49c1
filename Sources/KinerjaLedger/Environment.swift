import Synchronization

/// The outside world the core needs, passed in so tests can fix it: a clock and a source of event ids.
/// The library never reads the system clock, the process environment or a random source itself.
package struct LedgerEnvironment: Sendable {
    /// The current time.
    package var now: @Sendable () -> Timestamp
    /// A new unique event id, for events given without one.
    package var makeID: @Sendable () -> String

    /// Makes an environment.
    package init(now: @escaping @Sendable () -> Timestamp, makeID: @escaping @Sendable () -> String) {
        self.now = now
        self.makeID = makeID
    }

    /// A clock fixed at `time` and ids `<prefix>-1`, `<prefix>-2`… derived deterministically from a counter.
    package static func fixed(at time: Timestamp, idPrefix: String = "event") -> LedgerEnvironment {
        let counter = Counter()
        return LedgerEnvironment(now: { time }, makeID: { "\(idPrefix)-\(counter.next())" })
    }
}

/// A thread-safe counter for deterministic ids.
package final class Counter: Sendable {
    private let state = Mutex(0)

    /// Makes a counter starting at 1.
    package init() {}

    /// The next value: 1, 2, 3…
    package func next() -> Int {
        state.withLock { value in
            value += 1
            return value
        }
    }
}
