import Foundation
import GRDB
import GRDBSQLite
import VerbatimCore

/// Writes one file's items and rejects inside the store's write transaction.
///
/// Identity is `(source, external id)`. A record seen before with the same content hash is left
/// alone; one whose content changed is updated in place; a new one is inserted. The file's
/// earlier rejects are replaced by this reading's, so reading a file twice adds nothing.
public final class ItemWriter {
    private let db: Database
    private let source: String
    private let file: String
    private let runID: Int64?
    /// The stored hash of a record, by identity.
    private let lookupStatement: RawStatement
    /// A new record.
    private let insertStatement: RawStatement
    /// A stored record whose content changed.
    private let updateStatement: RawStatement
    /// The record being written, reused from one record to the next.
    private var row = ItemRow()
    private let insertReject: Statement
    /// What this writer has done so far.
    public private(set) var counts = IngestCounts()
    /// The kind of the first item written, which the source is registered with.
    public private(set) var firstKind: ItemKind?

    init(db: Database, source: String, file: String, runID: Int64?) throws {
        self.db = db
        self.source = source
        self.file = file
        self.runID = runID
        // A look-up by identity, then a plain INSERT or UPDATE. (One `INSERT … ON CONFLICT DO
        // UPDATE` per record gives the same rows, but the text triggers on UPDATE make every such
        // statement keep a statement journal in a temporary file: seven writes per record.)
        // All three share the parameter numbers below, so a record is bound the same way for
        // either write. Not cached statements: their values point into `row` while they are
        // stepped, and they go with the writer.
        let columns = ItemWriter.columns
        let p = ItemWriter.Parameter.self
        func number(_ i: Int32) -> String { "?\(i)" }
        lookupStatement = RawStatement(try db.makeStatement(sql: """
            SELECT content_hash FROM items WHERE source = ?\(p.source) AND external_id = ?\(p.externalID)
            """), in: db)
        insertStatement = RawStatement(try db.makeStatement(sql: """
            INSERT INTO items (source, external_id, \(columns.joined(separator: ", ")), content_hash, file, line, added_run_id, updated_run_id)
            VALUES (\((1...p.updatedRun).map(number).joined(separator: ", ")))
            """), in: db)
        updateStatement = RawStatement(try db.makeStatement(sql: """
            UPDATE items SET \(columns.enumerated().map { "\($0.element) = ?\(p.firstValue + Int32($0.offset))" }.joined(separator: ", ")),
                content_hash = ?\(p.hash), file = ?\(p.file), line = ?\(p.line), updated_run_id = ?\(p.updatedRun)
            WHERE source = ?\(p.source) AND external_id = ?\(p.externalID)
            """), in: db)
        // The file's constants stay bound: sqlite3_reset keeps bindings.
        let run: Binding = runID.map { .integer($0) } ?? .null
        for statement in [lookupStatement, insertStatement, updateStatement] {
            statement.bindConstant(.text(source), at: p.source)
        }
        for statement in [insertStatement, updateStatement] {
            statement.bindConstant(.text(file), at: p.file)
            statement.bindConstant(run, at: p.addedRun)
            statement.bindConstant(run, at: p.updatedRun)
        }
        insertReject = try db.cachedStatement(sql: """
            INSERT INTO rejects (run_id, source, file, line, record_index, record_path, reason, excerpt)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        try db.execute(sql: "DELETE FROM rejects WHERE file = ?", arguments: [file])
    }

    /// The item columns after `(source, external_id)`, in the order `values(of:)` gives them.
    static let columns = [
        "kind", "account_id", "created_at", "channel", "subject", "text", "agent_text", "score",
        "score_type", "status", "priority", "first_response_at", "resolved_at", "first_response_hours",
        "resolution_hours", "contact_count", "reopened", "tags", "extra",
    ]

    /// The reference encoding of an item's column values, which `ItemRow` reproduces byte for
    /// byte (and the tests hold it to).
    static func values(of item: FeedbackItem) -> [Binding] {
        func text(_ s: String?) -> Binding { s.map { .text($0) } ?? .null }
        func date(_ d: Date?) -> Binding { d.map { .text(UTCDate.iso($0)) } ?? .null }
        func real(_ d: Double?) -> Binding { d.map { .real($0) } ?? .null }
        return [
            .text(item.kind.rawValue), text(item.accountID), date(item.createdAt), text(item.channel), text(item.subject),
            .text(item.text), text(item.agentText), real(item.score), text(item.scoreType?.rawValue), text(item.status),
            text(item.priority), date(item.firstResponseAt), date(item.resolvedAt), real(item.firstResponseHours),
            real(item.resolutionHours), item.contactCount.map { .integer(Int64($0)) } ?? .null,
            item.reopened.map { .integer($0 ? 1 : 0) } ?? .null, .text(JSONText.array(item.tags)),
            .text(item.extra.isEmpty ? "{}" : JSONText.object(item.extra)),
        ]
    }

    /// The hash that decides whether a stored record changed: every stored field.
    static func contentHash(_ values: [Binding]) -> String {
        var hash = ContentHash()
        for v in values { v.combine(into: &hash) }
        return hash.hex
    }

    /// The hash of values bound through GRDB (accounts), by their text.
    static func contentHash(_ values: [(any DatabaseValueConvertible)?]) -> String {
        var hash = ContentHash()
        for v in values { hash.combine(v?.databaseValue.text) }
        return hash.hex
    }

    /// The statement parameters of a record: source, external id, the columns, then the content
    /// hash, file, line and the run that added and last updated it.
    enum Parameter {
        static let source: Int32 = 1
        static let externalID: Int32 = 2
        static let firstValue: Int32 = 3
        static let hash = firstValue + Int32(ItemWriter.columns.count)
        static let file = hash + 1
        static let line = hash + 2
        static let addedRun = hash + 3
        static let updatedRun = hash + 4
    }

    /// What `upsert` did with one record.
    public enum Outcome: Sendable, Equatable { case added, updated, unchanged }

    /// Stores `item`, read at `line` of the file, and says what changed.
    @discardableResult
    public func upsert(_ item: FeedbackItem, line: Int?) throws -> Outcome {
        if firstKind == nil { firstKind = item.kind }
        row.encode(item)
        let outcome: Outcome
        switch try row.lookUp(lookupStatement) {
        case .same: outcome = .unchanged
        case .different: outcome = .updated
        case .absent: outcome = .added
        }
        if outcome != .unchanged {
            let statement = outcome == .added ? insertStatement : updateStatement
            try row.bind(statement.statement.sqliteStatement, idIndex: Parameter.externalID, firstValue: Parameter.firstValue) {
                let handle = statement.statement.sqliteStatement
                if let line { sqlite3_bind_int64(handle, Parameter.line, Int64(line)) } else { sqlite3_bind_null(handle, Parameter.line) }
                try statement.execute()
            }
        }
        switch outcome {
        case .added: counts.added += 1
        case .updated: counts.updated += 1
        case .unchanged: counts.unchanged += 1
        }
        return outcome
    }

    /// Keeps a record aside in the `rejects` table.
    public func reject(_ reject: RecordReject) throws {
        try insertReject.execute(arguments: [
            runID, source, file, reject.location.line, reject.location.index, reject.location.path,
            reject.reason, reject.excerpt,
        ])
        counts.rejected += 1
    }
}

extension Store {
    /// Writes one file's records in one transaction: `body` receives a writer to upsert items and
    /// keep rejects. The source is registered with the kind of its first item, or `kind` when it has none. Any error rolls the whole file back.
    /// - Returns: the counts of added, updated, unchanged and rejected records.
    public func ingest(file: String, source: String, kind: ItemKind, runID: Int64?,
                       _ body: (ItemWriter) throws -> Void) throws -> IngestCounts {
        try write { db in
            // A file's transaction touches index pages all over a large store; with the everyday
            // cache they are evicted by the new table pages and read back again and again.
            try db.execute(sql: "PRAGMA cache_size = -\(Store.ingestCacheKiB)")
            defer { try? db.execute(sql: "PRAGMA cache_size = -\(Store.cacheKiB)") }
            let writer = try ItemWriter(db: db, source: source, file: file, runID: runID)
            try body(writer)
            if writer.counts.added + writer.counts.updated > 0 { try Store.noteDataChanged(db) }
            try db.execute(sql: """
                INSERT INTO sources (name, kind, last_file, last_run_id) VALUES (?, ?, ?, ?)
                ON CONFLICT(name) DO UPDATE SET last_file = excluded.last_file, last_run_id = excluded.last_run_id
                """, arguments: [source, (writer.firstKind ?? kind).rawValue, file, runID])
            return writer.counts
        }
    }
}
