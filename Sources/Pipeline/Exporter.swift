import Foundation
import Output
import Store
import TextAnalysis

/// `verbatim export`: builds the export tables from the store and writes them.
public struct Exporter: Sendable {
    /// Export formats.
    public enum Format: String, Sendable, CaseIterable {
        /// One `<table>.csv` per table in a folder.
        case csv
        /// One JSON file holding every table.
        case json
        /// A workbook with one sheet per table.
        case xlsx
    }

    /// The tables this release can export, in their export order.
    public static let availableTables = ["themes", "assignments", "account_themes", "theme_signals", "accounts", "kpis", "patterns"]

    /// The store to read.
    public var store: Store
    /// The `[signals]` settings the `kpis` table is computed with.
    public var signalSettings: SignalSettings

    /// An exporter over `store`; `signalSettings` are the workspace's `[signals]` settings.
    public init(store: Store, signalSettings: SignalSettings = SignalSettings()) {
        self.store = store
        self.signalSettings = signalSettings
    }

    /// Checks table names before any work.
    /// - Throws: `PipelineError.badOption` naming the option, the value and what is possible.
    public static func validate(tables: [String], format: Format) throws {
        for name in tables where !availableTables.contains(name) {
            throw PipelineError.badOption(option: "--tables", value: name, reason: "no such table; choose from \(availableTables.joined(separator: ", "))")
        }
    }

    /// Builds `tables` (all available ones when empty) and writes them to `url` in `format`:
    /// a folder for csv, a file for json and xlsx.
    /// - Parameter bom: for csv, start each file with the UTF-8 byte order mark (for Excel).
    /// - Returns: the tables written, with their row counts.
    /// - Throws: `PipelineError.badOption` for an unknown table; `OutputError` when the files
    ///   cannot be written or a table is too long for a sheet.
    @discardableResult
    public func export(tables names: [String], format: Format, to url: URL, bom: Bool = false) throws -> [(name: String, rows: Int)] {
        let chosen = names.isEmpty ? Self.availableTables : names
        try Self.validate(tables: chosen, format: format)
        let tables = try chosen.map(table)
        switch format {
        case .csv: try CSVTableWriter(bom: bom).write(tables, to: url)
        case .json: try JSONTableWriter().write(tables, to: url)
        case .xlsx: try XLSXTableWriter().write(tables, to: url)
        }
        return tables.map { ($0.name, $0.rows.count) }
    }

    /// One export table by name.
    public func table(_ name: String) throws -> ExportTable {
        switch name {
        case "themes":
            return ExportTable(name: name, columns: Self.themeColumns, rows: try store.themeSummaries().themes.map(Self.themeRow))
        case "assignments":
            return ExportTable(name: name, columns: [
                .init("item_id", .number), .init("source"), .init("external_id"), .init("kind"), .init("account_id"),
                .init("created_at", .date), .init("theme_id"), .init("similarity", .number), .init("issue_type"), .init("sentiment", .number),
            ], rows: try store.assignmentRows())
        case "account_themes":
            return ExportTable(name: name, columns: [
                .init("account_id"), .init("theme_id"), .init("mentions", .number), .init("first_mention", .date), .init("last_mention", .date),
            ], rows: try store.accountThemeRows())
        case "patterns":
            return try patternsTable()
        case "theme_signals", "accounts", "kpis":
            return try signalTable(name)
        default:
            throw PipelineError.badOption(option: "--tables", value: name, reason: "no such table; choose from \(Self.availableTables.joined(separator: ", "))")
        }
    }

    /// The columns of the `themes` table.
    public static let themeColumns: [ExportTable.Column] = [
        .init("theme_id"), .init("label"), .init("parent_id"), .init("items", .number), .init("share", .number),
        .init("accounts", .number), .init("top_terms"), .init("example"), .init("first_seen", .date), .init("last_seen", .date),
        .init("trend", .number),
    ]

    /// Feedback text as quotes show it: without HTML, on one line.
    public static func readable(_ text: String) -> String { DisplayText.readable(text) }

    /// One theme as a row of the `themes` table.
    public static func themeRow(_ t: ThemeSummary) -> [String] {
        [t.id, t.label, t.parentID ?? "", String(t.items), String(format: "%.4f", t.share), String(t.accounts),
         t.topTerms.joined(separator: "; "), DisplayText.readable(t.example), t.firstSeen ?? "", t.lastSeen ?? "",
         t.trend.map { String(format: "%.4f", $0) } ?? ""]
    }
}
