import ArgumentParser
import Foundation
import Pipeline
import Store
import VerbatimCore

/// `verbatim themes`.
struct ThemesList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "themes",
        abstract: "List the themes, largest first, for all feedback or one account, kind or period.",
        discussion: """
            Share is the theme's items over all analysed items under the same filter; trend \
            compares its share of volume in the last 28 days with the 28 days before.

            Examples:
              verbatim themes
              verbatim themes --account ACME --since 2026-06-01
              verbatim themes --kind survey --format csv > survey-themes.csv
            """)

    @Option(help: "Only this account's feedback.")
    var account: String?

    @Option(help: ArgumentHelp("Only feedback from this date on (YYYY-MM-DD or ISO 8601).", valueName: "date"))
    var since: String?

    @Option(help: ArgumentHelp("Only feedback before this date.", valueName: "date"))
    var until: String?

    @Option(help: "Only one kind: ticket, chat, survey or review.")
    var kind: String?

    @Option(help: "Show at most this many themes.")
    var limit: Int?

    @Option(help: "table, csv or json (csv and json give every column of the themes export table).")
    var format: OutputFormat = .table

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        for (name, value) in [("--since", since), ("--until", until)] {
            if let value, ThemesList.instant(value) == nil {
                throw ValidationError("\(name) \(value): use a date such as 2026-06-01 or 2026-06-01T00:00:00Z")
            }
        }
        if let kind, !["ticket", "chat", "survey", "review"].contains(kind) {
            throw ValidationError("--kind \(kind): use ticket, chat, survey or review")
        }
        if let limit, limit < 1 { throw ValidationError("--limit \(limit): use 1 or more") }
    }

    /// A date option (any form ingest reads: `2026-06-01`, ISO 8601, `6/1/2026`) as the store's
    /// ISO 8601 text.
    static func instant(_ text: String) -> String? {
        DateParser().parse(text).map(UTCDate.iso)
    }

    func run() throws {
        let console = global.console
        try ExitStatus.guarding(console) {
            let store = try global.resolvedWorkspace.store(create: false)
            let filter = ThemeFilter(account: account, since: since.flatMap(ThemesList.instant),
                                     until: until.flatMap(ThemesList.instant), kind: kind)
            let result = try store.themeSummaries(filter: filter)
            if result.total == 0, try store.themeRecords().isEmpty {
                console.error("no themes yet: run `verbatim analyze` first")
                throw ExitCode(ExitStatus.error)
            }
            let themes = limit.map { Array(result.themes.prefix($0)) } ?? result.themes
            console.data(ThemesList.render(themes, unthemed: result.unthemed, total: result.total, format: format))
            if format == .table, let account, result.total == 0 {
                console.warning("account \(account) has no analysed feedback under this filter")
            }
        }
    }

    /// The themes as a table for people, or the export table's columns as CSV or JSON.
    static func render(_ themes: [ThemeSummary], unthemed: Int, total: Int, format: OutputFormat) -> String {
        switch format {
        case .table:
            let rows = themes.map { t in
                [t.id, t.label, String(t.items), String(format: "%.1f%%", t.share * 100), String(t.accounts),
                 t.trend.map { String(format: "%+.0f%%", $0 * 100) } ?? "", t.parentLabel ?? ""]
            }
            let share = total > 0 ? String(format: "%.1f%%", Double(unthemed) / Double(total) * 100) : "0%"
            return OutputFormat.table.render(header: ["id", "theme", "items", "share", "accounts", "trend", "group"], rows: rows)
                + "\n\n\(themes.count) themes over \(total) items; unthemed \(unthemed) (\(share))"
        case .csv, .json:
            return format.render(header: Exporter.themeColumns.map(\.name), rows: themes.map(Exporter.themeRow))
        }
    }
}
