import Foundation
import GRDB
import VerbatimCore

extension Store {
    /// The active themes with their figures under `filter`, largest first, and the unthemed count.
    ///
    /// Share is the theme's items over all analysed items under the filter (the unthemed
    /// bucket included). Trend compares the theme's share of volume in the 28 days up to the
    /// latest item under the filter with the 28 days before: `share_recent / share_before - 1`.
    public func themeSummaries(filter: ThemeFilter = ThemeFilter()) throws -> (themes: [ThemeSummary], unthemed: Int, total: Int) {
        try read { db in
            let (condition, args) = filter.sql
            let base = "FROM assignments a JOIN items i ON i.id = a.item_id WHERE \(condition)"
            let total = try Int.fetchOne(db, sql: "SELECT COUNT(*) \(base)", arguments: StatementArguments(args)) ?? 0
            let unthemed = try Int.fetchOne(db, sql: "SELECT COUNT(*) \(base) AND a.theme_id IS NULL", arguments: StatementArguments(args)) ?? 0
            let latest = try String.fetchOne(db, sql: "SELECT MAX(i.created_at) \(base)", arguments: StatementArguments(args))
            var recentCut = "9999", earlierCut = "9999"
            if let latest, let date = DateParser().parse(latest) {
                recentCut = UTCDate.iso(date.addingTimeInterval(-28 * 86_400))
                earlierCut = UTCDate.iso(date.addingTimeInterval(-56 * 86_400))
            }
            let windows = try Row.fetchOne(db, sql: """
                SELECT SUM(i.created_at > ?) AS recent, SUM(i.created_at > ? AND i.created_at <= ?) AS earlier \(base)
                """, arguments: StatementArguments([recentCut, earlierCut, recentCut] + args))
            let recentAll: Int = windows?["recent"] ?? 0
            let earlierAll: Int = windows?["earlier"] ?? 0
            let records = Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT * FROM themes").map { row in
                let r = Store.themeRecord(row)
                return (r.id, r)
            })
            let rows = try Row.fetchAll(db, sql: """
                SELECT a.theme_id AS theme, COUNT(*) AS n, COUNT(DISTINCT i.account_id) AS accounts,
                       MIN(i.created_at) AS first, MAX(i.created_at) AS last,
                       SUM(i.created_at > ?) AS recent, SUM(i.created_at > ? AND i.created_at <= ?) AS earlier
                \(base) AND a.theme_id IS NOT NULL GROUP BY a.theme_id
                """, arguments: StatementArguments([recentCut, earlierCut, recentCut] + args))
            var summaries: [ThemeSummary] = []
            for row in rows {
                let id: String = row["theme"]
                guard let record = records[id] else { continue }
                let n: Int = row["n"]
                let recent: Int = row["recent"] ?? 0, earlier: Int = row["earlier"] ?? 0
                var trend: Double?
                if earlier > 0, earlierAll > 0, recentAll > 0 {
                    trend = (Double(recent) / Double(recentAll)) / (Double(earlier) / Double(earlierAll)) - 1
                }
                let example = try record.quoteItemIDs.first.flatMap {
                    try String.fetchOne(db, sql: "SELECT text FROM items WHERE id = ?", arguments: [$0])
                } ?? ""
                summaries.append(ThemeSummary(
                    id: id, label: record.label, parentID: record.parentID,
                    parentLabel: record.parentID.flatMap { records[$0]?.label }, items: n,
                    share: total > 0 ? Double(n) / Double(total) : 0, accounts: row["accounts"],
                    topTerms: record.topTerms, example: example, firstSeen: row["first"], lastSeen: row["last"], trend: trend))
            }
            summaries.sort { ($0.items, records[$1.id]?.position ?? 0, $1.id) > ($1.items, records[$0.id]?.position ?? 0, $0.id) }
            return (summaries, unthemed, total)
        }
    }

    /// The texts of items by row id, for quotes.
    public func itemTexts(ids: [Int64]) throws -> [Int64: (source: String, externalID: String, accountID: String?, createdAt: String?, text: String)] {
        try read { db in
            var out: [Int64: (String, String, String?, String?, String)] = [:]
            for id in ids {
                if let row = try Row.fetchOne(db, sql: "SELECT source, external_id, account_id, created_at, text FROM items WHERE id = ?", arguments: [id]) {
                    out[id] = (row["source"], row["external_id"], row["account_id"], row["created_at"], row["text"])
                }
            }
            return out
        }
    }

    /// The lineage events of one theme (or of every theme), oldest first.
    public func themeEvents(themeID: String? = nil) throws -> [(runID: Int64?, event: ThemeEvent, at: String)] {
        try read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT * FROM theme_events \(themeID == nil ? "" : "WHERE theme_id = ? OR related LIKE ?") ORDER BY id
                """, arguments: themeID.map { [$0, "%\"\($0)\"%"] } ?? [])
            return rows.compactMap { row in
                guard let kind = ThemeEvent.Kind(rawValue: row["kind"]) else { return nil }
                return (row["run_id"], ThemeEvent(themeID: row["theme_id"], kind: kind, related: JSONText.decodeStrings(row["related"]),
                                                  similarity: row["similarity"], detail: row["detail"]), row["at"])
            }
        }
    }

    /// Every assignment joined to its item and its issue type and sentiment, by item row id: the
    /// `assignments` export table.
    public func assignmentRows() throws -> [[String]] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT a.item_id, i.source, i.external_id, i.kind, i.account_id, i.created_at, a.theme_id, a.similarity,
                       p.issue_type, p.sentiment
                FROM assignments a JOIN items i ON i.id = a.item_id LEFT JOIN item_patterns p ON p.item_id = a.item_id
                ORDER BY a.item_id
                """).map { row in
                    let similarity: Double = row["similarity"]
                    let sentiment: Double? = row["sentiment"]
                    return [String(row["item_id"] as Int64), row["source"], row["external_id"], row["kind"],
                            row["account_id"] ?? "", row["created_at"] ?? "", row["theme_id"] ?? "",
                            String(format: "%.4f", similarity), row["issue_type"] ?? "", sentiment.map { String(format: "%.4f", $0) } ?? ""]
                }
        }
    }
}

extension Store {
    /// How often each account raised each theme: the `account_themes` export table, by account
    /// then theme id.
    public func accountThemeRows() throws -> [[String]] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT i.account_id AS account, a.theme_id AS theme, COUNT(*) AS n,
                       MIN(i.created_at) AS first, MAX(i.created_at) AS last
                FROM assignments a JOIN items i ON i.id = a.item_id
                WHERE a.theme_id IS NOT NULL AND i.account_id IS NOT NULL AND i.account_id <> ''
                GROUP BY i.account_id, a.theme_id ORDER BY i.account_id, a.theme_id
                """).map { [$0["account"], $0["theme"], String($0["n"] as Int), $0["first"] ?? "", $0["last"] ?? ""] }
        }
    }
}
