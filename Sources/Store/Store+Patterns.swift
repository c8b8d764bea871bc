import Foundation
import GRDB
import GRDBSQLite
import VerbatimCore

extension Store {
    /// Items the pattern stage must classify: those without an `item_patterns` row, or every item
    /// with text when `all` is set (the rules or the model changed).
    public func itemsToClassify(all: Bool) throws -> [AnalysisItem] {
        try read { db in
            let filter = all ? "" : "AND NOT EXISTS (SELECT 1 FROM item_patterns p WHERE p.item_id = i.id)"
            return try Row.fetchAll(db, sql: """
                SELECT i.id, i.source, i.external_id, i.kind, i.subject, i.text FROM items i
                WHERE i.text <> '' \(filter) ORDER BY i.id
                """).map { row in
                    AnalysisItem(id: row["id"], source: row["source"], externalID: row["external_id"], kind: row["kind"],
                                 subject: row["subject"], text: row["text"])
                }
        }
    }

    /// Every item's pattern inputs, by row id.
    /// - Complexity: one pass over items joined to assignments and item patterns.
    public func patternInputs() throws -> [PatternInput] {
        try read { db in
            let statement = try db.makeStatement(sql: """
                SELECT i.id, i.kind, i.account_id, i.created_at, a.theme_id, p.issue_type, i.resolved_at, i.resolution_hours,
                       (instr(lower(i.tags), 'escalat') > 0 OR instr(lower(coalesce(i.status, '')), 'escalat') > 0
                        OR instr(lower(coalesce(i.priority, '')), 'escalat') > 0) AS marked,
                       CASE WHEN instr(lower(i.extra), 'escalat') > 0 THEN i.extra END AS extra
                FROM items i LEFT JOIN assignments a ON a.item_id = i.id LEFT JOIN item_patterns p ON p.item_id = i.id
                ORDER BY i.id
                """)
            let handle = statement.sqliteStatement
            func text(_ column: Int32) -> String? {
                guard let p = sqlite3_column_text(handle, column) else { return nil }
                return String(cString: p)
            }
            var rows: [PatternInput] = []
            while true {
                let code = sqlite3_step(handle)
                if code == SQLITE_DONE { break }
                guard code == SQLITE_ROW else { throw StoreError.sql(reason: "reading items for patterns: SQLite error \(code)") }
                let hours = sqlite3_column_type(handle, 7) == SQLITE_NULL ? nil : sqlite3_column_double(handle, 7)
                let escalated = sqlite3_column_int(handle, 8) != 0 || Store.marksEscalation(extra: text(9))
                rows.append(PatternInput(id: sqlite3_column_int64(handle, 0), kind: text(1) ?? "", accountID: text(2),
                                         createdAt: text(3), themeID: text(4), issueType: text(5), resolvedAt: text(6),
                                         resolutionHours: hours, escalated: escalated))
            }
            sqlite3_reset(handle)
            return rows
        }
    }

    /// Whether an item's extra fields mark an escalation: a field named like `escalated` with a
    /// true value (`true`, `yes`, `y`, `1`), or any field whose value is `escalated`.
    static func marksEscalation(extra: String?) -> Bool {
        guard let extra, let object = try? JSONSerialization.jsonObject(with: Data(extra.utf8)) as? [String: Any] else { return false }
        for (key, value) in object {
            let text = String(describing: value).lowercased()
            if key.lowercased().contains("escalat") && ["true", "yes", "y", "1"].contains(text) { return true }
            if text == "escalated" { return true }
        }
        return false
    }

    /// Stores issue types and sentiment; `replacingAll` first deletes every stored row.
    public func saveItemPatterns(_ patterns: [ItemPattern], replacingAll: Bool, runID: Int64?) throws {
        try write { db in
            if replacingAll { try db.execute(sql: "DELETE FROM item_patterns") }
            let run: Binding = runID.map { .integer($0) } ?? .null
            try BatchInsert(prefix: "INSERT INTO item_patterns (item_id, issue_type, type_confidence, type_source, sentiment, run_id) VALUES",
                            suffix: """
                             ON CONFLICT (item_id) DO UPDATE SET issue_type = excluded.issue_type, type_confidence = excluded.type_confidence,
                                type_source = excluded.type_source, sentiment = excluded.sentiment, run_id = excluded.run_id
                            """, width: 6)
                .run(count: patterns.count, db: db) { i, bindings in
                    let p = patterns[i]
                    bindings.append(.integer(p.itemID))
                    bindings.append(.text(p.issueType))
                    bindings.append(.real(min(1, max(0, p.confidence))))
                    bindings.append(.text(p.source.rawValue))
                    bindings.append(.real(min(1, max(-1, p.sentiment))))
                    bindings.append(run)
                }
        }
    }

    /// Replaces the stored patterns with `records`, in their order, and the repeat contacts:
    /// pairs of a resolved contact and the contact that came back on its theme.
    public func replacePatterns(_ records: [PatternRecord], repeats: [(resolved: Int64, repeat: Int64)] = [], runID: Int64?) throws {
        try write { db in
            try db.execute(sql: "DELETE FROM patterns")
            try db.execute(sql: "DELETE FROM repeat_contacts")
            let run: Binding = runID.map { .integer($0) } ?? .null
            try BatchInsert(prefix: "INSERT INTO repeat_contacts (item_id, repeat_item_id, run_id) VALUES",
                            suffix: " ON CONFLICT (item_id) DO NOTHING", width: 3)
                .run(count: repeats.count, db: db) { i, b in
                    b += [.integer(repeats[i].resolved), .integer(repeats[i].repeat), run]
                }
            func text(_ s: String?) -> Binding { s.map { .text($0) } ?? .null }
            func real(_ d: Double?) -> Binding { d.map { .real($0) } ?? .null }
            try BatchInsert(prefix: """
                INSERT INTO patterns (run_id, kind, theme_id, issue_type, account_id, period_start, period_end, items, baseline, z,
                                      alert, item_ids, detail) VALUES
                """, suffix: "", width: 13)
                .run(count: records.count, db: db) { i, b in
                    let r = records[i]
                    b += [run, .text(r.kind.rawValue), text(r.themeID), text(r.issueType), text(r.accountID), text(r.periodStart),
                          text(r.periodEnd), .integer(Int64(r.items)), real(r.baseline), real(r.z), .integer(r.alert ? 1 : 0),
                          .text(JSONText.array(r.itemIDs.map(String.init))), .text(r.detail)]
                }
        }
    }

    /// The stored patterns in stored order, optionally of some kinds only or alerts only.
    public func patternRecords(kinds: Set<PatternRecord.Kind> = [], alertsOnly: Bool = false) throws -> [PatternRecord] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM patterns \(alertsOnly ? "WHERE alert = 1" : "") ORDER BY id").compactMap { row in
                guard let kind = PatternRecord.Kind(rawValue: row["kind"]), kinds.isEmpty || kinds.contains(kind) else { return nil }
                return PatternRecord(kind: kind, themeID: row["theme_id"], issueType: row["issue_type"], accountID: row["account_id"],
                                     periodStart: row["period_start"], periodEnd: row["period_end"], items: row["items"],
                                     baseline: row["baseline"], z: row["z"], alert: (row["alert"] as Int) == 1,
                                     itemIDs: JSONText.decodeStrings(row["item_ids"]).compactMap { Int64($0) }, detail: row["detail"])
            }
        }
    }
}

extension Store {
    /// Items per issue type with their mean sentiment, most items first, then by type.
    public func issueTypeSummary() throws -> [(type: String, items: Int, sentiment: Double)] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT issue_type, COUNT(*) AS n, AVG(sentiment) AS s FROM item_patterns GROUP BY issue_type ORDER BY n DESC, issue_type
                """).map { ($0["issue_type"], $0["n"], $0["s"] ?? 0) }
        }
    }
}
