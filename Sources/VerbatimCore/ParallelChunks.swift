import Dispatch
import Foundation

/// Runs work over fixed-size chunks of rows on several threads, deterministically.
///
/// Chunk boundaries depend only on the row count and the chunk size, never on the number of
/// threads, and each chunk writes only its own slots; callers combine per-chunk results in
/// chunk order. So the same input gives bit-identical output whatever the thread timing or
/// the worker count.
public enum ParallelChunks {
    /// The default number of workers: the active processor count.
    public static var defaultWorkers: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// The number of chunks of `chunkSize` needed for `count` items.
    public static func chunkCount(_ count: Int, chunkSize: Int) -> Int {
        (count + chunkSize - 1) / chunkSize
    }

    /// Calls `body(chunk)` once for every chunk in `0 ..< chunks`, spread over `workers`
    /// threads (worker `w` takes chunks `w`, `w + workers`, …). Serial when `workers <= 1`.
    public static func run(chunks: Int, workers: Int, _ body: (Int) -> Void) {
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
    private struct Work<Body>: @unchecked Sendable {
        let body: Body
    }

    /// The values `body` gives for each chunk of `0 ..< count` (chunks of `chunkSize`, bounds
    /// fixed by the count alone), joined in chunk order; `body(range)` returns one value per
    /// index of `range`.
    public static func map<T>(count: Int, chunkSize: Int, _ body: (Range<Int>) -> [T]) -> [T] {
        guard count > 0 else { return [] }
        let chunks = chunkCount(count, chunkSize: chunkSize)
        if chunks == 1 { return body(0 ..< count) }
        let slots = Slots<T>(count: chunks)
        withoutActuallyEscaping(body) { body in
            let work = Work(body: body)
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                let lower = chunk * chunkSize
                slots.put(work.body(lower ..< min(count, lower + chunkSize)), at: chunk)
            }
        }
        return slots.joined()
    }

    /// The chunks' values, one slot per chunk, written under a lock.
    private final class Slots<T>: @unchecked Sendable {
        private let lock = NSLock()
        private var slots: [[T]]

        init(count: Int) { slots = Array(repeating: [], count: count) }

        func put(_ values: [T], at chunk: Int) {
            lock.lock()
            slots[chunk] = values
            lock.unlock()
        }

        func joined() -> [T] {
            lock.lock()
            defer { lock.unlock() }
            return Array(slots.joined())
        }
    }
}
