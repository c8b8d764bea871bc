import ArgumentParser
import Foundation
import Pipeline
import Store

/// `verbatim run`.
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The nightly job: ingest the configured sources, update themes and patterns, report alerts.",
        discussion: """
            Reads every [[source]] of verbatim.toml (records seen before are left alone) and the \
            [accounts] files, extends or re-clusters the themes as `verbatim analyze` does, and \
            finds the patterns (`verbatim patterns`). Alerts are this week's spikes, emerging \
            themes and recurring issues that began this week.

            Exit codes for schedulers: 0 ok, 1 error, 3 records rejected under --strict, \
            4 an alert fired under --fail-on-alert, 75 another run holds the workspace.

            Example (cron, every night at 02:00):
              0 2 * * *  verbatim run -w /srv/feedback --fail-on-alert --quiet
            """)

    @Flag(help: "Exit with code 4 when any alert fires.")
    var failOnAlert = false

    @Flag(help: "Exit with code 3 when any record was rejected.")
    var strict = false

    @OptionGroup var global: GlobalOptions

    /// Alerts listed in the run's summary; `verbatim patterns --alerts` lists them all.
    static let alertLines = 10

    func run() throws {
        let console = global.console
        var outcome: RunJob.Outcome?
        try ExitStatus.guarding(console) {
            outcome = try RunJob(workspace: global.resolvedWorkspace).run { console.progress($0) }
            console.endProgress()
        }
        guard let outcome else { return }
        for report in outcome.files { IngestCommand.print(report, console: console) }
        console.data("accounts: \(outcome.accounts)")
        Analyze.print(outcome.analysis, console: console)
        let alerts = outcome.alerts
        let byKind = Dictionary(grouping: alerts, by: \.kind)
        let counts = PatternRecord.Kind.allCases.compactMap { kind in byKind[kind].map { "\($0.count) \(kind.rawValue)" } }
        console.data("alerts    \(alerts.count)\(counts.isEmpty ? "" : " (" + counts.joined(separator: ", ") + ")")")
        // Spikes and emerging themes first: they are few and concern everyone.
        let shown = alerts.sorted { ($0.kind == .recurringIssue ? 1 : 0, -$0.items) < ($1.kind == .recurringIssue ? 1 : 0, -$1.items) }
        for alert in shown.prefix(Run.alertLines) { console.data("  ! \(alert.kind.rawValue): \(alert.detail)") }
        if alerts.count > Run.alertLines {
            console.data("  … \(alerts.count - Run.alertLines) more: `verbatim patterns --alerts`")
        }
        if strict && outcome.counts.rejected > 0 {
            console.error("\(outcome.counts.rejected) records rejected (--strict); see `verbatim status`")
            throw ExitCode(ExitStatus.rejected)
        }
        if failOnAlert && !alerts.isEmpty { throw ExitCode(ExitStatus.alert) }
    }
}
