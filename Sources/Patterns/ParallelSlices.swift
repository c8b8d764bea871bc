import Dispatch
import Foundation

/// Runs per-item work over fixed slices of a batch on several threads. Slice bounds depend only
/// on the batch size, each slice's values are kept in its own slot, and the slots are joined in
/// slice order, so the output is the same whatever the thread timing.
enum ParallelSlices {
    /// Items per slice.
    static let sliceSize = 2048

    /// The values `body` gives for each slice of `0 ..< count`, joined in order; `body(range)`
    /// returns one value per index of `range`.
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

    /// The slice body, shared by the worker threads (each call touches only its own slice).
    private struct Work<T>: @unchecked Sendable {
        let body: (Range<Int>) -> [T]
    }
}
