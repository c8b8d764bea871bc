import Foundation
import Ingest
import Store
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The identity of an input file, so that a nightly run reads only what changed.
///
/// A file is unchanged when its size, modification time (to the nanosecond) and inode are those
/// stored when it was last read: no byte is read. When any differs the bytes are hashed, and a file
/// whose content hash is the stored one (copied again, touched) is still not read.
public enum FileFingerprint {
    /// What `stat(2)` says of a file.
    public struct Status: Sendable, Equatable {
        /// Size in bytes.
        public var size: Int64
        /// Modification time in nanoseconds since 1970.
        public var modifiedNanoseconds: Int64
        /// Inode number.
        public var inode: Int64
    }

    /// The file's status, or nil when it cannot be read.
    public static func status(_ url: URL) -> Status? {
        var info = stat()
        guard stat(url.path, &info) == 0 else { return nil }
        #if canImport(Darwin)
        let modified = Int64(info.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(info.st_mtimespec.tv_nsec)
        #else
        let modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        #endif
        return Status(size: Int64(info.st_size), modifiedNanoseconds: modified, inode: Int64(info.st_ino))
    }

    /// A 128-bit hash of the file's bytes as 32 hex digits: two 64-bit multiply-rotate lanes over
    /// 8-byte words (the mixing of FNV-1a, widened to words), then the length. Not cryptographic;
    /// it tells an unchanged export from a changed one at several GB/s.
    /// - Throws: `IngestError.cannotOpen` when the file cannot be read.
    public static func contentHash(_ url: URL) throws -> String {
        // Read a chunk at a time (a multiple of 8 bytes), not mapped: mapping a 2 GB export would put
        // all of it in the process's resident memory.
        guard let handle = FileHandle(forReadingAtPath: url.path) else {
            throw IngestError.cannotOpen(file: url.path, reason: "no such file, or not readable")
        }
        defer { try? handle.close() }
        var a: UInt64 = 0xcbf2_9ce4_8422_2325, b: UInt64 = 0x6c62_272e_07bb_0142
        let p: UInt64 = 0x0000_0100_0000_01b3, q: UInt64 = 0x9E37_79B9_7F4A_7C15
        var total = 0
        var buffer: [UInt8] = []
        try FileChunks.forEach(in: handle, path: url.path) { chunk in
            total += chunk.count
            buffer.append(contentsOf: chunk)
            let words = buffer.count / 8
            buffer.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
                for i in 0..<words {
                    let w = raw.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self)
                    a = ((a ^ w) &* p).rotated(31)
                    b = ((b ^ w) &* q).rotated(27)
                }
            }
            buffer.removeFirst(words * 8)  // a part word waits for the next chunk
        }
        var tail: UInt64 = 0
        for byte in buffer { tail = tail << 8 | UInt64(byte) }
        a = ((a ^ tail) &* p).rotated(31) ^ UInt64(total)
        b = ((b ^ tail) &* q).rotated(27) ^ UInt64(total)
        func hex(_ v: UInt64) -> String {
            let s = String(v, radix: 16)
            return String(repeating: "0", count: 16 - s.count) + s
        }
        return hex(a) + hex(b)
    }

    /// Whether `url` is the file `stored` describes: the same settings and status, or else the same bytes.
    /// - Returns: the file's current record, and whether it changed since `stored`.
    static func check(_ url: URL, role: InputFileRecord.Role, settingsHash: String,
                      against stored: InputFileRecord?) throws -> (record: InputFileRecord, changed: Bool) {
        guard let status = status(url) else {
            throw IngestError.cannotOpen(file: url.path, reason: String(cString: strerror(errno)))
        }
        var record = InputFileRecord(path: url.path, role: role, settingsHash: settingsHash, size: status.size,
                                     modifiedNanoseconds: status.modifiedNanoseconds, inode: status.inode, contentHash: "")
        if let stored, stored.settingsHash == settingsHash, stored.size == status.size,
           stored.modifiedNanoseconds == status.modifiedNanoseconds, stored.inode == status.inode {
            record.contentHash = stored.contentHash
            return (record, false)
        }
        record.contentHash = try contentHash(url)
        let same = stored.map { $0.settingsHash == settingsHash && $0.contentHash == record.contentHash } ?? false
        return (record, !same)
    }
}

extension UInt64 {
    fileprivate func rotated(_ by: UInt64) -> UInt64 { (self << by) | (self >> (64 - by)) }
}
