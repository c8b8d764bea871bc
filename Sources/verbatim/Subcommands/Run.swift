import ArgumentParser
import Foundation
import Pipeline
import Store

/// `verbatim run`.
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The nightly job: ingest what is new in the configured sources, update themes, patterns and signals, report alerts.",
        discussion: """
            Reads the [[source]] files of verbatim.toml (paths or globs) and the [accounts] files. \
            A file whose size, time and inode are as when it was last read, or whose bytes hash \
            the same, is not read again; records seen before are left alone. When anything \
            changed, the themes are extended (or re-clustered, as `verbatim analyze` decides), \
            then the patterns and signals are computed again. A run with nothing new says so and \
            ends at once. Alerts are this week's spikes, emerging themes and recurring issues \
            that began this week.

            Personal data is redacted before anything is stored (e-mail addresses, phone \
            numbers, card numbers, IBANs, IP addresses and the [redaction] patterns); the \
            ingest stage counts what it replaced (redacted_email, …). --keep-pii stores the \
            text as written, with a warning.

            Each run is recorded in the store's `runs` table: start, end, seconds and counts per \
            stage, config hash, input file hashes, version and exit status.

            Progress: bars on a terminal, one line per stage on stderr otherwise; \
            --log-format json writes one JSON object per line (stage_started, stage_finished, \
            with seconds and counts) for log shippers. Results go to stdout.

            While a run holds the workspace, a second `run` (or ingest, analyze) exits 75 \
            naming the holder; `themes`, `theme`, `accounts`, `export` and `report` keep \
            working and see the last committed state.

            Exit codes for schedulers: 0 ok (also when nothing was new), 1 error, 2 usage, \
            3 records rejected under --strict, 4 an alert fired under --fail-on-alert, \
            75 another command holds the workspace.

            Example (cron, every night at 02:00, logs appended to a file):
              0 2 * * *  verbatim run -w /srv/feedback --fail-on-alert --log-format json >>/var/log/verbatim.log 2>&1
            """)

    @Flag(help: "Exit with code 4 when any alert fires.")
    var failOnAlert = false

    @Flag(help: "Exit with code 3 when any item or account record was rejected.")
    var strict = false

    @OptionGroup var pii: PIIOptions

    @OptionGroup var global: GlobalOptions

    /// Alerts listed in the run's summary; `verbatim patterns --alerts` lists them all.
    static let alertLines = 10

    func run() throws {
        let console = global.console
        var outcome: RunJob.Outcome?
        try ExitStatus.guarding(console) {
            let workspace = global.resolvedWorkspace
            pii.warn(try workspace.config(), console: console)
            let job = RunJob(workspace: workspace, policy: .init(strict: strict, failOnAlert: failOnAlert), keepPII: pii.keepPII)
            outcome = try job.run { console.stage($0) }
            console.endProgress()
        }
        guard let outcome else { return }
        for report in outcome.files { IngestCommand.print(report, console: console) }
        if let accounts = outcome.accounts { console.data("accounts: \(accounts)") }
        guard let analysis = outcome.analysis else {
            let since = outcome.currentAnalysisRun.map { " since run \($0)" } ?? ""
            console.data("nothing new\(since): \(outcome.skippedFiles.count) files as last read; themes, patterns and signals are unchanged")
            return
        }
        Analyze.print(analysis, console: console)
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
        switch outcome.exitCode {
        case ExitStatus.rejected:
            console.error("\(outcome.counts.rejected + (outcome.accounts?.rejected ?? 0)) records rejected (--strict); see `verbatim status`")
            throw ExitCode(ExitStatus.rejected)
        case 0: return
        default: throw ExitCode(outcome.exitCode)
        }
    }
}
