import Foundation
import TOMLKit
import VerbatimCore

/// The workspace configuration, `verbatim.toml`.
///
/// ```toml
/// [[source]]
/// name = "tickets"          # the source name items are stored under
/// path = "exports/*.csv"    # a file, or a glob relative to the workspace
/// kind = "ticket"           # ticket, chat, survey or review (default: the preset's)
/// preset = "zendesk"        # a built-in preset (default: detected from the columns)
/// format = "csv"            # csv, tsv, json, jsonl, xml or lines (default: from the extension)
/// record = "data.tickets"   # JSON path or XML element of the records
/// date_format = "dd.MM.yyyy HH:mm"
/// score_type = "nps"
/// [source.map]              # FIELD = "COLUMN"
/// account = "Organization"
///
/// [accounts]
/// path = "accounts.csv"     # or paths = ["accounts.csv", "subscriptions.csv", "churn_events.csv"]
///
/// [themes]
/// k = "auto"                # or a number
/// seed = 42
///
/// [patterns]                # see Config.Patterns
/// recurring_count = 3
/// recurring_days = 30
///
/// [issue_types]             # see `Config.IssueTypes`
/// defaults = true           # keep the built-in taxonomy (false: only the types below)
/// threshold = 0.35          # below this confidence an item is "other"
/// [[issue_types.type]]
/// name = "billing"          # a built-in name replaces that type's words; a new name adds a type
/// keywords = ["invoice", "refund", "charge"]
/// phrases = ["credit card", "double charged"]
///
/// [signals]                 # the theme × account join and health (see Config.Signals)
/// min_support = 5
/// window_days = 90
/// ```
public struct Config: Sendable, Equatable {
    /// One configured source.
    public struct Source: Sendable, Equatable, Decodable {
        /// The source name.
        public var name: String
        /// A file path or glob, relative to the workspace.
        public var path: String
        /// Item kind.
        public var kind: String?
        /// Preset name.
        public var preset: String?
        /// File format.
        public var format: String?
        /// JSON path or XML element of the records.
        public var record: String?
        /// A `DateFormatter` pattern for the dates.
        public var dateFormat: String?
        /// The score scale.
        public var scoreType: String?
        /// FIELD = COLUMN pairs.
        public var map: [String: String]?

        enum CodingKeys: String, CodingKey {
            case name, path, kind, preset, format, record, map
            case dateFormat = "date_format"
            case scoreType = "score_type"
        }

        /// A hash of the settings its files are read with (all but the path): a file is read again
        /// when they change.
        public var settingsHash: String {
            ContentHash.hex(of: [name, kind, preset, format, record, dateFormat, scoreType]
                + (map ?? [:]).sorted { $0.key < $1.key }.flatMap { [$0.key, $0.value] })
        }
    }

    /// The accounts section.
    public struct Accounts: Sendable, Equatable, Decodable {
        /// One accounts file.
        public var path: String?
        /// Several files: accounts, subscriptions, churn events.
        public var paths: [String]?
        /// FIELD = COLUMN pairs for the accounts file.
        public var map: [String: String]?

        /// Every configured path, `path` first.
        public var allPaths: [String] { (path.map { [$0] } ?? []) + (paths ?? []) }

        /// A hash of the settings the files are read with, and of the list of files (they are read together).
        public var settingsHash: String {
            ContentHash.hex(of: ["accounts"] + allPaths + (map ?? [:]).sorted { $0.key < $1.key }.flatMap { [$0.key, $0.value] })
        }
    }

    /// Configured sources, in file order.
    public var sources: [Source]
    /// The accounts files, if any.
    public var accounts: Accounts?
    /// Theme settings, if any.
    public var themes: Themes?
    /// Pattern thresholds, if any.
    public var patterns: Patterns?
    /// Issue-type settings, if any.
    public var issueTypes: IssueTypes?
    /// Signal settings (join window, minimum support, health weights), if any.
    public var signals: Signals?
    /// A hash of the file's bytes, stored with each run.
    public var hash: String

    private struct File: Decodable {
        var source: [Source]?
        var accounts: Accounts?
        var themes: Themes?
        var patterns: Patterns?
        var issueTypes: IssueTypes?
        var signals: Signals?

        enum CodingKeys: String, CodingKey {
            case source, accounts, themes, patterns, signals
            case issueTypes = "issue_types"
        }
    }

    /// An empty configuration.
    public init() {
        sources = []
        accounts = nil
        themes = nil
        patterns = nil
        issueTypes = nil
        signals = nil
        hash = ContentHash.hex(of: [""])
    }

    /// Reads `verbatim.toml` at `url`.
    /// - Throws: `PipelineError.config` naming the file, the line and what is wrong.
    public init(contentsOf url: URL) throws {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw PipelineError.config(file: url.path, reason: "cannot read the file: \(error.localizedDescription)")
        }
        try self.init(text: text, file: url.path)
    }

    /// Parses configuration text; `file` names it in errors.
    public init(text: String, file: String) throws {
        if let line = Config.unnamedHeaderLine(text) {
            throw PipelineError.config(file: file, reason: "line \(line): a table header needs a name, as in [themes] or [[source]]")
        }
        let parsed: File
        do {
            parsed = try TOMLDecoder().decode(File.self, from: text)
        } catch let e as TOMLParseError {
            throw PipelineError.config(file: file, reason: "line \(e.source.begin.line): \(e.description)")
        } catch let e as DecodingError {
            throw PipelineError.config(file: file, reason: Config.describe(e))
        } catch {
            throw PipelineError.config(file: file, reason: String(describing: error))
        }
        sources = parsed.source ?? []
        accounts = parsed.accounts
        themes = parsed.themes
        patterns = parsed.patterns
        issueTypes = parsed.issueTypes
        signals = parsed.signals
        hash = ContentHash.hex(of: [text])
        var seen = Set<String>()
        for s in sources {
            guard !s.name.isEmpty else { throw PipelineError.config(file: file, reason: "a [[source]] has an empty name") }
            guard seen.insert(s.name).inserted else {
                throw PipelineError.config(file: file, reason: "two [[source]] sections are named '\(s.name)'; names must be unique")
            }
            if let kind = s.kind, ItemKind(rawValue: kind) == nil {
                throw PipelineError.config(file: file, reason: "source '\(s.name)': kind '\(kind)' is not one of ticket, chat, survey, review")
            }
        }
    }

    private static func describe(_ error: DecodingError) -> String {
        func path(_ keys: [any CodingKey]) -> String {
            var out = ""
            for key in keys {
                if let i = key.intValue { out += "[\(i)]" } else { out += (out.isEmpty ? "" : ".") + key.stringValue }
            }
            return out
        }
        switch error {
        case .keyNotFound(let key, let ctx):
            let keys = ctx.codingPath.last?.stringValue == key.stringValue ? ctx.codingPath : ctx.codingPath + [key]
            return "\(path(keys)) is missing"
        case .typeMismatch(let type, let ctx):
            return "\(path(ctx.codingPath)) should be a \(type)"
        case .valueNotFound(_, let ctx), .dataCorrupted(let ctx):
            return "\(path(ctx.codingPath)): \(ctx.debugDescription)"
        @unknown default:
            return String(describing: error)
        }
    }
}
