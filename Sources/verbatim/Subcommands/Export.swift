import ArgumentParser
import Foundation
import Pipeline

/// `verbatim export`.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the theme, signal and KPI tables for spreadsheets and scripts: an XLSX workbook, CSV files or JSON.",
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
            expansion_mrr, renewal_date, status, health_score, health_tier), kpis (period, \
            segment, metric, value, numerator, denominator; all, quarters and months, by account \
            segment) and patterns (kind, theme_id, theme_label, issue_type, account_id, \
            period_start, period_end, items, baseline, z, alert, detail, item_ids). The same store gives byte-identical files.

            xlsx writes one workbook with a sheet per table: numbers as numbers, dates as dates, \
            the header row bold and frozen, an autofilter and fitted column widths (a sheet holds \
            at most 1,048,575 rows; a longer table is refused, so export it as csv). csv writes \
            one RFC 4180 file per table into a folder; --bom starts each with the UTF-8 byte \
            order mark so that Excel reads accents right. json writes one file with every table.

            In xlsx and csv, text that begins with =, +, -, @, a tab or a carriage return gets \
            a leading apostrophe so that a spreadsheet never runs it as a formula (numbers such \
            as -0.5 are left alone); json keeps the exact text.

            Examples:
              verbatim export --out verbatim.xlsx --format xlsx   # a sheet per table
              verbatim export --out out/ --format csv --bom       # out/themes.csv, … for Excel
              verbatim export --out themes.json --format json --tables themes
            """)

    @Option(help: ArgumentHelp("Where to write: a file for xlsx and json, a folder for csv.", valueName: "path"))
    var out: String

    @Option(help: "xlsx (one workbook), csv (one file per table) or json (one file).")
    var format: ExportFormat = .csv

    @Flag(help: "csv only: start each file with the UTF-8 byte order mark, for Excel.")
    var bom = false

    @Option(help: ArgumentHelp("Comma-separated table names (default: every table).", valueName: "names"))
    var tables: String?

    @OptionGroup var global: GlobalOptions

    var tableNames: [String] {
        (tables ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    func validate() throws {
        if bom && format != .csv {
            throw ValidationError("--bom applies to --format csv only; \(format.rawValue) files are always UTF-8 without one")
        }
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: out, isDirectory: &isFolder)
        if format != .csv && exists && isFolder.boolValue {
            let example = URL(fileURLWithPath: out).appendingPathComponent("verbatim.\(format.rawValue)").path
            throw ValidationError("--out \(out) is a folder; \(format.rawValue) writes one file, e.g. --out \(example)")
        }
        if format == .csv && exists && !isFolder.boolValue {
            throw ValidationError("--out \(out) is a file; csv writes one file per table into a folder, e.g. --out out/")
        }
    }

    func run() throws {
        let console = global.console
        try ExitStatus.guarding(console) {
            try Exporter.validate(tables: tableNames, format: format.pipelineFormat)
            let workspace = global.resolvedWorkspace
            let store = try workspace.readStore()
            let settings = try workspace.signalSettings()
            let url = URL(fileURLWithPath: out)
            let written = try Exporter(store: store, signalSettings: settings).export(tables: tableNames, format: format.pipelineFormat, to: url, bom: bom)
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
