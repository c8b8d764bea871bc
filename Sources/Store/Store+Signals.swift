import Foundation
import GRDB
import GRDBSQLite
import VerbatimCore

extension Store {
    /// SQL: whether item `i` was resolved (a resolution date or time, or a solved or closed status).
    static let resolvedSQL = "(i.resolved_at IS NOT NULL OR i.resolution_hours IS NOT NULL OR lower(COALESCE(i.status, '')) IN ('solved', 'closed', 'resolved'))"
    /// SQL: whether item `i` was reopened or took more than one contact.
    static let reopenedSQL = "(COALESCE(i.reopened, 0) = 1 OR COALESCE(i.contact_count, 1) > 1)"
    /// SQL: item `i`'s resolution time in hours. Where the export gives no creation time but a
    /// first-response and a resolution instant (kaggle-support-tickets), the time from first
    /// response to resolution; a resolution before the first response gives none.
    static let resolutionSQL = """
        COALESCE(i.resolution_hours, CASE WHEN i.created_at IS NULL AND i.first_response_at IS NOT NULL
            AND i.resolved_at >= i.first_response_at
            THEN (julianday(i.resolved_at) - julianday(i.first_response_at)) * 24 END)
        """

    /// Every stored account with its usage figures and extra fields, ordered by id.
    public func signalAccounts() throws -> [Account] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM accounts ORDER BY id").map(Store.account)
        }
    }

    /// One account by id, with its usage figures and extra fields.
    public func account(id: String) throws -> Account? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM accounts WHERE id = ?", arguments: [id]).map(Store.account)
        }
    }

    static func account(_ row: Row) -> Account {
        let dates = DateParser()
        let usage = (row["usage"] as String?).flatMap { $0.data(using: .utf8) }
            .flatMap { try? JSONDecoder().decode([String: Double].self, from: $0) } ?? [:]
        let extra = (row["extra"] as String?).flatMap { $0.data(using: .utf8) }
            .flatMap { try? JSONDecoder().decode([String: String].self, from: $0) } ?? [:]
        return Account(
            id: row["id"], name: row["name"], segment: row["segment"], mrrStart: row["mrr_start"], mrrEnd: row["mrr_end"],
            churned: row["churned"], churnDate: (row["churn_date"] as String?).flatMap { dates.parse($0) },
            contractionMRR: row["contraction_mrr"], expansionMRR: row["expansion_mrr"],
            renewalDate: (row["renewal_date"] as String?).flatMap { dates.parse($0) }, usage: usage, extra: extra)
    }

    /// `YYYY-MM-DD…` as days since 1970-01-01, from the bytes of the first ten characters of a
    /// stored date: the digits directly when they have that shape, else as ``dayNumber(_:)-(String?)`` reads them.
    static func dayNumber(_ b: UnsafeBufferPointer<UInt8>?) -> Int? {
        guard let b else { return nil }
        if b.count == 10, b[4] == 0x2D, b[7] == 0x2D {
            func digit(_ i: Int) -> Int { Int(b[i]) &- 48 }
            var digits = true
            var i = 0
            while i < 10 {
                if i != 4, i != 7, !(0...9).contains(digit(i)) { digits = false }
                i += 1
            }
            if digits {
                return CivilDate.days(year: digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3),
                                      month: digit(5) * 10 + digit(6), day: digit(8) * 10 + digit(9))
            }
        }
        return dayNumber(String(decoding: b, as: UTF8.self))
    }

    /// `YYYY-MM-DD…` as days since 1970-01-01.
    static func dayNumber(_ text: String?) -> Int? {
        guard let text else { return nil }
        let parts = text.prefix(10).split(separator: "-")
        guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        return CivilDate.days(year: y, month: m, day: d)
    }

    /// SQL: the columns both item scans of the signals read, over items `i` left-joined to assignments `a`.
    static let signalColumnsSQL = """
        i.kind, i.account_id, substr(i.created_at, 1, 10) AS day, i.score, i.score_type,
        \(Store.resolvedSQL) AS resolved, \(Store.reopenedSQL) AS reopened, i.first_response_hours,
        \(Store.resolutionSQL) AS resolution,
        (i.resolved_at IS NOT NULL AND i.first_response_at IS NOT NULL AND i.resolved_at < i.first_response_at) AS backwards,
        a.theme_id
        """

    /// Streams every item with the figures the signals and KPIs read and its theme, by item row
    /// id, in one scan of the items (with their assignments), so that the whole stage reads the
    /// items table once. The straightforward reading, with a `String` per text; the stages use
    /// ``forEachSignalRow(_:)``, which gives the same figures as bytes.
    /// - Complexity: O(items); memory O(1) beyond what `body` keeps.
    public func forEachSignalItem(_ body: (SignalItemRow) -> Void) throws {
        try read { db in
            let rows = try Row.fetchCursor(db, sql: """
                SELECT \(Store.signalColumnsSQL), EXISTS (SELECT 1 FROM repeat_contacts r WHERE r.item_id = i.id) AS came_back
                FROM items i LEFT JOIN assignments a ON a.item_id = i.id ORDER BY i.id
                """)
            while let row = try rows.next() {
                let account: String? = row[1]
                body(SignalItemRow(kind: row[0], accountID: account?.isEmpty == false ? account : nil, day: Store.dayNumber(row[2]),
                                   score: row[3], scoreType: row[4], resolved: row[5], reopened: row[6], firstResponseHours: row[7],
                                   resolutionHours: row[8], resolvedBeforeFirstResponse: row[9], themeID: row[10],
                                   cameBack: row[11]))
            }
        }
    }

    /// Streams the same rows as ``forEachSignalItem(_:)`` (less `cameBack`, see
    /// ``repeatContacts()``) in a raw SQLite loop, texts as bytes and days parsed from them.
    /// - Complexity: O(items); memory O(1) beyond what `body` keeps.
    public func forEachSignalRow(_ body: (SignalRow) throws -> Void) throws {
        try read { db in
            let statement = try db.makeStatement(sql: """
                SELECT \(Store.signalColumnsSQL), i.id FROM items i LEFT JOIN assignments a ON a.item_id = i.id ORDER BY i.id
                """)
            let handle = statement.sqliteStatement
            defer { sqlite3_reset(handle) }
            func real(_ column: Int32) -> Double? {
                sqlite3_column_type(handle, column) == SQLITE_NULL ? nil : sqlite3_column_double(handle, column)
            }
            while true {
                let code = sqlite3_step(handle)
                if code == SQLITE_DONE { break }
                guard code == SQLITE_ROW else { throw StoreError.sql(reason: "reading items for signals: SQLite error \(code)") }
                let account = Store.bytes(handle, 1)
                try body(SignalRow(id: sqlite3_column_int64(handle, 11), kind: Store.bytes(handle, 0) ?? UnsafeBufferPointer(start: nil, count: 0),
                                   accountID: account?.isEmpty == false ? account : nil, day: Store.dayNumber(Store.bytes(handle, 2)),
                                   score: real(3), scoreType: Store.bytes(handle, 4), resolved: sqlite3_column_int(handle, 5) != 0,
                                   reopened: sqlite3_column_int(handle, 6) != 0, firstResponseHours: real(7), resolutionHours: real(8),
                                   resolvedBeforeFirstResponse: sqlite3_column_int(handle, 9) != 0, themeID: Store.bytes(handle, 10)))
            }
        }
    }

    /// The stored repeat contacts, by resolved item ascending: the item a customer came back
    /// after, the item they came back with, and the run that found the pair.
    public func repeatContacts() throws -> [(item: Int64, repeatItem: Int64, runID: Int64?)] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT item_id, repeat_item_id, run_id FROM repeat_contacts ORDER BY item_id").map { ($0[0], $0[1], $0[2]) }
        }
    }

    /// The latest item creation day (days since 1970-01-01), nil without dated items.
    public func latestItemDay() throws -> Int? {
        try read { db in Store.dayNumber(try String.fetchOne(db, sql: "SELECT MAX(created_at) FROM items")) }
    }

    /// The first and last item creation days (`YYYY-MM-DD`), nil without dated items.
    public func itemDayRange() throws -> (first: String?, last: String?) {
        try read { db in
            let row = try Row.fetchOne(db, sql: "SELECT substr(MIN(created_at), 1, 10) AS first, substr(MAX(created_at), 1, 10) AS last FROM items")
            return (row?["first"], row?["last"])
        }
    }

    /// Replaces the stored signals with `themes` and `health` in one transaction.
    public func saveSignals(themes: [ThemeSignalRecord], health: [AccountHealthRecord], runID: Int64?) throws {
        try write { db in
            try db.execute(sql: "DELETE FROM theme_signals")
            try db.execute(sql: "DELETE FROM account_health")
            let columns = ["theme_id", "min_support"] + ThemeSignalRecord.columns + ["run_id"]
            let insert = try db.makeStatement(sql: "INSERT INTO theme_signals (\(columns.joined(separator: ", "))) VALUES (\(Array(repeating: "?", count: columns.count).joined(separator: ", ")))")
            for t in themes {
                var values: [(any DatabaseValueConvertible)?] = [t.themeID, t.minimumSupport]
                for c in ThemeSignalRecord.columns {
                    values.append(t.figures[c] ?? (ThemeSignalRecord.required.contains(c) ? 0 : nil))
                }
                values.append(runID)
                try insert.execute(arguments: StatementArguments(values))
            }
            let insertHealth = try db.makeStatement(sql: """
                INSERT INTO account_health (account_id, health_score, health_tier, usage_score, support_score, outcome_score, outcome, run_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """)
            for h in health.sorted(by: { $0.accountID < $1.accountID }) {
                try insertHealth.execute(arguments: [h.accountID, h.score, h.tier, h.usage, h.support, h.outcome, h.status, runID])
            }
        }
    }

    /// The stored theme signals, by theme id (all when `ids` is nil).
    public func themeSignalRecords(ids: [String]? = nil) throws -> [ThemeSignalRecord] {
        try read { db in
            let condition = ids.map { "WHERE theme_id IN (\(Array(repeating: "?", count: $0.count).joined(separator: ", ")))" } ?? ""
            return try Row.fetchAll(db, sql: "SELECT * FROM theme_signals \(condition) ORDER BY theme_id",
                                    arguments: StatementArguments(ids ?? [])).map { row in
                var figures: [String: Double] = [:]
                for c in ThemeSignalRecord.columns { if let v: Double = row[c] { figures[c] = v } }
                return ThemeSignalRecord(themeID: row["theme_id"], minimumSupport: row["min_support"], figures: figures)
            }
        }
    }

    /// The stored account health, by account id (all when `id` is nil).
    public func accountHealthRecords(id: String? = nil) throws -> [String: AccountHealthRecord] {
        try read { db in
            var out: [String: AccountHealthRecord] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT * FROM account_health \(id == nil ? "" : "WHERE account_id = ?")",
                                        arguments: id.map { [$0] } ?? []) {
                let r = AccountHealthRecord(accountID: row["account_id"], score: row["health_score"], tier: row["health_tier"],
                                            usage: row["usage_score"], support: row["support_score"], outcome: row["outcome_score"],
                                            status: row["outcome"])
                out[r.accountID] = r
            }
            return out
        }
    }

    /// One account's themes under `filter` (its account is the one asked for): mentions, first
    /// and last mention, most mentioned first (then id); and the account's items under the filter.
    /// - Complexity: reads only that account's items, by the `items_by_account` index.
    public func accountThemes(accountID: String, filter: ThemeFilter = ThemeFilter())
        throws -> (themes: [(themeID: String, label: String, mentions: Int, first: String?, last: String?)], items: Int) {
        var f = filter
        f.account = accountID
        let (condition, args) = f.sql
        return try read { db in
            let themes = try Row.fetchAll(db, sql: """
                SELECT a.theme_id AS theme, t.label AS label, COUNT(*) AS n, MIN(i.created_at) AS first, MAX(i.created_at) AS last
                FROM items i JOIN assignments a ON a.item_id = i.id JOIN themes t ON t.id = a.theme_id
                WHERE \(condition) AND t.status = 'active' GROUP BY a.theme_id ORDER BY n DESC, a.theme_id
                """, arguments: StatementArguments(args)).map { ($0["theme"], $0["label"], $0["n"], $0["first"], $0["last"]) as (String, String, Int, String?, String?) }
            let items = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM items i WHERE \(condition)", arguments: StatementArguments(args)) ?? 0
            return (themes, items)
        }
    }
}
