import Foundation
import GRDB
import VerbatimCore

extension Store {
    /// Stores accounts by id in one transaction: new ones are added, changed ones updated,
    /// identical ones left alone. The earlier rejects of every file in `files` are replaced by
    /// `rejects`, keyed by file.
    /// - Returns: the counts of added, updated, unchanged and rejected accounts.
    public func upsertAccounts(_ accounts: [Account], rejects: [String: [RecordReject]], files: [String], runID: Int64?) throws -> IngestCounts {
        try write { db in
            var counts = IngestCounts()
            let lookup = try db.cachedStatement(sql: "SELECT content_hash FROM accounts WHERE id = ?")
            let upsert = try db.cachedStatement(sql: """
                INSERT INTO accounts (id, name, segment, mrr_start, mrr_end, churned, churn_date, contraction_mrr,
                                      expansion_mrr, renewal_date, usage, extra, content_hash, updated_run_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET name = excluded.name, segment = excluded.segment,
                    mrr_start = excluded.mrr_start, mrr_end = excluded.mrr_end, churned = excluded.churned,
                    churn_date = excluded.churn_date, contraction_mrr = excluded.contraction_mrr,
                    expansion_mrr = excluded.expansion_mrr, renewal_date = excluded.renewal_date,
                    usage = excluded.usage, extra = excluded.extra, content_hash = excluded.content_hash,
                    updated_run_id = excluded.updated_run_id
                """)
            for a in accounts {
                let values: [(any DatabaseValueConvertible)?] = [
                    a.id, a.name, a.segment, a.mrrStart, a.mrrEnd, a.churned, a.churnDate.map(UTCDate.day),
                    a.contractionMRR, a.expansionMRR, a.renewalDate.map(UTCDate.day),
                    JSONText.object(a.usage), JSONText.object(a.extra),
                ]
                let hash = ItemWriter.contentHash(values)
                let stored = try String.fetchOne(lookup, arguments: [a.id])
                if stored == hash { counts.unchanged += 1; continue }
                if stored == nil { counts.added += 1 } else { counts.updated += 1 }
                try upsert.execute(arguments: StatementArguments(values + [hash, runID]))
            }
            for file in Set(files).union(rejects.keys) {
                try db.execute(sql: "DELETE FROM rejects WHERE file = ?", arguments: [file])
            }
            for (file, list) in rejects.sorted(by: { $0.key < $1.key }) {
              for r in list {
                try db.execute(sql: """
                    INSERT INTO rejects (run_id, source, file, line, record_index, record_path, reason, excerpt)
                    VALUES (?, 'accounts', ?, ?, ?, ?, ?, ?)
                    """, arguments: [runID, file, r.location.line, r.location.index, r.location.path, r.reason, r.excerpt])
                counts.rejected += 1
              }
            }
            if counts.added + counts.updated > 0 { try Store.noteDataChanged(db) }
            return counts
        }
    }

    /// Every stored account, ordered by id.
    public func accounts() throws -> [Account] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM accounts ORDER BY id").map { row in
                Account(
                    id: row["id"], name: row["name"], segment: row["segment"],
                    mrrStart: row["mrr_start"], mrrEnd: row["mrr_end"], churned: row["churned"],
                    churnDate: (row["churn_date"] as String?).flatMap { DateParser().parse($0) },
                    contractionMRR: row["contraction_mrr"], expansionMRR: row["expansion_mrr"],
                    renewalDate: (row["renewal_date"] as String?).flatMap { DateParser().parse($0) })
            }
        }
    }
}
