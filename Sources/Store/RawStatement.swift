import GRDB
import GRDBSQLite
import VerbatimCore

/// A value bound to a statement parameter on the raw SQLite handle.
enum Binding {
    case null
    case text(String)
    case integer(Int64)
    case real(Double)

    /// Hashes the value into `hash`, distinguishing NULL from every other value.
    func combine(into hash: inout ContentHash) {
        switch self {
        case .null: hash.combine(nil)
        case .text(let s): hash.combine(s)
        case .integer(let i): hash.combine("i\(i)")
        case .real(let d): hash.combine("r\(d.bitPattern)")
        }
    }
}

/// Binding and stepping a GRDB-prepared statement through the SQLite C API, for the per-row hot
/// path of ingest: GRDB's argument validation, existential boxing and observation hooks cost more
/// than the insert itself there. Statements are still prepared and cached by GRDB.
struct RawStatement {
    let statement: Statement
    let connection: OpaquePointer?

    private static let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)

    init(_ statement: Statement, in db: Database) {
        self.statement = statement
        connection = db.sqliteConnection
    }

    /// Resets the statement and binds `values` to parameters 1, 2, ….
    func bind(_ values: [Binding]) {
        sqlite3_reset(statement.sqliteStatement)
        for (offset, value) in values.enumerated() { bindConstant(value, at: Int32(offset + 1)) }
    }

    /// Binds `value` to parameter `index` (1-based), copying text: it stays bound across resets
    /// until bound again.
    func bindConstant(_ value: Binding, at index: Int32) {
        let handle = statement.sqliteStatement
        switch value {
        case .null: sqlite3_bind_null(handle, index)
        case .integer(let i): sqlite3_bind_int64(handle, index, i)
        case .real(let d): sqlite3_bind_double(handle, index, d)
        case .text(var s):
            s.withUTF8 { buffer in
                _ = buffer.withMemoryRebound(to: CChar.self) {
                    sqlite3_bind_text(handle, index, $0.baseAddress, Int32($0.count), RawStatement.transient)
                }
            }
        }
    }

    /// Runs a statement that returns no rows.
    func execute() throws {
        let code = sqlite3_step(statement.sqliteStatement)
        guard code == SQLITE_DONE || code == SQLITE_ROW else { throw failure(code) }
        sqlite3_reset(statement.sqliteStatement)
    }

    /// Steps once: true when a row is ready to read, false when the statement is done.
    func step() throws -> Bool {
        let code = sqlite3_step(statement.sqliteStatement)
        if code == SQLITE_ROW { return true }
        guard code == SQLITE_DONE else { throw failure(code) }
        return false
    }

    /// Runs a query and returns the first column of its first row as text, or nil when there is none.
    func firstText() throws -> String? {
        let handle = statement.sqliteStatement
        defer { sqlite3_reset(handle) }
        let code = sqlite3_step(handle)
        if code == SQLITE_DONE { return nil }
        guard code == SQLITE_ROW else { throw failure(code) }
        guard let text = sqlite3_column_text(handle, 0) else { return nil }
        return String(cString: text)
    }

    /// The error of a failed step, as GRDB gives it, so that the store names a full disk or a
    /// read-only store as such (see `Store.failure`).
    private func failure(_ code: Int32) -> DatabaseError {
        DatabaseError(resultCode: ResultCode(rawValue: code), message: message(code))
    }

    private func message(_ code: Int32) -> String {
        let text = connection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) } ?? "SQLite error \(code)"
        return text + " (in: \(statement.sql))"
    }
}
