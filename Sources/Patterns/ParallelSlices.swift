import Dispatch
import Foundation

/// Runs independent pieces of work on the cores, deterministically: piece `i` always does the
/// same work and writes only its own slot, whatever the thread timing, so results are
/// bit-identical to a serial run.
enum ParallelSlices {
    /// The number of workers: the active processor count.
    static var workers: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }
    /// Items per slice in `map`.
    static let sliceSize = 2048

    /// Calls `body(piece)` once for every piece in `0 ..< count`; worker `w` takes pieces
    /// `w, w + workers, …`. Serial when there is one worker or one piece.
    static func run(_ count: Int, _ body: (Int) -> Void) {
        let workers = min(Self.workers, count)
        if workers <= 1 {
            for piece in 0 ..< count { body(piece) }
            return
        }
        withoutActuallyEscaping(body) { body in
            let work = Work(body: body)
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                var piece = worker
                while piece < count {
                    work.body(piece)
                    piece += workers
                }
            }
        }
    }

    /// The values `body` gives for each slice of `0 ..< count` (slices of `sliceSize`, bounds
    /// fixed by the count alone), joined in slice order; `body(range)` returns one value per index
    /// of `range`.
    static func map<T>(count: Int, _ body: (Range<Int>) -> [T]) -> [T] {
        guard count > 0 else { return [] }
        let slices = (count + sliceSize - 1) / sliceSize
        if slices == 1 { return body(0 ..< count) }
        let store = SliceStore<T>(count: slices)
        withoutActuallyEscaping(body) { body in
            let work = Work(body: body)
            DispatchQueue.concurrentPerform(iterations: slices) { slice in
                let lower = slice * sliceSize
                store.put(work.body(lower ..< min(count, lower + sliceSize)), at: slice)
            }
        }
        return store.joined()
    }

    /// The slices' values, one slot per slice, written under a lock.
    private final class SliceStore<T>: @unchecked Sendable {
        private let lock = NSLock()
        private var slots: [[T]]

        init(count: Int) { slots = Array(repeating: [], count: count) }

        func put(_ values: [T], at slice: Int) {
            lock.lock()
            slots[slice] = values
            lock.unlock()
        }

        func joined() -> [T] {
            lock.lock()
            defer { lock.unlock() }
            return Array(slots.joined())
        }
    }

    /// A body handed to the threads; callers guarantee pieces touch disjoint memory.
    private struct Work<Body>: @unchecked Sendable {
        let body: Body
    }
}
