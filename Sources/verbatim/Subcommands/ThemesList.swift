import ArgumentParser
import Foundation
import Pipeline
import Signals
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

            With --account (table format) the account comes first: name, segment, MRR, health \
            tier and score, and whether it churned, expanded or contracted; then its themes with \
            its mentions, its last mention, and each theme's churn lift over all accounts: the \
            churn rate of the accounts that raised the theme in the 90 days before they churned \
            (or before the period end) divided by the churn rate of the others, with its 95% \
            interval and Fisher's exact p. A lift of 2 with an interval above 1 and p below 0.05 \
            means accounts raising the theme churned twice as often, beyond chance. \
            "insufficient" means fewer accounts than [signals] min_support (5) raised the theme, \
            too few for a rate.

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
            let opened = Date()
            if let account, format == .table {
                // A look-up only reads: no writer connection, nothing to checkpoint on exit.
                let store = try Store.openExisting(path: global.resolvedWorkspace.storeURL.path, readOnly: true)
                let filter = ThemeFilter(since: since.flatMap(ThemesList.instant), until: until.flatMap(ThemesList.instant), kind: kind)
                let found = try AccountLookup(store: store).lookup(accountID: account, filter: filter)
                if found.account == nil, found.items == 0, filter == ThemeFilter() {
                    console.error("no account \(account): it is not in the accounts file and has no feedback")
                    throw ExitCode(ExitStatus.error)
                }
                console.data(ThemesList.render(found, id: account, limit: limit))
                console.debug(String(format: "look-up: %.1f ms (store opened, account, health and themes read, table rendered)",
                                     Date().timeIntervalSince(opened) * 1000))
                return
            }
            let store = try global.resolvedWorkspace.readStore()
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

    /// One account's header and its themes with each theme's churn lift.
    static func render(_ found: AccountLookup.Result, id: String, limit: Int?) -> String {
        var lines: [String] = []
        if let a = found.account {
            let mrr = [a.mrrStart, a.mrrEnd].map { $0.map { String(format: "%.2f", $0) } ?? "?" }
            lines.append("\(a.id)  \(a.name ?? "")")
            lines.append("segment \(a.segment ?? "-") · MRR \(mrr[0]) → \(mrr[1]) · \(status(found))"
                         + (a.churnDate.map { " on \(UTCDate.day($0))" } ?? ""))
        } else {
            lines.append("\(id)  (not in the accounts file)")
        }
        if let h = found.health, let score = h.score, let tier = h.tier.flatMap(HealthTier.init(rawValue:)) {
            let parts = [("usage", h.usage), ("support", h.support), ("outcome", h.outcome)]
                .map { "\($0.0) \($0.1.map { String(format: "%.0f", $0) } ?? "-")" }.joined(separator: ", ")
            lines.append("health \(tier.name) \(String(format: "%.0f", score)) (\(parts))")
        }
        let themes = limit.map { Array(found.themes.prefix($0)) } ?? found.themes
        let rows = themes.map { t -> [String] in
            var lift = "", interval = "", p = ""
            if let s = t.signal {
                lift = SignalFormat.figure(s, "churn_lift")
                if lift != SignalFormat.insufficient, let v = s.figures["churn_lift"] {
                    lift = String(format: "%.2f", v)
                    interval = [s.figures["lift_ci_low"], s.figures["lift_ci_high"]].map { $0.map { String(format: "%.2f", $0) } ?? "?" }.joined(separator: "–")
                    p = s.figures["p_value"].map { $0 < 0.001 ? "<0.001" : String(format: "%.3f", $0) } ?? ""
                }
            }
            return [t.id, t.label, String(t.mentions), t.lastMention.map { String($0.prefix(10)) } ?? "", lift, interval, p]
        }
        lines.append("")
        lines.append(OutputFormat.table.render(header: ["id", "theme", "mentions", "last", "churn lift", "95% CI", "p"], rows: rows))
        lines.append("")
        lines.append("\(found.themes.count) themes over \(found.items) items of this account")
        return lines.joined(separator: "\n")
    }

    private static func status(_ found: AccountLookup.Result) -> String {
        switch found.health?.status {
        case "churned": return "churned"
        case "expanded": return "expanded"
        case "contracted": return "contracted"
        default: return "active"
        }
    }
}
