/// The outside world the core needs, passed in so tests can fix it: a clock and a source of event ids.
/// The library never reads the system clock, the process environment or a random source itself.
package struct LedgerEnvironment: Sendable {
    /// The current time.
    package var now: @Sendable () -> Timestamp
    /// A new unique event id for an event given without one, told the seq the event is about to get in its
    /// stream (an id source may use it; the system one ignores it).
    package var makeID: @Sendable (_ seq: Int) -> String

    /// Makes an environment.
    package init(now: @escaping @Sendable () -> Timestamp, makeID: @escaping @Sendable (_ seq: Int) -> String) {
        self.now = now
        self.makeID = makeID
    }

    /// A clock fixed at `time` and ids `<prefix>-<seq>`: deterministic, and unique within a stream.
    package static func fixed(at time: Timestamp, idPrefix: String = "event") -> LedgerEnvironment {
        LedgerEnvironment(now: { time }, makeID: { seq in "\(idPrefix)-\(seq)" })
    }
}
