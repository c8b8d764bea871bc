#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The bytes the XML parser pulls: a file read through a descriptor, optionally cut after
/// `limit` bytes and followed by `padding` spaces.
///
/// The cut and the padding serve the second pass after a well-formedness fault: the parser gets
/// only the bytes before the fault, and enough trailing whitespace that it builds every record
/// completed before the cut before it reaches the (now premature) end of the input.
final class XMLByteSource {
    /// The file's size in bytes, or nil when the system does not say.
    let size: Int?
    private let descriptor: Int32
    private var remaining: Int
    private var padding: Int

    /// Opens `path` for reading.
    /// - Throws: `IngestError.cannotOpen` with the system's reason.
    init(path: String, file: String, limit: Int = .max, padding: Int = 0) throws {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else {
            throw IngestError.cannotOpen(file: file, reason: String(cString: strerror(errno)))
        }
        var status = stat()
        let known = fstat(fd, &status) == 0
        if known, (status.st_mode & S_IFMT) == S_IFDIR {
            close(fd)
            throw IngestError.cannotOpen(file: file, reason: "it is a directory")
        }
        size = known && (status.st_mode & S_IFMT) == S_IFREG ? Int(status.st_size) : nil
        descriptor = fd
        remaining = limit
        self.padding = padding
    }

    deinit { close(descriptor) }

    /// Fills up to `count` bytes at `buffer`; returns how many, 0 at the end, -1 on a read error.
    func read(into buffer: UnsafeMutableRawPointer, count: Int) -> Int {
        if remaining > 0 {
            let n = systemRead(descriptor, buffer, min(count, remaining))
            if n > 0 { remaining -= n; return n }
            if n < 0 { return -1 }
            remaining = 0
        }
        guard padding > 0 else { return 0 }
        let n = min(count, padding)
        buffer.initializeMemory(as: UInt8.self, repeating: UInt8(ascii: " "), count: n)
        padding -= n
        return n
    }
}

/// `read(2)`, named apart from the method above.
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    return Glibc.read(fd, buffer, count)
    #else
    return Darwin.read(fd, buffer, count)
    #endif
}
