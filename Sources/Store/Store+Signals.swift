import Foundation
import GRDB
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

    /// How many items each account wrote on each theme each day (days since 1970-01-01), for the
    /// theme × account join; items without an account or a date are left out.
    /// - Complexity: one grouped scan of the assignments.
    public func themeMentionDays() throws -> [(accountID: String, themeID: String, day: Int, count: Int)] {
        try read { db in
            let rows = try Row.fetchCursor(db, sql: """
                SELECT i.account_id AS account, a.theme_id AS theme, substr(i.created_at, 1, 10) AS day, COUNT(*) AS n
                FROM assignments a JOIN items i ON i.id = a.item_id
                WHERE a.theme_id IS NOT NULL AND i.account_id IS NOT NULL AND i.account_id <> '' AND i.created_at IS NOT NULL
                GROUP BY i.account_id, a.theme_id, day ORDER BY i.account_id, a.theme_id, day
                """)
            var out: [(String, String, Int, Int)] = []
            while let row = try rows.next() {
                guard let day = Store.dayNumber(row["day"]) else { continue }
                out.append((row["account"], row["theme"], day, row["n"]))
            }
            return out
        }
    }

    /// `YYYY-MM-DD…` as days since 1970-01-01.
    static func dayNumber(_ text: String?) -> Int? {
        guard let text else { return nil }
        let parts = text.prefix(10).split(separator: "-")
        guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        return CivilDate.days(year: y, month: m, day: d)
    }

    /// Score and ticket counts per theme (key nil: every stored item, themed or not): NPS
    /// promoters, detractors and answers; CSAT satisfied and answers; CES sum and answers;
    /// first-contact and all resolved tickets; resolution hours of the resolved tickets.
    public func feedbackFigures() throws -> [String?: (counts: [String: Double], resolutionHours: [Double])] {
        try read { db in
            let select = """
                SUM(i.score_type = 'nps' AND i.score >= 9) AS promoters, SUM(i.score_type = 'nps' AND i.score <= 6) AS detractors,
                SUM(i.score_type = 'nps') AS nps, SUM(i.score_type = 'csat' AND i.score >= 4) AS csat_satisfied,
                SUM(i.score_type = 'csat') AS csat, SUM(CASE WHEN i.score_type = 'ces' THEN i.score END) AS ces_sum,
                SUM(i.score_type = 'ces') AS ces,
                SUM(i.kind = 'ticket' AND \(Store.resolvedSQL) AND NOT \(Store.reopenedSQL)) AS first_contact,
                SUM(i.kind = 'ticket' AND \(Store.resolvedSQL)) AS resolved
                """
            func counts(_ row: Row) -> [String: Double] {
                var out: [String: Double] = [:]
                for name in ["promoters", "detractors", "nps", "csat_satisfied", "csat", "ces_sum", "ces", "first_contact", "resolved"] {
                    out[name] = row[name] ?? 0
                }
                return out
            }
            var out: [String?: ([String: Double], [Double])] = [:]
            if let all = try Row.fetchOne(db, sql: "SELECT \(select) FROM items i") { out[nil] = (counts(all), []) }
            for row in try Row.fetchAll(db, sql: """
                SELECT a.theme_id AS theme, \(select) FROM assignments a JOIN items i ON i.id = a.item_id
                WHERE a.theme_id IS NOT NULL GROUP BY a.theme_id
                """) {
                out[row["theme"] as String] = (counts(row), [])
            }
            let hours = try Row.fetchCursor(db, sql: """
                SELECT a.theme_id AS theme, \(Store.resolutionSQL) AS h FROM assignments a JOIN items i ON i.id = a.item_id
                WHERE a.theme_id IS NOT NULL AND i.kind = 'ticket' AND h IS NOT NULL ORDER BY a.item_id
                """)
            while let row = try hours.next() {
                let theme: String = row["theme"]
                out[theme]?.1.append(row["h"])
            }
            return out
        }
    }

    /// Per account: the sum of its scored answers rescaled to 0–1 (NPS `s/10`, CES `(s−1)/6`,
    /// CSAT and ratings `(s−1)/4`), their count, its resolved tickets and those never reopened.
    public func supportFigures() throws -> [String: (satisfaction: Double, scored: Int, resolved: Int, firstContact: Int)] {
        try read { db in
            var out: [String: (Double, Int, Int, Int)] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT i.account_id AS account,
                       SUM(CASE i.score_type WHEN 'nps' THEN i.score / 10.0 WHEN 'ces' THEN (i.score - 1) / 6.0
                           WHEN 'csat' THEN (i.score - 1) / 4.0 WHEN 'rating' THEN (i.score - 1) / 4.0 END) AS satisfaction,
                       COUNT(i.score) AS scored, SUM(i.kind = 'ticket' AND \(Store.resolvedSQL)) AS resolved,
                       SUM(i.kind = 'ticket' AND \(Store.resolvedSQL) AND NOT \(Store.reopenedSQL)) AS first_contact
                FROM items i WHERE i.account_id IS NOT NULL AND i.account_id <> '' GROUP BY i.account_id
                """) {
                out[row["account"]] = (row["satisfaction"] ?? 0, row["scored"] ?? 0, row["resolved"] ?? 0, row["first_contact"] ?? 0)
            }
            return out
        }
    }

    /// The figures of every item that the KPIs read, by item row id: kind, account, creation day
    /// (days since 1970-01-01), score and scale, resolved, reopened, first-response and
    /// resolution hours.
    public func kpiItemFigures() throws -> [(kind: String, accountID: String?, day: Int?, score: Double?, scoreType: String?,
                                             resolved: Bool, reopened: Bool, firstResponseHours: Double?, resolutionHours: Double?)] {
        try read { db in
            let rows = try Row.fetchCursor(db, sql: """
                SELECT i.kind, i.account_id, substr(i.created_at, 1, 10) AS day, i.score, i.score_type,
                       \(Store.resolvedSQL) AS resolved, \(Store.reopenedSQL) AS reopened, i.first_response_hours,
                       \(Store.resolutionSQL) AS resolution
                FROM items i ORDER BY i.id
                """)
            var out: [(String, String?, Int?, Double?, String?, Bool, Bool, Double?, Double?)] = []
            while let row = try rows.next() {
                out.append((row["kind"], row["account_id"], Store.dayNumber(row["day"]), row["score"], row["score_type"],
                            row["resolved"], row["reopened"], row["first_response_hours"], row["resolution"]))
            }
            return out
        }
    }

    /// The latest item creation day (days since 1970-01-01), nil without dated items.
    public func latestItemDay() throws -> Int? {
        try read { db in Store.dayNumber(try String.fetchOne(db, sql: "SELECT MAX(created_at) FROM items")) }
    }

    /// Where the inputs disagree, counted: tickets resolved before their first response, items of
    /// accounts the accounts file does not list, churned accounts without a churn date, active
    /// accounts with churn events (a churn they came back from), and items written after their
    /// account's churn date (left out of the join).
    public func signalDisagreements() throws -> [(name: String, count: Int)] {
        try read { db in
            func count(_ sql: String) throws -> Int { try Int.fetchOne(db, sql: sql) ?? 0 }
            let accounts = try count("SELECT COUNT(*) FROM accounts")
            return [
                ("tickets resolved before their first response",
                 try count("SELECT COUNT(*) FROM items WHERE resolved_at IS NOT NULL AND first_response_at IS NOT NULL AND resolved_at < first_response_at")),
                ("items of accounts not in the accounts file", accounts == 0 ? 0 : try count("""
                    SELECT COUNT(*) FROM items i WHERE i.account_id IS NOT NULL AND i.account_id <> ''
                    AND NOT EXISTS (SELECT 1 FROM accounts a WHERE a.id = i.account_id)
                    """)),
                ("churned accounts without a churn date", try count("SELECT COUNT(*) FROM accounts WHERE churned = 1 AND churn_date IS NULL")),
                ("active accounts with churn events", try count("SELECT COUNT(*) FROM accounts WHERE churned = 0 AND json_extract(extra, '$.churn_events') IS NOT NULL")),
                ("items after their account's churn date", try count("""
                    SELECT COUNT(*) FROM items i JOIN accounts a ON a.id = i.account_id
                    WHERE a.churned = 1 AND a.churn_date IS NOT NULL AND substr(i.created_at, 1, 10) > a.churn_date
                    """)),
            ]
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
