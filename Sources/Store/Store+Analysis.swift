import Foundation
import GRDB
import GRDBSQLite
import VerbatimCore

extension Store {
    /// The items the analysis stage clusters: every item with customer text, by row id.
    /// - Parameter unassignedOnly: only items that have no assignment yet (an incremental run).
    /// - Complexity: one pass over the items table.
    public func analysisItems(unassignedOnly: Bool = false) throws -> [AnalysisItem] {
        try read { db in
            // Unassigned items by an outer join tested before the text is read: on a nightly run
            // over a million items that reads the text of the new items only (0.5 s, not 1 s).
            let join = unassignedOnly ? "LEFT JOIN assignments a ON a.item_id = i.id" : ""
            let filter = unassignedOnly ? "a.item_id IS NULL AND" : ""
            let statement = try db.makeStatement(sql: """
                SELECT i.id, i.source, i.external_id, i.kind, i.subject, i.text FROM items i \(join)
                WHERE \(filter) i.text <> '' ORDER BY i.id
                """)
            return try Store.analysisItems(statement, reading: "reading items for analysis")
        }
    }

    /// The items a statement selects as `id, source, external_id, kind, subject, text`, read in
    /// a raw SQLite loop (a third of the time of decoding GRDB rows, a million items in 0.9 s).
    static func analysisItems(_ statement: Statement, reading what: String) throws -> [AnalysisItem] {
        var items: [AnalysisItem] = []
        let handle = statement.sqliteStatement
        defer { sqlite3_reset(handle) }
        func text(_ column: Int32) -> String? {
            guard let p = sqlite3_column_text(handle, column) else { return nil }
            return String(cString: p)
        }
        while true {
            let code = sqlite3_step(handle)
            if code == SQLITE_DONE { break }
            guard code == SQLITE_ROW else { throw StoreError.sql(reason: "\(what): SQLite error \(code)") }
            items.append(AnalysisItem(id: sqlite3_column_int64(handle, 0), source: text(1) ?? "", externalID: text(2) ?? "",
                                      kind: text(3) ?? "", subject: text(4), text: text(5) ?? ""))
        }
        return items
    }

    /// The number of items with customer text, and how many of them have an assignment.
    public func assignmentCoverage() throws -> (items: Int, assigned: Int, unthemed: Int) {
        try read { db in
            let items = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM items WHERE text <> ''") ?? 0
            let assigned = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM assignments") ?? 0
            let unthemed = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM assignments WHERE theme_id IS NULL") ?? 0
            return (items, assigned, unthemed)
        }
    }

    /// A stored model's JSON, or nil when no analysis has stored one.
    public func model(named name: String) throws -> [UInt8]? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT body FROM models WHERE name = ?", arguments: [name]).map { row in
                let data: Data = row["body"]
                return [UInt8](data)
            }
        }
    }

    /// Every stored theme and group, retired ones included, in display order.
    public func themeRecords(includeRetired: Bool = true) throws -> [ThemeRecord] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT * FROM themes \(includeRetired ? "" : "WHERE status = 'active'") ORDER BY level, status, position, id
                """).map(Store.themeRecord)
        }
    }

    /// Writes assignments in statements of `batch` rows each (one `sqlite3_step` per batch rather
    /// than per row); after a `DELETE` there can be no conflict, so a full analysis inserts plainly.
    private func insertAssignments(_ assignments: [ThemeAssignment], replacing: Bool, runID: Int64?, db: Database) throws {
        let conflict = replacing ? "" : """
             ON CONFLICT (item_id) DO UPDATE SET theme_id = excluded.theme_id, similarity = excluded.similarity, run_id = excluded.run_id
            """
        let run: Binding = runID.map { .integer($0) } ?? .null
        try BatchInsert(prefix: "INSERT INTO assignments (item_id, theme_id, similarity, run_id) VALUES", suffix: conflict, width: 4)
            .run(count: assignments.count, db: db) { i, bindings in
                let a = assignments[i]
                bindings.append(.integer(a.itemID))
                bindings.append(a.themeID.map { .text($0) } ?? .null)
                bindings.append(.real(a.similarity))
                bindings.append(run)
            }
    }

    static func themeRecord(_ row: Row) -> ThemeRecord {
        ThemeRecord(id: row["id"], level: row["level"], label: row["label"], autoLabel: row["auto_label"],
                    parentID: row["parent_id"], status: row["status"], position: row["position"], size: row["size"],
                    topTerms: JSONText.decodeStrings(row["top_terms"]),
                    quoteItemIDs: JSONText.decodeStrings(row["quotes"]).compactMap { Int64($0) },
                    signature: row["signature"], centroid: row["centroid"], pinned: (row["pinned"] as Int) == 1)
    }

    /// Writes one analysis in one transaction: upserts the themes and groups (any stored one not
    /// in the snapshot is retired), replaces or adds assignments, appends the lineage events and
    /// stores the models.
    /// - Complexity: O(assignments), bound on the raw statement handle.
    public func save(_ snapshot: ThemeSnapshot, runID: Int64?, at date: Date = Date()) throws {
        // Every assignment names an item the analysis just read and a theme written here, so
        // the references are not checked row by row (see `writeUnchecked`).
        try writeUnchecked { db in
            let keep = Set(snapshot.themes.map(\.id))
            // Groups are rebuilt on every full analysis; themes are kept and retired, never deleted.
            try db.execute(sql: "UPDATE themes SET parent_id = NULL")
            if snapshot.replacesAssignments {
                try db.execute(sql: "DELETE FROM assignments")
                for id in try String.fetchAll(db, sql: "SELECT id FROM themes WHERE level = 1") where !keep.contains(id) {
                    try db.execute(sql: "DELETE FROM themes WHERE id = ?", arguments: [id])
                }
            }
            let upsert = try db.makeStatement(sql: """
                INSERT INTO themes (id, level, label, auto_label, parent_id, status, position, size, top_terms, quotes,
                                    signature, centroid, pinned, created_run_id, updated_run_id)
                VALUES (?, ?, ?, ?, NULL, 'active', ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET level = excluded.level, label = excluded.label, auto_label = excluded.auto_label,
                    status = 'active', position = excluded.position, size = excluded.size, top_terms = excluded.top_terms,
                    quotes = excluded.quotes, signature = excluded.signature, centroid = excluded.centroid,
                    pinned = excluded.pinned, updated_run_id = excluded.updated_run_id
                """)
            // Groups first, so that themes can name them as parents.
            for t in snapshot.themes.sorted(by: { ($1.level, $0.position) < ($0.level, $1.position) }) {
                try upsert.execute(arguments: [t.id, t.level, t.label, t.autoLabel, t.position, t.size,
                                               JSONText.array(t.topTerms), JSONText.array(t.quoteItemIDs.map(String.init)),
                                               t.signature, t.centroid, t.pinned ? 1 : 0, runID, runID])
            }
            for t in snapshot.themes where t.parentID != nil {
                try db.execute(sql: "UPDATE themes SET parent_id = ? WHERE id = ?", arguments: [t.parentID, t.id])
            }
            if snapshot.replacesAssignments {
                for id in try String.fetchAll(db, sql: "SELECT id FROM themes WHERE status = 'active' AND level = 0") where !keep.contains(id) {
                    try db.execute(sql: "UPDATE themes SET status = 'retired', size = 0, centroid = NULL, updated_run_id = ? WHERE id = ?",
                                   arguments: [runID, id])
                }
            }
            try insertAssignments(snapshot.assignments, replacing: snapshot.replacesAssignments, runID: runID, db: db)
            let stamp = UTCDate.iso(date)
            for e in snapshot.events {
                try db.execute(sql: """
                    INSERT INTO theme_events (run_id, theme_id, kind, related, similarity, detail, at) VALUES (?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [runID, e.themeID, e.kind.rawValue, JSONText.array(e.related), e.similarity, e.detail, stamp])
            }
            for (name, body) in snapshot.models.sorted(by: { $0.key < $1.key }) {
                try Store.upsertModel(named: name, body: body, runID: runID, db: db)
            }
        }
    }
}
