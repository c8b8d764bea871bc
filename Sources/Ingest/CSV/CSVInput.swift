#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file read in fixed-size chunks with `read(2)`, as UTF-8: a UTF-8 BOM is skipped and a
/// UTF-16 file (LE or BE, told by its BOM) is transcoded on the fly.
final class CSVInput {
    /// The encoding a file was found in.
    enum Encoding: String {
        case utf8 = "UTF-8"
        case utf16LE = "UTF-16 LE"
        case utf16BE = "UTF-16 BE"
    }

    /// What the file was found to be encoded in.
    private(set) var encoding = Encoding.utf8
    private let fd: Int32
    private let chunkSize: Int
    private var raw: [UInt8]
    private var utf8: [UInt8] = []
    private var transcoder: UTF16Transcoder?
    private var pendingFirst: Range<Int>?
    private var atEnd = false

    /// Opens `path` and reads its first chunk to find its encoding.
    /// - Throws: `IngestError.cannotOpen` when the file is missing, unreadable or a folder.
    init(path: String, chunkSize: Int) throws {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else {
            throw IngestError.cannotOpen(file: path, reason: String(cString: strerror(errno)))
        }
        var info = stat()
        if fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFDIR {
            close(fd)
            throw IngestError.cannotOpen(file: path, reason: "it is a directory")
        }
        self.fd = fd
        self.chunkSize = max(chunkSize, 4)
        self.raw = [UInt8](repeating: 0, count: self.chunkSize)
        let count = try fill(path: path)
        let bom = raw[0..<count]
        if bom.starts(with: [0xEF, 0xBB, 0xBF]) {
            pendingFirst = 3..<count
        } else if bom.starts(with: [0xFF, 0xFE]) {
            encoding = .utf16LE
            transcoder = UTF16Transcoder(littleEndian: true)
            pendingFirst = 2..<count
        } else if bom.starts(with: [0xFE, 0xFF]) {
            encoding = .utf16BE
            transcoder = UTF16Transcoder(littleEndian: false)
            pendingFirst = 2..<count
        } else {
            pendingFirst = 0..<count
        }
    }

    deinit {
        close(fd)
    }

    /// Calls `body` with the next chunk of UTF-8 and returns `true`, or returns `false` at the
    /// end of the file. The chunk is valid only inside `body`.
    /// - Throws: `IngestError.cannotOpen` when reading fails; whatever `body` throws.
    func next(path: String, _ body: (UnsafeBufferPointer<UInt8>) throws -> Void) throws -> Bool {
        let range: Range<Int>
        if let first = pendingFirst {
            pendingFirst = nil
            range = first
        } else {
            if atEnd { return false }
            range = 0..<(try fill(path: path))
        }
        if range.isEmpty && transcoder == nil { atEnd = true; return false }
        try raw.withUnsafeBufferPointer { buffer in
            let chunk = UnsafeBufferPointer(rebasing: buffer[range])
            guard var transcoder else { return try body(chunk) }
            utf8.removeAll(keepingCapacity: true)
            transcoder.transcode(chunk, into: &utf8)
            if range.isEmpty {
                transcoder.finish(into: &utf8)
                atEnd = true
            }
            self.transcoder = transcoder
            try utf8.withUnsafeBufferPointer { try body($0) }
        }
        return true
    }

    /// Reads until the buffer is full or the file ends; returns the byte count.
    private func fill(path: String) throws -> Int {
        var total = 0
        let capacity = raw.count
        while total < capacity {
            let got = raw.withUnsafeMutableBytes { buffer in
                read(fd, buffer.baseAddress.map { $0 + total }, capacity - total)
            }
            if got < 0 {
                if errno == EINTR { continue }
                throw IngestError.cannotOpen(file: path, reason: String(cString: strerror(errno)))
            }
            if got == 0 { break }
            total += got
        }
        return total
    }
}
