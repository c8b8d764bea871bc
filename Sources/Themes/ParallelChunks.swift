import Dispatch
import Foundation

/// Runs work over fixed-size chunks of rows on several threads, deterministically.
///
/// Chunk boundaries depend only on the row count and the chunk size, never on the number of
/// threads, and each chunk writes only its own slots; callers combine per-chunk results in
/// chunk order. So the same input gives bit-identical output whatever the thread timing or
/// the worker count.
enum ParallelChunks {
    /// The default number of workers: the active processor count.
    static var defaultWorkers: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// The number of chunks of `chunkSize` needed for `count` items.
    static func chunkCount(_ count: Int, chunkSize: Int) -> Int {
        (count + chunkSize - 1) / chunkSize
    }

    /// Calls `body(chunk)` once for every chunk in `0 ..< chunks`, spread over `workers`
    /// threads (worker `w` takes chunks `w`, `w + workers`, …). Serial when `workers <= 1`.
    static func run(chunks: Int, workers: Int, _ body: (Int) -> Void) {
        let workers = min(workers, chunks)
        if workers <= 1 {
            for chunk in 0 ..< chunks { body(chunk) }
            return
        }
        withoutActuallyEscaping(body) { body in
            let work = Work(body: body)
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                var chunk = worker
                while chunk < chunks {
                    work.body(chunk)
                    chunk += workers
                }
            }
        }
    }

    /// The chunk body, handed to the worker threads. Callers guarantee that different chunks
    /// touch disjoint memory, which is what makes sharing it sound.
    private struct Work: @unchecked Sendable {
        let body: (Int) -> Void
    }
}
