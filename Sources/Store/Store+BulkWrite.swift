import GRDB

extension Store {
    /// Runs `body` in one write transaction with foreign-key enforcement off, for bulk writes
    /// whose references hold by construction (rows written from ids read in the same
    /// transaction, or just written by it). SQLite checks every reference of every inserted row
    /// otherwise: for the million assignments of a full analysis that is two index look-ups a
    /// row, and over half the time of the insert. Enforcement is back on when `body` returns or
    /// throws; any error rolls the whole transaction back.
    func writeUnchecked<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try pool.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA foreign_keys = OFF")
                defer { try? db.execute(sql: "PRAGMA foreign_keys = ON") }
                var result: T?
                try db.inTransaction(.immediate) {
                    result = try body(db)
                    return .commit
                }
                guard let result else { preconditionFailure("a committed transaction has run its body") }
                return result
            }
        } catch let error as DatabaseError {
            throw failure(error)
        }
    }
}
