import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// Work spread over the cores from inside work that is itself spread over them.
///
/// `DispatchQueue.concurrentPerform` called from inside another one runs its iterations one after another on
/// the calling thread once the outer one holds every core's worker (libdispatch narrows a nested apply to
/// the threads left over), however idle the other workers then are. `verify` compares each snapshot with the
/// stream from inside the scan's parallel decoding, and ran those comparisons, and the hashing of their
/// pieces, on one core: 0.30 s of its 0.89 s on the 1 M benchmark stream. Threads started here are the
/// operating system's, not libdispatch's, and share the cores with whatever else runs.
package enum SideBySide {
    /// Calls `body` once with each of `0..<iterations`, on the calling thread and on threads started for
    /// the call (one fewer than the cores, at most one fewer than the iterations), each taking the next
    /// iteration not yet taken; returns once every call has returned. Runs them all on the calling thread
    /// when no thread can be started.
    package static func perform(iterations: Int, _ body: @Sendable (Int) -> Void) {
        guard iterations > 1 else {
            if iterations == 1 { body(0) }
            return
        }
        withoutActuallyEscaping(body) { body in
            let work = Work(iterations: iterations, body: body)
            let helpers = min(iterations, max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN)))) - 1
            var threads: [pthread_t] = []
            for _ in 0..<helpers {
                var thread = pthread_t()
                let context = Unmanaged.passRetained(work).toOpaque()
                guard pthread_create(&thread, nil, { Work.run($0) }, context) == 0 else {
                    Unmanaged<Work>.fromOpaque(context).release()
                    break
                }
                threads.append(thread)
            }
            work.takeIterations()
            for thread in threads { pthread_join(thread, nil) }
        }
    }

    /// The iterations of one call, shared by its threads.
    private final class Work: @unchecked Sendable {
        let iterations: Int
        let body: @Sendable (Int) -> Void
        let next = Atomic<Int>(0)

        init(iterations: Int, body: @escaping @Sendable (Int) -> Void) {
            (self.iterations, self.body) = (iterations, body)
        }

        /// Calls the body with each iteration not yet taken by another thread.
        func takeIterations() {
            while true {
                let iteration = next.add(1, ordering: .relaxed).oldValue
                guard iteration < iterations else { return }
                body(iteration)
            }
        }

        /// A started thread's entry: takes iterations, then releases the reference passed to it.
        static func run(_ context: UnsafeMutableRawPointer?) -> UnsafeMutableRawPointer? {
            guard let context else { return nil }
            let work = Unmanaged<Work>.fromOpaque(context).takeRetainedValue()
            work.takeIterations()
            return nil
        }
    }
}
