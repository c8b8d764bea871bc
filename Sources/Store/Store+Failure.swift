import Foundation
import GRDB
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Store {
    /// The `StoreError` for a failed SQLite call on this store: a full disk and a store that
    /// cannot be written are named as such; anything else is `.sql`.
    func failure(_ error: DatabaseError) -> StoreError {
        Store.failure(error, path: path)
    }

    /// The `StoreError` for `error` on the store at `path`.
    ///
    /// SQLite reports a write that found no room as `SQLITE_FULL` only for `ENOSPC`; past the file
    /// size limit (`EFBIG`, `ulimit -f`) it is a bare `SQLITE_IOERR_WRITE`, and the `errno` is
    /// gone by the time the error reaches us. So for an I/O error the limit and the free space
    /// are looked at: a store file at the limit, or a file system without a megabyte free, is
    /// named as the reason.
    static func failure(_ error: DatabaseError, path: String) -> StoreError {
        switch error.resultCode {
        case .SQLITE_FULL:
            return .noSpace(path: path, reason: "the disk is full")
        case .SQLITE_READONLY:
            return .readOnly(path: path, reason: describe(error))
        case .SQLITE_IOERR:
            if let reason = noSpaceReason(path: path) { return .noSpace(path: path, reason: reason) }
            return .sql(reason: "\(describe(error)) writing \(path)")
        default:
            return .sql(reason: describe(error))
        }
    }

    /// Why a write to the store at `path` may have found no room, or nil when there seems to be room.
    static func noSpaceReason(path: String) -> String? {
        var limit = rlimit()
        if getrlimit(Int32(RLIMIT_FSIZE.rawValue), &limit) == 0, limit.rlim_cur < rlim_t(Int64.max) {  // RLIM_INFINITY is all ones on Linux, Int64.max on Darwin
            let largest = [path, path + "-wal", path + "-journal"].compactMap { file -> UInt64? in
                (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? NSNumber)?.uint64Value
            }.max() ?? 0
            // A write of up to a few pages past the largest file's end was refused.
            if largest + 1 << 20 >= UInt64(limit.rlim_cur) {
                return "the file size limit (ulimit -f, \(limit.rlim_cur) bytes) was reached"
            }
        }
        var fs = statvfs()
        let folder = (path as NSString).deletingLastPathComponent
        if statvfs(folder.isEmpty ? "." : folder, &fs) == 0, UInt64(fs.f_bavail) * UInt64(fs.f_frsize) < 1 << 20 {
            return "no space left on the device"
        }
        return nil
    }
}
