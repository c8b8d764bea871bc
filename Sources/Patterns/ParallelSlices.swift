import Dispatch
import Foundation

/// Runs independent pieces of work on the cores, deterministically: piece `i` always does the
/// same work and writes only its own slot, whatever the thread timing, so results are
/// bit-identical to a serial run.
enum ParallelSlices {
    /// The number of workers: the active processor count.
    static var workers: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

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

    /// The body handed to the threads; callers guarantee pieces touch disjoint memory.
    private struct Work: @unchecked Sendable {
        let body: (Int) -> Void
    }
}
