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
///
/// [limits]                  # caps on one record and one run (see Config.Limits)
/// max_field_bytes = 16777216
/// ```
///
/// A key the file does not know (`recluster_growht`) is an error naming the key, its section,
/// its line and the nearest known key, so that a typo never silently leaves a setting at its
/// default.
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

        enum CodingKeys: String, CodingKey, CaseIterable {
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

        enum CodingKeys: String, CodingKey, CaseIterable {
            case path, paths, map
        }

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
    /// Limits on records and files, if any.
    public var limits: Limits?
    /// Redaction of personal data (see `Config.Redaction`); absent means every built-in detector.
    public var redaction: Redaction?
    /// A hash of the file's bytes, stored with each run.
    public var hash: String

    struct File: Decodable {
        var source: [Source]?
        var accounts: Accounts?
        var themes: Themes?
        var patterns: Patterns?
        var issueTypes: IssueTypes?
        var signals: Signals?
        var limits: Limits?
        var redaction: Redaction?

        enum CodingKeys: String, CodingKey, CaseIterable {
            case source, accounts, themes, patterns, signals, limits, redaction
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
        limits = nil
        redaction = nil
        hash = ContentHash.hex(of: [""])
    }

    /// Reads `verbatim.toml` at `url`.
    /// - Throws: `PipelineError.config` naming the file, the line and what is wrong.
    public init(contentsOf url: URL) throws {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw PipelineError.config(file: url.path, reason: "cannot read the file: \(error.localizedDescription)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            // Name the first line that is not UTF-8 (no UTF-8 sequence holds a line feed).
            let lines = data.split(separator: 0x0A, omittingEmptySubsequences: false)
            let line = 1 + (lines.firstIndex { String(data: Data($0), encoding: .utf8) == nil } ?? 0)
            throw PipelineError.config(file: url.path, reason: "line \(line): the file is not valid UTF-8; save it as UTF-8")
        }
        try self.init(text: text, file: url.path)
    }

    /// Parses configuration text; `file` names it in errors.
    public init(text: String, file: String) throws {
        if let line = Config.unnamedHeaderLine(text) {
            throw PipelineError.config(file: file, reason: "line \(line): a table header needs a name, as in [themes] or [[source]]")
        }
        if let line = Config.truncatedDateTimeLine(text) {
            throw PipelineError.config(file: file, reason: "line \(line): a date-time needs a time after its 'T', as in 1979-05-27T07:32:00Z")
        }
        let parsed: File
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let e as TOMLParseError {
            throw PipelineError.config(file: file, reason: "line \(e.source.begin.line): \(e.description)")
        } catch {
            throw PipelineError.config(file: file, reason: String(describing: error))
        }
        if let unknown = ConfigSchema.root.firstUnknownKey(in: table, text: text) {
            throw PipelineError.config(file: file, reason: unknown)
        }
        do {
            parsed = try TOMLDecoder().decode(File.self, from: table)
        } catch let e as DecodingError {
            throw PipelineError.config(file: file, reason: Config.describe(e, table: table, text: text))
        } catch {
            throw PipelineError.config(file: file, reason: String(describing: error))
        }
        sources = parsed.source ?? []
        accounts = parsed.accounts
        themes = parsed.themes
        patterns = parsed.patterns
        issueTypes = parsed.issueTypes
        signals = parsed.signals
        limits = parsed.limits
        redaction = parsed.redaction
        hash = ContentHash.hex(of: [text])
        if let limits {
            _ = try limits.recordLimits(file: file)
            _ = try limits.filesPerRun(file: file)
        }
        _ = try redactor(file: file)
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

    /// A decoding error as one line naming the key, what it should be and what the file holds
    /// (`[themes] k = true: should be a number or "auto"`). TOMLKit reports a value of the wrong
    /// type as a missing key, so the value is looked up in `table`.
    static func describe(_ error: DecodingError, table: TOMLTable, text: String) -> String {
        switch error {
        case .keyNotFound(let key, let ctx):
            let keys = ctx.codingPath.last?.stringValue == key.stringValue ? ctx.codingPath : ctx.codingPath + [key]
            let (label, value) = locate(keys, in: table)
            guard let value else { return "\(label) is missing" }
            let expected = ctx.debugDescription.split(separator: "\"").dropFirst().first.map(String.init) ?? "value"
            return mismatch(keys, label: label, value: value, expected: expected, text: text)
        case .typeMismatch(let type, let ctx):
            let (label, value) = locate(ctx.codingPath, in: table)
            guard let value else { return "\(label) should be \(article(for: "\(type)"))" }
            return mismatch(ctx.codingPath, label: label, value: value, expected: "\(type)", text: text)
        case .valueNotFound(_, let ctx), .dataCorrupted(let ctx):
            return "\(locate(ctx.codingPath, in: table).label): \(ctx.debugDescription)"
        @unknown default:
            return String(describing: error)
        }
    }

    private static func mismatch(_ keys: [any CodingKey], label: String, value: any TOMLValueConvertible, expected: String,
                                 text: String) -> String {
        let names = keys.filter { $0.intValue == nil }.map(\.stringValue)
        let what = names == ["themes", "k"] ? "a number or \"auto\"" : article(for: expected)
        let line = names.count >= 2 ? ConfigSchema.line(of: names[names.count - 1], in: Array(names.dropLast()), text: text) : nil
        return (line.map { "line \($0): " } ?? "") + "\(label) = \(render(value)): should be \(what)"
    }

    /// The section label and key of a coding path (`[themes] k`, `[[source]] 'tickets' path`),
    /// and the value the file holds there.
    private static func locate(_ keys: [any CodingKey], in table: TOMLTable) -> (label: String, value: (any TOMLValueConvertible)?) {
        var label = ""
        var value: (any TOMLValueConvertible)? = table
        var previous: String?
        for (n, key) in keys.enumerated() {
            if let i = key.intValue {
                let element = value?.array.flatMap { i < $0.count ? $0[i] : nil }
                let name = element?.table?["name"]?.string.map { "'\($0)'" } ?? "#\(i + 1)"
                label = n == 1 ? "[[\(previous ?? "")]] \(name)" : label + " " + name
                value = element
                continue
            }
            let name = key.stringValue
            value = value?.table?[name]
            if n == 0 {
                label = keys.count == 1 ? name : "[\(name)]"
            } else if n == 1 && label.hasPrefix("[") && !label.hasPrefix("[[") {
                label += " " + name
            } else {
                label += (label.isEmpty ? "" : " ") + name
            }
            previous = name
        }
        return (label, value)
    }

    /// `a whole number`, `a number`, `a string`, … for a Swift type's name.
    private static func article(for type: String) -> String {
        switch type {
        case "Int", "Int64", "Int32": return "a whole number"
        case "Double", "Float": return "a number"
        case "String": return "a string"
        case "Bool": return "true or false"
        default:
            if type.hasPrefix("Array") || type.hasPrefix("[") { return "an array" }
            if type.hasPrefix("Dictionary") { return "a table" }
            return "a \(type)"
        }
    }

    /// A value as the file writes it (`true`, `3`, `"x"`), or what kind of value it is.
    private static func render(_ value: any TOMLValueConvertible) -> String {
        if let s = value.string { return "\"\(s)\"" }
        if let b = value.bool { return String(b) }
        if let i = value.int { return String(i) }
        if let d = value.double { return String(d) }
        if value.table != nil { return "a table" }
        if let a = value.array { return "an array of \(a.count)" }
        return value.debugDescription
    }
}
