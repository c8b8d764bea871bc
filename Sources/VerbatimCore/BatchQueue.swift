import Foundation

/// A bounded first-in-first-out queue of batches between one producer thread and one consumer.
///
/// The producer blocks while `capacity` batches wait, so memory stays bounded by
/// `capacity` × the batch size whatever the speed difference. The producer ends the stream with
/// `finish(throwing:)`, handing its error (if any) to the consumer; the consumer can `cancel()`,
/// after which `send` throws ``BatchQueue/Cancelled`` so that the producer stops.
public final class BatchQueue<Element>: @unchecked Sendable {
    /// Thrown by `send` once the consumer has cancelled.
    public struct Cancelled: Error {}

    private let condition = NSCondition()
    private var batches: [[Element]] = []
    private var head = 0
    private var finished = false
    private var failure: (any Error)?
    private var cancelled = false
    /// The most batches waiting at once.
    public let capacity: Int

    /// Creates an empty queue holding at most `capacity` batches (at least 1).
    public init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    /// Appends `batch`, waiting while the queue is full.
    /// - Throws: `Cancelled` when the consumer has cancelled.
    public func send(_ batch: [Element]) throws {
        condition.lock()
        defer { condition.unlock() }
        while batches.count - head >= capacity && !cancelled { condition.wait() }
        if cancelled { throw Cancelled() }
        batches.append(batch)
        condition.broadcast()
    }

    /// Ends the stream: `receive` returns the waiting batches, then throws `error` or returns nil.
    public func finish(throwing error: (any Error)? = nil) {
        condition.lock()
        finished = true
        failure = error
        condition.broadcast()
        condition.unlock()
    }

    /// The next batch, waiting for one; nil at the end of a stream that finished without error.
    /// - Throws: the producer's error, once the batches sent before it are taken.
    public func receive() throws -> [Element]? {
        condition.lock()
        defer { condition.unlock() }
        while head == batches.count && !finished { condition.wait() }
        if head < batches.count {
            let batch = batches[head]
            batches[head] = []
            head += 1
            if head > capacity && head * 2 >= batches.count {
                batches.removeFirst(head)
                head = 0
            }
            condition.broadcast()
            return batch
        }
        if let failure { throw failure }
        return nil
    }

    /// Stops the stream from the consumer's side: waiting and later `send`s throw `Cancelled`,
    /// and the batches not taken are dropped.
    public func cancel() {
        condition.lock()
        cancelled = true
        batches.removeAll()
        head = 0
        condition.broadcast()
        condition.unlock()
    }
}
