import Foundation
import GRDB
import GRDBSQLite
import VerbatimCore

extension Store {
    /// Items the pattern stage must classify: those without an `item_patterns` row, or every item
    /// with text when `all` is set (the rules or the model changed).
    public func itemsToClassify(all: Bool) throws -> [AnalysisItem] {
        try read { db in
            // Without `all`, the ids come from a scan of an index (a tenth of the table's pages);
            // only the few rows found are read whole.
            let filter = all ? "" : """
                AND i.id IN (SELECT value FROM json_each(?))
                """
            var arguments = StatementArguments()
            if !all {
                let ids = try Int64.fetchAll(db, sql: "SELECT i.id FROM items i WHERE NOT EXISTS (SELECT 1 FROM item_patterns p WHERE p.item_id = i.id)")
                arguments = [JSONText.numbers(ids.sorted())]
            }
            let statement = try db.makeStatement(sql: """
                SELECT i.id, i.source, i.external_id, i.kind, i.subject, i.text FROM items i
                WHERE i.text <> '' \(filter) ORDER BY i.id
                """)
            try statement.setArguments(arguments)
            return try Store.analysisItems(statement, reading: "reading items to classify")
        }
    }

    /// Every item's pattern inputs, by row id.
    /// - Complexity: one pass over items joined to assignments and item patterns.
    public func patternInputs() throws -> [PatternInput] {
        var rows: [PatternInput] = []
        func text(_ b: UnsafeBufferPointer<UInt8>?) -> String? { b.map { String(decoding: $0, as: UTF8.self) } }
        try forEachPatternRow { r in
            rows.append(PatternInput(id: r.id, kind: text(r.kind) ?? "", accountID: text(r.accountID), createdAt: text(r.createdAt),
                                     themeID: text(r.themeID), issueType: text(r.issueType), resolvedAt: text(r.resolvedAt),
                                     resolutionHours: r.resolutionHours, escalated: r.escalated))
        }
        return rows
    }

    /// Streams every item's pattern inputs, by row id, as bytes (see ``PatternRow``): items joined
    /// to assignments and item patterns in one raw SQLite loop.
    /// - Complexity: O(items); memory O(1) beyond what `body` keeps.
    public func forEachPatternRow(_ body: (PatternRow) throws -> Void) throws {
        try read { db in
            let statement = try db.makeStatement(sql: """
                SELECT i.id, i.kind, i.account_id, i.created_at, a.theme_id, p.issue_type, i.resolved_at, i.resolution_hours,
                       i.tags, i.status, i.priority, i.extra
                FROM items i LEFT JOIN assignments a ON a.item_id = i.id LEFT JOIN item_patterns p ON p.item_id = i.id
                ORDER BY i.id
                """)
            let handle = statement.sqliteStatement
            defer { sqlite3_reset(handle) }
            while true {
                let code = sqlite3_step(handle)
                if code == SQLITE_DONE { break }
                guard code == SQLITE_ROW else { throw StoreError.sql(reason: "reading items for patterns: SQLite error \(code)") }
                let kind = Store.bytes(handle, 1)
                let hours = sqlite3_column_type(handle, 7) == SQLITE_NULL ? nil : sqlite3_column_double(handle, 7)
                // Tags, status or priority naming an escalation (`instr(lower(…), 'escalat')`: SQLite's
                // lower() folds ASCII only, as the byte search does), else an extra field marking one.
                var escalated = (8...10).contains { Store.mentionsEscalation(handle, $0) }
                if !escalated, Store.mentionsEscalation(handle, 11) {
                    escalated = Store.marksEscalation(extra: Store.bytes(handle, 11).map { String(decoding: $0, as: UTF8.self) })
                }
                let isContact = kind.map { $0.spells("ticket") || $0.spells("chat") } ?? false
                try body(PatternRow(id: sqlite3_column_int64(handle, 0), kind: kind, isContact: isContact,
                                    accountID: Store.bytes(handle, 2), createdAt: Store.bytes(handle, 3), themeID: Store.bytes(handle, 4),
                                    issueType: Store.bytes(handle, 5), resolvedAt: Store.bytes(handle, 6), resolutionHours: hours,
                                    escalated: escalated))
            }
        }
    }

    /// Whether the text of column `column` holds `escalat` in any ASCII case.
    static func mentionsEscalation(_ handle: OpaquePointer?, _ column: Int32) -> Bool {
        guard let p = sqlite3_column_text(handle, column) else { return false }
        let b = UnsafeBufferPointer(start: p, count: Int(sqlite3_column_bytes(handle, column)))
        let word: StaticString = "escalat"
        let w = word.utf8Start, n = word.utf8CodeUnitCount
        guard b.count >= n else { return false }
        var i = 0
        while i <= b.count - n {
            if b[i] | 0x20 == w[0] {
                var k = 1
                while k < n && b[i + k] | 0x20 == w[k] { k += 1 }
                if k == n { return true }
            }
            i += 1
        }
        return false
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
        // Every row names an item the stage just read (see `writeUnchecked`).
        try writeUnchecked { db in
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
        // Repeat contacts pair items the stage just read (see `writeUnchecked`).
        try writeUnchecked { db in
            try db.execute(sql: "DELETE FROM patterns")
            let run: Binding = runID.map { .integer($0) } ?? .null
            try replaceRepeatContacts(repeats, runID: runID, db: db)
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
                          .text(JSONText.numbers(r.itemIDs, quoted: true)), .text(r.detail)]
                }
        }
    }

    /// Makes `repeat_contacts` hold exactly `repeats` (the first pair of each resolved item), all
    /// with run `runID`, as deleting every row and inserting them would, but writing only the pairs
    /// that changed: a nightly run keeps almost all of a million-item store's 200,000 pairs, and
    /// one `UPDATE` of the run id costs a fifth of deleting and re-inserting them.
    private func replaceRepeatContacts(_ repeats: [(resolved: Int64, repeat: Int64)], runID: Int64?, db: Database) throws {
        let run: Binding = runID.map { .integer($0) } ?? .null
        var wanted: [Int64: Int64] = [:]
        var order: [(resolved: Int64, repeat: Int64)] = []
        for pair in repeats where wanted[pair.resolved] == nil {
            wanted[pair.resolved] = pair.repeat
            order.append(pair)
        }
        var stale: [Int64] = []
        var kept = Set<Int64>()
        let rows = try Row.fetchCursor(db, sql: "SELECT item_id, repeat_item_id FROM repeat_contacts")
        while let row = try rows.next() {
            let item: Int64 = row[0], again: Int64 = row[1]
            if wanted[item] == again { kept.insert(item) } else { stale.append(item) }
        }
        if !stale.isEmpty {
            try db.execute(sql: "DELETE FROM repeat_contacts WHERE item_id IN (SELECT value FROM json_each(?))",
                           arguments: [JSONText.numbers(stale)])
        }
        let fresh = order.filter { !kept.contains($0.resolved) }
        try BatchInsert(prefix: "INSERT INTO repeat_contacts (item_id, repeat_item_id, run_id) VALUES",
                        suffix: " ON CONFLICT (item_id) DO NOTHING", width: 3)
            .run(count: fresh.count, db: db) { i, b in
                b += [.integer(fresh[i].resolved), .integer(fresh[i].repeat), run]
            }
        try db.execute(sql: "UPDATE repeat_contacts SET run_id = ? WHERE run_id IS NOT ?", arguments: [runID, runID])
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
