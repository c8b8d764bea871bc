import Foundation
import GRDB
import GRDBSQLite
import VerbatimCore

extension Store {
    /// The active themes with their figures under `filter`, largest first, and the unthemed count.
    ///
    /// Share is the theme's items over all analysed items under the filter (the unthemed
    /// bucket included). Trend compares the theme's share of volume in the 28 days up to the
    /// latest item under the filter with the 28 days before: `share_recent / share_before - 1`.
    ///
    /// One scan of the assignments under the filter gathers every figure (counts, distinct
    /// accounts, first and last item, the two 28-day windows): at a million items five separate
    /// aggregate queries took 9 s, the one scan about 1 s.
    public func themeSummaries(filter: ThemeFilter = ThemeFilter()) throws -> (themes: [ThemeSummary], unthemed: Int, total: Int) {
        try read { db in
            let (condition, args) = filter.sql
            let statement = try db.makeStatement(sql: """
                SELECT a.theme_id, i.account_id, i.created_at FROM assignments a JOIN items i ON i.id = a.item_id WHERE \(condition)
                """)
            try statement.setArguments(StatementArguments(args))
            let handle = statement.sqliteStatement
            func text(_ column: Int32) -> String? {
                guard let p = sqlite3_column_text(handle, column) else { return nil }
                return String(cString: p)
            }
            /// Per theme: items, accounts (interned), first and last item.
            struct Tally { var n = 0; var accounts: Set<Int32> = []; var first: String?; var last: String? }
            var themeIndex: [String: Int32] = [:], themeIDs: [String] = [], tallies: [Tally] = []
            var accountIndex: [String: Int32] = [:]
            var rowTheme: [Int32] = [], rowCreated: [String?] = []
            var total = 0, unthemed = 0
            var latest: String?
            while true {
                let code = sqlite3_step(handle)
                if code == SQLITE_DONE { break }
                guard code == SQLITE_ROW else { throw StoreError.sql(reason: "reading the themes' figures: SQLite error \(code)") }
                total += 1
                let created = text(2)
                if let created, latest.map({ created > $0 }) ?? true { latest = created }
                guard let theme = text(0) else {
                    unthemed += 1
                    rowTheme.append(-1); rowCreated.append(created)
                    continue
                }
                let t: Int32
                if let known = themeIndex[theme] { t = known } else {
                    t = Int32(themeIDs.count)
                    themeIndex[theme] = t; themeIDs.append(theme); tallies.append(Tally())
                }
                tallies[Int(t)].n += 1
                if let account = text(1) {
                    let a: Int32
                    if let known = accountIndex[account] { a = known } else { a = Int32(accountIndex.count); accountIndex[account] = a }
                    tallies[Int(t)].accounts.insert(a)
                }
                if let created {
                    if tallies[Int(t)].first.map({ created < $0 }) ?? true { tallies[Int(t)].first = created }
                    if tallies[Int(t)].last.map({ created > $0 }) ?? true { tallies[Int(t)].last = created }
                }
                rowTheme.append(t); rowCreated.append(created)
            }
            sqlite3_reset(handle)

            // The two windows, now that the latest item is known.
            var recentCut = "9999", earlierCut = "9999"
            if let latest, let date = DateParser().parse(latest) {
                recentCut = UTCDate.iso(date.addingTimeInterval(-28 * 86_400))
                earlierCut = UTCDate.iso(date.addingTimeInterval(-56 * 86_400))
            }
            var recent = [Int](repeating: 0, count: themeIDs.count), earlier = recent
            var recentAll = 0, earlierAll = 0
            for (t, created) in zip(rowTheme, rowCreated) {
                guard let created else { continue }
                if created > recentCut {
                    recentAll += 1
                    if t >= 0 { recent[Int(t)] += 1 }
                } else if created > earlierCut {
                    earlierAll += 1
                    if t >= 0 { earlier[Int(t)] += 1 }
                }
            }

            let records = Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT * FROM themes").map { row in
                let r = Store.themeRecord(row)
                return (r.id, r)
            })
            var summaries: [ThemeSummary] = []
            for (t, id) in themeIDs.enumerated() {
                guard let record = records[id] else { continue }
                let tally = tallies[t]
                var trend: Double?
                if earlier[t] > 0, earlierAll > 0, recentAll > 0 {
                    trend = (Double(recent[t]) / Double(recentAll)) / (Double(earlier[t]) / Double(earlierAll)) - 1
                }
                let example = try record.quoteItemIDs.first.flatMap {
                    try String.fetchOne(db, sql: "SELECT text FROM items WHERE id = ?", arguments: [$0])
                } ?? ""
                summaries.append(ThemeSummary(
                    id: id, label: record.label, parentID: record.parentID,
                    parentLabel: record.parentID.flatMap { records[$0]?.label }, items: tally.n,
                    share: total > 0 ? Double(tally.n) / Double(total) : 0, accounts: tally.accounts.count,
                    topTerms: record.topTerms, example: example, firstSeen: tally.first, lastSeen: tally.last, trend: trend))
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
