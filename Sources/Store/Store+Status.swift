import GRDB

extension Store {
    /// Counts of items per source and kind, accounts, rejects grouped by file and reason, and the
    /// latest run.
    public func status() throws -> StoreStatus {
        try read { db in
            let items = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM items") ?? 0
            var byKind: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT kind, COUNT(*) AS n FROM items GROUP BY kind") {
                byKind[row["kind"]] = row["n"]
            }
            let sources = try Row.fetchAll(db, sql: """
                SELECT s.name, s.kind, (SELECT COUNT(*) FROM items i WHERE i.source = s.name) AS n
                FROM sources s ORDER BY s.name
                """).map { StoreStatus.SourceCount(name: $0["name"], kind: $0["kind"], items: $0["n"]) }
            let groups = try Row.fetchAll(db, sql: """
                SELECT file, reason, COUNT(*) AS n, MIN(id) AS first FROM rejects
                GROUP BY file, reason ORDER BY n DESC, file, reason
                """).map { row -> StoreStatus.RejectGroup in
                    let first = try Row.fetchOne(db, sql: "SELECT line, record_index, record_path, excerpt FROM rejects WHERE id = ?",
                                                 arguments: [row["first"] as Int64])
                    var location = "record \(((first?["record_index"] as Int?) ?? 0) + 1)"
                    if let line = first?["line"] as Int? { location = "line \(line)" } else if let path = first?["record_path"] as String? { location = path }
                    return StoreStatus.RejectGroup(file: row["file"], reason: row["reason"], count: row["n"],
                                                   firstLocation: location, excerpt: first?["excerpt"] ?? "")
                }
            let lastRun = try Row.fetchOne(db, sql: "SELECT id, command, finished_at, status FROM runs ORDER BY id DESC LIMIT 1")
                .map { StoreStatus.LastRun(id: $0["id"], command: $0["command"], finishedAt: $0["finished_at"], status: $0["status"]) }
            return StoreStatus(
                items: items,
                itemsWithoutText: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM items WHERE text = ''") ?? 0,
                itemsByKind: byKind,
                accounts: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM accounts") ?? 0,
                churnedAccounts: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM accounts WHERE churned = 1") ?? 0,
                rejects: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM rejects") ?? 0,
                sources: sources, rejectGroups: groups, lastRun: lastRun)
        }
    }

    /// The stored rejects of one file, in file order: (line, record path, reason, excerpt).
    public func rejects(file: String) throws -> [(line: Int?, path: String?, reason: String, excerpt: String)] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT line, record_path, reason, excerpt FROM rejects WHERE file = ? ORDER BY record_index, id",
                             arguments: [file]).map { ($0["line"], $0["record_path"], $0["reason"], $0["excerpt"]) }
        }
    }

    /// One stored item's text and content fields by identity, for tests and look-ups.
    public func item(source: String, externalID: String) throws -> [String: String]? {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM items WHERE source = ? AND external_id = ?",
                                             arguments: [source, externalID]) else { return nil }
            var out: [String: String] = [:]
            for (column, value) in row { if let text = value.text { out[column] = text } }
            return out
        }
    }
}

extension DatabaseValue {
    /// The value as text: strings as they are, numbers in decimal, nil for NULL.
    var text: String? {
        switch storage {
        case .null: return nil
        case .int64(let i): return String(i)
        case .double(let d): return String(d)
        case .string(let s): return s
        case .blob(let b): return "<\(b.count) bytes>"
        }
    }
}
