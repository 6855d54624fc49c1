import Dispatch
import KinerjaStore
import Synchronization
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Work spread over the cores from inside other parallel work: every iteration runs once, and two run at
/// once even where a nested `concurrentPerform` would run them one after another.
@Suite struct SideBySideTests {
    @Test(arguments: [0, 1, 2, 3, 17, 1000])
    func callsTheBodyOnceWithEachIteration(iterations: Int) {
        let calls = Mutex([Int](repeating: 0, count: iterations))
        let outside = Atomic<Int>(0)
        SideBySide.perform(iterations: iterations) { iteration in
            if iteration >= 0, iteration < iterations {
                calls.withLock { $0[iteration] += 1 }
            } else {
                outside.add(1, ordering: .relaxed)
            }
        }
        #expect(calls.withLock { $0.allSatisfy { $0 == 1 } })
        #expect(outside.load(ordering: .relaxed) == 0)
    }

    /// Inside a `concurrentPerform` that keeps every worker busy, the two iterations still run at once: each
    /// waits until the other has started. (A nested `concurrentPerform` in their place runs them one after
    /// another on the calling thread, so the first waits in vain: what made `verify` compare its snapshots on
    /// one core.) Needs two cores to show it. The waits block rather than spin, and give up after 30 s, so that
    /// a machine busy with other tests still lets the second thread start.
    @Test(.enabled(if: sysconf(Int32(_SC_NPROCESSORS_ONLN)) > 1))
    func runsTwoIterationsAtOnceFromInsideParallelWork() {
        let bothStarted = Atomic<Int>(0)
        let outer = max(2, sysconf(Int32(_SC_NPROCESSORS_ONLN)))
        DispatchQueue.concurrentPerform(iterations: outer) { task in
            guard task == 0 else {
                // The other workers stay busy meanwhile.
                usleep(200_000)
                return
            }
            let arrived = [DispatchSemaphore(value: 0), DispatchSemaphore(value: 0)]
            SideBySide.perform(iterations: 2) { iteration in
                arrived[iteration].signal()
                if arrived[1 - iteration].wait(timeout: .now() + 30) == .success {
                    bothStarted.add(1, ordering: .relaxed)
                }
            }
        }
        #expect(bothStarted.load(ordering: .relaxed) == 2)
    }
}
