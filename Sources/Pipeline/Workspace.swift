import Foundation
import Store

/// A folder holding `verbatim.toml` and `verbatim.sqlite`.
public struct Workspace: Sendable {
    /// The folder.
    public let directory: URL

    /// The workspace at `path`; relative paths are taken from the current folder.
    public init(path: String) {
        directory = URL(fileURLWithPath: path, isDirectory: true).standardizedFileURL
    }

    /// `verbatim.toml`.
    public var configURL: URL { directory.appendingPathComponent("verbatim.toml") }
    /// `verbatim.sqlite`.
    public var storeURL: URL { directory.appendingPathComponent("verbatim.sqlite") }

    /// The configuration, or an empty one when the workspace has no `verbatim.toml`.
    public func config() throws -> Config {
        FileManager.default.fileExists(atPath: configURL.path) ? try Config(contentsOf: configURL) : Config()
    }

    /// The `[signals]` settings of the workspace's config, checked.
    /// - Throws: `PipelineError.config` naming a bad setting.
    public func signalSettings() throws -> SignalSettings {
        try SignalSettings(config: try config().signals, file: configURL.path)
    }

    /// Creates the folder, a commented `verbatim.toml` (unless one exists) and the store.
    /// - Returns: whether a new `verbatim.toml` was written.
    @discardableResult
    public func initialise() throws -> Bool {
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw PipelineError.noWorkspace(path: directory.path, reason: "cannot create the folder: \(error.localizedDescription)")
        }
        var wrote = false
        if !FileManager.default.fileExists(atPath: configURL.path) {
            do {
                try Workspace.template.write(to: configURL, atomically: true, encoding: .utf8)
            } catch {
                throw PipelineError.noWorkspace(path: configURL.path, reason: "cannot write: \(error.localizedDescription)")
            }
            wrote = true
        }
        _ = try Store(path: storeURL.path)
        return wrote
    }

    /// Opens the store, creating it when `create` is true.
    public func store(create: Bool) throws -> Store {
        if create {
            try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            return try Store(path: storeURL.path)
        }
        return try Store.openExisting(path: storeURL.path)
    }

    /// Opens the store for a command that only reads (see `Store.openForReading`).
    public func readStore() throws -> Store {
        try Store.openForReading(path: storeURL.path)
    }

    /// Resolves a configured path against the workspace folder.
    public func resolve(_ path: String) -> URL {
        path.hasPrefix("/") ? URL(fileURLWithPath: path) : directory.appendingPathComponent(path)
    }

    /// The text of a new `verbatim.toml`.
    static let template = """
        # Verbatim workspace configuration. See README.md for every setting.

        # Each [[source]] names exports that `verbatim run` ingests.
        # [[source]]
        # name = "tickets"
        # path = "exports/tickets-*.csv"
        # kind = "ticket"            # ticket, chat, survey, review
        # preset = "zendesk"         # zendesk, intercom, survey, generic, … (detected when absent)
        # [source.map]
        # account = "Organization"   # FIELD = "COLUMN"

        # [accounts]
        # path = "accounts.csv"

        [themes]
        k = "auto"
        seed = 42

        # Recurring issues, repeat contacts and spikes (the defaults shown).
        # [patterns]
        # recurring_count = 3
        # recurring_days = 30
        # repeat_days = 7
        # spike_weeks = 8
        # spike_z = 2.0
        # spike_min_count = 10
        # emerging_min_items = 10

        # Issue types by keyword and phrase rules (used until `verbatim classify train` stores a model).
        # [issue_types]
        # defaults = true
        # threshold = 0.35
        # [[issue_types.type]]
        # name = "billing"
        # keywords = ["invoice", "refund"]

        # The theme × account join and health scores.
        # [signals]
        # min_support = 5
        # window_days = 90

        """
}
