import Foundation
import GRDB
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
    private let upsertStatement: RawStatement
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
        let columns = ItemWriter.columns
        // One statement per record: insert, or update when the content hash differs, or leave
        // alone. sqlite3_changes and last_insert_rowid tell the three apart afterwards.
        upsertStatement = RawStatement(try db.cachedStatement(sql: """
            INSERT INTO items (source, external_id, \(columns.joined(separator: ", ")), content_hash, file, line, added_run_id, updated_run_id)
            VALUES (?, ?, \(columns.map { _ in "?" }.joined(separator: ", ")), ?, ?, ?, ?, ?)
            ON CONFLICT (source, external_id) DO UPDATE SET
                \(columns.map { "\($0) = excluded.\($0)" }.joined(separator: ", ")), content_hash = excluded.content_hash,
                file = excluded.file, line = excluded.line, updated_run_id = excluded.updated_run_id
            WHERE items.content_hash <> excluded.content_hash
            """), in: db)
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

    private static func values(of item: FeedbackItem) -> [Binding] {
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

    /// What `upsert` did with one record.
    public enum Outcome: Sendable, Equatable { case added, updated, unchanged }

    /// Stores `item`, read at `line` of the file, and says what changed.
    @discardableResult
    public func upsert(_ item: FeedbackItem, line: Int?) throws -> Outcome {
        if firstKind == nil { firstKind = item.kind }
        let values = ItemWriter.values(of: item)
        let hash = ItemWriter.contentHash(values)
        let run = runID.map { Binding.integer($0) } ?? .null
        let lineValue = line.map { Binding.integer(Int64($0)) } ?? .null
        upsertStatement.bind([.text(source), .text(item.externalID)] + values + [.text(hash), .text(file), lineValue, run, run])
        switch try upsertStatement.executeUpsert() {
        case .inserted:
            counts.added += 1
            return .added
        case .updated:
            counts.updated += 1
            return .updated
        case .unchanged:
            counts.unchanged += 1
            return .unchanged
        }
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
