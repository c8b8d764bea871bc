import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file the reader harnesses write each input to (the readers take a file URL), one per call
/// so that harnesses may run in parallel (the replay tests do). It lives in a folder of its own
/// under the temporary directory and is removed after the call.
struct ScratchFile {
    /// Where the input was written.
    let url: URL

    private static let folder: URL = {
        let base = FileManager.default.temporaryDirectory
            .appendingPathComponent("verbatim-fuzz-\(getpid())", isDirectory: true)
        try? FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        return base
    }()
    private static let counter = Counter()

    /// Writes `bytes` to a fresh file named `input-N.EXT` and runs `body` with its URL.
    static func with<T>(_ bytes: UnsafeRawBufferPointer, extension ext: String,
                        _ body: (URL) throws(FuzzViolation) -> T) throws(FuzzViolation) -> T {
        let url = folder.appendingPathComponent("input-\(counter.next()).\(ext)")
        let fd = open(url.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        precondition(fd >= 0, "cannot create the scratch file \(url.path): \(String(cString: strerror(errno)))")
        var written = 0
        while written < bytes.count, let base = bytes.baseAddress {
            let n = write(fd, base + written, bytes.count - written)
            precondition(n > 0 || errno == EINTR, "cannot write the scratch file \(url.path)")
            if n > 0 { written += n }
        }
        close(fd)
        defer { unlink(url.path) }
        return try body(url)
    }

    /// A thread-safe counter for unique names.
    private final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0
        func next() -> Int {
            lock.lock(); defer { lock.unlock() }
            value += 1
            return value
        }
    }
}
