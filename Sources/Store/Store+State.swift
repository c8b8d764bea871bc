import Foundation
import GRDB
import VerbatimCore

/// What the last complete analysis saw: the data version, the config and the program.
public struct AnalysedState: Sendable, Equatable {
    /// `store_state.data_version` when the analysis ran.
    public var dataVersion: Int64
    /// The hash of the config it ran with.
    public var configHash: String?
    /// The Verbatim version that ran it.
    public var programVersion: String?
    /// The run it belonged to.
    public var runID: Int64?

    /// A state.
    public init(dataVersion: Int64, configHash: String?, programVersion: String?, runID: Int64?) {
        self.dataVersion = dataVersion
        self.configHash = configHash
        self.programVersion = programVersion
        self.runID = runID
    }
}

/// A configured input file as it was when last read.
public struct InputFileRecord: Sendable, Equatable {
    /// What the file holds.
    public enum Role: String, Sendable {
        /// Feedback items (a `[[source]]`).
        case items
        /// Accounts (`[accounts]`).
        case accounts
    }

    /// The file's path.
    public var path: String
    /// What it holds.
    public var role: Role
    /// A hash of the settings it was read with (its source section), so a changed mapping reads it again.
    public var settingsHash: String
    /// Its size in bytes.
    public var size: Int64
    /// Its modification time, in nanoseconds since 1970.
    public var modifiedNanoseconds: Int64
    /// Its inode number.
    public var inode: Int64
    /// A hash of its bytes.
    public var contentHash: String

    /// A record.
    public init(path: String, role: Role, settingsHash: String, size: Int64, modifiedNanoseconds: Int64, inode: Int64,
                contentHash: String) {
        self.path = path
        self.role = role
        self.settingsHash = settingsHash
        self.size = size
        self.modifiedNanoseconds = modifiedNanoseconds
        self.inode = inode
        self.contentHash = contentHash
    }
}

extension Store {
    /// Grows the data version inside a write that changed items, accounts or a model.
    static func noteDataChanged(_ db: Database) throws {
        try db.execute(sql: "UPDATE store_state SET data_version = data_version + 1 WHERE id = 1")
    }

    /// Marks the data as changed outside an ingest, e.g. after a classifier was trained, so the
    /// next run analyses again.
    public func noteDataChanged() throws {
        try write { db in try Store.noteDataChanged(db) }
    }

    /// The current data version: it grows with every write that changes items, accounts or models.
    public func dataVersion() throws -> Int64 {
        try read { db in try Int64.fetchOne(db, sql: "SELECT data_version FROM store_state WHERE id = 1") ?? 0 }
    }

    /// What the last complete analysis saw, or nil when there was none.
    public func analysedState() throws -> AnalysedState? {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT analysed_data_version, analysed_config_hash, analysed_program_version, analysed_run_id
                FROM store_state WHERE id = 1 AND analysed_data_version IS NOT NULL
                """) else { return nil }
            return AnalysedState(dataVersion: row[0], configHash: row[1], programVersion: row[2], runID: row[3])
        }
    }

    /// Records that an analysis of data version `state.dataVersion` completed.
    public func recordAnalysis(_ state: AnalysedState) throws {
        try write { db in
            try db.execute(sql: """
                UPDATE store_state SET analysed_data_version = ?, analysed_config_hash = ?, analysed_program_version = ?,
                    analysed_run_id = ? WHERE id = 1
                """, arguments: [state.dataVersion, state.configHash, state.programVersion, state.runID])
        }
    }

    /// Every input file as last read, by path.
    public func inputFiles() throws -> [String: InputFileRecord] {
        try read { db in
            var records: [String: InputFileRecord] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT path, role, settings_hash, size, modified_ns, inode, content_hash FROM input_files") {
                let path: String = row[0]
                records[path] = InputFileRecord(path: path, role: InputFileRecord.Role(rawValue: row[1]) ?? .items, settingsHash: row[2],
                                                size: row[3], modifiedNanoseconds: row[4], inode: row[5], contentHash: row[6])
            }
            return records
        }
    }

    /// Remembers `file` as read by run `runID`.
    public func recordInputFile(_ file: InputFileRecord, runID: Int64?, at date: Date = Date()) throws {
        try write { db in
            try db.execute(sql: """
                INSERT INTO input_files (path, role, settings_hash, size, modified_ns, inode, content_hash, run_id, read_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(path) DO UPDATE SET role = excluded.role, settings_hash = excluded.settings_hash,
                    size = excluded.size, modified_ns = excluded.modified_ns, inode = excluded.inode,
                    content_hash = excluded.content_hash, run_id = excluded.run_id, read_at = excluded.read_at
                """, arguments: [file.path, file.role.rawValue, file.settingsHash, file.size, file.modifiedNanoseconds, file.inode,
                                 file.contentHash, runID, UTCDate.iso(date)])
        }
    }
}
