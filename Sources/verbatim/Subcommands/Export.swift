import ArgumentParser
import Foundation
import Pipeline

/// `verbatim export`.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the theme, signal and KPI tables for spreadsheets and scripts: CSV (one file per table) or JSON.",
        discussion: """
            Tables: themes (theme_id, label, parent_id, items, share, accounts, top_terms, example, \
            first_seen, last_seen, trend), assignments (item_id, source, external_id, kind, \
            account_id, created_at, theme_id, similarity, issue_type, sentiment), account_themes \
            (account_id, theme_id, mentions, first_mention, last_mention), theme_signals \
            (theme_id, accounts_mentioning, churned_accounts, churn_rate, baseline_churn_rate, \
            churn_lift, lift_ci_low, lift_ci_high, p_value, churned_mrr, expansion_accounts, \
            expansion_mrr, nps_mentioning, nps_impact, csat, ces, fcr, median_ttr_hours; a figure on \
            fewer than [signals] min_support accounts or answers reads "insufficient"), accounts \
            (account_id, name, segment, mrr_start, mrr_end, churned, churn_date, contraction_mrr, \
            expansion_mrr, renewal_date, status, health_score, health_tier) and kpis (period, \
            segment, metric, value, numerator, denominator; all, quarters and months, by account \
            segment). The same store gives byte-identical files.

            Examples:
              verbatim export --out out/ --format csv                   # out/themes.csv, out/assignments.csv, …
              verbatim export --out themes.json --format json --tables themes
            """)

    @Option(help: ArgumentHelp("Where to write: a folder for csv, a file for json.", valueName: "path"))
    var out: String

    @Option(help: "csv or json (xlsx is planned).")
    var format: ExportFormat = .csv

    @Option(help: ArgumentHelp("Comma-separated table names (default: every table).", valueName: "names"))
    var tables: String?

    @OptionGroup var global: GlobalOptions

    var tableNames: [String] {
        (tables ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    func run() throws {
        let console = global.console
        try ExitStatus.guarding(console) {
            try Exporter.validate(tables: tableNames, format: format.pipelineFormat)
            let workspace = global.resolvedWorkspace
            let store = try workspace.readStore()
            let settings = try workspace.signalSettings()
            let url = URL(fileURLWithPath: out)
            let written = try Exporter(store: store, signalSettings: settings).export(tables: tableNames, format: format.pipelineFormat, to: url)
            for table in written {
                let place = format == .csv ? url.appendingPathComponent(table.name + ".csv").path : url.path
                console.info("\(table.name): \(table.rows) rows → \(place)")
            }
        }
    }
}

/// `verbatim export --format`.
enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
    case csv
    case json
    case xlsx

    var pipelineFormat: Exporter.Format {
        switch self {
        case .csv: return .csv
        case .json: return .json
        case .xlsx: return .xlsx
        }
    }
}
