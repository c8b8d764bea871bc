import Foundation
import GRDB
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The SQLite store every stage reads and writes: items, accounts, rejects and runs.
///
/// One file per workspace (`verbatim.sqlite`), in WAL mode so that look-ups can read while a
/// nightly run writes. Every write goes through one transaction per stage or per file; a failure
/// rolls it back whole.
public final class Store: Sendable {
    /// The database file.
    public let path: String
    let pool: DatabasePool

    /// Opens (creating if needed) the store at `path` and applies pending migrations; with
    /// `readOnly`, opens an existing, migrated store for reading only (no writer connection, so
    /// nothing to checkpoint on close: quick look-ups).
    /// - Throws: `StoreError.cannotOpen` when the file cannot be opened or migrated.
    public convenience init(path: String, readOnly: Bool = false) throws {
        try self.init(path: path, readOnly: readOnly, immutable: false)
    }

    /// Opens the store at `path`; with `immutable`, read-only as a file nothing writes to
    /// (SQLite's `immutable` URI parameter: no locks, no `-shm` index), for a store in a folder this
    /// user cannot write (see `openForReading`).
    init(path: String, readOnly: Bool, immutable: Bool) throws {
        self.path = path
        var config = Configuration()
        config.readonly = readOnly
        config.busyMode = .timeout(10)
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            try db.execute(sql: "PRAGMA cache_size = -\(Store.cacheKiB)")
            // Read pages through a memory map (SQLite caps it at 2 GB) instead of copying each one
            // with pread: a scan of a million items takes half the time. Writes still use write(2).
            try db.execute(sql: "PRAGMA mmap_size = 4294967296")
            // Statement journals and temporary b-trees in memory: a stage that rewrites a table of
            // tens of thousands of rows (the patterns) wrote hundreds of megabytes of statement
            // journal to /var/tmp, and waited on the disk for most of its time.
            try db.execute(sql: "PRAGMA temp_store = MEMORY")
        }
        do {
            pool = try DatabasePool(path: immutable ? Store.immutableURI(path) : path, configuration: config)
            if readOnly {
                guard try pool.read({ try Store.migrator.hasCompletedMigrations($0) }) else {
                    throw StoreError.cannotOpen(path: path, reason: "the store was written by an older version; run `verbatim analyze` to update it")
                }
            } else {
                try Store.migrator.migrate(pool)
            }
        } catch let error as DatabaseError {
            // The open or a migration found a full disk or a store it may not write.
            switch Store.failure(error, path: path) {
            case .sql: throw StoreError.cannotOpen(path: path, reason: Store.describe(error))
            case let specific: throw specific
            }
        } catch {
            throw StoreError.cannotOpen(path: path, reason: Store.describe(error))
        }
    }

    /// Opens an existing store (for reading only with `readOnly`), failing with
    /// `StoreError.missing` when there is none.
    public static func openExisting(path: String, readOnly: Bool = false) throws -> Store {
        guard FileManager.default.fileExists(atPath: path) else { throw StoreError.missing(path: path) }
        return try Store(path: path, readOnly: readOnly)
    }

    /// Opens an existing store for a command that only reads: read-only (no writer connection, so it
    /// never waits for a nightly run's transaction and sees the last committed state), unless the
    /// store still needs a migration, which is applied first.
    ///
    /// In a folder this user may not write (or on a read-only file system) SQLite cannot create the
    /// `-shm` index a WAL store is read through; a store closed cleanly (no `-wal` file, or an
    /// empty one) holds everything in its main file and is then read as immutable. With changes
    /// still in its `-wal` file it cannot be read there, and the error says so.
    public static func openForReading(path: String) throws -> Store {
        guard FileManager.default.fileExists(atPath: path) else { throw StoreError.missing(path: path) }
        if let store = try? Store(path: path, readOnly: true) { return store }
        let folder = (path as NSString).deletingLastPathComponent
        guard access(folder.isEmpty ? "." : folder, W_OK) != 0 else {
            // The store still needs a migration: apply it.
            return try Store(path: path)
        }
        let log = (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0
        guard log == 0 else {
            throw StoreError.readOnly(path: path, reason: "its write-ahead log (verbatim.sqlite-wal) holds changes, and reading them needs "
                                      + "verbatim.sqlite-shm, which this user cannot create in \(folder); run the command as a user who may "
                                      + "write the folder, or on a copy of the workspace")
        }
        return try Store(path: path, readOnly: true, immutable: true)
    }

    /// `path` as an SQLite URI with `immutable=1`.
    static func immutableURI(_ path: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#%")
        return "file:" + (path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path) + "?immutable=1"
    }

    /// The page cache of every connection, in KiB.
    static let cacheKiB = 65_536
    /// The writer's page cache while it ingests a file, in KiB: a file's transaction is measured in
    /// hundreds of megabytes at a million items, and index pages must stay in memory for it.
    static let ingestCacheKiB = 524_288

    /// A readable message for a GRDB or SQLite error.
    static func describe(_ error: any Error) -> String {
        if let e = error as? DatabaseError { return e.message ?? e.description }
        return String(describing: error)
    }

    /// Runs `body` in one write transaction; any error rolls it back.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try pool.write(body)
        } catch let error as DatabaseError {
            throw failure(error)
        }
    }

    /// Runs `body` against a read-only snapshot.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try pool.read(body)
        } catch let error as DatabaseError {
            throw Store.failure(error, path: path)
        }
    }
}
