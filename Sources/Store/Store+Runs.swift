import Foundation
import GRDB
import VerbatimCore

extension Store {
    /// Records the start of a run of `command` and returns its id.
    public func beginRun(command: String, version: String, configHash: String?, startedAt: Date = Date()) throws -> Int64 {
        try write { db in
            try db.execute(sql: "INSERT INTO runs (command, started_at, config_hash, version) VALUES (?, ?, ?, ?)",
                           arguments: [command, UTCDate.iso(startedAt), configHash, version])
            return db.lastInsertedRowID
        }
    }

    /// Records how a run ended: its counts, seconds per stage and the hashes of its input files.
    public func finishRun(id: Int64, ok: Bool, counts: IngestCounts, stageSeconds: [String: Double],
                          inputHashes: [String: String], finishedAt: Date = Date()) throws {
        try write { db in
            try db.execute(sql: """
                UPDATE runs SET finished_at = ?, status = ?, items_added = ?, items_updated = ?, items_unchanged = ?,
                    rejects = ?, stage_seconds = ?, input_hashes = ? WHERE id = ?
                """, arguments: [UTCDate.iso(finishedAt), ok ? "ok" : "failed", counts.added, counts.updated,
                                 counts.unchanged, counts.rejected, JSONText.object(stageSeconds),
                                 JSONText.object(inputHashes), id])
        }
    }
}
