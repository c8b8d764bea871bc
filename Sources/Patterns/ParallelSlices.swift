import Dispatch
import Foundation

/// Runs per-item work over fixed slices of a batch on several threads. Each slice writes only
/// its own slots of the output, and slice bounds depend only on the batch size, so the output
/// is the same whatever the thread timing.
enum ParallelSlices {
    /// Items per slice.
    static let sliceSize = 2048

    /// One value per index in `0 ..< count`, computed by `body(range, output)` for each slice:
    /// `output[i - range.lowerBound]` receives the value of index `i`.
    static func map<T>(count: Int, placeholder: T,
                       _ body: (Range<Int>, inout UnsafeMutableBufferPointer<T>) -> Void) -> [T] {
        var result = [T](repeating: placeholder, count: count)
        guard count > 0 else { return result }
        let slices = (count + sliceSize - 1) / sliceSize
        result.withUnsafeMutableBufferPointer { buffer in
            let base = Slots(buffer: buffer)
            withoutActuallyEscaping(body) { body in
                let work = Work(body: body)
                if slices == 1 || ProcessInfo.processInfo.activeProcessorCount == 1 {
                    for slice in 0 ..< slices { work.run(slice, count: count, base) }
                } else {
                    DispatchQueue.concurrentPerform(iterations: slices) { slice in work.run(slice, count: count, base) }
                }
            }
        }
        return result
    }

    /// The output buffer, shared by slices that write disjoint parts of it.
    private struct Slots<T>: @unchecked Sendable {
        let buffer: UnsafeMutableBufferPointer<T>
    }

    /// The slice body, shared by the worker threads.
    private struct Work<T>: @unchecked Sendable {
        let body: (Range<Int>, inout UnsafeMutableBufferPointer<T>) -> Void

        func run(_ slice: Int, count: Int, _ slots: Slots<T>) {
            let lower = slice * sliceSize, upper = min(count, lower + sliceSize)
            var part = UnsafeMutableBufferPointer(rebasing: slots.buffer[lower ..< upper])
            body(lower ..< upper, &part)
        }
    }
}
