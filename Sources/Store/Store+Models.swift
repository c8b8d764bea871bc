import Foundation
import GRDB

extension Store {
    /// Stores a fitted model under `name` in the `models` table, replacing any model of that name.
    /// - Parameters:
    ///   - name: the model's name, e.g. `issue_classifier`.
    ///   - body: the model's bytes.
    ///   - runID: the run that fitted it, if any.
    /// - Throws: `StoreError` when the store cannot be written.
    public func saveModel(named name: String, body: [UInt8], runID: Int64?) throws {
        try write { db in try Store.upsertModel(named: name, body: body, runID: runID, db: db) }
    }

    static func upsertModel(named name: String, body: [UInt8], runID: Int64?, db: Database) throws {
        try db.execute(sql: """
            INSERT INTO models (name, run_id, body) VALUES (?, ?, ?)
            ON CONFLICT (name) DO UPDATE SET run_id = excluded.run_id, body = excluded.body
            """, arguments: [name, runID, Data(body)])
    }
}
