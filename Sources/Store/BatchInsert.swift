import GRDB

/// Inserts many rows with one multi-row `INSERT … VALUES (…), (…)` statement per `batch` rows,
/// bound on the raw handle: the per-row statement overhead dominates otherwise.
struct BatchInsert {
    /// Rows per statement.
    static let batch = 200

    /// `INSERT INTO table (columns) VALUES`, before the row placeholders.
    let prefix: String
    /// Text after the placeholders (`ON CONFLICT …`), or empty.
    let suffix: String
    /// Values per row.
    let width: Int

    /// Inserts `count` rows; `row(i, &bindings)` appends row i's `width` values.
    func run(count: Int, db: Database, row: (Int, inout [Binding]) -> Void) throws {
        func statement(rows: Int) throws -> RawStatement {
            let one = "(" + Array(repeating: "?", count: width).joined(separator: ", ") + ")"
            let values = Array(repeating: one, count: rows).joined(separator: ", ")
            return RawStatement(try db.makeStatement(sql: "\(prefix) \(values)\(suffix)"), in: db)
        }
        guard count > 0 else { return }
        let full = try statement(rows: min(Self.batch, count))
        var bindings: [Binding] = []
        bindings.reserveCapacity(Self.batch * width)
        var start = 0
        while start < count {
            let end = min(start + Self.batch, count)
            bindings.removeAll(keepingCapacity: true)
            for i in start..<end { row(i, &bindings) }
            let target = end - start == min(Self.batch, count) ? full : try statement(rows: end - start)
            target.bind(bindings)
            try target.execute()
            start = end
        }
    }
}
