import Foundation
import GRDB
import GRDBSQLite

extension Store {
    /// The text of column `column` of the current row as UTF-8 bytes, up to its first NUL (as
    /// `String(cString:)` reads it); nil when NULL. Valid until the statement steps again.
    static func bytes(_ handle: OpaquePointer?, _ column: Int32) -> UnsafeBufferPointer<UInt8>? {
        guard let p = sqlite3_column_text(handle, column) else { return nil }
        return UnsafeBufferPointer(start: p, count: strlen(UnsafeRawPointer(p).assumingMemoryBound(to: CChar.self)))
    }
}
