import Foundation
import GRDB
import VerbatimCore

/// How a run ended, for its `runs` row.
public struct RunFinish: Sendable {
    /// Whether it completed.
    public var ok: Bool
    /// Items added, updated, unchanged and rejected.
    public var counts = IngestCounts()
    /// Seconds per stage.
    public var stageSeconds: [String: Double] = [:]
    /// Counts per stage (`files_read`, `accounts_added`, `themes`, `alerts`, …).
    public var stageCounts: [String: Int] = [:]
    /// Content hash of each input file, by path.
    public var inputHashes: [String: String] = [:]
    /// The process exit status the run ends with, when known.
    public var exitCode: Int32?
    /// Input files read, and left alone because they had not changed.
    public var filesRead = 0, filesSkipped = 0

    /// An ending.
    public init(ok: Bool, counts: IngestCounts = IngestCounts(), stageSeconds: [String: Double] = [:],
                inputHashes: [String: String] = [:]) {
        self.ok = ok
        self.counts = counts
        self.stageSeconds = stageSeconds
        self.inputHashes = inputHashes
    }
}

/// One row of the `runs` table.
public struct RunRecord: Sendable {
    /// Its id.
    public var id: Int64
    /// The command (`run`, `ingest`, `analyze`, …).
    public var command: String
    /// ISO 8601 start and end.
    public var startedAt: String, finishedAt: String?
    /// `running`, `ok` or `failed`.
    public var status: String
    /// The exit status, when recorded.
    public var exitCode: Int?
    /// Items added, updated, unchanged and rejected.
    public var counts: IngestCounts
    /// Seconds per stage.
    public var stageSeconds: [String: Double]
    /// Counts per stage.
    public var stageCounts: [String: Int]
    /// Content hash per input file.
    public var inputHashes: [String: String]
    /// Files read and skipped.
    public var filesRead: Int, filesSkipped: Int
    /// The config's hash and the program's version.
    public var configHash: String?, version: String
}

extension Store {
    /// Records the start of a run of `command` and returns its id.
    ///
    /// The caller holds the workspace lock, so no other run is in progress: a run still marked
    /// `running` was cut short (killed, or the machine stopped) and is marked `failed`, its end
    /// and exit status unknown. Everything it committed stays; the next run redoes the rest.
    public func beginRun(command: String, version: String, configHash: String?, startedAt: Date = Date()) throws -> Int64 {
        try write { db in
            try db.execute(sql: "UPDATE runs SET status = 'failed' WHERE status = 'running'")
            try db.execute(sql: "INSERT INTO runs (command, started_at, config_hash, version) VALUES (?, ?, ?, ?)",
                           arguments: [command, UTCDate.iso(startedAt), configHash, version])
            return db.lastInsertedRowID
        }
    }

    /// Records how a run ended: its counts, seconds per stage and the hashes of its input files.
    public func finishRun(id: Int64, ok: Bool, counts: IngestCounts, stageSeconds: [String: Double],
                          inputHashes: [String: String], finishedAt: Date = Date()) throws {
        try finishRun(id: id, RunFinish(ok: ok, counts: counts, stageSeconds: stageSeconds, inputHashes: inputHashes), finishedAt: finishedAt)
    }

    /// Records how a run ended.
    public func finishRun(id: Int64, _ finish: RunFinish, finishedAt: Date = Date()) throws {
        let stageCounts = "{" + finish.stageCounts.sorted { $0.key < $1.key }
            .map { "\(JSONText.string($0.key)):\($0.value)" }.joined(separator: ",") + "}"
        try write { db in
            try db.execute(sql: """
                UPDATE runs SET finished_at = ?, status = ?, items_added = ?, items_updated = ?, items_unchanged = ?,
                    rejects = ?, stage_seconds = ?, input_hashes = ?, stage_counts = ?, exit_code = ?, files_read = ?,
                    files_skipped = ? WHERE id = ?
                """, arguments: [UTCDate.iso(finishedAt), finish.ok ? "ok" : "failed", finish.counts.added, finish.counts.updated,
                                 finish.counts.unchanged, finish.counts.rejected, JSONText.object(finish.stageSeconds),
                                 JSONText.object(finish.inputHashes), stageCounts, finish.exitCode.map { Int($0) },
                                 finish.filesRead, finish.filesSkipped, id])
        }
    }

    /// The latest runs, newest first; `command` keeps only runs of that command.
    public func runs(command: String? = nil, limit: Int = 20) throws -> [RunRecord] {
        try read { db in
            let filter = command == nil ? "" : "WHERE command = ?"
            let arguments: StatementArguments = command.map { [$0, limit] } ?? [limit]
            return try Row.fetchAll(db, sql: "SELECT * FROM runs \(filter) ORDER BY id DESC LIMIT ?", arguments: arguments).map { row in
                RunRecord(id: row["id"], command: row["command"], startedAt: row["started_at"], finishedAt: row["finished_at"],
                          status: row["status"], exitCode: row["exit_code"],
                          counts: IngestCounts(added: row["items_added"], updated: row["items_updated"],
                                               unchanged: row["items_unchanged"], rejected: row["rejects"]),
                          stageSeconds: Self.decodeObject(row["stage_seconds"]), stageCounts: Self.decodeObject(row["stage_counts"]),
                          inputHashes: Self.decodeObject(row["input_hashes"]), filesRead: row["files_read"],
                          filesSkipped: row["files_skipped"], configHash: row["config_hash"], version: row["version"])
            }
        }
    }

    private static func decodeObject<T: Decodable>(_ text: String?) -> [String: T] {
        guard let text, let data = text.data(using: .utf8) else { return [:] }
        return (try? JSONDecoder().decode([String: T].self, from: data)) ?? [:]
    }
}
