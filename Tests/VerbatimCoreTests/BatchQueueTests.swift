import Foundation
import Testing
import VerbatimCore

@Suite("Batch queue")
struct BatchQueueTests {
    struct Broken: Error {}

    /// Runs `body` on a thread of its own; the semaphore is signalled when it returns.
    func onThread(_ body: @escaping @Sendable () -> Void) -> DispatchSemaphore {
        let done = DispatchSemaphore(value: 0)
        Thread { body(); done.signal() }.start()
        return done
    }

    @Test("Batches arrive in order through a small queue, then the error the producer ended with")
    func orderAndError() throws {
        let queue = BatchQueue<Int>(capacity: 2)
        let done = onThread {
            do {
                for i in 0..<500 { try queue.send([2 * i, 2 * i + 1]) }
                queue.finish(throwing: Broken())
            } catch {
                queue.finish(throwing: error)
            }
        }
        var received: [Int] = []
        #expect(throws: Broken.self) {
            while let batch = try queue.receive() { received += batch }
        }
        done.wait()
        #expect(received == Array(0..<1_000))
    }

    @Test("A finished stream ends with nil; a cancelled one makes the waiting producer throw")
    func finishAndCancel() throws {
        let finished = BatchQueue<String>(capacity: 1)
        try finished.send(["a"])
        finished.finish()
        #expect(try finished.receive() == ["a"])
        #expect(try finished.receive() == nil)

        let queue = BatchQueue<Int>(capacity: 1)
        let sent = Counter()
        let done = onThread {
            do {
                while true {
                    try queue.send([sent.next()])
                }
            } catch {
                sent.failure = error is BatchQueue<Int>.Cancelled
            }
        }
        #expect(try queue.receive() == [0])
        queue.cancel()
        done.wait()
        #expect(sent.failure == true)
        #expect(sent.value <= 3)
    }

    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0
        private var cancelled: Bool?
        var value: Int { lock.withLock { count } }
        var failure: Bool? {
            get { lock.withLock { cancelled } }
            set { lock.withLock { cancelled = newValue } }
        }
        func next() -> Int { lock.withLock { defer { count += 1 }; return count } }
    }
}
