import ArgumentParser
import Foundation
import Pipeline
import Store

/// `verbatim patterns`.
struct PatternsList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "patterns",
        abstract: "List issue types, recurring issues, repeat contacts, spikes and emerging themes.",
        discussion: """
            The last `verbatim analyze` (or `run`) found these; they are rebuilt on every analysis.

              issue_type       items per issue type, with their share and mean sentiment
              recurring_issue  one account raising one theme (or issue type) recurring_count (3) or
                               more times within recurring_days (30)
              repeat_contact   per theme: customers writing again on it within repeat_days (7) of
                               a resolved contact (these count against first-contact resolution)
              spike            a theme's volume in a week against its trailing spike_weeks (8):
                               z = (count - median) / max(1.4826 MAD, sqrt(median), 1), at least spike_z (2)
                               and spike_min_count (10) items
              emerging_theme   a theme with emerging_min_items (10) or more items in the latest
                               week, holding at least half of all its items
              escalation       per theme: contacts the export marks as escalated

            Alerts are this week's spikes, emerging themes and recurring issues that began this
            week; `verbatim run --fail-on-alert` exits 4 on any.
            Thresholds live in the [patterns] section of verbatim.toml.

            Examples:
              verbatim patterns
              verbatim patterns --alerts
              verbatim patterns --kind recurring_issue --format csv > recurring.csv
            """)

    @Option(help: ArgumentHelp("Only one kind: \(PatternRecord.Kind.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "kind"))
    var kind: String?

    @Flag(help: "Only the patterns that alert.")
    var alerts = false

    @Option(help: "Rows shown per kind in the table (csv and json give every row).")
    var limit: Int = 10

    @Option(help: "table, csv or json (csv and json give every column of the patterns export table).")
    var format: OutputFormat = .table

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if let kind, PatternRecord.Kind(rawValue: kind) == nil {
            throw ValidationError("--kind \(kind): use one of \(PatternRecord.Kind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        if limit < 1 { throw ValidationError("--limit \(limit): use 1 or more") }
    }

    func run() throws {
        let console = global.console
        try ExitStatus.guarding(console) {
            let store = try global.resolvedWorkspace.readStore()
            let records = try store.patternRecords(kinds: Set(kind.flatMap(PatternRecord.Kind.init(rawValue:)).map { [$0] } ?? []),
                                                   alertsOnly: alerts)
            if records.isEmpty, try store.issueTypeSummary().isEmpty {
                console.error("no patterns yet: run `verbatim analyze` first")
                throw ExitCode(ExitStatus.error)
            }
            let labels = Dictionary(try store.themeRecords().map { ($0.id, $0.label) }, uniquingKeysWith: { a, _ in a })
            switch format {
            case .table:
                console.data(PatternsList.table(records, labels: labels, limit: limit))
            case .csv, .json:
                console.data(format.render(header: Exporter.patternColumns.map(\.name),
                                           rows: records.map { Exporter.patternRow($0, labels: labels) }))
            }
        }
    }

    /// One section per kind: a count line, then the largest rows.
    static func table(_ records: [PatternRecord], labels: [String: String], limit: Int) -> String {
        var out: [String] = []
        let alerts = records.filter(\.alert)
        out.append("alerts: \(alerts.count)")
        for kind in PatternRecord.Kind.allCases {
            let rows = records.filter { $0.kind == kind }
            guard !rows.isEmpty else { continue }
            let shown = kind == .issueType || kind == .spike ? rows : rows.sorted { ($0.alert ? 1 : 0, $0.items) > ($1.alert ? 1 : 0, $1.items) }
            let active = rows.filter(\.alert).count
            out.append("")
            out.append("\(kind.rawValue) (\(rows.count)\(active > 0 ? ", \(active) alerting" : ""))")
            let body = shown.prefix(limit).map { r -> [String] in
                let period = [r.periodStart, r.periodEnd].compactMap { $0.map { String($0.prefix(10)) } }.joined(separator: " → ")
                return [r.alert ? "!" : "", r.themeID ?? r.issueType ?? "", String(r.items), period, r.detail]
            }
            out.append(OutputFormat.table.render(header: ["", kind == .issueType ? "type" : "theme", "items", "period", "detail"], rows: body, wideLast: true))
            if rows.count > limit { out.append("… \(rows.count - limit) more (--limit, or --format csv for all)") }
        }
        return out.joined(separator: "\n")
    }
}
